// Helpers of the round-25 cases (numbers 23–25), in settings the earlier rounds left out: a Guangxi
// group of the case's own (a Cenxi (Wuzhou) medium-yttrium clay mine, a Wuzhou separator that also
// cracks monazite, a Wuzhou radioactive residue store), a Hainan (Wenchang) zircon–titanium sand
// company whose magnetic-separation plant recovers monazite, a Ji'an (Jiangxi) heavy rare earth
// metal and alloy works (Dy–Fe, Ho–Fe, Gd–Fe), a Taiyuan (Shanxi) sintered-magnet works, a Jiangmen
// (Guangdong) La–Mg–Ni battery-alloy works, a Pingxiang (Jiangxi) oxygen-storage catalyst works, a
// Changchun (Jilin) lamp-phosphor works, a Dalian trading house, a Chongqing recycler of motors and
// electronic scrap with its landfill, a Nanjing SmCo magnet works, and the Baotou separator's
// praseodymium–neodymium split. Built only on the library's other modules; figures not in
// shared/DOMAIN.md are marked estimates where they are made.
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import type { EnterpriseRole } from '../../src/domain/parties.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, massAtShare, metalMass, oxideMass, pick, scale, subtract, tonnes } from './chem.ts';
import { YEARS, type Context } from './roster.ts';
import { Scribe, type LotSpec } from './scribe.ts';
import { firm, heavyCuts, localId, plant, sell24 } from './round24.ts';
import { crackMonazite23 } from './round23.ts';
import type { Party, World } from './world.ts';

export { firm, plant, localId, sell24 };

/** A time at 10:00 (or `clock`) Shanghai time on `day`, the usual hour a report is filed. */
export function filed(day: string, clock = '10:00'): string {
  return at(day, clock);
}

// ── The Xijiang group (Guangxi): the Cenxi clay mine, the Wuzhou separator, the Wuzhou store ──

export interface Xijiang {
  group: Party;
  cenxi: Party;
  cenxiMine: string;
  cenxiLicence: string;
  wuzhou: Party;
  wuzhouPlant: string;
  wuzhouLicence: string;
  store: Party;
  storeSite: string;
}

const XIJIANG = new WeakMap<World, Xijiang>();

/**
 * The Xijiang group of the case's own (fictional shares of DOMAIN.md's group quotas): ionic mining
 * 1,500 t REO and rock mining 500 t REO a year, separation of any ore 5,000 t REO. Its members: a
 * Cenxi (Wuzhou) ion-adsorption clay miner of the medium-yttrium, europium-rich type, licensed and
 * listed, allocated 600 t REO of ionic mining a year; a Wuzhou separator licensed for 3,000 t REO a
 * year and allocated 2,000 t REO of separation of any ore; and a Wuzhou radioactive residue store
 * (`storeProducts` to widen its licence's scope). Made once per world.
 */
