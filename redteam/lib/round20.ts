// Helpers of the round-20 cases (ids 56–58): the Longnan separator's import of Myanmar feed with
// its own dates and recording times, a recycler's leach of a swarf lot it holds, a second Baotou
// residue store with a scope of its own, and an oxide of the southern heavy chain sold to a buyer.
// Built only on the library's other modules; figures not in shared/DOMAIN.md are marked estimates.
import type { Composition } from '../../src/domain/index.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { add, at, metalMass, oxideMass, scale, subtract, tonnes } from './chem.ts';
import { separate, type SeparationPlan } from './refining.ts';
import { sellOxide, type HeavyOxides } from './heavy.ts';
import { mineIonic, type IonicChain } from './ionic.ts';
import { receiveAndDispose, reportTime } from './chain.ts';
import type { Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';
import { addDisposer } from './round13.ts';
import { heavyLots, southHeavy } from './round16.ts';
import { recycleOutputs } from './round17.ts';
import { flotation } from './round15.ts';

export { southHeavy };

/**
 * The Longnan separator imports `massTonnes` of ionic concentrate (Myanmar high-yttrium by default)
 * at `importAt` and separates it into single oxides at 96 % at `separateAt` (the ionic norm is > 94 %).
 * The import is recorded at `importRecordedAt`, the separation at `separationRecordedAt` (the same
 * document when equal). Returns the feed lot and the output lots by product (qualified).
 */
export function longnanImport(
  ctx: Context, south: IonicChain, tag: string,
  options: { importAt: string; separateAt: string; importRecordedAt: string; separationRecordedAt: string; massTonnes?: number; product?: string; composition?: Composition; origin?: string; note?: string },
): { feed: string; feedGrams: number; lots: Record<string, string>; grams: Record<string, number> } {
  const { w, s } = ctx;
  const sep = south.southSeparator;
  const id = `MM-${tag}-01`;
  const feedGrams = tonnes(options.massTonnes ?? 100);
  const lot: LotSpec = { id, product: options.product ?? 'concentrate-ionic-high-y', massGrams: feedGrams, ...(options.composition === undefined ? {} : { composition: options.composition }) };
  const imp = s.import(sep, `imp-${tag}-01`, options.importAt, lot, options.origin ?? 'MM', `5306${tag}00024410`);
  const recovered: Composition = {};
  for (const [symbol, grams] of Object.entries(s.lot(sep.lot(id)).composition) as [keyof Composition, number][]) {
    const r = Math.floor(grams * 0.96);
    if (r > 0) recovered[symbol] = r;
  }
  const outputs = heavyLots(recovered, `LN-${tag}`);
  const proc = s.process(sep, `sep-${tag}-01`, options.separateAt, [{ lot: id, massGrams: feedGrams }], outputs,
    { facility: south.southPlant, note: options.note ?? 'imported ionic feed, declared to the group as imported ore' });
  if (options.importRecordedAt === options.separationRecordedAt) w.record(sep, options.importRecordedAt, [imp, proc]);
  else {
    w.record(sep, options.importRecordedAt, [imp]);
    w.record(sep, options.separationRecordedAt, [proc]);
  }
  return {
    feed: sep.lot(id), feedGrams,
    lots: Object.fromEntries(outputs.map((o) => [o.product, sep.lot(o.id)])),
    grams: Object.fromEntries(outputs.map((o) => [o.product, o.massGrams])),
  };
}

/**
 * The recycler's leach of `grams` of a scrap lot it holds (qualified) at `time`: 96 % of each element
 * to NdPr oxide and heavy oxide, the rest to its leach residue (0.7 t a tonne, round17's estimate).
 * Returns the event and the residue's local id and mass.
 */
export function leachScrap(ctx: Context, recycler: Party, scrap: string, grams: number, prefix: string, id: string, time: string, facility: string): { event: LedgerEvent; residue: string; residueGrams: number; ndpr: string } {
  const { s } = ctx;
  const { outputs, residue } = recycleOutputs(s.share(scrap, grams), grams, prefix);
  const event = s.process(recycler, id, time, [{ lot: scrap, massGrams: grams }], outputs, { facility, note: 'oxidising roast, HCl leach, solvent extraction' });
  return { event, residue: residue.id, residueGrams: residue.massGrams, ndpr: `${prefix}-NDPR` };
}

/** A second Baotou radioactive residue store (Hexi), licensed for the residue products named. */
export function hexiStore(ctx: Context, products: string[], licence: { validFrom?: string; validTo?: string } = {}): { party: Party; site: string; licence: string } {
  return addDisposer(ctx, 'hexi-store', {
    zh: '包头河西放射性废渣贮存有限公司', en: 'Baotou Hexi Radioactive Residue Storage Co.', siteZh: '河西废渣库', siteEn: 'Hexi residue store',
  }, '150200', { id: 'RT-DSP-HX-2024', validFrom: licence.validFrom ?? '2024-01-01', validTo: licence.validTo ?? '2026-12-31', products });
}

/** The southern chain's July 2025 heavy oxides, and `grams` of one of them sold to `buyer` (shipped 07-15, received 07-16). */
export function heavyTo(ctx: Context, product: string, grams: number, buyer: Party, tag: string): { south: IonicChain; heavy: HeavyOxides; lot: string } {
  const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
  const lot = sellOxide(ctx, south, heavy, product, grams, buyer, '2025-07', tag);
  return { south, heavy, lot };
}

export { at };

/**
 * Caustic crack and separation of monazite: 96 % of each element to the separated products (the
 * law's floor is about 88 %), half of the rest to the crack residue (the cargo's own mix, samarium,
 * gadolinium and yttrium included), the other half to effluent sludge (estimates).
 */
export function crackMonazite(feed: Composition, prefix: string, residueGrams: number): SeparationPlan {
  const plan = separate(feed, prefix, { recovery: 0.96 });
  const left = subtract(feed, scale(feed, 0.96));
  const residue: LotSpec = { id: `${prefix}-RES`, product: 'slag-monazite-residue', massGrams: residueGrams, composition: scale(left, 0.5) };
  return { outputs: [...plan.outputs, residue], byProduct: plan.byProduct, residue };
}

/**
 * A year of the Xunwu clay miner: `tonnesEach` t of leach concentrate (92 % REO) extracted on the 4th
 * of each month of 2025 and shipped whole to Longnan on the 12th (ionic.ts), which receives it on the
 * 13th and separates it on the 20th at 96 % into single oxides, reported on the 6th of the next month.
 */
export function ionicYear(ctx: Context, south: IonicChain, tonnesEach: number): string[] {
  const { w, s } = ctx;
  const tags: string[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const month = `2025-${String(m).padStart(2, '0')}`;
    const tag = `25${String(m).padStart(2, '0')}X`;
    const { lot, massGrams } = mineIonic(ctx, south, month, tag, tonnesEach);
    const outputs = heavyLots(scale(s.lot(lot).composition, 0.96), `LN-${tag}`);
    w.record(south.southSeparator, reportTime(month, 6), [
      s.receive(south.southSeparator, `rcv-${tag}-ic`, at(`${month}-13`, '09:00'), lot, massGrams),
      s.process(south.southSeparator, `sep-${tag}-ic`, at(`${month}-20`), [{ lot, massGrams }], outputs, { facility: south.southPlant, note: 'Xunwu leach concentrate, ionic allocation' }),
    ]);
    tags.push(tag);
  }
  return tags;
}

/**
 * The Dongshan concentrator's July 2025 run (as round15's, with the case's own routing of the
 * tailings): 10,000 t of run-of-mine ore dug on 07-02 and floated on 07-03 at 78 % into 50 % REO
 * concentrate and tailings. Returns the events (for the miner to record) and the tailings lot.
 */
export function dongshanRun(ctx: Context): { events: LedgerEvent[]; tailings: string; tailingsGrams: number } {
  const { s, r } = ctx;
  const oreGrams = tonnes(10_000);
  const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, { id: 'BO-2507-01', product: 'ore-bayan-obo', massGrams: oreGrams });
  const ore = s.lot(r.miner.lot('BO-2507-01')).composition;
  const { concentrate, tailings } = flotation(ore, oreGrams, 'concentrate-bayan-obo', 'tailings-bayan-obo', '2507', 0.78, 0.5);
  const events: LedgerEvent[] = [
    extract,
    s.process(r.miner, 'ben-2507-01', at('2025-07-03'), [{ lot: 'BO-2507-01', massGrams: oreGrams }], [concentrate, tailings], { facility: r.mine, note: 'magnetic separation and flotation at the Dongshan concentrator' }),
  ];
  return { events, tailings: tailings.id, tailingsGrams: tailings.massGrams };
}

