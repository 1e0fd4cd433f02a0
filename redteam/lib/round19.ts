// Helpers of the round-19 cases (ids 53–55): whole separation months to load a quota year, Dy–Fe
// alloy and terbium oxide from the Longnan separator's Myanmar feed, recycling campaigns on
// received metal scrap and on waste lamp phosphor, a Zibo catalyst works and a Ningbo
// hazardous-waste incinerator. Built only on the library's other modules; figures not in
// shared/DOMAIN.md are marked estimates where they are made.
import type { Composition } from '../../src/domain/index.ts';
import { at, massAtShare, oxideMass, pick, scale, subtract, tonnes, typical } from './chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime } from './chain.ts';
import { sellOxide } from './heavy.ts';
import type { SeparationPlan } from './refining.ts';
import type { Context } from './roster.ts';
import { southHeavy } from './round16.ts';
import { outsideUscc, separateShipment } from './round7.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

export { enterprise } from './round16.ts';
export { customerCode, deliver } from './round8.ts';
export { outsideUscc } from './round7.ts';

/**
 * A whole baseline month for each of `months`: the miner extracts `tonnesEach` of Bayan Obo
 * concentrate on the 3rd and ships all of it on the 10th; the separator receives it on the 11th,
 * separates it at 95 % on the 20th and sends its residue to the licensed store (received on the
 * 25th, placed on the 27th). Everyone reports early the next month. Returns each month's plan.
 */
export function separationMonths(ctx: Context, months: string[], tonnesEach: number): SeparationPlan[] {
  return months.map((month) => {
    const tag = month.slice(2).replace('-', '');
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag, minedTonnes: tonnesEach, shippedTonnes: tonnesEach });
    return separateShipment(ctx, month, feed, shippedGrams, tag);
  });
}

/** A licensed hazardous-waste incinerator in Ningbo's Beilun district that takes oily grinding
 * waste from the magnet works (disposal licence scoped to that scrap). */
export function ningboIncinerator({ w }: Context): { party: Party; site: string; licence: string } {
  const party = w.party('r19-incinerator', { kind: 'enterprise', roles: ['disposer'], nameZh: '宁波北仑危险废物焚烧处置有限公司', nameEn: 'Ningbo Beilun Hazardous Waste Incineration Co.', region: '330200' });
  const licence = w.licence({ id: 'RT-DSP-NB-R19', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['scrap-ndfeb-swarf'] } });
  const site = w.facility({ id: 'site-beilun-incinerator', party: party.id, kind: 'disposal-site', nameZh: '北仑危废焚烧厂', nameEn: 'Beilun hazardous-waste incinerator', region: '330200', licence });
  return { party, site, licence };
}

/**
 * Dy–Fe alloy made by the baseline smelter: the Longnan separator imports and separates Myanmar
 * high-Y feed in `month` and sells `oxideTonnes` of Dy2O3 to the smelter (received on the 16th),
 * which reduces it on the 18th into Dy–Fe at 80 % Dy (the catalogue's grade) at 97 % (the library's
 * oxide → metal yield, an estimate). The smelter's alloy lot (qualified) and its mass are returned;
 * the smelter's reduction is recorded with its report on the 7th of the next month.
 */
export function dyFeAtSmelter(ctx: Context, month: string, tag: string, oxideTonnes: number): { alloy: string; grams: number } {
  const { w, s, r } = ctx;
  const { south, heavy } = southHeavy(ctx, month, tag, 100);
  const oxideGrams = tonnes(oxideTonnes);
  const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, month, `${tag}-dy`);
  const composition = scale(s.share(oxide, oxideGrams), 0.97);
  const grams = massAtShare(composition, 0.8);
  w.record(r.smelter, reportTime(month, 7), [
    s.process(r.smelter, `met-${tag}-dyfe`, at(day(month, 18)), [{ lot: oxide, massGrams: oxideGrams }], [{ id: `DYFE-${tag}`, product: 'alloy-dyfe', massGrams: grams, composition }], { facility: r.metalPlant, note: 'calciothermic reduction with iron, Dy–Fe master alloy' }),
  ]);
  return { alloy: r.smelter.lot(`DYFE-${tag}`), grams };
}

/**
 * The Ganzhou recycler's campaign on a received lot of NdPr-bearing scrap: dissolved and
 * separated on `processDay` at 96 % of its Pr and Nd (DOMAIN.md: up to about 97 % from swarf) into
 * recycled NdPr oxide; a small leach residue (`residueTonnes`, an estimate) goes to the licensed
 * store on `residueDay` (by the 24th, since the store receives on the 25th). Recorded with its report
 * on the 7th of the next month. Returns the recycled oxide's qualified id.
 */
