// Helpers of the round-18 cases (ids 96–98): a small Northern-group separator of the case's own fed
// by the baseline miner, an export licence, a sale between two registered parties, and the
// separator's June NdPr oxide sold on. Built only on the library's other modules; figures not in
// shared/DOMAIN.md are marked estimates where they are made.
import type { Composition } from '../../src/domain/index.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, metalMass, oxideMass, pick, scale, subtract, tonnes } from './chem.ts';
import { sellOxide } from './heavy.ts';
import { residueGramsFor } from './chain.ts';
import { separate, type SeparationPlan } from './refining.ts';
import type { Context } from './roster.ts';
import type { Party } from './world.ts';
import { enterprise, southHeavy } from './round16.ts';

export { enterprise };

/** A dual-use export licence for `party`, valid over the dates given. */
export function exportLicence(
  { w }: Context, party: Party, id: string, elements: string[], products: string[], validFrom: string, validTo: string, tonnesReo: number,
): string {
  return w.licence({ id, party: party.id, activity: 'export', validFrom, validTo, capacityTonnesReo: tonnesReo, scope: { products, elements } });
}

export interface SmallSeparator {
  party: Party;
  plant: string;
  licence: string;
}

/**
 * A second separator of the Northern group in Baotou (Jiuyuan's smaller neighbour), licensed for
 * `capacity` t REO a year and allocated `quota` t REO of rock-ore separation for each of 2024–2026.
 */
export function smallSeparator(
  ctx: Context, options: { tag?: string; capacity?: number; quota?: number; licenceFrom?: string; licenceTo?: string; licenceStatus?: 'active' | 'pending' } = {},
): SmallSeparator {
  const { w, r } = ctx;
  const tag = options.tag ?? 'xinda';
  const party = enterprise(ctx, `${tag}-separator`, ['separator'], '包头鑫达稀土分离有限公司', 'Baotou Xinda Rare Earth Separation Co.', '150200', r.group);
  const licence = w.licence({
    id: `RT-SEP-XD-${tag.toUpperCase()}`, party: party.id, activity: 'separation',
    validFrom: options.licenceFrom ?? '2024-01-01', validTo: options.licenceTo ?? '2026-12-31', capacityTonnesReo: options.capacity ?? 2_500,
    ...(options.licenceStatus === undefined ? {} : { status: options.licenceStatus }),
  });
  const plant = w.facility({ id: `plant-${tag}-separation`, party: party.id, kind: 'plant', nameZh: '鑫达分离厂', nameEn: 'Xinda separation plant', region: '150207', licence });
  for (const year of [2024, 2025, 2026]) {
    w.quota({ id: `RT-Q${year}-SEP-${tag.toUpperCase()}`, year, batch: 1, holder: party.id, activity: 'separation', oreType: 'rock', tonnesReo: options.quota ?? 2_000, allocatedFrom: `RT-Q${year}-SEP-GROUP` });
  }
  return { party, plant, licence };
}

export interface FeedRun {
  feed: string;
  feedGrams: number;
  plan: SeparationPlan;
  /** The separator's events (receipt, separation, residue shipment) for the case to record when it says. */
  events: LedgerEvent[];
}

/**
 * The baseline miner extracts `tonnesConc` of Bayan Obo concentrate on `extractDay` and ships all of
 * it to `sep` on `shipDay` (recorded by the miner at `minerRecordedAt`); the separator receives it
 * on `receiveDay` and separates it on `separateDay` at 95 % with its water-leach residue (0.45 t a
 * tonne, the library's estimate), which it ships on `residueDay` to the licensed store; the store
 * receives it the next day and places it the day after (recorded at `storeRecordedAt`). Days are
 * YYYY-MM-DD; lot ids carry `tag`. The separator's events are returned, not recorded.
 */