/**
 * The Longnan separator's July 2025 import of 100 t of Myanmar high-yttrium feed (imported 07-02,
 * separated 07-09 at 96 %, recorded 08-06), its Dy/Ho cut set so that the holmium oxide carries
 * `dyOxideShare` of dysprosium oxide (a share of the holmium lot's mass), taken from the Dy line.
 */
export function longnanHoCut(ctx: Context, south: IonicChain, tag: string, dyOxideShare: number): HeavyOxides {
  const { w, s } = ctx;
  const sep = south.southSeparator;
  const id = `MM-${tag}-01`;
  const feedGrams = tonnes(100);
  const imp = s.import(sep, `imp-${tag}-01`, at('2025-07-02'), { id, product: 'concentrate-ionic-high-y', massGrams: feedGrams }, 'MM', `5306${tag}00024410`);
  const outputs = heavyLots(scale(s.lot(sep.lot(id)).composition, 0.96), `LN-${tag}`);
  const ho = outputs.find((o) => o.product === 'oxide-ho')!;
  const dy = outputs.find((o) => o.product === 'oxide-dy')!;
  // Dy metal grams giving `dyOxideShare` of Dy2O3 in the final Ho lot (Dy2O3 = 1.1477 × Dy, DOMAIN.md).
  const hoOxide = ho.massGrams;
  const dyMetal = Math.round((dyOxideShare * hoOxide) / (1 - dyOxideShare) / 1.1477);
  ho.composition = { ...ho.composition, Dy: dyMetal };
  ho.massGrams = oxideMass(ho.composition);
  dy.composition = { Dy: (dy.composition!.Dy ?? 0) - dyMetal };
  dy.massGrams = oxideMass(dy.composition);
  w.record(sep, at('2025-08-06', '10:00'), [
    imp,
    s.process(sep, `sep-${tag}-01`, at('2025-07-09'), [{ lot: id, massGrams: feedGrams }], outputs, { facility: south.southPlant, note: 'imported ionic feed, declared to the group as imported ore' }),
  ]);
  return {
    lots: Object.fromEntries(outputs.map((o) => [o.product, sep.lot(o.id)])),
    grams: Object.fromEntries(outputs.map((o) => [o.product, o.massGrams])),
  };
}

