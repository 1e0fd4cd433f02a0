// Applies a document's events, one after another, to the lots they touch, held in memory for
// the duration of one capture transaction. Pure: the capture command loads the lots before and
// writes what changed after. A refused event leaves the book as it was.
import {
  addAttributions, addCompositions, assertAttributionSums, attributeProcess, attributeTaken, importSource, mineSource, normalizeComposition, productByCode,
  recycledSourceKey, singleSource, splitComposition, subtractAttribution, subtractComposition, UNTRACED, validateComposition,
  type Attribution, type Composition, type CustodyModel,
} from '../domain/index.ts';
import type { LotFlowsTable } from '../store/schema.ts';
import type { LotState } from '../store/index.ts';
import type { AdjustEvent, LedgerEvent, NewLot, PlainEvent } from './document-schema.ts';
import { isQualifiedLotId, lotNamespace, qualifyLotId } from './lot-ids.ts';
import { DELIVERABLE_CATEGORIES } from '../domain/end-use.ts';

/** Where a product that may not be delivered to a final user goes instead. */
const DELIVERY_ROUTE: Readonly<Record<string, string>> = {
  ore: 'ore goes to a licensed separator or beneficiation plant',
  concentrate: 'concentrate goes to a licensed separator',
  'mixed-compound': 'a mixed compound goes to a licensed separator',
  'scrap-pre-consumer': 'scrap goes to a registered recycler',
  'scrap-post-consumer': 'scrap goes to a registered recycler',
  slag: 'a residue goes to licensed disposal',
  tailings: 'tailings go to licensed storage',
};

export interface FlowDraft {
  lotId: string;
  direction: -1 | 1;
  massGrams: number;
  elements: Composition;
}

export interface RegistryView {
  recorder: string;
  /** Facilities of the recorder, by id, with their kind. */
  facilityKind(id: string): string | undefined;
  /** Whether a party may receive shipments (registered and active) at a time (ms), as the
   * registry stood then. */
  partyStatus(id: string, atMs: number): string | undefined;
  /** A registered party's enterprise roles as the registry stood at a time (ms); undefined when
   * it is not registered. */
  partyRoles(id: string, atMs: number): readonly string[] | undefined;
  /** Set when replaying events the ledger accepted already (audit-ledger.ts): they were judged
   * against the registry as it stood when they were recorded, which today's may no longer be
   * (a facility closed, a party suspended since), so the registry's facts are not asked again. */
  replaying?: true;
}

/** The original event a `correct` undoes, as found in the ledger. */
export interface CorrectionTarget {
  seq: number;
  event: LedgerEvent;
  flows: LotFlowsTable[];
}

export class EventRefused extends Error {
  override readonly name = 'EventRefused';
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
  }
}

export class LotBook {
  readonly #lots: Map<string, LotState>;
  readonly #changed = new Set<string>();
  readonly #registry: RegistryView;
  readonly #staged = new StagedLots();

  constructor(lots: Iterable<LotState>, registry: RegistryView) {
    this.#lots = new Map();
    for (const lot of lots) this.#lots.set(lot.id, lot);
    this.#registry = registry;
  }