export function xijiang(ctx: Context, o: { cenxiLicenceFrom?: string; storeProducts?: string[] } = {}): Xijiang {
  const known = XIJIANG.get(ctx.w);
  if (known !== undefined) return known;
  const { w } = ctx;
  const group = w.party('r25-xijiang', { kind: 'group', nameZh: '西江稀土集团（红队）', nameEn: 'Xijiang Rare Earth Group (red team)', region: '450000' });
  const cenxi = firm(ctx, 'r25-cenxi', ['miner'], '岑溪市西江稀土矿业有限公司', 'Cenxi Xijiang Rare Earth Mining Co.', '450400', group);
  const cenxiLicence = w.licence({
    id: 'RT25-MIN-CX', party: cenxi.id, activity: 'mining', validFrom: o.cenxiLicenceFrom ?? '2024-01-01', validTo: '2027-12-31', capacityTonnesReo: 800,
    scope: { products: ['ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] },
  });
  const cenxiMine = w.facility({ id: 'mine-r25-cenxi', party: cenxi.id, kind: 'mine', nameZh: '岑溪市筋竹离子型稀土矿', nameEn: 'Jinzhu ion-adsorption clay mine, Cenxi', region: '450400', licence: cenxiLicence, listed: true });
  const wuzhou = firm(ctx, 'r25-wuzhou', ['separator', 'importer'], '梧州西江稀土冶炼分离有限公司', 'Wuzhou Xijiang Rare Earth Separation Co.', '450400', group);
  const wuzhouLicence = w.licence({ id: 'RT25-SEP-WZ', party: wuzhou.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  const wuzhouPlant = plant(ctx, wuzhou, 'plant-r25-wuzhou', '梧州稀土冶炼分离厂', 'Wuzhou rare earth separation plant', '450400', wuzhouLicence);
  const store = firm(ctx, 'r25-wz-store', ['disposer'], '梧州市放射性废渣贮存有限公司', 'Wuzhou Radioactive Residue Storage Co.', '450400');
  const storeLicence = w.licence({
    id: 'RT25-DSP-WZ', party: store.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2027-12-31',
    scope: { products: o.storeProducts ?? ['slag-monazite-residue', 'slag-water-leach-residue'] },
  });
  const storeSite = w.facility({ id: 'site-r25-wz-store', party: store.id, kind: 'disposal-site', nameZh: '梧州放射性废渣库', nameEn: 'Wuzhou radioactive residue store', region: '450400', licence: storeLicence });
  for (const year of YEARS) {
    const gi = w.quota({ id: `RT25-Q${year}-MIN-XJ-IONIC`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_500 });
    w.quota({ id: `RT25-Q${year}-MIN-XJ-ROCK`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'rock', tonnesReo: 500 });
    const gs = w.quota({ id: `RT25-Q${year}-SEP-XJ`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 5_000 });
    w.quota({ id: `RT25-Q${year}-MIN-CX`, year, batch: 1, holder: cenxi.id, activity: 'mining', oreType: 'ionic', tonnesReo: 600, allocatedFrom: gi });
    w.quota({ id: `RT25-Q${year}-SEP-WZ`, year, batch: 1, holder: wuzhou.id, activity: 'separation', oreType: 'any', tonnesReo: 2_000, allocatedFrom: gs });
  }
  const xj = { group, cenxi, cenxiMine, cenxiLicence, wuzhou, wuzhouPlant, wuzhouLicence, store, storeSite };
  XIJIANG.set(ctx.w, xj);
  return xj;
}

/** The Cenxi mine's output: `tonnes` of medium-yttrium clay concentrate (92 % REO, the catalogue's
 * mix unless a composition is given) booked at `extractAt` and shipped whole to `to` at `shipAt`.
 * Returns the events (for the miner's document) and the lot, qualified. */
export function cenxiOutput(
  ctx: Context, xj: Xijiang, tag: string, tonnesOut: number, extractAt: string, shipAt: string, to: Party, composition?: Composition,
): { events: LedgerEvent[]; lot: string; grams: number } {
  const { s } = ctx;
  const grams = tonnes(tonnesOut);
  const id = `CX-${tag}`;
  const events: LedgerEvent[] = [
    s.extract(xj.cenxi, `ext-${tag}`, extractAt, xj.cenxiMine, { id, product: 'concentrate-ionic-medium-y-eu', massGrams: grams, ...(composition === undefined ? {} : { composition }) }, 'in-situ leach with ammonium sulphate, bicarbonate precipitation, calcined at the mine'),
    s.ship(xj.cenxi, `shp-${tag}`, shipAt, id, grams, to, undefined, 'bulk bags by road, Cenxi to Wuzhou (about 90 km)'),
  ];
  return { events, lot: xj.cenxi.lot(id), grams };
}

/** Recovery of the Wuzhou cascade on clay feed: 96 % (DOMAIN.md's ionic norm is > 94 %), no residue
 * booked, as the library's other ionic cascades (heavy.ts). */
export const WUZHOU_IONIC_RECOVERY = 0.96;

/** The Wuzhou cascade's single-oxide outputs for a clay feed lot the separator holds (qualified):
 * the receipt and the separation events and the outputs by product (qualified ids). */
export function wuzhouClayRun(
  ctx: Context, separator: Party, site: string, tag: string, feed: string, grams: number, receiveAt: string, separateAt: string, note?: string,
): { events: LedgerEvent[]; lots: Record<string, string>; grams: Record<string, number>; outputs: LotSpec[] } {
  const { s } = ctx;
  const receipt = s.receive(separator, `rcv-${tag}`, receiveAt, feed, grams);
  const recovered = scale(s.share(feed, grams), WUZHOU_IONIC_RECOVERY);
  const outputs = heavyCuts(recovered, `WZ-${tag}`);
  const process = s.process(separator, `sep-${tag}`, separateAt, [{ lot: feed, massGrams: grams }], outputs, {
    facility: site, note: note ?? 'clay concentrate dissolved in hydrochloric acid, cut into single oxides on the P507 cascade, oxalate precipitation and calcining',
  });
  return {
    events: [receipt, process],
    lots: Object.fromEntries(outputs.map((out) => [out.product, separator.lot(out.id)])),
    grams: Object.fromEntries(outputs.map((out) => [out.product, out.massGrams])),
    outputs,
  };
}

/** A July 2025 month of the Cenxi mine and the Wuzhou cascade: `tonnesOut` of clay concentrate
 * extracted 07-03, shipped 07-08, received 07-10, separated 07-18 (miner records 08-05, separator
 * 08-06 with the events `separatorAfter` writes on its lots). Returns the separator's output lots. */
export function cenxiJuly(
  ctx: Context, xj: Xijiang, tonnesOut = 160, separatorAfter: (lots: Record<string, string>) => LedgerEvent[] = () => [],
): { lots: Record<string, string>; grams: Record<string, number> } {
  const { w } = ctx;
  const out = cenxiOutput(ctx, xj, '2507', tonnesOut, at('2025-07-03'), at('2025-07-08'), xj.wuzhou);
  w.record(xj.cenxi, filed('2025-08-05'), out.events);
  const run = wuzhouClayRun(ctx, xj.wuzhou, xj.wuzhouPlant, '2507-cx', out.lot, out.grams, at('2025-07-10'), at('2025-07-18'));
  w.record(xj.wuzhou, filed('2025-08-06'), [...run.events, ...separatorAfter(run.lots)]);
  return { lots: run.lots, grams: run.grams };
}

/**
 * The Wuzhou separator cracks a monazite lot shipped to it (qualified) with caustic soda: receipt,
 * cracking at 96 % into light cuts, the thorium-bearing residue (0.3 t a tonne of feed, half of
 * what the separation left: round 20's and 23's estimates) shipped to the Wuzhou store, which
 * receives it the next day and places it two days later. Days are given; the separator records at
 * `recordedAt`, the store at `storeRecordedAt`. Returns the cuts by product (qualified).
 */
export function wuzhouCracks(
  ctx: Context, xj: Xijiang, tag: string, lot: string, grams: number,
  days: { receive: string; crack: string; residueShip: string; storeReceive: string; storePlace: string }, recordedAt: string, storeRecordedAt: string,
  receivedGrams = grams,
): { lots: Record<string, string>; residue: string; residueGrams: number } {
  const { w, s } = ctx;
  const receipt = s.receive(xj.wuzhou, `rcv-${tag}`, days.receive, lot, receivedGrams);
  const plan = crackMonazite23(s.share(lot, receivedGrams), receivedGrams, `WZM-${tag}`);
  w.record(xj.wuzhou, recordedAt, [
    receipt,
    s.process(xj.wuzhou, `crk-${tag}`, days.crack, [{ lot, massGrams: receivedGrams }], plan.outputs, { facility: xj.wuzhouPlant, note: 'monazite cracked with caustic soda at 140 °C, hydroxide cake leached in hydrochloric acid, thorium removed with the residue, light cuts on the P507 line' }),
    s.ship(xj.wuzhou, `shp-${tag}-res`, days.residueShip, plan.residue.id, plan.residue.massGrams, xj.store, undefined, 'sealed drums of thorium-bearing residue, licensed radioactive-goods trucks'),
  ]);
  const residue = xj.wuzhou.lot(plan.residue.id);
  w.record(xj.store, storeRecordedAt, [
    s.receive(xj.store, `rcv-${tag}-res`, days.storeReceive, residue, plan.residue.massGrams),
    s.dispose(xj.store, `dsp-${tag}-res`, days.storePlace, residue, plan.residue.massGrams, 'radioactive-waste-storage', xj.storeSite),
  ]);
  return { lots: Object.fromEntries(plan.outputs.map((o) => [o.product, xj.wuzhou.lot(o.id)])), residue, residueGrams: plan.residue.massGrams };
}

// ── Hainan: a Wenchang zircon–titanium sand company that recovers monazite ────────────────────

export interface Hainan {
  party: Party;
  mine: string;
  licence?: string;
}

/**
 * A Wenchang (Hainan) zircon–titanium placer company whose dry mill separates monazite from the
 * heavy-mineral sand by magnetic and electrostatic separation. `licensed`: a member of the Xijiang
 * group with a rare earth mining licence for monazite concentrate (400 t REO a year, from
 * `licenceFrom`), its mine on the group's published list and a rock-ore mining allocation of 300 t
 * REO a year; otherwise registered only as a producer, its mine unlisted and unlicensed.
 */
export function hainan(ctx: Context, o: { licensed: boolean; licenceFrom?: string }): Hainan {
  const { w } = ctx;
  const xj = o.licensed ? xijiang(ctx) : undefined;
  const party = firm(ctx, 'r25-hainan', ['miner'], '海南文昌锆钛砂矿业有限公司', 'Hainan Wenchang Zircon–Titanium Sands Co.', '460000', xj?.group);
  let licence: string | undefined;
  if (o.licensed) {
    licence = w.licence({ id: 'RT25-MIN-WC', party: party.id, activity: 'mining', validFrom: o.licenceFrom ?? '2024-01-01', validTo: '2027-12-31', capacityTonnesReo: 400, scope: { products: ['concentrate-monazite'] } });
    for (const year of YEARS) {
      w.quota({ id: `RT25-Q${year}-MIN-WC`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'rock', tonnesReo: 300, allocatedFrom: `RT25-Q${year}-MIN-XJ-ROCK` });
    }
  }
  const mine = w.facility({
    id: 'mine-r25-wenchang', party: party.id, kind: 'mine', nameZh: '文昌东郊锆钛砂矿（独居石回收车间）', nameEn: 'Dongjiao zircon–titanium sand mine and monazite circuit, Wenchang', region: '460000',
    ...(licence === undefined ? {} : { licence }), listed: o.licensed,
  });
  return { party, mine, ...(licence === undefined ? {} : { licence }) };
}

/** Monazite concentrate from the Wenchang dry mill: `tonnesOut` at 60 % REO (the catalogue's grade),
 * or the composition given. */
export function monaziteLot(id: string, tonnesOut: number, composition?: Composition): LotSpec {
  return { id, product: 'concentrate-monazite', massGrams: tonnes(tonnesOut), ...(composition === undefined ? {} : { composition }) };
}

// ── Ji'an (Jiangxi): a heavy rare earth metal and alloy works ───────────────────────────────

export interface Jian {
  party: Party;
  plant: string;
  licence: string;
}

/** A Ji'an heavy rare earth metal works, licensed for metal smelting (400 t REO a year, fictional). */
export function jian(ctx: Context, roles: EnterpriseRole[] = ['metal-smelter']): Jian {
  const { w } = ctx;
  const party = firm(ctx, 'r25-jian', roles, '吉安井冈稀土金属材料有限公司', "Ji'an Jinggang Rare Earth Metal Materials Co.", '360800');
  const licence = w.licence({ id: 'RT25-MET-JA', party: party.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 400 });
  return { party, plant: plant(ctx, party, 'plant-r25-jian', '吉安稀土金属厂', "Ji'an rare earth metal plant", '360800', licence), licence };
}

/** Master alloys with iron the works makes, and their rare earth share of the lot (the catalogue's grades). */
export const ALLOY_SHARE: Record<string, number> = { 'alloy-dyfe': 0.8, 'alloy-hofe': 0.8, 'alloy-gdfe': 0.75 };

/** An oxide → iron master alloy campaign at the works: `recovery` of the oxide's rare earth into the
 * alloy (97 %, the library's oxide → metal yield, an estimate), the rest fume and cell losses. */
export function jianAlloy(
  ctx: Context, ja: Jian, id: string, time: string, oxide: string, oxideGrams: number, product: string, alloyId: string, recovery = 0.97,
): { event: LedgerEvent; alloy: string; grams: number } {
  const { s } = ctx;
  const composition = scale(s.share(oxide, oxideGrams), recovery);
  const grams = massAtShare(composition, ALLOY_SHARE[product]!);
  const event = s.process(ja.party, id, time, [{ lot: oxide, massGrams: oxideGrams }], [{ id: alloyId, product, massGrams: grams, composition }], {
    facility: ja.plant, note: 'oxide–fluoride molten-salt electrolysis on a consumable iron cathode, alloy tapped into graphite moulds',
  });
  return { event, alloy: ja.party.lot(alloyId), grams };
}

// ── Other works of the round ──────────────────────────────────────────────────────────────────

/** A Taiyuan (Shanxi) sintered NdFeB magnet works. */
export function taiyuan(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r25-taiyuan', ['magnet-maker'], '太原晋磁稀土永磁材料有限公司', 'Taiyuan Jinci Rare Earth Permanent Magnet Co.', '140100');
  return { party, plant: plant(ctx, party, 'plant-r25-taiyuan', '太原烧结钕铁硼厂', 'Taiyuan sintered NdFeB plant', '140100') };
}

/** A Jiangmen (Guangdong) hydrogen-storage alloy works (La–Mg–Ni powders for NiMH cells). */
export function jiangmen(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r25-jiangmen', ['hydrogen-storage-maker'], '江门市蓬江储氢合金材料有限公司', 'Jiangmen Pengjiang Hydrogen-Storage Alloy Materials Co.', '440000');
  return { party, plant: plant(ctx, party, 'plant-r25-jiangmen', '江门储氢合金厂', 'Jiangmen hydrogen-storage alloy plant', '440000') };
}

/** A Pingxiang (Jiangxi) catalyst works making ceria–zirconia oxygen-storage powder (roles given). */
export function pingxiang(ctx: Context, roles: EnterpriseRole[] = ['catalyst-maker']): { party: Party; plant: string } {
  const party = firm(ctx, 'r25-pingxiang', roles, '萍乡市赣西环保催化材料有限公司', 'Pingxiang Ganxi Environmental Catalyst Materials Co.', '360300');
  return { party, plant: plant(ctx, party, 'plant-r25-pingxiang', '萍乡储氧材料厂', 'Pingxiang oxygen-storage materials plant', '360300') };
}

/** A Changchun (Jilin) lamp-phosphor works. */
export function changchun(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r25-changchun', ['phosphor-maker'], '长春北方稀土发光材料有限公司', 'Changchun Beifang Rare Earth Luminescent Materials Co.', '220000');
  return { party, plant: plant(ctx, party, 'plant-r25-changchun', '长春荧光粉厂', 'Changchun phosphor plant', '220000') };
}

/** A Dalian trading house (roles given: trader and exporter by default). */
export function dalian(ctx: Context, roles: EnterpriseRole[] = ['trader', 'exporter']): Party {
  return firm(ctx, 'r25-dalian', roles, '大连港湾稀有金属进出口有限公司', 'Dalian Gangwan Rare Metals Import & Export Co.', '210200');
}

/** A Nanjing SmCo magnet works. */
export function nanjingSmco(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r25-nanjing', ['magnet-maker'], '南京江宁钐钴磁业有限公司', 'Nanjing Jiangning Samarium–Cobalt Magnetics Co.', '320100');
  return { party, plant: plant(ctx, party, 'plant-r25-nanjing', '江宁钐钴磁体厂', 'Jiangning SmCo magnet plant', '320100') };
}

/** A dual-use export licence of `party` (scope by products and elements, quantity in t REO). */
export function exportLicence25(
  { w }: Context, party: Party, id: string, products: string[], elements: string[], validFrom: string, validTo: string, tonnesReo: number,
): string {
  return w.licence({ id, party: party.id, activity: 'export', validFrom, validTo, capacityTonnesReo: tonnesReo, scope: { products, elements } });
}

// ── Chongqing: a recycler of motors and electronic scrap, and its landfill ────────────────────

export interface Chongqing {
  party: Party;
  plant: string;
  licence: string;
  landfill: Party;
  landfillSite: string;
}

/** A Chongqing recycler of end-of-life motors, magnets and electronic scrap (recycling licence, 600 t
 * REO a year, `scope` of products if given), and a Chongqing industrial landfill licensed for
 * recycling residue (fictional). */
export function chongqing(ctx: Context, scope?: string[]): Chongqing {
  const { w } = ctx;
  const party = firm(ctx, 'r25-chongqing', ['recycler'], '重庆两江再生稀土资源有限公司', 'Chongqing Liangjiang Renewable Rare Earth Resources Co.', '500000');
  const licence = w.licence({
    id: 'RT25-REC-CQ', party: party.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 600,
    ...(scope === undefined ? {} : { scope: { products: scope } }),
  });
  const site = plant(ctx, party, 'plant-r25-chongqing', '两江稀土回收厂', 'Liangjiang rare earth recycling plant', '500000', licence);
  const landfill = firm(ctx, 'r25-cq-landfill', ['disposer'], '重庆市工业固体废物处置有限公司', 'Chongqing Industrial Solid Waste Disposal Co.', '500000');
  const lfLicence = w.licence({ id: 'RT25-DSP-CQ', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
  const landfillSite = w.facility({ id: 'site-r25-cq-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '重庆长寿工业固废填埋场', nameEn: 'Changshou industrial solid waste landfill, Chongqing', region: '500000', licence: lfLicence });
  return { party, plant: site, licence, landfill, landfillSite };
}

/** Leach residue of recycling: 0.7 t per t of magnet scrap (the library's estimate, round21). */
export function leachResidueGrams(scrapGrams: number): number {
  return Math.round(scrapGrams * 0.7);
}

/**
 * The recycler's leach of a scrap lot it holds (its local id, or a received lot's qualified id): `recovery` of the Pr and Nd to NdPr oxide
 * and of the Tb and Dy to heavy enriched oxide, the rest in a leach residue of `residueGrams`. Returns
 * the process event and the output ids.
 */
export function leachMagnetScrap(
  ctx: Context, cq: Chongqing, tag: string, lot: string, grams: number, time: string, residueGrams: number, recovery = 0.95,
): { event: LedgerEvent; ndpr: string; ndprGrams: number; heavy?: string; heavyGrams?: number; residue: string; residueGrams: number } {
  const { s } = ctx;
  const held = s.share(Scribe.qualify(cq.party, lot), grams);
  const recovered = scale(held, recovery);
  const ndpr = pick(recovered, ['Pr', 'Nd']);
  const heavy = pick(recovered, ['Tb', 'Dy']);
  const outputs: LotSpec[] = [{ id: `CQ-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr }];
  if (Object.keys(heavy).length > 0) outputs.push({ id: `CQ-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy });
  outputs.push({ id: `CQ-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(held, recovered) });
  const event = s.process(cq.party, `rec-${tag}`, time, [{ lot, massGrams: grams }], outputs, { facility: cq.plant, note: 'demagnetised, crushed, oxidising roast, hydrochloric acid leach, P507 extraction, oxalate precipitation and calcining' });
  return {
    event, ndpr: `CQ-${tag}-NDPR`, ndprGrams: outputs[0]!.massGrams,
    ...(outputs.length === 3 ? { heavy: `CQ-${tag}-HRE`, heavyGrams: outputs[1]!.massGrams } : {}),
    residue: `CQ-${tag}-RES`, residueGrams,
  };
}

/** The landfill's receipt and burial of a residue lot (qualified) at the days given, recorded at `recordedAt`. */
export function landfills(ctx: Context, cq: Chongqing, tag: string, residue: string, grams: number, receiveAt: string, buryAt: string, recordedAt: string): void {
  const { w, s } = ctx;
  w.record(cq.landfill, recordedAt, [
    s.receive(cq.landfill, `rcv-${tag}-res`, receiveAt, residue, grams),
    s.dispose(cq.landfill, `dsp-${tag}-res`, buryAt, residue, grams, 'landfill', cq.landfillSite),
  ]);
}

// ── The Baotou separator's praseodymium–neodymium split ────────────────────────────────────────

/**
 * The Baotou separator runs `tonnesIn` of its June NdPr oxide (SEP-2506-NDPR) through its Pr/Nd
 * extraction line at `time`: 98.5 % of the praseodymium and 0.4 % of the neodymium to Pr6O11, 1 % of
 * the praseodymium and 99.1 % of the neodymium to Nd2O3, 0.5 % to the line's losses (estimates of a
 * commercial split). Returns the event (for the separator's document) and the two lots (local ids).
 */
export function prNdSplit(ctx: Context, time: string, tonnesIn = 20): { event: LedgerEvent; pr: string; prGrams: number; nd: string; ndGrams: number } {
  const { s, r } = ctx;
  const grams = tonnes(tonnesIn);
  const feed = s.share(r.separator.lot('SEP-2506-NDPR'), grams);
  const pr: Composition = { Pr: Math.floor((feed.Pr ?? 0) * 0.985), Nd: Math.floor((feed.Nd ?? 0) * 0.004) };
  const nd: Composition = { Pr: Math.floor((feed.Pr ?? 0) * 0.01), Nd: Math.floor((feed.Nd ?? 0) * 0.991) };
  const prGrams = oxideMass(pr);
  const ndGrams = oxideMass(nd);
  const event = s.process(r.separator, 'sep-2507-prnd', time, [{ lot: 'SEP-2506-NDPR', massGrams: grams }], [
    { id: 'PRND-2507-PR', product: 'oxide-pr', massGrams: prGrams, composition: pr },
    { id: 'PRND-2507-ND', product: 'oxide-nd', massGrams: ndGrams, composition: nd },
  ], { facility: r.separationPlant, note: 'PrNd chloride re-dissolved and split on the 120-stage Pr/Nd extraction line, oxalate precipitation and calcining' });
  return { event, pr: 'PRND-2507-PR', prGrams, nd: 'PRND-2507-ND', ndGrams };
}

// ── The Jiangmen works' feeds: lanthanum, samarium and NdPr metal from Baotou ─────────────────

export interface JiangmenFeeds {
  works: Party;
  plant: string;
  la: string;
  laGrams: number;
  sm: string;
  smGrams: number;
  ndpr: string;
  ndprGrams: number;
  /** The works' receipts, for its own document. */
  receipts: LedgerEvent[];
}

/**
 * Metals for the Jiangmen works: the Baotou separator ships 8 t of June's La2O3 to the Baotou
 * smelter (07-03, received 07-04), which reduces it on 07-08; the Longnan separator's July Myanmar
 * feed (100 t) gives samarium oxide, 1.6 t of it sold to the smelter (07-15/16) and reduced on 07-20
 * (both at 97 %, the library's yield, an estimate). On 07-23 the smelter ships 6.5 t of the lanthanum
 * metal, all the samarium metal and 0.8 t of June's NdPr metal to Jiangmen, some 2,000 km by road;
 * they arrive on 07-26. The separator and smelter record in early August; the receipts are returned.
 */
export function jiangmenFeeds(ctx: Context, chain: { south: { southSeparator: Party }; heavy: { lots: Record<string, string> } }): JiangmenFeeds {
  const { w, s, r } = ctx;
  const { party: works, plant: site } = jiangmen(ctx);
  const laOxideGrams = tonnes(8);
  w.record(r.separator, filed('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-la-met', at('2025-07-03'), 'SEP-2506-LA', laOxideGrams, r.smelter, 'SEP-2506-LA-M1', 'La2O3 99.99 %, 1 t bags')]);
  const laOxide = r.separator.lot('SEP-2506-LA-M1');
  const smOxideGrams = tonnes(1.6);
  const smOxide = sell24(ctx, chain.south.southSeparator, r.smelter, {
    lot: chain.heavy.lots['oxide-sm']!, grams: smOxideGrams, tag: '2507-smjm', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'),
    sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'),
  });
  const laMetal = scale(s.share(laOxide, laOxideGrams), 0.97);
  const smMetal = scale(s.share(smOxide, smOxideGrams), 0.97);
  const laMetalGrams = metalMass(laMetal);
  const smMetalGrams = metalMass(smMetal);
  const laGrams = tonnes(6.5);
  const ndprGrams = tonnes(0.8);
  w.record(r.smelter, filed('2025-08-07', '11:00'), [
    s.receive(r.smelter, 'rcv-2507-la-met', at('2025-07-04'), laOxide, laOxideGrams),
    s.process(r.smelter, 'met-2507-la', at('2025-07-08'), [{ lot: laOxide, massGrams: laOxideGrams }], [{ id: 'LA-2507-01', product: 'metal-la', massGrams: laMetalGrams, composition: laMetal }], { facility: r.metalPlant, note: 'lanthanum fluoride–oxide electrolysis' }),
    s.process(r.smelter, 'met-2507-sm', at('2025-07-20'), [{ lot: smOxide, massGrams: smOxideGrams }], [{ id: 'SM-2507-01', product: 'metal-sm', massGrams: smMetalGrams, composition: smMetal }], { facility: r.metalPlant, note: 'lanthanothermic reduction of Sm2O3, samarium distilled under vacuum' }),
    s.ship(r.smelter, 'shp-2507-la-jm', at('2025-07-23'), 'LA-2507-01', laGrams, works, 'LA-2507-01-JM', 'argon-filled drums, by road to Jiangmen'),
    s.ship(r.smelter, 'shp-2507-sm-jm', at('2025-07-23'), 'SM-2507-01', smMetalGrams, works, undefined, 'argon-filled drums, by road to Jiangmen'),
    s.ship(r.smelter, 'shp-2507-ndpr-jm', at('2025-07-23'), 'MET-2506-01', ndprGrams, works, 'MET-2506-01-JM', 'argon-filled drums, by road to Jiangmen'),
  ]);
  const la = r.smelter.lot('LA-2507-01-JM');
  const sm = r.smelter.lot('SM-2507-01');
  const ndpr = r.smelter.lot('MET-2506-01-JM');
  const receipts = [
    s.receive(works, 'rcv-2507-la', at('2025-07-26', '15:00'), la, laGrams),
    s.receive(works, 'rcv-2507-sm', at('2025-07-26', '15:00'), sm, smMetalGrams),
    s.receive(works, 'rcv-2507-ndpr', at('2025-07-26', '15:00'), ndpr, ndprGrams),
  ];
  return { works, plant: site, la, laGrams, sm, smGrams: smMetalGrams, ndpr, ndprGrams, receipts };
}

/** La–Mg–Ni (A2B7) alloy from the given metal lots: `yields` per element of the rare earths reach the
 * alloy (the rest vapour, crucible skin and dross), at 26 % rare earths (the catalogue's La 20 %,
 * Nd 2 %, Sm 4 %). */
export function laMgNiAlloy(ctx: Context, id: string, feeds: { lot: string; grams: number }[], yields: Partial<Record<ElementSymbol, number>>, defaultYield = 0.996): LotSpec {
  const { s } = ctx;
  const composition: Composition = {};
  for (const feed of feeds) {
    for (const [symbol, grams] of Object.entries(s.share(feed.lot, feed.grams)) as [ElementSymbol, number][]) {
      composition[symbol] = (composition[symbol] ?? 0) + grams;
    }
  }
  const out: Composition = {};
  for (const [symbol, grams] of Object.entries(composition) as [ElementSymbol, number][]) {
    const kept = Math.floor(grams * (yields[symbol] ?? defaultYield));
    if (kept > 0) out[symbol] = kept;
  }
  return { id, product: 'hsa-la-mg-ni', massGrams: massAtShare(out, 0.26), composition: out };
}

// ── The Taiyuan works' feeds: NdPr metal from Baotou, Ho–Fe (and Dy–Fe) from Ji'an ───────────

export interface TaiyuanFeeds {
  works: { party: Party; plant: string };
  ja: Jian;
  metal: string;
  metalGrams: number;
  hofe: string;
  hofeGrams: number;
  dyfe?: string;
  dyfeGrams?: number;
  /** The works' July receipts, for its own document. */
  receipts: LedgerEvent[];
}

/**
 * Feeds of a Taiyuan magnet campaign: the Baotou smelter ships 15 t of June's NdPr metal on 07-08
 * (received 07-09, some 600 km by road); the Longnan separator's July Myanmar feed (`chain`) gives
 * holmium oxide, 1.3 t of it sold to the Ji'an works (07-15/16) and reduced on 07-20 to Ho–Fe
 * (and, with `dyOxideTonnes`, dysprosium oxide reduced the same day to Dy–Fe), all shipped to
 * Taiyuan on 07-24 and received on 07-26. Ji'an and the smelter record in early August.
 */
export function taiyuanFeeds(
  ctx: Context, chain: { south: { southSeparator: Party }; heavy: { lots: Record<string, string> } }, o: { dyOxideTonnes?: number } = {},
): TaiyuanFeeds {
  const { w, s, r } = ctx;
  const works = taiyuan(ctx);
  const ja = jian(ctx);
  const metalGrams = tonnes(15);
  w.record(r.smelter, filed('2025-08-07', '11:00'), [s.ship(r.smelter, 'shp-2507-met-ty', at('2025-07-08'), 'MET-2506-01', metalGrams, works.party, 'MET-2506-01-TY', 'argon-filled drums, by road to Taiyuan')]);
  const metal = r.smelter.lot('MET-2506-01-TY');
  const hoGrams = tonnes(1.3);
  const ho = sell24(ctx, chain.south.southSeparator, ja.party, {
    lot: chain.heavy.lots['oxide-ho']!, grams: hoGrams, tag: '2507-hoja', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'),
    sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'),
  });
  const hofe = jianAlloy(ctx, ja, 'met-2507-hofe', at('2025-07-20'), ho, hoGrams, 'alloy-hofe', 'HOFE-2507-01');
  const events: LedgerEvent[] = [hofe.event];
  let dy: { alloy: string; grams: number } | undefined;
  if (o.dyOxideTonnes !== undefined) {
    const dyGrams = tonnes(o.dyOxideTonnes);
    const dyOxide = sell24(ctx, chain.south.southSeparator, ja.party, {
      lot: chain.heavy.lots['oxide-dy']!, grams: dyGrams, tag: '2507-dyja', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'),
      sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'),
    });
    const dyfe = jianAlloy(ctx, ja, 'met-2507-dyfe', at('2025-07-20', '20:00'), dyOxide, dyGrams, 'alloy-dyfe', 'DYFE-2507-01');
    events.push(dyfe.event);
    dy = { alloy: dyfe.alloy, grams: dyfe.grams };
  }
  events.push(s.ship(ja.party, 'shp-2507-hofe-ty', at('2025-07-24'), 'HOFE-2507-01', hofe.grams, works.party, undefined, 'by road to Taiyuan'));
  if (dy !== undefined) events.push(s.ship(ja.party, 'shp-2507-dyfe-ty', at('2025-07-24'), 'DYFE-2507-01', dy.grams, works.party, undefined, 'by road to Taiyuan'));
  w.record(ja.party, filed('2025-08-07', '11:00'), events);
  const receipts: LedgerEvent[] = [
    s.receive(works.party, 'rcv-2507-met', at('2025-07-09'), metal, metalGrams),
    s.receive(works.party, 'rcv-2507-hofe', at('2025-07-26'), hofe.alloy, hofe.grams),
  ];
  if (dy !== undefined) receipts.push(s.receive(works.party, 'rcv-2507-dyfe', at('2025-07-26'), dy.alloy, dy.grams));
  return {
    works, ja, metal, metalGrams, hofe: hofe.alloy, hofeGrams: hofe.grams,
    ...(dy === undefined ? {} : { dyfe: dy.alloy, dyfeGrams: dy.grams }),
    receipts,
  };
}

// ── The Changchun works' red phosphor from Wuzhou yttrium and europium oxides ─────────────────

export interface RedPhosphorRun {
  works: { party: Party; plant: string };
  /** The good powder and the off-specification powder (local ids of the works) and their masses. */
  good: string;
  goodGrams: number;
  offSpec: string;
  offSpecGrams: number;
  /** The works' July receipts and its August campaign, for its own documents. */
  receipts: LedgerEvent[];
  campaign: LedgerEvent;
}

/**
 * Red lamp phosphor at Changchun: the Wuzhou separator cuts 160 t of Cenxi clay concentrate in July
 * (cenxiJuly) and sells the works 14 t of Y2O3 and 1 t of Eu2O3 (shipped 07-22, received 07-26,
 * some 3,000 km by rail). On 08-05 the works co-precipitates and fires them into Y2O3:Eu: 75 % of
 * each element into powder that passes its brightness test, 23.5 % into an off-specification batch,
 * 1.5 % lost in washing and sieving (estimates). Masses at the catalogue's rare earth share of the powder.
 */
export function redPhosphorRun(ctx: Context, xj: Xijiang): RedPhosphorRun {
  const { s } = ctx;
  const works = changchun(ctx);
  const yGrams = tonnes(14);
  const euGrams = tonnes(1);
  let y = '';
  let eu = '';
  cenxiJuly(ctx, xj, 160, (lots) => {
    const yLocal = localId(lots['oxide-y']!);
    const euLocal = localId(lots['oxide-eu']!);
    y = xj.wuzhou.lot(`${yLocal}-CC`);
    eu = xj.wuzhou.lot(`${euLocal}-CC`);
    return [
      s.ship(xj.wuzhou, 'shp-2507-ycc', at('2025-07-22'), yLocal, yGrams, works.party, `${yLocal}-CC`, 'Y2O3 99.999 %, 25 kg drums, rail to Changchun'),
      s.ship(xj.wuzhou, 'shp-2507-eucc', at('2025-07-22'), euLocal, euGrams, works.party, `${euLocal}-CC`, 'Eu2O3 99.99 %, 10 kg drums'),
    ];
  });
  const receipts = [s.receive(works.party, 'rcv-2507-y', at('2025-07-26'), y, yGrams), s.receive(works.party, 'rcv-2507-eu', at('2025-07-26'), eu, euGrams)];
  const feed: Composition = {};
  for (const part of [s.share(y, yGrams), s.share(eu, euGrams)]) {
    for (const [symbol, grams] of Object.entries(part) as [ElementSymbol, number][]) feed[symbol] = (feed[symbol] ?? 0) + grams;
  }
  const good = scale(feed, 0.75);
  const off = scale(feed, 0.235);
  const goodGrams = massAtShare(good, RED_PHOSPHOR_RE_SHARE);
  const offSpecGrams = massAtShare(off, RED_PHOSPHOR_RE_SHARE);
  const campaign = s.process(works.party, 'phs-2508-red', at('2025-08-05'), [{ lot: y, massGrams: yGrams }, { lot: eu, massGrams: euGrams }], [
    { id: 'RED-2508-01', product: 'phosphor-red-y2o3-eu', massGrams: goodGrams, composition: good },
    { id: 'RED-2508-OFF', product: 'phosphor-red-y2o3-eu', massGrams: offSpecGrams, composition: off },
  ], { facility: works.plant, note: 'Y and Eu dissolved in nitric acid, co-precipitated as oxalate, fired at 1,350 °C with flux, washed and sieved; batch 08-05B failed its brightness test (low Eu activation) and is kept apart' });
  return { works, good: 'RED-2508-01', goodGrams, offSpec: 'RED-2508-OFF', offSpecGrams, receipts, campaign };
}

/** Rare earth metal share of Y2O3:Eu red phosphor by the catalogue (99.5 % oxide, Eu2O3 6.6 % of it). */
const RED_PHOSPHOR_RE_SHARE = 0.995 * (0.934 / 1.2699 + 0.066 / 1.1579);
