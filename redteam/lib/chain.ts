// The honest baseline month: Bayan Obo concentrate mined, shipped, separated into oxides with
// its thorium-bearing residue sent to the licensed disposer, NdPr oxide smelted to metal, metal
// delivered to the magnet maker. Every party reports the month between the 5th and the 8th of
// the next (the law's deadline is the 10th), every shipment is received the day after.
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, tonnes } from './chem.ts';
import { separate, smelt, type SeparationPlan } from './refining.ts';
import type { Context } from './roster.ts';
import type { Party } from './world.ts';

/** '2025-06' → '2025-07'. */
export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** A day of a month: day('2025-06', 3) → '2025-06-03'. */
export function day(month: string, dayOfMonth: number): string {
  return `${month}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** When a month's report is recorded: `dayOfNext` of the next month, 10:00 Shanghai time. */
export function reportTime(month: string, dayOfNext: number): string {
  return at(day(nextMonth(month), dayOfNext), '10:00');
}

export interface HonestMonthLots {
  /** The miner's concentrate lot, qualified (what is left after the shipment). */
  concentrate: string;
  /** The shipment the separator received, qualified. */
  feed: string;
  separation: SeparationPlan;
  ndprOxide: string;
  residue: string;
  metalShipment: string;
  metal: string;
}

export interface HonestMonthOptions {
  /** Concentrate mined, t (default 1,200 t: 600 t REO, a twentieth of the miner's year). */
  minedTonnes?: number;
  shippedTonnes?: number;
  /** Lot ids are made unique per month with this tag (default the month, 2506 for 2025-06). */
  tag?: string;
  /** Leave out the parts a case writes its own way. */
  skip?: readonly ('disposal' | 'metal')[];
}

/** The miner's month: concentrate extracted on the 3rd, part of it shipped to the separator on
 * the 10th, reported on the 5th of the next month. Returns the shipment lot, qualified. */
export function mineAndShip(
  { w, s, r }: Context, month: string, options: { tag: string; minedTonnes?: number; shippedTonnes?: number; to?: Party },
): { concentrate: string; feed: string; shippedGrams: number } {
  const concentrateId = `BC-${options.tag}-01`;
  const feedId = `${concentrateId}-S1`;
  const shippedGrams = tonnes(options.shippedTonnes ?? 1_000);
  w.record(r.miner, reportTime(month, 5), [
    s.extract(r.miner, `ext-${options.tag}-01`, at(day(month, 3)), r.mine, { id: concentrateId, product: 'concentrate-bayan-obo', massGrams: tonnes(options.minedTonnes ?? 1_200) }),
    s.ship(r.miner, `shp-${options.tag}-01`, at(day(month, 10), '14:30'), concentrateId, shippedGrams, options.to ?? r.separator, feedId, 'rail wagons 4471–4490'),
  ]);
  return { concentrate: r.miner.lot(concentrateId), feed: r.miner.lot(feedId), shippedGrams };
}

/** The licensed disposer's month: receives a residue lot shipped whole and stores it for good. */
export function receiveAndDispose({ w, s, r }: Context, month: string, residue: string, massGrams: number, tag: string): void {
  w.record(r.disposer, reportTime(month, 7), [
    s.receive(r.disposer, `rcv-${tag}-res`, at(day(month, 25)), residue, massGrams),
    s.dispose(r.disposer, `dsp-${tag}-res`, at(day(month, 27)), residue, massGrams, 'radioactive-waste-storage', r.disposalSite),
  ]);
}

/** Residue mass of acid-roasting a concentrate feed: 0.45 t per t (an estimate; DOMAIN.md has none). */
export function residueGramsFor(feedGrams: number): number {
  return Math.round(feedGrams * 0.45);
}

/** Writes an honest month of the chain (events in `month`, reports early the next month). */
export function honestMonth(ctx: Context, month: string, options: HonestMonthOptions = {}): HonestMonthLots {
  const { w, s, r } = ctx;
  const tag = options.tag ?? month.slice(2).replace('-', '');
  const skip = new Set(options.skip ?? []);
  const { concentrate, feed, shippedGrams } = mineAndShip(ctx, month, {
    tag, ...(options.minedTonnes === undefined ? {} : { minedTonnes: options.minedTonnes }),
    ...(options.shippedTonnes === undefined ? {} : { shippedTonnes: options.shippedTonnes }),
  });
  const separation = separate(s.lot(feed).composition, `SEP-${tag}`, { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
  const ndpr = separation.byProduct['oxide-ndpr']!;
  const residue = separation.residue!;
  const oxideShipment = `${ndpr.id}-S1`;
  const oxideShippedGrams = tonnes(60);
  const separatorEvents: LedgerEvent[] = [
    s.receive(r.separator, `rcv-${tag}-01`, at(day(month, 11), '09:00'), feed, shippedGrams),
    s.process(r.separator, `sep-${tag}-01`, at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], separation.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
  ];
  if (!skip.has('metal')) separatorEvents.push(s.ship(r.separator, `shp-${tag}-ndpr`, at(day(month, 22)), ndpr.id, oxideShippedGrams, r.smelter, oxideShipment));
  if (!skip.has('disposal')) separatorEvents.push(s.ship(r.separator, `shp-${tag}-res`, at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'));
  w.record(r.separator, reportTime(month, 6), separatorEvents);
  if (!skip.has('disposal')) receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, tag);

  const oxideLot = r.separator.lot(oxideShipment);
  const metalId = `MET-${tag}-01`;
  const metalShipment = `${metalId}-S1`;
  if (!skip.has('metal')) {
    const metal = smelt(s.share(oxideLot, oxideShippedGrams), metalId, 'metal-ndpr');
    w.record(r.smelter, reportTime(month, 7), [
      s.receive(r.smelter, `rcv-${tag}-ndpr`, at(day(month, 23)), oxideLot, oxideShippedGrams),
      s.process(r.smelter, `met-${tag}-01`, at(day(month, 26)), [{ lot: oxideLot, massGrams: oxideShippedGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, `shp-${tag}-met`, at(day(month, 28)), metal.id, tonnes(20), r.magnets, metalShipment),
    ]);
    w.record(r.magnets, reportTime(month, 8), [
      s.receive(r.magnets, `rcv-${tag}-met`, at(day(month, 29)), r.smelter.lot(metalShipment), tonnes(20)),
    ]);
  }
  return {
    concentrate,
    feed,
    separation,
    ndprOxide: r.separator.lot(ndpr.id),
    residue: r.separator.lot(residue.id),
    metalShipment: r.smelter.lot(metalShipment),
    metal: r.smelter.lot(metalId),
  };
}
