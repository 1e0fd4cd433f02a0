// Helpers of the round-28 cases (numbers 16–18), in settings the earlier rounds left out: a Xinyu
// (Jiangxi) recycler of spent nickel–metal hydride batteries with its Xinyu industrial landfill; a
// Hohhot metal smelter of the Northern group; a Tianjin sintered-magnet works that also exports; a
// Shangrao (Jiangxi) optical-glass polishing-powder works; a Guangzhou trading and export house; a
// Hohhot trading company; a Jianghua (Yongzhou, Hunan) ion-adsorption clay miner of the southern
// group; a Baotou building-materials company; a Jining (Shandong) chemical trading company; and an
// Inner Mongolia regional radioactive waste repository. Built only on the library's other modules;
// figures not in shared/DOMAIN.md are marked estimates where they are made.
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, massAtShare, oxideMass, pick, scale, subtract, totalGrams, typical } from './chem.ts';
import { mineAndShip, receiveAndDispose, residueGramsFor } from './chain.ts';
import { sellOxide } from './heavy.ts';
import { separate } from './refining.ts';
import { YEARS, type Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';
import { cappedMix, exportLicence, firm, localOf, longnanHeavy, on, outsideCode, plant, sale, shipOnly, south } from './round26.ts';

export { cappedMix, exportLicence, localOf, longnanHeavy, on, outsideCode, sale, shipOnly, south };

/** A copy of a composition (Scribe.adjust and later scaling never write into the original). */
export function copy(composition: Composition): Composition {
  return { ...composition };
}

// ── Xinyu: a recycler of spent NiMH batteries, and its landfill.

export interface Works {
  party: Party;
  plant: string;
  licence?: string;
}

/** A Xinyu (Jiangxi) recycler of spent NiMH batteries, licensed for 1,000 t REO a year (fictional). */
export function xinyu(ctx: Context): Works {
  const { w } = ctx;
  const party = firm(ctx, 'r28-xinyu', ['recycler'], '新余赣西电池材料再生有限公司', 'Xinyu Ganxi Battery Materials Recycling Co.', '360500');
  const licence = w.licence({ id: 'RT28-REC-XY', party: party.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_000 });
  return { party, plant: plant(ctx, party, 'plant-r28-xinyu', '新余镍氢电池回收厂', 'Xinyu NiMH battery recycling plant', '360500', licence), licence };
}

/** A Xinyu industrial landfill licensed for non-radioactive recycling residue and electrolysis slag. */
export function xinyuLandfill(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r28-xy-landfill', ['disposer'], '新余市固体废物处置有限公司', 'Xinyu Solid Waste Disposal Co.', '360500');
  const licence = w.licence({ id: 'RT28-DSP-XY', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] } });
  const site = w.facility({ id: 'site-r28-xy-landfill', party: party.id, kind: 'disposal-site', nameZh: '新余工业固废填埋场', nameEn: 'Xinyu industrial solid waste landfill', region: '360500', licence });
  return { party, site };
}

/** A Hefei battery collector's credit code (not registered: it sells spent batteries to recyclers). */
export function hefeiCollector(): { name: string; id: string } {
  return { name: '合肥蜀山再生资源回收有限公司 (Hefei Shushan Renewable Resources Recovery Co.)', id: outsideCode('r28-hefei-collector', '340100') };
}

