// Helpers of the round-14 cases (ids 76–78): separation outputs from a recovered composition
// (which may exceed the feed, for schemes), events written by hand where the scribe cannot follow
// them (a correction's replacement, a lot the scribe no longer tracks), and a Longnan heavy oxide
// sold on to a buyer. Built only on the library's other modules; figures not in shared/DOMAIN.md
// are marked estimates where they are made.
import { ELEMENT_SYMBOLS, type Composition } from '../../src/domain/index.ts';
import type { DisposeEvent, ProcessEvent, ReceiveEvent, ShipEvent } from '../../src/ledger/index.ts';
import { at, tonnes, typical } from './chem.ts';
import { importAndSeparateHeavy, sellOxide } from './heavy.ts';
import { addIonicChain, type IonicChain } from './ionic.ts';
import { separate, smelt } from './refining.ts';
import type { Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

/** a − b per element, never below zero. */
export function leftOver(a: Composition, b: Composition): Composition {
  const out: Composition = {};
  for (const symbol of ELEMENT_SYMBOLS) {
    const grams = (a[symbol] ?? 0) - (b[symbol] ?? 0);
    if (grams > 0) out[symbol] = grams;
  }
  return out;
}

/** The typical mix of `product` for `massGrams`, each element capped by `cap` when given. */
export function residueMix(product: string, massGrams: number, cap?: Composition): Composition {
  const wanted = typical(product, massGrams);
  if (cap === undefined) return wanted;
  const out: Composition = {};
  for (const symbol of ELEMENT_SYMBOLS) {
    const grams = Math.min(wanted[symbol] ?? 0, cap[symbol] ?? 0);
    if (grams > 0) out[symbol] = grams;
  }
  return out;
}

export interface SeparationLots {
  outputs: LotSpec[];
  byProduct: Record<string, LotSpec>;
  residue: LotSpec;
}

/** The separated products of refining.ts holding exactly `recovered`, ids `<prefix>-<suffix>`, and a
 * residue lot `<prefix>-RES` of the composition given. */
export function separationLots(recovered: Composition, prefix: string, residue: { product?: string; massGrams: number; composition: Composition }): SeparationLots {
  const plan = separate(recovered, prefix, { recovery: 1 });
  const res: LotSpec = { id: `${prefix}-RES`, product: residue.product ?? 'slag-water-leach-residue', massGrams: residue.massGrams, composition: residue.composition };
  return { outputs: [...plan.outputs, res], byProduct: { ...plan.byProduct, [res.product]: res }, residue: res };
}

/** A process written by hand (the scribe keeps no state for it): for a correction's replacement. */
export function handProcess(
  id: string, time: string, inputs: { lot: string; massGrams: number }[], outputs: LotSpec[], facility: string | undefined, note?: string,
): ProcessEvent {
  return {
    id, kind: 'process', time,
    ...(facility === undefined ? {} : { facility }),
    inputs,
    outputs: outputs.map((o) => ({ id: o.id, product: o.product, massGrams: o.massGrams, composition: { ...(o.composition ?? {}) } as Record<string, number> })),
    ...(note === undefined ? {} : { note }),
  };
}

/** A whole-lot shipment written by hand. */
export function handShip(id: string, time: string, lot: string, massGrams: number, to: Party, note?: string): ShipEvent {
  return { id, kind: 'ship', time, lot, massGrams, to: to.id, ...(note === undefined ? {} : { note }) };
}

/** The licensed store receives a residue lot the scribe does not track and places it, recorded on `recordedAt`. */
export function handDisposal(
  { w, r }: Context, residue: string, massGrams: number, tag: string, receivedAt: string, placedAt: string, recordedAt: string,
): void {
  const receive: ReceiveEvent = { id: `rcv-${tag}-res`, kind: 'receive', time: receivedAt, lot: residue, massGrams };
  const dispose: DisposeEvent = {
    id: `dsp-${tag}-res`, kind: 'dispose', time: placedAt, facility: r.disposalSite, lot: residue, massGrams, method: 'radioactive-waste-storage',
  };
  w.record(r.disposer, recordedAt, [receive, dispose]);
}


// ---------------------------------------------------------------------------------------------
// Samarium metal at the Ningbo magnet maker (the first half of round10.ts's smcoChain, so that a
// case can write the magnet maker's campaign its own way).

/**
 * The Longnan separator's July 2025 import (100 t of Myanmar high-Y concentrate) separated; 2 t of
 * Sm2O3 sold to the Baotou smelter (shipped 07-15, received 07-16), reduced to samarium metal on
 * 07-20 (lanthanum reduction–distillation, 97 %) and shipped whole to the Ningbo magnet maker on
 * 07-24, received 07-25 (smelter records on 08-07, magnet maker on 08-08).
 */
export function samariumMetalAtMagnets(ctx: Context): { south: IonicChain; metalLot: string; metalGrams: number } {
  const { w, s, r } = ctx;
  const south = addIonicChain(ctx);
  const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
  const oxideGrams = tonnes(2);
  const smOxide = sellOxide(ctx, south, heavy, 'oxide-sm', oxideGrams, r.smelter, '2025-07', '2507-sm');
  const metal = smelt(s.share(smOxide, oxideGrams), 'MET-2507-SM', 'metal-sm');
  w.record(r.smelter, at('2025-08-07', '11:00'), [
    s.process(r.smelter, 'met-2507-sm', at('2025-07-20'), [{ lot: smOxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'lanthanum reduction–distillation of Sm2O3, order of Ningbo Beilun' }),
    s.ship(r.smelter, 'shp-2507-sm', at('2025-07-24'), metal.id, metal.massGrams, r.magnets, undefined, 'vacuum-packed ingots'),
  ]);
  const metalLot = r.smelter.lot(metal.id);
  w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-sm', at('2025-07-25'), metalLot, metal.massGrams)]);
  return { south, metalLot, metalGrams: metal.massGrams };
}