  /** The lots changed or created so far, in their latest state. */
  changedLots(): LotState[] {
    return [...this.#changed].map((id) => this.#lots.get(id)!);
  }

  /** Applies one event as `seq`; throws EventRefused (leaving the book untouched) if a hard rule fails. */
  apply(event: LedgerEvent, seq: number, correction?: CorrectionTarget): FlowDraft[] {
    const staged = this.#staged;
    staged.empty();
    const flows: FlowDraft[] = [];
    const tx = new Staging(this.#lots, staged, flows, seq, this.#registry.recorder);
    if (event.kind === 'correct') {
      if (correction === undefined) throw new EventRefused('corrects', `no event ${event.corrects} recorded by ${this.#registry.recorder}`);
      undo(tx, correction, this.#registry.recorder);
      if (event.replacement !== undefined) applyPlain(tx, event.replacement, this.#registry, 'replacement.');
    } else {
      applyPlain(tx, event, this.#registry, '');
    }
    for (let index = 0; index < staged.count; index += 1) {
      const lot = staged.lots[index]!;
      this.#lots.set(lot.id, lot);
      this.#changed.add(lot.id);
    }
    return flows;
  }
}

/** The lots one event has copied or made, in the order it did. An event touches a handful (at most
 * 2 × PROCESS_LOTS_MAX, so a scan stays cheap), and one list kept by the book and emptied for each
 * event allocates nothing, where a map an event was a
 * good part of the replay's garbage (Map.clear allocates too). */
class StagedLots {
  readonly lots: LotState[] = [];
  count = 0;

  empty(): void {
    // Kept slots are overwritten, not freed: at most a handful of lots stay reachable a while.
    this.count = 0;
  }

  get(id: string): LotState | undefined {
    for (let index = 0; index < this.count; index += 1) {
      if (this.lots[index]!.id === id) return this.lots[index];
    }
    return undefined;
  }

  add(lot: LotState): void {
    this.lots[this.count] = lot;
    this.count += 1;
  }
}

/** Copy-on-write view of the lots for one event, so a refusal midway changes nothing. */
class Staging {
  constructor(
    readonly base: Map<string, LotState>,
    readonly staged: StagedLots,
    readonly flows: FlowDraft[],
    readonly seq: number,
    readonly recorder: string,
  ) {}

  peek(id: string): LotState | undefined {
    return this.staged.get(id) ?? this.base.get(id);
  }

  /** The lot, copied for this event to change; `field` names where a refusal points. */
  edit(id: string, field: string): LotState {
    // A lot copied earlier in this event is this event's own to change again.
    const staged = this.staged.get(id);
    if (staged !== undefined) {
      staged.updatedSeq = this.seq;
      return staged;
    }
    const current = this.base.get(id);
    if (current === undefined) throw new Error(`assertion: lot ${id} edited before it was checked`);
    if (current.stateAltered === true) {
      throw new EventRefused(field, `lot ${id} as stored is not the state the ledger wrote for it (its row was altered outside the ledger); nothing may be recorded on it until it is restored: ytterby verify --deep names the difference`);
    }
    // Compositions are never changed in place, only replaced, so the copy can share them.
    const copy = { ...current, updatedSeq: this.seq };
    this.staged.add(copy);
    return copy;
  }

  create(lot: LotState): void {
    this.staged.add(lot);
  }

  /** The recorder's own usable lot, or a refusal naming why not. */
  held(reference: string, field: string): LotState {
    const id = qualifyLotId(reference, this.recorder);
    const lot = this.peek(id);
    if (lot === undefined) throw new EventRefused(field, `no lot ${id}`);
    if (lot.status === 'void') throw new EventRefused(field, `lot ${id} was voided by a correction`);
    if (lot.status === 'in_transit') {
      throw new EventRefused(field, lot.holderId === this.recorder
        ? `lot ${id} is in transit to ${lot.destinationId}; nobody may use it until it is received`
        : `lot ${id} is in transit to ${lot.destinationId}; record its receipt first`);
    }
    if (lot.holderId !== this.recorder) throw new EventRefused(field, `lot ${id} is held by ${lot.holderId}, not by ${this.recorder}`);
    return lot;
  }

  /** Takes mass out of a lot; returns the element grams taken. */
  take(id: string, massGrams: number, field: string): Composition {
    const lot = this.edit(id, field);
    if (massGrams > lot.massGramsRemaining) {
      throw new EventRefused(field, `${massGrams} g asked of lot ${id}, which has ${lot.massGramsRemaining} g left`);
    }
    const { taken, left } = splitComposition(lot.elements, massGrams, lot.massGramsRemaining);
    lot.massGramsRemaining -= massGrams;
    lot.elements = left;
    if (lot.massGramsRemaining === 0 && lot.status === 'active') lot.status = 'exhausted';
    this.flows.push({ lotId: id, direction: -1, massGrams, elements: taken });
    return taken;
  }

  put(id: string, massGrams: number, elements: Composition, field: string): void {
    const lot = this.edit(id, field);
    lot.massGramsRemaining += massGrams;
    lot.elements = addCompositions(lot.elements, elements);
    if (lot.status === 'exhausted' && lot.massGramsRemaining > 0) lot.status = 'active';
    this.flows.push({ lotId: id, direction: 1, massGrams, elements });
  }

  /** The qualified id and normalized composition of a lot to be made, or a refusal naming why not;
   * `checked` is the composition this gave for the same spec before, not to be checked again. */
  checkNewLot(spec: NewLot, field: string, checked?: Composition): { id: string; elements: Composition } {
    if (isQualifiedLotId(spec.id) && lotNamespace(spec.id) !== this.recorder) {
      throw new EventRefused(`${field}.id`, `new lots are named in your own namespace; ${spec.id} belongs to ${lotNamespace(spec.id)}`);
    }
    const id = qualifyLotId(spec.id, this.recorder);
    if (this.peek(id) !== undefined) throw new EventRefused(`${field}.id`, `lot ${id} already exists`);
    if (productByCode(spec.product) === undefined) throw new EventRefused(`${field}.product`, `unknown product ${spec.product}`);
    if (checked !== undefined) return { id, elements: checked };
    const problems = validateComposition(spec.composition, spec.massGrams);
    if (problems.length > 0) throw new EventRefused(`${field}.composition`, problems.join('; '));
    // Flows and lots store compositions in one key order (by atomic number).
    return { id, elements: normalizeComposition(spec.composition as Composition) };
  }

  /** Makes a lot whose material came from `origin` under `custody`; `origin(elements)` gives its
   * attribution, which must account for every gram of every element. `checked` as checkNewLot's. */
  newLot(spec: NewLot, field: string, origin: (elements: Composition) => Attribution, custody: CustodyModel, overrides: Partial<LotState> = {}, checked?: Composition): LotState {
    const { id, elements } = this.checkNewLot(spec, field, checked);
    const attribution = origin(elements);
    assertAttributionSums(attribution, elements, `lot ${id}`);
    const lot: LotState = {
      id,
      holderId: this.recorder,
      product: spec.product,
      massGrams: spec.massGrams,
      massGramsRemaining: spec.massGrams,
      elements,
      status: 'active',
      destinationId: null,
      previousHolderId: null,
      createdSeq: this.seq,
      updatedSeq: this.seq,
      origin: attribution,
      custody,
      ...overrides,
    };
    this.create(lot);
    this.flows.push({ lotId: id, direction: 1, massGrams: lot.massGramsRemaining, elements: lot.elements });
    return lot;
  }
}

function facilityOfKind(registry: RegistryView, id: string | undefined, kinds: readonly string[], field: string): void {
  if (id === undefined || registry.replaying === true) return;
  const kind = registry.facilityKind(id);
  if (kind === undefined) throw new EventRefused(field, `no facility ${id} registered to ${registry.recorder}`);
  if (!kinds.includes(kind)) throw new EventRefused(field, `facility ${id} is a ${kind}; this event needs a ${kinds.join(' or ')}`);
}

const PROCESSING_SITES = ['plant', 'mine', 'disposal-site'] as const;

function applyPlain(tx: Staging, event: PlainEvent, registry: RegistryView, prefix: string): void {
  switch (event.kind) {
    case 'extract': {
      facilityOfKind(registry, event.facility, ['mine'], `${prefix}facility`);
      const product = productByCode(event.lot.product);
      if (product !== undefined && !product.mineral) {
        throw new EventRefused(`${prefix}lot.product`, `extraction yields ore or concentrate; ${event.lot.product} is a ${product.category}`);
      }
      const source = mineSource(event.facility);
      tx.newLot(event.lot, `${prefix}lot`, (elements) => singleSource(source, elements), 'identity-preserved');
      return;
    }
    case 'process': {
      facilityOfKind(registry, event.facility, PROCESSING_SITES, `${prefix}facility`);
      const taken = event.inputs.map((input, i) => {
        const lot = tx.held(input.lot, `${prefix}inputs[${i}].lot`);
        return attributeTaken(lot.origin, tx.take(lot.id, input.massGrams, `${prefix}inputs[${i}].massGrams`));
      });
      const outputs = event.outputs.map((output, i) => tx.checkNewLot(output, `${prefix}outputs[${i}]`).elements);
      const custody = event.custody ?? 'mass-balance';
      const attributed = attributeProcess(taken, outputs, custody);
      if ('impossible' in attributed) throw new EventRefused(`${prefix}custody`, attributed.impossible);
      // Checked again for its id only: two outputs of one event may not share one.
      event.outputs.forEach((output, i) => tx.newLot(output, `${prefix}outputs[${i}]`, () => attributed.outputs[i]!, custody, {}, outputs[i]));
      return;
    }
    case 'ship': {
      const lot = tx.held(event.lot, `${prefix}lot`);
      if (event.to === tx.recorder) throw new EventRefused(`${prefix}to`, 'a shipment goes to another party; moving stock between your own sites needs no shipment');
      const status = registry.replaying === true ? 'active' : registry.partyStatus(event.to, Date.parse(event.time));
      if (status === undefined) throw new EventRefused(`${prefix}to`, `no party ${event.to} in the registry`);
      if (status !== 'active') throw new EventRefused(`${prefix}to`, `party ${event.to} is ${status} and may not receive goods`);
      if (event.massGrams > lot.massGramsRemaining) {
        throw new EventRefused(`${prefix}massGrams`, `${event.massGrams} g asked of lot ${lot.id}, which has ${lot.massGramsRemaining} g left`);
      }
      if (event.shipmentLot === undefined) {
        if (event.massGrams !== lot.massGramsRemaining) {
          throw new EventRefused(`${prefix}shipmentLot`, `shipping part (${event.massGrams} g of ${lot.massGramsRemaining} g) of lot ${lot.id} splits it: name the shipped part in shipmentLot`);
        }
        const moving = tx.edit(lot.id, `${prefix}lot`);
        moving.status = 'in_transit';
        moving.destinationId = event.to;
        return;
      }
      const taken = tx.take(lot.id, event.massGrams, `${prefix}massGrams`);
      const shipment = { id: event.shipmentLot, product: lot.product, massGrams: event.massGrams, composition: taken as Record<string, number> };
      // The material of a lot recorded before attribution was kept goes on as untraced.
      tx.newLot(shipment, `${prefix}shipmentLot`, () => attributeTaken(lot.origin, taken), lot.custody ?? 'mass-balance', {
        status: 'in_transit',
        destinationId: event.to,
      });
      return;
    }
    case 'receive': {
      const id = qualifyLotId(event.lot, tx.recorder);
      const lot = tx.peek(id);
      if (lot === undefined) throw new EventRefused(`${prefix}lot`, `no lot ${id}`);
      if (lot.status !== 'in_transit' || lot.destinationId !== tx.recorder) {
        throw new EventRefused(`${prefix}lot`, `lot ${id} is not in transit to ${tx.recorder}`);
      }
      if (event.massGrams > lot.massGramsRemaining) {
        throw new EventRefused(`${prefix}massGrams`, `received ${event.massGrams} g, but only ${lot.massGramsRemaining} g of lot ${id} were shipped`);
      }
      const shortfall = lot.massGramsRemaining - event.massGrams;
      if (shortfall > 0) tx.take(id, shortfall, `${prefix}massGrams`);
      const received = tx.edit(id, `${prefix}lot`);
      received.previousHolderId = received.holderId;
      received.holderId = tx.recorder;
      received.destinationId = null;
      received.status = received.massGramsRemaining === 0 ? 'exhausted' : 'active';
      return;
    }
    case 'deliver': {
      const lot = tx.held(event.lot, `${prefix}lot`);
      const category = productByCode(lot.product)?.category;
      if (category === undefined || !DELIVERABLE_CATEGORIES.has(category)) {
        throw new EventRefused(`${prefix}lot`, `lot ${lot.id} is ${lot.product}, a ${category ?? 'product'} that may not leave the chain to a final user: ${DELIVERY_ROUTE[category ?? ''] ?? 'ship it to a registered party'}`);
      }
      const roles = event.customer.id === undefined || registry.replaying === true ? undefined : registry.partyRoles(event.customer.id, Date.parse(event.time));
      const regulated = roles?.filter((role) => role !== 'end-user') ?? [];
      if (regulated.length > 0) {
        throw new EventRefused(`${prefix}customer.id`, `${event.customer.id} is registered as ${regulated.join(', ')}, inside the traced chain: ship the lot to it, and it records the receipt`);
      }
      tx.take(lot.id, event.massGrams, `${prefix}massGrams`);
      return;
    }
    case 'export':
    case 'dispose': {
      if (event.kind === 'dispose') facilityOfKind(registry, event.facility, PROCESSING_SITES, `${prefix}facility`);
      const lot = tx.held(event.lot, `${prefix}lot`);
      tx.take(lot.id, event.massGrams, `${prefix}massGrams`);
      return;
    }
    case 'import': {
      const source = importSource(event.originCountry);
      tx.newLot(event.lot, `${prefix}lot`, (elements) => singleSource(source, elements), 'identity-preserved');
      return;
    }
    case 'collect': {
      facilityOfKind(registry, event.facility, PROCESSING_SITES, `${prefix}facility`);
      const product = productByCode(event.lot.product);
      if (product !== undefined && product.recycledSource === undefined) {
        throw new EventRefused(`${prefix}lot.product`, `collection takes in scrap and end-of-life products; ${event.lot.product} is a ${product.category}, which arrives by receive or import`);
      }
      // newLot refuses an unknown product before it asks for the origin.
      tx.newLot(event.lot, `${prefix}lot`, (elements) => singleSource(recycledSourceKey(product!.recycledSource!), elements), 'identity-preserved');
      return;
    }
    case 'adjust':
      adjust(tx, event, prefix);
      return;
  }
}

function adjust(tx: Staging, event: AdjustEvent, prefix: string): void {
  const lot = tx.held(event.lot, `${prefix}lot`);
  if (event.deltaGrams < 0) {
    if (event.composition !== undefined) throw new EventRefused(`${prefix}composition`, 'a reduction takes its share of each element; give a composition only when adding');
    tx.take(lot.id, -event.deltaGrams, `${prefix}deltaGrams`);
    return;
  }
  let added: Composition;
  if (event.composition !== undefined) {
    const problems = validateComposition(event.composition, event.deltaGrams);
    if (problems.length > 0) throw new EventRefused(`${prefix}composition`, problems.join('; '));
    added = normalizeComposition(event.composition as Composition);
  } else {
    if (lot.massGramsRemaining === 0) throw new EventRefused(`${prefix}composition`, `lot ${lot.id} is empty, so the added mass needs its composition`);
    added = scaleLike(lot.elements, event.deltaGrams, lot.massGramsRemaining);
  }
  tx.put(lot.id, event.deltaGrams, added, `${prefix}lot`);
  const adjusted = tx.edit(lot.id, `${prefix}lot`);
  adjusted.massGrams += event.deltaGrams;
  // Stock that appears without a source event has no known origin.
  if (adjusted.origin !== null) adjusted.origin = addAttributions(adjusted.origin, singleSource(UNTRACED, added));
}

/** Element grams for `massGrams` more of material like `elements` (which weighs `ofMassGrams`). */
function scaleLike(elements: Composition, massGrams: number, ofMassGrams: number): Composition {
  const scaled: Composition = {};
  for (const [symbol, grams] of Object.entries(elements) as [keyof Composition, number][]) {
    const value = Number((BigInt(grams) * BigInt(massGrams)) / BigInt(ofMassGrams));
    if (value > 0) scaled[symbol] = value;
  }
  return scaled;
}

/** Undoes an earlier event of the recorder. Only an event whose lots nobody has touched since can
 * be undone: the effects of later events built on it would otherwise be left dangling. */
function undo(tx: Staging, target: CorrectionTarget, recorder: string): void {
  const { seq, event } = target;
  if (event.kind === 'correct') throw new EventRefused('corrects', `event ${event.id} is itself a correction; record a new event instead`);
  const touched = new Set(target.flows.map((flow) => flow.lot_id));
  if (event.kind === 'ship' || event.kind === 'receive') touched.add(qualifyLotId(event.lot, recorder));
  for (const id of touched) {
    const lot = tx.peek(id);
    if (lot === undefined) throw new Error(`assertion: lot ${id} of event ${seq} was not loaded`);
    if (lot.updatedSeq !== seq) {
      throw new EventRefused('corrects', `lot ${id} has changed since event ${event.id} (seq ${seq}), last at seq ${lot.updatedSeq}; correct the later events first`);
    }
  }
  // Reverse the mass movements, last first, without recording flows for them: the correction's
  // own flows are the reversal, recorded with the opposite direction.
  for (const flow of [...target.flows].reverse()) {
    const elements = JSON.parse(flow.elements) as Composition;
    const lot = tx.edit(flow.lot_id, 'corrects');
    if (flow.direction === 1) {
      if (lot.createdSeq === seq) {
        lot.status = 'void';
        lot.massGramsRemaining = 0;
        lot.elements = {};
      } else {
        lot.massGramsRemaining -= flow.mass_grams;
        lot.elements = subtractComposition(lot.elements, elements);
        if (event.kind === 'adjust') {
          lot.massGrams -= flow.mass_grams;
          if (lot.origin !== null) lot.origin = subtractAttribution(lot.origin, singleSource(UNTRACED, elements));
        }
        if (lot.massGramsRemaining === 0 && lot.status === 'active') lot.status = 'exhausted';
      }
      tx.flows.push({ lotId: flow.lot_id, direction: -1, massGrams: flow.mass_grams, elements });
    } else {
      lot.massGramsRemaining += flow.mass_grams;
      lot.elements = addCompositions(lot.elements, elements);
      if (lot.status === 'exhausted' && lot.massGramsRemaining > 0) lot.status = 'active';
      tx.flows.push({ lotId: flow.lot_id, direction: 1, massGrams: flow.mass_grams, elements });
    }
  }
  if (event.kind === 'ship' && event.shipmentLot === undefined) {
    const lot = tx.edit(qualifyLotId(event.lot, recorder), 'corrects');
    lot.status = 'active';
    lot.destinationId = null;
  }
  if (event.kind === 'receive') {
    const lot = tx.edit(qualifyLotId(event.lot, recorder), 'corrects');
    if (lot.previousHolderId === null) throw new Error(`assertion: received lot ${lot.id} has no previous holder`);
    lot.destinationId = recorder;
    lot.holderId = lot.previousHolderId;
    lot.previousHolderId = null;
    lot.status = 'in_transit';
  }
}