/**
 * The Longnan separator imports 150 t of Madagascar monazite concentrate on 2025-07-03, cracks it
 * on 07-14 (crackMonazite: 96 %, 0.35 t of residue a tonne, an estimate) and sends the residue on
 * 07-22 to the Baotou store, licensed for monazite residue (received 07-25, placed 07-27). Recorded
 * on 08-06 (separator) and 08-07 (store). Returns the separation event.
 */
export function longnanMonazite(ctx: Context, south: IonicChain): { separation: string; feed: string } {
  const { w, s, r } = ctx;
  const sep = south.southSeparator;
  const id = 'MZ-2507-LN';
  const grams = tonnes(150);
  const imp = s.import(sep, 'imp-2507-mz', at('2025-07-03'), { id, product: 'concentrate-monazite', massGrams: grams }, 'MG', '530620250700061234');
  const plan = crackMonazite(s.lot(sep.lot(id)).composition, 'LNMZ-2507', tonnes(52.5));
  const residue = plan.residue!;
  w.record(sep, at('2025-08-06', '10:00'), [
    imp,
    s.process(sep, 'sep-2507-mz', at('2025-07-14'), [{ lot: id, massGrams: grams }], plan.outputs, { facility: south.southPlant, note: 'caustic crack of monazite, HCl dissolution, solvent extraction' }),
    s.ship(sep, 'shp-2507-mzres', at('2025-07-22'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks, Longnan to Baotou'),
  ]);
  receiveAndDispose(ctx, '2025-07', sep.lot(residue.id), residue.massGrams, '2507mz');
  return { separation: sep.event('sep-2507-mz'), feed: sep.lot(id) };
}

/**
 * La–Ce mischmetal for `buyer` (round16's route): the separator ships 8 t of June lanthanum oxide
 * and 15 t of cerium oxide to the smelter on 2025-07-03 (received 07-04), reduced on 07-08 at 97 %;
 * 18 t of mischmetal shipped to `buyer` on 07-12. Separator records 08-06, smelter 08-07; the
 * buyer's receipt (07-13) is returned for the case to record.
 */
export function mischmetalTo(ctx: Context, buyer: Party): { receipt: LedgerEvent; lot: string; grams: number } {
  const { w, s, r } = ctx;
  const la = tonnes(8);
  const ce = tonnes(15);
  w.record(r.separator, at('2025-08-06', '10:00'), [
    s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, r.smelter, 'SEP-2506-LA-S1'),
    s.ship(r.separator, 'shp-2507-ce', at('2025-07-03'), 'SEP-2506-CE', ce, r.smelter, 'SEP-2506-CE-S1'),
  ]);
  const laLot = r.separator.lot('SEP-2506-LA-S1');
  const ceLot = r.separator.lot('SEP-2506-CE-S1');
  const mischComp = scale(add(s.share(laLot, la), s.share(ceLot, ce)), 0.97);
  const shipped = tonnes(18);
  w.record(r.smelter, at('2025-08-07', '10:00'), [
    s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laLot, la),
    s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-04'), ceLot, ce),
    s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), [{ lot: laLot, massGrams: la }, { lot: ceLot, massGrams: ce }], [
      { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: metalMass(mischComp), composition: mischComp },
    ], { facility: r.metalPlant, note: 'La–Ce mischmetal by chloride–fluoride electrolysis' }),
    s.ship(r.smelter, 'shp-2507-mm', at('2025-07-12'), 'MM-2507-01', shipped, buyer, 'MM-2507-01-S1', '250 kg drums on 1 t pallets'),
  ]);
  const lot = r.smelter.lot('MM-2507-01-S1');
  return { receipt: s.receive(buyer, 'rcv-2507-mm', at('2025-07-13'), lot, shipped), lot, grams: shipped };
}