export function recycleReceived(
  ctx: Context, month: string, tag: string, lot: string, grams: number, receiveDay: number, processDay: number, residueDay: number, residueTonnes: number,
): string {
  const { w, s, r } = ctx;
  const receive = s.receive(r.recycler, `rcv-${tag}-scrap`, at(day(month, receiveDay)), lot, grams);
  const held = s.share(lot, grams);
  const ndpr = scale(pick(held, ['Pr', 'Nd']), 0.96);
  const residueGrams = tonnes(residueTonnes);
  const residue = typical('slag-recycling-residue', residueGrams);
  const ndprId = `RO-${tag}-NDPR`;
  const resId = `RR-${tag}-RES`;
  w.record(r.recycler, reportTime(month, 7), [
    receive,
    s.process(r.recycler, `rec-${tag}-01`, at(day(month, processDay)), [{ lot, massGrams: grams }], [
      { id: ndprId, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
      { id: resId, product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
    ], { facility: r.recyclingPlant, note: 'acid dissolution, solvent extraction, oxalate precipitation, calcination' }),
    s.ship(r.recycler, `shp-${tag}-res`, at(day(month, residueDay)), resId, residueGrams, r.disposer, undefined, 'closed trucks'),
  ]);
  receiveAndDispose(ctx, month, r.recycler.lot(resId), residueGrams, `${tag}-rr`);
  return r.recycler.lot(ndprId);
}

/** Terbium oxide for the Ningbo magnet maker: the Longnan separator's month on Myanmar high-Y feed
 * in `month` and `oxideTonnes` of its Tb4O7 sold to the magnet maker (received on the 16th).
 * Returns the qualified shipment lot. */
export function terbiumToMagnets(ctx: Context, month: string, tag: string, oxideTonnes: number): { lot: string; grams: number } {
  const { r } = ctx;
  const { south, heavy } = southHeavy(ctx, month, tag, 100);
  const grams = tonnes(oxideTonnes);
  return { lot: sellOxide(ctx, south, heavy, 'oxide-tb', grams, r.magnets, month, `${tag}-tb`), grams };
}

/** A Zibo (Shandong) catalyst works that makes FCC catalysts, registered as a catalyst maker. */
export function catalystWorks(ctx: Context): { party: Party; plant: string } {
  const { w } = ctx;
  const party = w.party('r19-catalyst', { kind: 'enterprise', roles: ['catalyst-maker'], nameZh: '淄博齐鲁催化剂有限公司', nameEn: 'Zibo Qilu Catalyst Co.', region: '370300' });
  const plant = w.facility({ id: 'plant-zibo-catalyst', party: party.id, kind: 'plant', nameZh: '齐鲁催化剂厂', nameEn: 'Qilu catalyst plant', region: '370300' });
  return { party, plant };
}

/**
 * The Ganzhou recycler's lamp-phosphor month: `tonnesPhosphor` of waste tri-band lamp phosphor
 * collected from a Ganzhou lamp dismantler on day 3, leached and separated on day 12: Y, Eu and Tb
 * each into its single oxide and La+Ce into mixed oxide, at `recovery` (for Tb, `tbGrams` of metal
 * in the Tb oxide when given: the case's figure). The leach residue (the phosphor's mass less the
 * oxides, 60 % of it as an estimate of what stays after drying) holds what was not recovered and
 * goes to the licensed store on day 20. Recorded on the 6th of the next month.
 */
export function phosphorMonth(ctx: Context, month: string, tag: string, tonnesPhosphor: number, recovery: number, tbGrams?: number): { tbOxide: string; collect: string; process: string } {
  const { w, s, r } = ctx;
  const scrapId = `LP-${tag}-01`;
  const grams = tonnes(tonnesPhosphor);
  const collect = s.collect(r.recycler, `col-${tag}-lp`, at(day(month, 3)), { id: scrapId, product: 'eol-lamp-phosphor', massGrams: grams },
    { name: '赣州章贡绿色照明拆解有限公司', id: outsideUscc('r19-lamp-dismantler', '360702') }, r.recyclingPlant);
  const held = s.lot(r.recycler.lot(scrapId)).composition;
  const recovered = scale(held, recovery);
  const tb = tbGrams === undefined ? pick(recovered, ['Tb']) : { Tb: tbGrams };
  const lines: [string, string, Composition][] = [
    ['Y', 'oxide-y', pick(recovered, ['Y'])],
    ['EU', 'oxide-eu', pick(recovered, ['Eu'])],
    ['TB', 'oxide-tb', tb],
    ['LACE', 'mixed-oxide-lace', pick(recovered, ['La', 'Ce'])],
  ];
  const outputs: LotSpec[] = lines.map(([suffix, product, composition]) => ({ id: `RP-${tag}-${suffix}`, product, massGrams: oxideMass(composition), composition }));
  const left = subtract(held, { ...pick(recovered, ['Y', 'Eu', 'La', 'Ce']), Tb: Math.min(held.Tb ?? 0, tb.Tb ?? 0) });
  const residueGrams = Math.round((grams - outputs.reduce((a, o) => a + o.massGrams, 0)) * 0.6);
  outputs.push({ id: `RP-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: left });
  const processId = `rec-${tag}-lp`;
  w.record(r.recycler, reportTime(month, 6), [
    collect,
    s.process(r.recycler, processId, at(day(month, 12)), [{ lot: scrapId, massGrams: grams }], outputs, { facility: r.recyclingPlant, note: 'acid leach of tri-band phosphor, solvent extraction' }),
    s.ship(r.recycler, `shp-${tag}-lpres`, at(day(month, 20)), `RP-${tag}-RES`, residueGrams, r.disposer, undefined, 'closed trucks'),
  ]);
  receiveAndDispose(ctx, month, r.recycler.lot(`RP-${tag}-RES`), residueGrams, `${tag}-lp`);
  return { tbOxide: r.recycler.lot(`RP-${tag}-TB`), collect: r.recycler.event(`col-${tag}-lp`), process: r.recycler.event(processId) };
}
