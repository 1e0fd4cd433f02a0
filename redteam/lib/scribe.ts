// Writes a case's events and keeps the compositions of the lots they make, so that a later
// event (a split shipment, a process fed by it) can be given figures that follow from what the
// lot holds. The ledger computes its own splits; the scribe's are only to write plausible
// outputs, and every output it derives stays below what the ledger will hold.
import type { Composition } from '../../src/domain/index.ts';
import type {
  AdjustEvent, CollectEvent, CorrectEvent, DisposeEvent, ExportEvent, ExtractEvent, ImportEvent, NewLot, PlainEvent, ProcessEvent,
  ReceiveEvent, ShipEvent,
} from '../../src/ledger/index.ts';
import { scale, typical } from './chem.ts';
import type { Party } from './world.ts';

export interface LotState {
  product: string;
  massGrams: number;
  composition: Composition;
}

export interface LotSpec {
  id: string;
  product: string;
  massGrams: number;
  /** The catalogue's typical composition when absent. */
  composition?: Composition;
}

export type DisposalMethod = DisposeEvent['method'];

export class Scribe {
  readonly #lots = new Map<string, LotState>();

  /** A lot's qualified id: a local id is `party`'s own; an id with a colon is already qualified. */
  static qualify(party: Party, lot: string): string {
    return lot.includes(':') ? lot : party.lot(lot);
  }

  lot(qualifiedId: string): LotState {
    const state = this.#lots.get(qualifiedId);
    if (state === undefined) throw new Error(`the scribe knows no lot ${qualifiedId}`);
    return state;
  }

  /** Composition of `massGrams` taken from the lot, in proportion, rounded down. */
  share(qualifiedId: string, massGrams: number): Composition {
    const state = this.lot(qualifiedId);
    return scale(state.composition, massGrams / state.massGrams);
  }

  #make(party: Party, spec: LotSpec): NewLot {
    const composition = spec.composition ?? typical(spec.product, spec.massGrams);
    this.#lots.set(party.lot(spec.id), { product: spec.product, massGrams: spec.massGrams, composition });
    return { id: spec.id, product: spec.product, massGrams: spec.massGrams, composition: composition as Record<string, number> };
  }

  #take(qualifiedId: string, massGrams: number): Composition {
    const state = this.lot(qualifiedId);
    const taken = this.share(qualifiedId, massGrams);
    const remaining: Composition = {};
    for (const [symbol, grams] of Object.entries(state.composition) as [keyof Composition, number][]) {
      const left = grams - (taken[symbol] ?? 0);
      if (left > 0) remaining[symbol] = left;
    }
    state.massGrams -= massGrams;
    state.composition = remaining;
    return taken;
  }

  extract(party: Party, id: string, time: string, facility: string, lot: LotSpec, note?: string): ExtractEvent {
    return { id, kind: 'extract', time, facility, lot: this.#make(party, lot), ...(note === undefined ? {} : { note }) };
  }

  process(
    party: Party, id: string, time: string, inputs: { lot: string; massGrams: number }[], outputs: LotSpec[],
    options: { facility?: string; note?: string } = {},
  ): ProcessEvent {
    for (const input of inputs) this.#take(Scribe.qualify(party, input.lot), input.massGrams);
    return {
      id, kind: 'process', time,
      ...(options.facility === undefined ? {} : { facility: options.facility }),
      inputs,
      outputs: outputs.map((o) => this.#make(party, o)),
      ...(options.note === undefined ? {} : { note: options.note }),
    };
  }

  /** Ships `massGrams` of the lot; a part of it travels as `shipmentLot`, split off under the shipper's namespace. */
  ship(party: Party, id: string, time: string, lot: string, massGrams: number, to: Party, shipmentLot?: string, note?: string): ShipEvent {
    const qualified = Scribe.qualify(party, lot);
    if (shipmentLot !== undefined) {
      const { product } = this.lot(qualified);
      const composition = this.#take(qualified, massGrams);
      this.#lots.set(party.lot(shipmentLot), { product, massGrams, composition });
    }
    return {
      id, kind: 'ship', time, lot, massGrams, to: to.id,
      ...(shipmentLot === undefined ? {} : { shipmentLot }),
      ...(note === undefined ? {} : { note }),
    };
  }

  /** The receiver takes custody of `massGrams` (less than shipped records a shortfall). */
  receive(_party: Party, id: string, time: string, qualifiedLot: string, massGrams: number, note?: string): ReceiveEvent {
    const state = this.lot(qualifiedLot);
    if (massGrams < state.massGrams) this.#take(qualifiedLot, state.massGrams - massGrams);
    return { id, kind: 'receive', time, lot: qualifiedLot, massGrams, ...(note === undefined ? {} : { note }) };
  }

  export(
    party: Party, id: string, time: string, lot: string, massGrams: number, destinationCountry: string,
    options: { licence?: string; customsDeclaration?: string; note?: string } = {},
  ): ExportEvent {
    this.#take(Scribe.qualify(party, lot), massGrams);
    return { id, kind: 'export', time, lot, massGrams, destinationCountry, ...options };
  }

  import(party: Party, id: string, time: string, lot: LotSpec, originCountry: string, customsDeclaration?: string): ImportEvent {
    return { id, kind: 'import', time, lot: this.#make(party, lot), originCountry, ...(customsDeclaration === undefined ? {} : { customsDeclaration }) };
  }

  collect(party: Party, id: string, time: string, lot: LotSpec, supplier: { name: string; id?: string }, facility?: string): CollectEvent {
    return { id, kind: 'collect', time, ...(facility === undefined ? {} : { facility }), lot: this.#make(party, lot), supplier };
  }

  dispose(party: Party, id: string, time: string, lot: string, massGrams: number, method: DisposalMethod, facility?: string): DisposeEvent {
    this.#take(Scribe.qualify(party, lot), massGrams);
    return { id, kind: 'dispose', time, ...(facility === undefined ? {} : { facility }), lot, massGrams, method };
  }

  adjust(party: Party, id: string, time: string, lot: string, deltaGrams: number, reason: string, composition?: Composition): AdjustEvent {
    const qualified = Scribe.qualify(party, lot);
    const state = this.lot(qualified);
    if (deltaGrams < 0) this.#take(qualified, -deltaGrams);
    else {
      state.massGrams += deltaGrams;
      for (const [symbol, grams] of Object.entries(composition ?? {}) as [keyof Composition, number][]) {
        state.composition[symbol] = (state.composition[symbol] ?? 0) + grams;
      }
    }
    return {
      id, kind: 'adjust', time, lot, deltaGrams, reason,
      ...(composition === undefined ? {} : { composition: composition as Record<string, number> }),
    };
  }

  /** A correction of `party`'s event `corrects`; the scribe does not undo the original's figures,
   * so a case corrects only events whose lots it does not use again. */
  correct(id: string, time: string, corrects: string, reason: string, replacement?: PlainEvent): CorrectEvent {
    return { id, kind: 'correct', time, corrects, reason, ...(replacement === undefined ? {} : { replacement }) };
  }
}