/** NiMH leach products: La–Ce oxide (La and Ce) and NdPr oxide (Pr and Nd) from a recovered composition. */
export function nimhOxides(recovered: Composition, prefix: string): LotSpec[] {
  const lace = pick(recovered, ['La', 'Ce']);
  const ndpr = pick(recovered, ['Pr', 'Nd']);
  return [
    { id: `${prefix}-LACE`, product: 'mixed-oxide-lace', massGrams: oxideMass(lace), composition: lace },
    { id: `${prefix}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
  ];
}

/** Leach residue of NiMH recycling (plastics, separators, insolubles): 0.35 t per t of batteries (an estimate). */
export function nimhResidueGrams(batteryGrams: number): number {
  return Math.round(batteryGrams * 0.35);
}

/** A residue lot holding all of `left` (what a leach did not recover). */
export function residueHolding(id: string, product: string, massGrams: number, left: Composition): LotSpec {
  return { id, product, massGrams, composition: copy(left) };
}

// ── Hohhot metal smelter (Northern group), Hohhot trader.

/** A Hohhot metal smelter of the Northern group, licensed to reduce 3,000 t REO a year (fictional). */
export function hohhotSmelter(ctx: Context): Works & { licence: string } {
  const { w, r } = ctx;
  const party = firm(ctx, 'r28-hohhot-metal', ['metal-smelter'], '呼和浩特金桥稀土金属有限公司', 'Hohhot Jinqiao Rare Earth Metals Co.', '150100', { group: r.group });
  const licence = w.licence({ id: 'RT28-MET-HH', party: party.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  return { party, plant: plant(ctx, party, 'plant-r28-jinqiao', '金桥稀土金属厂', 'Jinqiao rare earth metal plant', '150100', licence), licence };
}

/** A Hohhot trading company (no licence: trading needs none). */
export function hohhotTrader(ctx: Context): Party {
  return firm(ctx, 'r28-hohhot-trader', ['trader'], '呼和浩特青城稀土贸易有限公司', 'Hohhot Qingcheng Rare Earth Trading Co.', '150100');
}

/**
 * Electrolysis of NdPr oxide (qualified lot, grams) into NdPr metal: `intoMetal` of each element to
 * metal at 99 % purity and, when `intoSlag` is given, that share into fluoride electrolysis slag at
 * 33 % rare earths (the catalogue's grade); the rest fume and cell losses (estimates: DOMAIN.md has
 * no oxide → metal yield).
 */
export function electrolysis(
  ctx: Context, works: Works, eventId: string, time: string, oxide: string, oxideGrams: number, lotId: string,
  o: { intoMetal: number; intoSlag?: number; note?: string },
): { event: LedgerEvent; metal: LotSpec; slag?: LotSpec } {
  const { s } = ctx;
  const feed = s.share(oxide, oxideGrams);
  const metalComp = scale(feed, o.intoMetal);
  const metal: LotSpec = { id: lotId, product: 'metal-ndpr', massGrams: Math.ceil(totalGrams(metalComp) / 0.99), composition: metalComp };
  const outputs: LotSpec[] = [metal];
  let slag: LotSpec | undefined;
  if (o.intoSlag !== undefined) {
    const slagComp = scale(feed, o.intoSlag);
    slag = { id: `${lotId}-SLAG`, product: 'slag-electrolysis', massGrams: massAtShare(slagComp, 0.33), composition: slagComp };
    outputs.push(slag);
  }
  const event = s.process(works.party, eventId, time, [{ lot: oxide, massGrams: oxideGrams }], outputs, {
    facility: works.plant, note: o.note ?? 'fluoride molten-salt electrolysis, 10 kA cells',
  });
  return { event, metal, ...(slag === undefined ? {} : { slag }) };
}

// ── Tianjin magnet works.

/** A Tianjin sintered NdFeB works (magnet maker; exporter too when asked). */
export function tianjin(ctx: Context, exporter = false): Works {
  const party = firm(ctx, 'r28-tianjin', exporter ? ['magnet-maker', 'exporter'] : ['magnet-maker'], '天津滨海磁材科技有限公司', 'Tianjin Binhai Magnetic Materials Technology Co.', '120000');
  return { party, plant: plant(ctx, party, 'plant-r28-binhai', '滨海烧结钕铁硼厂', 'Binhai sintered NdFeB plant', '120000') };
}

/** Sintered magnets at 30 % rare earths holding `intoMagnets` of the feed, grinding swarf (22 %)
 * holding `intoSwarf`, and, if asked, solid off-cuts and rejects (30 %) holding `intoOffcuts`
 * (DOMAIN.md: magnets 29–32 % RE, scrap 25–30 % of output; the split is an estimate). */
export function sinterLots(
  feed: Composition, tag: string, o: { intoMagnets: number; intoSwarf: number; intoOffcuts?: number; product?: string },
): LotSpec[] {
  const magnets = scale(feed, o.intoMagnets);
  const swarf = scale(feed, o.intoSwarf);
  const out: LotSpec[] = [
    { id: `MG-${tag}`, product: o.product ?? 'magnet-ndfeb-sintered', massGrams: massAtShare(magnets, 0.3), composition: magnets },
    { id: `SW-${tag}`, product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
  ];
  if (o.intoOffcuts !== undefined) {
    const offcuts = scale(feed, o.intoOffcuts);
    out.push({ id: `OC-${tag}`, product: 'scrap-ndfeb-solid', massGrams: massAtShare(offcuts, 0.3), composition: offcuts });
  }
  return out;
}

// ── Shangrao polishing works, Guangzhou trading house.

/** A Shangrao (Jiangxi) polishing-powder works serving the optical-glass trade, which exports its own powder. */
export function shangrao(ctx: Context): Works {
  const party = firm(ctx, 'r28-shangrao', ['polishing-powder-maker', 'exporter'], '上饶光学抛光材料有限公司', 'Shangrao Optical Polishing Materials Co.', '361100');
  return { party, plant: plant(ctx, party, 'plant-r28-shangrao', '上饶稀土抛光粉厂', 'Shangrao rare earth polishing powder plant', '361100') };
}

/** A Guangzhou trading and export house. */
export function guangzhou(ctx: Context): Party {
  return firm(ctx, 'r28-guangzhou', ['trader', 'exporter'], '广州南沙稀土进出口有限公司', 'Guangzhou Nansha Rare Earth Import & Export Co.', '440100');
}

// ── Jianghua (Yongzhou, Hunan) clay miner of the southern group.

/** A Jianghua (Yongzhou, Hunan) ion-adsorption clay miner of the southern group, medium-yttrium
 * europium-rich clay, licensed and listed, with an ionic mining allocation of 250 t REO a year (fictional). */
export function jianghua(ctx: Context): Works & { licence: string } {
  const { w } = ctx;
  const { crg } = south(ctx);
  const party = firm(ctx, 'r28-jianghua', ['miner'], '江华瑶山稀土矿业有限公司', 'Jianghua Yaoshan Rare Earth Mining Co.', '431100', { group: crg });
  const licence = w.licence({ id: 'RT28-MIN-JH', party: party.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 400, scope: { products: ['ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] } });
  const mine = w.facility({ id: 'mine-r28-yaoshan', party: party.id, kind: 'mine', nameZh: '江华瑶山离子型稀土矿', nameEn: 'Yaoshan ion-adsorption clay mine, Jianghua', region: '431100', licence, listed: true });
  for (const year of YEARS) {
    w.quota({ id: `RT28-Q${year}-MIN-JH`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'ionic', tonnesReo: 250, allocatedFrom: `RT-Q${year}-MIN-CRG-IONIC` });
  }
  return { party, plant: mine, licence };
}

const IONIC_CUTS: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'EU', product: 'oxide-eu', elements: ['Eu'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'LACE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'REST', product: 'mixed-oxide-heavy', elements: ['Ho', 'Er', 'Tm', 'Yb', 'Lu'], purity: 0.95 },
];

/** A cascade's single-oxide lots for a recovered composition (ids `<prefix>-<suffix>`). */
export function cascadeCuts(recovered: Composition, prefix: string): LotSpec[] {
  const out: LotSpec[] = [];
  for (const cut of IONIC_CUTS) {
    const composition = pick(recovered, cut.elements);
    if (Object.keys(composition).length === 0) continue;
    out.push({ id: `${prefix}-${cut.suffix}`, product: cut.product, massGrams: oxideMass(composition, cut.purity), composition });
  }
  return out;
}

// ── Residue parties.

/** A Baotou building-materials company (aerated concrete blocks), registered as a final user, no licence. */
export function blockWorks(ctx: Context): Works {
  const party = firm(ctx, 'r28-donghe-blocks', ['end-user'], '包头东河新型建材有限公司', 'Baotou Donghe New Building Materials Co.', '150202');
  return { party, plant: plant(ctx, party, 'plant-r28-donghe-blocks', '东河加气混凝土砌块厂', 'Donghe aerated concrete block plant', '150202') };
}

/** A Jining (Shandong) chemical trading company, no licence. */
export function jiningTrader(ctx: Context): Party {
  return firm(ctx, 'r28-jining', ['trader'], '济宁微山湖化工贸易有限公司', 'Jining Weishanhu Chemical Trading Co.', '370800');
}

/** The Inner Mongolia regional repository for radioactive residue (licensed, run by another company). */
export function regionalRepository(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r28-nm-repository', ['disposer'], '内蒙古放射性废物处置中心有限公司', 'Inner Mongolia Radioactive Waste Disposal Centre Co.', '150205');
  const licence = w.licence({ id: 'RT28-DSP-NM', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2028-12-31', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] } });
  const site = w.facility({ id: 'site-r28-nm-repository', party: party.id, kind: 'disposal-site', nameZh: '内蒙古放射性废物处置场（石拐）', nameEn: 'Inner Mongolia radioactive waste repository, Shiguai', region: '150205', licence });
  return { party, site };
}

/** A final customer's credit code and name (not registered). */
export function customer(tag: string, region: string, name: string): { name: string; id: string } {
  return { name, id: outsideCode(tag, region) };
}

/** What a process left of its feed, per element: `feed` − `recovered`. */
export function leftOf(feed: Composition, recovered: Composition): Composition {
  return subtract(feed, recovered);
}

/** A lot of `product` at the catalogue's typical composition scaled to `massGrams` (for blends). */
export function typicalLot(id: string, product: string, massGrams: number): LotSpec {
  return { id, product, massGrams, composition: typical(product, massGrams) };
}

/** The Baotou smelter sells `tonnesOf` of its June NdPr metal (MET-2506-01; needs honestMonth(ctx,
 * '2025-06')) to `buyer`: shipped 07-03 (recorded 08-07 11:00), received 07-05 after some 1,000 km by
 * road (recorded with the buyer's events). Returns the lot (qualified), its grams and the receipt. */
export function metalFromBaotou(ctx: Context, buyer: Party, tonnesOf: number, tag: string): { lot: string; grams: number; receipt: LedgerEvent } {
  const { w, s, r } = ctx;
  const grams = Math.round(tonnesOf * 1_000_000);
  const shipment = `MET-2506-01-${tag}`;
  w.record(r.smelter, on('2025-08-07', '11:00'), [s.ship(r.smelter, `shp-${tag}`, at('2025-07-03'), 'MET-2506-01', grams, buyer, shipment, 'argon-packed steel drums, by road')]);
  const lot = r.smelter.lot(shipment);
  return { lot, grams, receipt: s.receive(buyer, `rcv-${tag}`, at('2025-07-05', '14:00'), lot, grams) };
}

/** A Shiguai (Baotou) separation line of the Baotou separator, registered as a plant under
 * `licence` (none: a line restarted without one). */
export function shiguaiLine(ctx: Context, licence?: string): string {
  const { r } = ctx;
  return plant(ctx, r.separator, 'plant-r28-shiguai', '石拐分离线', 'Shiguai separation line', '150205', licence);
}

/** The separator's July 2025 campaign at `facility`: 1,000 t of Bayan Obo concentrate (mined 07-03,
 * shipped 07-10, received 07-11) separated at 95 % on 07-20, its residue shipped to the licensed store
 * on 07-24 (received 07-25, placed 07-27); reports early August. Returns the separation's lot ids. */
export function julyCampaignAt(ctx: Context, facility: string, note: string): { event: string; ndpr: string; residue: string } {
  const { w, s, r } = ctx;
  const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
  const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
  const residue = plan.residue!;
  w.record(r.separator, on('2025-08-06'), [
    s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
    s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility, note }),
    s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
  ]);
  receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
  return { event: r.separator.event('sep-2507-01'), ndpr: r.separator.lot('SEP-2507-NDPR'), residue: r.separator.lot(residue.id) };
}

/**
 * Dy–Fe alloy for a magnet works: the Longnan separator's July 2025 Myanmar feed (heavy.ts) gives
 * `oxideTonnes` of Dy2O3 sold to the Baotou smelter (shipped 07-15, received 07-16), reduced on 07-21
 * with iron into Dy–Fe alloy (80 % Dy) at 97 % (the library's oxide → metal yield, an estimate; the
 * rest slag and cell losses), and shipped whole to `works` on 07-24 (recorded 08-07 12:00). Returns the alloy lot
 * (qualified), its grams and the works' receipt of 07-26.
 */
export function dyFeFor(ctx: Context, works: Party, oxideTonnes: number): { lot: string; grams: number; receipt: LedgerEvent } {
  const { w, s, r } = ctx;
  const { chain, heavy } = longnanHeavy(ctx, '2507', 100);
  const oxideGrams = Math.round(oxideTonnes * 1_000_000);
  const oxide = sellOxide(ctx, chain, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', 'r28-dy');
  const feed = s.share(oxide, oxideGrams);
  const alloy = scale(feed, 0.97);
  const alloyGrams = Math.ceil(totalGrams(alloy) / 0.8);
  w.record(r.smelter, on('2025-08-07', '12:00'), [
    s.process(r.smelter, 'met-2507-dyfe', at('2025-07-21'), [{ lot: oxide, massGrams: oxideGrams }], [
      { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: alloyGrams, composition: alloy },
    ], { facility: r.metalPlant, note: 'Dy–Fe alloy by fluoride electrolysis on iron cathodes' }),
    s.ship(r.smelter, 'shp-r28-dyfe', at('2025-07-24'), 'DYFE-2507-01', alloyGrams, works, undefined, 'Dy–Fe ingots in sealed drums, by road'),
  ]);
  const lot = r.smelter.lot('DYFE-2507-01');
  return { lot, grams: alloyGrams, receipt: s.receive(works, 'rcv-r28-dyfe', at('2025-07-26', '10:00'), lot, alloyGrams) };
}

/** A Zhengzhou (Henan) glassworks, a final user of cerium and lanthanum oxides (not registered). */
export function zhengzhouGlass(): { name: string; id: string } {
  return customer('r28-zz-glass', '410100', '郑州中原光学玻璃有限公司 (Zhengzhou Zhongyuan Optical Glass Co.)');
}

/**
 * The Xinyu recycler's July 2025 main campaign: 300 t of spent NiMH cells collected from the Hefei
 * collector on 07-02 and leached on 07-20 at 96 % (an estimate), its residue (0.35 t per t) shipped to the licensed
 * Xinyu landfill on 07-24 (received 07-25, landfilled 07-26, recorded 08-06). Returns the recycler's
 * events, for the case to record with its own in its July report.
 */
export function xinyuJuly(ctx: Context, xy: Works): LedgerEvent[] {
  const { w, s } = ctx;
  const lf = xinyuLandfill(ctx);
  const cellsGrams = 300_000_000;
  const collect = s.collect(xy.party, 'col-2507-01', at('2025-07-02'), { id: 'NIMH-2507-01', product: 'eol-nimh-battery', massGrams: cellsGrams }, hefeiCollector(), xy.plant);
  const feed = copy(s.lot(xy.party.lot('NIMH-2507-01')).composition);
  const recovered = scale(feed, 0.96);
  const residueGrams = nimhResidueGrams(cellsGrams);
  const leach = s.process(xy.party, 'rec-2507-01', at('2025-07-20'), [{ lot: 'NIMH-2507-01', massGrams: cellsGrams }], [
    ...nimhOxides(recovered, 'XY-2507'),
    { id: 'XY-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: cappedMix('slag-recycling-residue', residueGrams, subtract(feed, recovered)) },
  ], { facility: xy.plant, note: 'crushed, sulfuric acid leach, rare earth double-sulfate precipitation, converted to oxides' });
  const ship = s.ship(xy.party, 'shp-2507-res', at('2025-07-24'), 'XY-2507-RES', residueGrams, lf.party, undefined, 'covered trucks to the Xinyu landfill');
  const residue = xy.party.lot('XY-2507-RES');
  w.record(lf.party, on('2025-08-06'), [
    s.receive(lf.party, 'rcv-2507-xy', at('2025-07-25'), residue, residueGrams),
    s.dispose(lf.party, 'dsp-2507-xy', at('2025-07-26'), residue, residueGrams, 'landfill', lf.site),
  ]);
  return [collect, leach, ship];
}