export function feedAndSeparate(
  ctx: Context, sep: SmallSeparator, tag: string,
  days: { extract: string; ship: string; receive: string; separate: string; residue: string; residueIn: string; residuePlaced: string },
  tonnesConc: number, minerRecordedAt: string, storeRecordedAt: string,
): FeedRun {
  const { w, s, r } = ctx;
  const concId = `BC-${tag}-XD`;
  const grams = tonnes(tonnesConc);
  w.record(r.miner, minerRecordedAt, [
    s.extract(r.miner, `ext-${tag}-xd`, at(days.extract), r.mine, { id: concId, product: 'concentrate-bayan-obo', massGrams: grams }),
    s.ship(r.miner, `shp-${tag}-xd`, at(days.ship, '14:00'), concId, grams, sep.party, undefined, 'rail wagons to the Xinda siding'),
  ]);
  const feed = r.miner.lot(concId);
  const residueGrams = residueGramsFor(grams);
  const plan = separate(s.lot(feed).composition, `XD-${tag}`, { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
  const events: LedgerEvent[] = [
    s.receive(sep.party, `rcv-${tag}-xd`, at(days.receive, '09:00'), feed, grams),
    s.process(sep.party, `sep-${tag}-xd`, at(days.separate), [{ lot: feed, massGrams: grams }], plan.outputs, { facility: sep.plant, note: 'acid roasting, water leach, solvent extraction' }),
    s.ship(sep.party, `shp-${tag}-xdres`, at(days.residue), plan.residue!.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
  ];
  const residueLot = sep.party.lot(plan.residue!.id);
  w.record(r.disposer, storeRecordedAt, [
    s.receive(r.disposer, `rcv-${tag}-xdres`, at(days.residueIn), residueLot, residueGrams),
    s.dispose(r.disposer, `dsp-${tag}-xdres`, at(days.residuePlaced), residueLot, residueGrams, 'radioactive-waste-storage', r.disposalSite),
  ]);
  return { feed, feedGrams: grams, plan, events };
}

/** `from` ships `grams` of its lot `local` to `to` as `shipmentLot` and `to` receives it in full;
 * returns the two events (for the case to record) and the shipment lot, qualified. */
export function sale(
  ctx: Context, from: Party, to: Party, local: string, grams: number, shipmentLot: string, tag: string, shipAt: string, receiveAt: string, note?: string,
): { ship: LedgerEvent; receive: LedgerEvent; lot: string } {
  const { s } = ctx;
  const ship = s.ship(from, `shp-${tag}`, shipAt, local, grams, to, shipmentLot, note);
  const lot = from.lot(shipmentLot);
  const receive = s.receive(to, `rcv-${tag}`, receiveAt, lot, grams);
  return { ship, receive, lot };
}

/** Days of a feed run in one month: extraction on the 3rd, shipment on the 8th, receipt on the
 * 9th, separation on the 18th, residue out on the 22nd, in on the 23rd, placed on the 24th. */
export function monthDays(month: string): { extract: string; ship: string; receive: string; separate: string; residue: string; residueIn: string; residuePlaced: string } {
  return {
    extract: `${month}-03`, ship: `${month}-08`, receive: `${month}-09`, separate: `${month}-18`,
    residue: `${month}-22`, residueIn: `${month}-23`, residuePlaced: `${month}-24`,
  };
}

/** A Baotou industrial landfill licensed only for non-radioactive recycling and electrolysis residues. */
export function industrialLandfill(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = enterprise(ctx, 'industrial-landfill', ['disposer'], '包头市固废填埋处置有限公司', 'Baotou Solid Waste Landfill Co.', '150200');
  const licence = w.licence({ id: 'RT-DSP-BTLF-2024', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] } });
  const site = w.facility({ id: 'site-baotou-landfill', party: party.id, kind: 'disposal-site', nameZh: '包头工业固废填埋场', nameEn: 'Baotou industrial solid-waste landfill', region: '150206', licence });
  return { party, site };
}

/**
 * The Ganzhou recycler collects a lot of `product` (composition given, or the catalogue's) from a
 * named supplier on `collectDay`, leaches and separates it on `processDay` at 95 % of every element
 * into NdPr oxide and heavy-RE oxide, and sends the leach residue (`residuePerTonne` t a tonne of
 * feed, an estimate) to the licensed store on `residueDay`, received the next day and placed the
 * day after. The recycler's events are recorded at `recordedAt`, the store's a day later.
 */
export function recycleCollected(
  ctx: Context, tag: string, lot: { product: string; massGrams: number; composition?: Composition },
  supplier: { name: string; id?: string }, days: { collect: string; process: string; residue: string; residueIn: string; residuePlaced: string },
  recordedAt: string, storeRecordedAt: string, residuePerTonne = 0.8,
): { lot: string; collectEvent: string; processEvent: string } {
  const { w, s, r } = ctx;
  const id = `CL-${tag}-01`;
  const collect = s.collect(r.recycler, `col-${tag}-01`, at(days.collect), { id, ...lot }, supplier, r.recyclingPlant);
  const held = s.lot(r.recycler.lot(id)).composition;
  const recovered = scale(held, 0.95);
  const ndpr = pick(recovered, ['Pr', 'Nd']);
  const heavy = pick(recovered, ['Tb', 'Dy']);
  const light = pick(recovered, ['La', 'Ce']);
  const residueGrams = Math.round(lot.massGrams * residuePerTonne);
  const residue = scale(subtract(held, recovered), 0.99);
  const outputs = [{ id: `RO-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr }];
  if (Object.keys(heavy).length > 0) outputs.push({ id: `RO-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy });
  if (Object.keys(light).length > 0) outputs.push({ id: `RO-${tag}-LACE`, product: 'mixed-oxide-lace', massGrams: oxideMass(light), composition: light });
  outputs.push({ id: `RO-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue });
  w.record(r.recycler, recordedAt, [
    collect,
    s.process(r.recycler, `rec-${tag}-01`, at(days.process), [{ lot: id, massGrams: lot.massGrams }], outputs, { facility: r.recyclingPlant, note: 'dismantling, oxidising roast, HCl leach, solvent extraction' }),
    s.ship(r.recycler, `shp-${tag}-res`, at(days.residue), `RO-${tag}-RES`, residueGrams, r.disposer, undefined, 'covered tipper trucks'),
  ]);
  const residueLot = r.recycler.lot(`RO-${tag}-RES`);
  w.record(r.disposer, storeRecordedAt, [
    s.receive(r.disposer, `rcv-${tag}-res`, at(days.residueIn), residueLot, residueGrams),
    s.dispose(r.disposer, `dsp-${tag}-res`, at(days.residuePlaced), residueLot, residueGrams, 'landfill', r.disposalSite),
  ]);
  return { lot: r.recycler.lot(id), collectEvent: r.recycler.event(`col-${tag}-01`), processEvent: r.recycler.event(`rec-${tag}-01`) };
}

/**
 * Samarium metal for a SmCo magnet line: the Longnan separator separates `month`'s Myanmar feed
 * (heavy.ts) and sells 2 t of its samarium oxide to the Baotou smelter on the 15th (received the
 * 16th), which reduces it on the 20th at 97 % (lanthanothermic reduction and distillation; the
 * yield is an estimate) and ships the whole metal lot to `buyer` on the 23rd, received on the 24th.
 * Smelter and buyer record on the 7th and 8th of the next month. Returns the metal lot as the
 * buyer holds it, and its mass.
 */
export function samariumMetalFor(ctx: Context, buyer: Party, month: string, next: string): { metal: string; grams: number } {
  const { w, s, r } = ctx;
  const { south, heavy } = southHeavy(ctx, month, month.slice(2).replace('-', ''));
  const tag = `${month.slice(2).replace('-', '')}-sm`;
  const oxide = sellOxide(ctx, south, heavy, 'oxide-sm', tonnes(2), r.smelter, month, tag);
  const metal = scale(s.share(oxide, tonnes(2)), 0.97);
  const grams = metalMass(metal);
  w.record(r.smelter, at(`${next}-07`, '10:00'), [
    s.process(r.smelter, `met-${tag}`, at(`${month}-20`), [{ lot: oxide, massGrams: tonnes(2) }], [{ id: `SM-${tag}`, product: 'metal-sm', massGrams: grams, composition: metal }], { facility: r.metalPlant, note: 'lanthanothermic reduction, vacuum distillation' }),
    s.ship(r.smelter, `shp-${tag}-met`, at(`${month}-23`), `SM-${tag}`, grams, buyer),
  ]);
  w.record(buyer, at(`${next}-08`, '09:00'), [s.receive(buyer, `rcv-${tag}-met`, at(`${month}-24`), r.smelter.lot(`SM-${tag}`), grams)]);
  return { metal: r.smelter.lot(`SM-${tag}`), grams };
}

/**
 * A Ganzhou lamp-phosphor works buys 2.5 t of lanthanum oxide and 2 t of cerium oxide from the
 * Baotou separator (shipped 07-03, received 07-05) and 0.9 t of terbium oxide from the Longnan
 * separator (heavy.ts, July), for LaPO4:Ce,Tb green phosphor. Returns the works, its plant and the
 * lots with their masses, for the case to write the campaign (recorded by the works on 08-08).
 */
export function greenPhosphorFeeds(ctx: Context): { works: Party; plant: string; feeds: { lot: string; massGrams: number }[]; receipts: LedgerEvent[] } {
  const { w, r } = ctx;
  const works = enterprise(ctx, 'phosphor-works', ['phosphor-maker'], '赣州虔东荧光材料有限公司', 'Ganzhou Qiandong Luminescent Materials Co.', '360700');
  const plant = w.facility({ id: 'plant-qiandong-phosphor', party: works.id, kind: 'plant', nameZh: '虔东荧光粉厂', nameEn: 'Qiandong phosphor plant', region: '360700' });
  const la = sale(ctx, r.separator, works, 'SEP-2506-LA', tonnes(2.5), 'SEP-2506-LA-P1', '2507-pla', at('2025-07-03'), at('2025-07-05'));
  const ce = sale(ctx, r.separator, works, 'SEP-2506-CE', tonnes(2), 'SEP-2506-CE-P1', '2507-pce', at('2025-07-03'), at('2025-07-05'));
  w.record(r.separator, at('2025-08-06', '10:00'), [la.ship, ce.ship]);
  const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
  const tb = sellOxide(ctx, south, heavy, 'oxide-tb', tonnes(0.9), works, '2025-07', '2507-ptb');
  return {
    works, plant,
    feeds: [{ lot: la.lot, massGrams: tonnes(2.5) }, { lot: ce.lot, massGrams: tonnes(2) }, { lot: tb, massGrams: tonnes(0.9) }],
    receipts: [la.receive, ce.receive],
  };
}
