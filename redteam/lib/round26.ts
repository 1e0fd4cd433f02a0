// Helpers of the round-26 cases (numbers 26–28): settings the earlier rounds left out — a Jiujiang
// (Jiangxi) plant of the southern group that splits samarium–europium–gadolinium enriched oxide into
// single oxides and cracks monazite, with a Jiangxi radioactive residue store; a Wenchang (Hainan)
// zircon–titanium sands dresser whose tables throw off monazite; an Anyuan (Ganzhou) medium-yttrium,
// europium-rich clay mine with its county tailings site; a Xinfeng (Ganzhou) recycler of scrapped
// motors and a Ganzhou industrial landfill; a Nanchang heavy rare earth metal works (Y, Dy, Tb); a
// Dalian trading and export house; a Jinan trading company; a Wuhan ceria–zirconia catalyst works;
// a Taiyuan (Shanxi) sintered-magnet works; an Ordos magnesium–yttrium alloy works; and the
// southern group's Ganzhou trading arm. Built only on the library's other modules; figures not in
// shared/DOMAIN.md are marked estimates where they are made.
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import type { EnterpriseRole } from '../../src/domain/parties.ts';
import type { LedgerEvent, ReceiveEvent } from '../../src/ledger/index.ts';
import { at, massAtShare, metalMass, oxideMass, pick, scale, tonnes, typical } from './chem.ts';
import { importAndSeparateHeavy, sellOxide, type HeavyOxides } from './heavy.ts';
import { addIonicChain, type IonicChain } from './ionic.ts';
import { outsideCode } from './round16.ts';
import { fromAssay } from './round8.ts';
import { separate } from './refining.ts';
import { YEARS, type Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party, PartySpec, World } from './world.ts';

export { fromAssay, outsideCode };

/** A document's recording time: 10:00 Shanghai time on `day` (YYYY-MM-DD), or at `clock`. */
export function on(day: string, clock = '10:00'): string {
  return at(day, clock);
}

/** Local id of a qualified lot id. */
export function localOf(qualified: string): string {
  return qualified.split(':')[1]!;
}

/** A registered enterprise of the case's own. */
export function firm(
  { w }: Context, tag: string, roles: EnterpriseRole[], nameZh: string, nameEn: string, region: string,
  options: { group?: Party; since?: string } = {},
): Party {
  const spec: PartySpec = { kind: 'enterprise', roles, nameZh, nameEn, region };
  if (options.group !== undefined) spec.group = options.group.id;
  if (options.since !== undefined) spec.since = options.since;
  return w.party(tag, spec);
}

/** A plant of `party` (no licence, or the one given). */
export function plant({ w }: Context, party: Party, id: string, nameZh: string, nameEn: string, region: string, licence?: string): string {
  return w.facility({ id, party: party.id, kind: 'plant', nameZh, nameEn, region, ...(licence === undefined ? {} : { licence }) });
}

// ── The southern group (ionic.ts's Nanling group), made once per world.

const SOUTH = new WeakMap<World, IonicChain>();

/** The southern chain of ionic.ts (Nanling group, Xunwu miner, Longnan separator), once per world. */
export function south(ctx: Context): IonicChain {
  const known = SOUTH.get(ctx.w);
  if (known !== undefined) return known;
  const chain = addIonicChain(ctx);
  SOUTH.set(ctx.w, chain);
  return chain;
}

const ROCK = new WeakSet<World>();

/** A rock-ore mining quota of the southern group (fictional: 1,000 t REO a year, for the monazite
 * its members recover from mineral sands), made once per world. */
export function southRockMining(ctx: Context): (year: number) => string {
  const id = (year: number) => `RT26-Q${year}-MIN-NL-ROCK`;
  if (!ROCK.has(ctx.w)) {
    const { crg } = south(ctx);
    for (const year of YEARS) ctx.w.quota({ id: id(year), year, batch: 1, holder: crg.id, activity: 'mining', oreType: 'rock', tonnesReo: 1_000 });
    ROCK.add(ctx.w);
  }
  return id;
}

/** The Longnan separator's import of `massTonnes` of Myanmar high-yttrium feed on the 2nd of
 * `month`, separated on the 9th into single oxides (heavy.ts), recorded on the 6th of the next month. */
export function longnanHeavy(ctx: Context, tag: string, massTonnes: number, month = '2025-07'): { chain: IonicChain; heavy: HeavyOxides } {
  const chain = south(ctx);
  return { chain, heavy: importAndSeparateHeavy(ctx, chain, month, tag, massTonnes) };
}

// ── Sales between registered parties.

export interface Sale26 {
  /** The seller's lot, qualified, and the grams that leave it (split off as `<local>-<tag>`, or the whole lot when `whole`). */
  lot: string;
  grams: number;
  tag: string;
  shipAt: string;
  receiveAt: string;
  sellerAt: string;
  buyerAt: string;
  whole?: boolean;
  note?: string;
  receivedGrams?: number;
  /** Events recorded with the seller's shipment (before it) and the buyer's receipt (after it). */
  sellerBefore?: LedgerEvent[];
  buyerAfter?: LedgerEvent[];
}

/** Ships part (or all) of a lot from `seller` to `buyer` and records the receipt, each in a document of its own. Returns the lot that travels, qualified. */
export function sale({ w, s }: Context, seller: Party, buyer: Party, o: Sale26): string {
  const shipment = o.whole === true ? undefined : `${localOf(o.lot)}-${o.tag}`;
  w.record(seller, o.sellerAt, [
    ...(o.sellerBefore ?? []),
    s.ship(seller, `shp-${o.tag}`, o.shipAt, localOf(o.lot), o.grams, buyer, shipment, o.note),
  ]);
  const lot = shipment === undefined ? o.lot : seller.lot(shipment);
  w.record(buyer, o.buyerAt, [s.receive(buyer, `rcv-${o.tag}`, o.receiveAt, lot, o.receivedGrams ?? o.grams), ...(o.buyerAfter ?? [])]);
  return lot;
}

/** A shipment whose receipt the case records itself (with other events of the buyer). */
export function shipOnly({ w, s }: Context, seller: Party, buyer: Party, o: Omit<Sale26, 'receiveAt' | 'buyerAt' | 'buyerAfter' | 'receivedGrams'>): string {
  const shipment = o.whole === true ? undefined : `${localOf(o.lot)}-${o.tag}`;
  w.record(seller, o.sellerAt, [
    ...(o.sellerBefore ?? []),
    s.ship(seller, `shp-${o.tag}`, o.shipAt, localOf(o.lot), o.grams, buyer, shipment, o.note),
  ]);
  return shipment === undefined ? o.lot : seller.lot(shipment);
}

// ── Licences.

/** A dual-use export licence of `party`. */
export function exportLicence(
  { w }: Context, party: Party, id: string, validFrom: string, validTo: string, tonnesReo: number, products: string[], elements: ElementSymbol[],
): string {
  return w.licence({ id, party: party.id, activity: 'export', validFrom, validTo, capacityTonnesReo: tonnesReo, scope: { products, elements } });
}

// ── Jiujiang: a southern-group plant that splits SEG enriched oxide and cracks monazite.

export interface Jiujiang {
  party: Party;
  plant: string;
  licence: string;
}

/**
 * A Jiujiang (Jiangxi) separation plant of the southern group: a separation licence for 2,500 t REO
 * a year (from `licenceFrom`, 2024-01-01 by default) and a rock-ore separation allocation of 600 t
 * REO a year from the group's quota (fictional figures).
 */
export function jiujiang(ctx: Context, o: { roles?: EnterpriseRole[]; licenceFrom?: string } = {}): Jiujiang {
  const { w } = ctx;
  const { crg } = south(ctx);
  const party = firm(ctx, 'r26-jiujiang', o.roles ?? ['separator'], '九江赣北稀土新材料有限公司', 'Jiujiang Ganbei Rare Earth New Materials Co.', '360400', { group: crg });
  const licence = w.licence({ id: 'RT26-SEP-JJ', party: party.id, activity: 'separation', validFrom: o.licenceFrom ?? '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_500 });
  const site = plant(ctx, party, 'plant-r26-jiujiang', '九江赣北稀土分离厂', 'Ganbei separation plant, Jiujiang', '360400', licence);
  for (const year of YEARS) {
    w.quota({ id: `RT26-Q${year}-SEP-JJ`, year, batch: 1, holder: party.id, activity: 'separation', oreType: 'rock', tonnesReo: 600, allocatedFrom: `RT-Q${year}-SEP-CRG` });
  }
  return { party, plant: site, licence };
}

/**
 * The Baotou separator sells its whole June 2025 lot of Sm–Eu–Gd enriched oxide (SEP-2506-SEG,
 * some 9 t; needs honestMonth(ctx, '2025-06')) to the Jiujiang plant: shipped at `shipAt` (recorded
 * at `sellerAt`, default 08-06 11:00). Returns the lot (qualified), its mass and the receipt event
 * for the case to record with Jiujiang's own.
 */
export function segToJiujiang(
  ctx: Context, jj: Jiujiang, o: { shipAt: string; receiveAt: string; sellerAt?: string },
): { lot: string; grams: number; receipt: ReceiveEvent } {
  const { w, s, r } = ctx;
  const lot = r.separator.lot('SEP-2506-SEG');
  const grams = s.lot(lot).massGrams;
  w.record(r.separator, o.sellerAt ?? on('2025-08-06', '11:00'), [
    s.ship(r.separator, 'shp-r26-seg', o.shipAt, 'SEP-2506-SEG', grams, jj.party, undefined, 'Sm–Eu–Gd enriched oxide in 25 kg lined drums, by road to Jiujiang'),
  ]);
  return { lot, grams, receipt: s.receive(jj.party, 'rcv-r26-seg', o.receiveAt, lot, grams) };
}

const SEG_CUTS: readonly { symbol: ElementSymbol; product: string; suffix: string }[] = [
  { symbol: 'Sm', product: 'oxide-sm', suffix: 'SM' },
  { symbol: 'Eu', product: 'oxide-eu', suffix: 'EU' },
  { symbol: 'Gd', product: 'oxide-gd', suffix: 'GD' },
];

/** Single Sm, Eu and Gd oxides (99 %) holding `recovery[element]` of each element of `feed`; lot ids `<prefix>-SM` etc. */
export function segCuts(feed: Composition, prefix: string, recovery: Partial<Record<'Sm' | 'Eu' | 'Gd', number>>): LotSpec[] {
  const out: LotSpec[] = [];
  for (const cut of SEG_CUTS) {
    const composition = scale(pick(feed, [cut.symbol]), recovery[cut.symbol as 'Sm' | 'Eu' | 'Gd'] ?? 0.97);
    if (Object.keys(composition).length === 0) continue;
    out.push({ id: `${prefix}-${cut.suffix}`, product: cut.product, massGrams: oxideMass(composition, 0.99), composition });
  }
  return out;
}

// ── Ionic single-oxide cuts (for the Longnan and Jiujiang cascades).

const IONIC_CUTS: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'HO', product: 'oxide-ho', elements: ['Ho'], purity: 0.99 },
  { suffix: 'ER', product: 'oxide-er', elements: ['Er'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'EU', product: 'oxide-eu', elements: ['Eu'], purity: 0.99 },
  { suffix: 'LACE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'REST', product: 'mixed-oxide-heavy', elements: ['Tm', 'Yb', 'Lu'], purity: 0.95 },
];

/** The cascade's single-oxide lots for a recovered composition (ids `<prefix>-<suffix>`). */
export function ionicCuts(recovered: Composition, prefix: string): LotSpec[] {
  const out: LotSpec[] = [];
  for (const cut of IONIC_CUTS) {
    const composition = pick(recovered, cut.elements);
    if (Object.keys(composition).length === 0) continue;
    out.push({ id: `${prefix}-${cut.suffix}`, product: cut.product, massGrams: oxideMass(composition, cut.purity), composition });
  }
  return out;
}

// ── Hainan: a zircon–titanium sands dresser whose tables throw off monazite.

export interface Hainan {
  party: Party;
  mine: string;
  licence?: string;
}

/**
 * A Wenchang (Hainan) heavy-mineral sands company that dresses zircon and ilmenite and recovers the
 * monazite fraction from its tables and electrostatic separators. With `licensed`, it is a member of
 * the southern group with a rare earth mining licence for monazite (250 t REO a year), its dressing
 * works on the group's published list, and a rock mining allocation of 150 t REO a year; without,
 * it holds none of them (fictional figures).
 */
export function hainan(ctx: Context, licensed: boolean): Hainan {
  const { w } = ctx;
  const group = licensed ? south(ctx).crg : undefined;
  const party = firm(ctx, 'r26-hainan', ['miner'], '文昌琼东锆钛矿业有限公司', 'Wenchang Qiongdong Zircon-Titanium Mining Co.', '460000', group === undefined ? {} : { group });
  let licence: string | undefined;
  if (licensed) {
    licence = w.licence({ id: 'RT26-MIN-WC', party: party.id, activity: 'mining', validFrom: '2025-01-01', validTo: '2027-12-31', capacityTonnesReo: 250, scope: { products: ['concentrate-monazite'] } });
    const groupQuota = southRockMining(ctx);
    for (const year of YEARS) {
      w.quota({ id: `RT26-Q${year}-MIN-WC`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'rock', tonnesReo: 150, allocatedFrom: groupQuota(year) });
    }
  }
  const mine = w.facility({
    id: 'mine-r26-wenchang', party: party.id, kind: 'mine', nameZh: '文昌东郊锆钛砂矿选矿厂', nameEn: 'Dongjiao zircon–titanium sands mine and dressing works, Wenchang', region: '460000',
    ...(licence === undefined ? {} : { licence, listed: true }),
  });
  return { party, mine, ...(licence === undefined ? {} : { licence }) };
}

/** A Jiangxi radioactive residue store licensed for monazite and water-leach residue. */
export function jiangxiStore(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r26-jx-store', ['disposer'], '江西赣北放射性废渣贮存有限公司', 'Jiangxi Ganbei Radioactive Residue Storage Co.', '360400');
  const licence = w.licence({ id: 'RT26-DSP-JX', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-monazite-residue', 'slag-water-leach-residue'] } });
  const site = w.facility({ id: 'site-r26-jx-store', party: party.id, kind: 'disposal-site', nameZh: '赣北放射性废渣库', nameEn: 'Ganbei radioactive residue store', region: '360400', licence });
  return { party, site };
}

// ── Anyuan: a medium-yttrium, europium-rich clay mine.

export interface Anyuan {
  party: Party;
  mine: string;
  licence: string;
}

/** An Anyuan (Ganzhou) ion-adsorption clay miner of the southern group: its medium-yttrium,
 * europium-rich mine licensed and listed, an ionic mining allocation of 600 t REO a year (fictional). */
export function anyuan(ctx: Context): Anyuan {
  const { w } = ctx;
  const { crg } = south(ctx);
  const party = firm(ctx, 'r26-anyuan', ['miner'], '安远县新龙稀土矿业有限公司', 'Anyuan Xinlong Rare Earth Mining Co.', '360726', { group: crg });
  const licence = w.licence({ id: 'RT26-MIN-AY', party: party.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 800, scope: { products: ['ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] } });
  const mine = w.facility({ id: 'mine-r26-xinlong', party: party.id, kind: 'mine', nameZh: '安远新龙离子型稀土矿', nameEn: 'Xinlong ion-adsorption clay mine, Anyuan', region: '360726', licence, listed: true });
  for (const year of YEARS) {
    w.quota({ id: `RT26-Q${year}-MIN-AY`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'ionic', tonnesReo: 600, allocatedFrom: `RT-Q${year}-MIN-CRG-IONIC` });
  }
  return { party, mine, licence };
}

/** The Anyuan county's licensed tailings site for leached clay, run by another company. */
export function anyuanTailingsSite(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r26-ay-tailings', ['disposer'], '安远县稀土尾砂综合治理有限公司', 'Anyuan Rare Earth Tailings Reclamation Co.', '360726');
  const licence = w.licence({ id: 'RT26-DSP-AY', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-ionic-leach'] } });
  const site = w.facility({ id: 'site-r26-ay-tailings', party: party.id, kind: 'disposal-site', nameZh: '安远县离子型稀土尾砂库', nameEn: 'Anyuan ionic leach tailings site', region: '360726', licence });
  return { party, site };
}

/** Medium-yttrium, europium-rich clay concentrate at 92 % REO with the given REO shares (an assay). */
export function clayConcentrate(id: string, massGrams: number, shares?: Partial<Record<ElementSymbol, number>>): LotSpec {
  return { id, product: 'concentrate-ionic-medium-y-eu', massGrams, ...(shares === undefined ? {} : { composition: fromAssay(massGrams, 0.92, shares) }) };
}

// ── Xinfeng recycler and the Ganzhou industrial landfill.

export interface Xinfeng {
  party: Party;
  plant: string;
  licence: string;
}

/** A Xinfeng (Ganzhou) recycler licensed for 2,000 t REO a year (fictional). */
export function xinfeng(ctx: Context): Xinfeng {
  const { w } = ctx;
  const party = firm(ctx, 'r26-xinfeng', ['recycler'], '信丰县赣南再生稀土科技有限公司', 'Xinfeng Gannan Renewable Rare Earth Technology Co.', '360722');
  const licence = w.licence({ id: 'RT26-REC-XF', party: party.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000 });
  const site = plant(ctx, party, 'plant-r26-xinfeng', '信丰稀土回收厂', 'Xinfeng rare earth recycling plant', '360722', licence);
  return { party, plant: site, licence };
}

/** A Ganzhou industrial landfill licensed for non-radioactive recycling residue and metal-making slag. */
export function ganzhouLandfill(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r26-gz-landfill', ['disposer'], '赣州市工业固体废物处置中心有限公司', 'Ganzhou Industrial Solid Waste Disposal Centre Co.', '360700');
  const licence = w.licence({ id: 'RT26-DSP-GZ', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] } });
  const site = w.facility({ id: 'site-r26-gz-landfill', party: party.id, kind: 'disposal-site', nameZh: '赣州工业固废填埋场', nameEn: 'Ganzhou industrial solid waste landfill', region: '360700', licence });
  return { party, site };
}

/** Leach residue of NdFeB recycling: 0.7 t per t of magnet scrap (the library's estimate). */
export function leachResidueGrams(scrapGrams: number): number {
  return Math.round(scrapGrams * 0.7);
}

// ── Metal works, traders and material makers.

/** A Nanchang heavy rare earth metal works licensed to reduce Y, Dy and Tb (300 t REO a year, fictional). */
export function nanchang(ctx: Context, roles: EnterpriseRole[] = ['metal-smelter']): { party: Party; plant: string; licence: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r26-nanchang', roles, '南昌洪都重稀土金属有限公司', 'Nanchang Hongdu Heavy Rare Earth Metals Co.', '360100');
  const licence = w.licence({ id: 'RT26-MET-NC', party: party.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 300, scope: { elements: ['Y', 'Dy', 'Tb'] } });
  return { party, plant: plant(ctx, party, 'plant-r26-nanchang', '南昌重稀土金属厂', 'Nanchang heavy rare earth metal plant', '360100', licence), licence };
}

/** A Dalian trading and export house. */
export function dalian(ctx: Context): Party {
  return firm(ctx, 'r26-dalian', ['trader', 'exporter'], '大连星海稀土进出口有限公司', 'Dalian Xinghai Rare Earth Import & Export Co.', '210200');
}

/** A Jinan trading company (registered from `since` when given). */
export function jinan(ctx: Context, since?: string): Party {
  return firm(ctx, 'r26-jinan', ['trader'], '济南泉城稀土贸易有限公司', 'Jinan Quancheng Rare Earth Trading Co.', '370100', since === undefined ? {} : { since });
}

/** A Wuhan ceria–zirconia oxygen-storage material works that exports its own powder. */
export function wuhan(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r26-wuhan', ['catalyst-maker', 'exporter'], '武汉江城催化材料有限公司', 'Wuhan Jiangcheng Catalyst Materials Co.', '420100');
  return { party, plant: plant(ctx, party, 'plant-r26-wuhan', '武汉储氧材料厂', 'Wuhan oxygen-storage materials plant', '420100') };
}

/** A Taiyuan (Shanxi) sintered NdFeB works. */
export function taiyuan(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r26-taiyuan', ['magnet-maker'], '太原晋阳磁性材料有限公司', 'Taiyuan Jinyang Magnetic Materials Co.', '140100');
  return { party, plant: plant(ctx, party, 'plant-r26-taiyuan', '晋阳烧结钕铁硼厂', 'Jinyang sintered NdFeB plant', '140100') };
}

/** An Ordos (Inner Mongolia) magnesium alloy works that makes Mg–Y master alloy. */
export function ordos(ctx: Context, roles: EnterpriseRole[] = ['alloy-maker']): { party: Party; plant: string } {
  const party = firm(ctx, 'r26-ordos', roles, '鄂尔多斯蒙镁合金材料有限公司', 'Ordos Mengmei Magnesium Alloy Materials Co.', '150600');
  return { party, plant: plant(ctx, party, 'plant-r26-ordos', '鄂尔多斯镁合金厂', 'Ordos magnesium alloy plant', '150600') };
}

/** The southern group's Ganzhou trading arm. */
export function groupTradingArm(ctx: Context): Party {
  return firm(ctx, 'r26-nl-trading', ['trader'], '赣州南岭稀土贸易有限公司', 'Ganzhou Nanling Rare Earth Trading Co.', '360700', { group: south(ctx).crg });
}

/**
 * NdPr metal for the Taiyuan works: the Baotou smelter ships `metalTonnes` of its June metal
 * (MET-2506-01; needs honestMonth(ctx, '2025-06')) on 07-03 (recorded 08-07 11:00); the works
 * receives it on 07-05 after some 700 km by road. Returns the lot (qualified), its mass and the receipt.
 */
export function metalToTaiyuan(ctx: Context, works: Party, metalTonnes: number): { lot: string; grams: number; receipt: ReceiveEvent } {
  const { w, s, r } = ctx;
  const grams = tonnes(metalTonnes);
  w.record(r.smelter, on('2025-08-07', '11:00'), [s.ship(r.smelter, 'shp-r26-ty', at('2025-07-03'), 'MET-2506-01', grams, works, 'MET-2506-01-TY', 'argon-packed steel drums, by road to Taiyuan')]);
  const lot = r.smelter.lot('MET-2506-01-TY');
  return { lot, grams, receipt: s.receive(works, 'rcv-r26-ty', at('2025-07-05', '14:00'), lot, grams) };
}

/**
 * The Nanchang works reduces `oxideGrams` of a single heavy oxide it holds (qualified lot) at `time`
 * (event `eventId`): `intoMetal` of the element into a metal lot `lotId` (99 % metal), and, if
 * `intoSlag` is given, that share into a calcium-fluoride slag `<lotId>-SLAG` at `slagShare` rare
 * earths of its mass, booked under the catalogue's one code for metal-making slag (all estimates:
 * DOMAIN.md has no oxide → metal yield).
 */
export function reduceHeavy(
  ctx: Context, works: { party: Party; plant: string }, oxide: string, oxideGrams: number, product: string, lotId: string, eventId: string, time: string,
  o: { intoMetal?: number; intoSlag?: number; slagShare?: number; note?: string } = {},
): { event: LedgerEvent; metal: LotSpec; slag?: LotSpec } {
  const { s } = ctx;
  const feed = s.share(oxide, oxideGrams);
  const metalComp = scale(feed, o.intoMetal ?? 0.97);
  const metal: LotSpec = { id: lotId, product, massGrams: metalMass(metalComp), composition: metalComp };
  let slag: LotSpec | undefined;
  if (o.intoSlag !== undefined) {
    const slagComp = scale(feed, o.intoSlag);
    slag = { id: `${lotId}-SLAG`, product: 'slag-electrolysis', massGrams: massAtShare(slagComp, o.slagShare ?? 0.02), composition: slagComp };
  }
  const event = s.process(works.party, eventId, time, [{ lot: oxide, massGrams: oxideGrams }], slag === undefined ? [metal] : [metal, slag], {
    facility: works.plant, note: o.note ?? 'oxide fluorinated with HF, reduced with calcium in a tantalum crucible, vacuum-remelted',
  });
  return { event, metal, ...(slag === undefined ? {} : { slag }) };
}

/**
 * Yttrium metal for the Ordos works: the Longnan separator's July 2025 Myanmar run (100 t; heavy.ts)
 * sells 12 t of Y2O3 to the Nanchang works (shipped 07-15, received 07-16), which reduces it on
 * 07-21 at 96 % (calcium reduction of YF3, an estimate) and ships `metalTonnes` of the metal to Ordos
 * on 07-24 (recorded 08-07 11:00); the receipt (07-27, 1,900 km by road) is returned for the case to
 * record with the works' own events.
 */
export function yttriumToOrdos(ctx: Context, works: { party: Party; plant: string }, metalTonnes: number): { lot: string; grams: number; receipt: ReceiveEvent } {
  const { w, s } = ctx;
  const { chain, heavy } = longnanHeavy(ctx, '2507', 100);
  const nc = nanchang(ctx);
  const oxide = sellOxide(ctx, chain, heavy, 'oxide-y', tonnes(12), nc.party, '2025-07', '2507-y');
  const run = reduceHeavy(ctx, nc, oxide, tonnes(12), 'metal-y', 'YM-2507-01', 'met-2507-y', at('2025-07-21'), { intoMetal: 0.96, note: 'Y2O3 fluorinated with HF to YF3, reduced with calcium, vacuum-remelted into 20 kg ingots' });
  const grams = tonnes(metalTonnes);
  w.record(nc.party, on('2025-08-07', '11:00'), [run.event, s.ship(nc.party, 'shp-2507-ym', at('2025-07-24'), 'YM-2507-01', grams, works.party, 'YM-2507-01-OR', 'argon-filled steel drums, by road to Ordos')]);
  const lot = nc.party.lot('YM-2507-01-OR');
  return { lot, grams, receipt: s.receive(works.party, 'rcv-2507-ym', at('2025-07-27', '15:00'), lot, grams) };
}

/** The typical mix of `product` for `massGrams`, each element capped by what `left` holds. */
export function cappedMix(product: string, massGrams: number, left: Composition): Composition {
  const wanted = typical(product, massGrams);
  const out: Composition = {};
  for (const [symbol, grams] of Object.entries(wanted) as [ElementSymbol, number][]) {
    const capped = Math.min(grams, left[symbol] ?? 0);
    if (capped > 0) out[symbol] = capped;
  }
  return out;
}

/**
 * Hainan monazite to Jiujiang: the sands company extracts `tonnesMined` of monazite concentrate
 * (60 % REO, the catalogue's) off its tables on 07-05 and ships it whole on 07-10 by coaster from
 * Haikou up the Yangtze to Jiujiang (received 07-24). Jiujiang cracks it with caustic soda on 07-26,
 * 95 % of its rare earths into oxides (refining.ts), the thorium-bearing cake (0.3 t per t of feed,
 * an estimate, as H-residues-86) to the Jiangxi store on 07-29 (received 07-30, placed 07-31). The
 * company reports on 08-05, Jiujiang on 08-06, the store on 08-07.
 */
export function monaziteToJiujiang(ctx: Context, hn: Hainan, jj: Jiujiang, tonnesMined = 120): { lot: string; extract: string } {
  const { w, s } = ctx;
  const store = jiangxiStore(ctx);
  const grams = tonnes(tonnesMined);
  w.record(hn.party, on('2025-08-05'), [
    s.extract(hn.party, 'ext-2507-mz', at('2025-07-05'), hn.mine, { id: 'WC-MZ-2507', product: 'concentrate-monazite', massGrams: grams },
      'monazite fraction off the wet tables and high-tension separators of the zircon–ilmenite circuit'),
    s.ship(hn.party, 'shp-2507-mz', at('2025-07-10'), 'WC-MZ-2507', grams, jj.party, undefined, 'bagged, by coaster from Haikou to Jiujiang'),
  ]);
  const lot = hn.party.lot('WC-MZ-2507');
  const residueGrams = Math.round(grams * 0.3);
  const plan = separate(s.lot(lot).composition, 'JJ-MZ-2507', { residue: { product: 'slag-monazite-residue', massGrams: residueGrams } });
  w.record(jj.party, on('2025-08-06'), [
    s.receive(jj.party, 'rcv-2507-mz', at('2025-07-24', '16:00'), lot, grams),
    s.process(jj.party, 'sep-2507-mz', at('2025-07-26'), [{ lot, massGrams: grams }], plan.outputs, { facility: jj.plant, note: 'caustic soda cracking of monazite, HCl dissolution, solvent extraction; trisodium phosphate crystallised and sold' }),
    s.ship(jj.party, 'shp-2507-mzres', at('2025-07-29'), 'JJ-MZ-2507-RES', residueGrams, store.party, undefined, 'sealed residue trucks'),
  ]);
  const residue = jj.party.lot('JJ-MZ-2507-RES');
  w.record(store.party, on('2025-08-07'), [
    s.receive(store.party, 'rcv-2507-mzres', at('2025-07-30'), residue, residueGrams),
    s.dispose(store.party, 'dsp-2507-mzres', at('2025-07-31'), residue, residueGrams, 'radioactive-waste-storage', store.site),
  ]);
  return { lot, extract: 'ext-2507-mz' };
}

/**
 * Terbium metal for the Dalian house: the Longnan separator's July 2025 run of 260 t of Myanmar
 * high-yttrium feed (heavy.ts) sells 2.4 t of Tb4O7 to the Nanchang works (shipped 07-15, received
 * 07-16), which reduces it on 07-22 at 97 % into some 1.98 t of terbium metal and ships
 * `metalTonnes` of it to the Dalian house on 07-28 (recorded 08-07 11:00), received on 07-31 after
 * 2,300 km by road (recorded 08-08). Returns the lot the Dalian house holds (qualified) and its mass.
 */
export function terbiumToDalian(ctx: Context, dl: Party, metalTonnes: number): { lot: string; grams: number } {
  const { chain, heavy } = longnanHeavy(ctx, '2507', 260);
  const nc = nanchang(ctx);
  const oxide = sellOxide(ctx, chain, heavy, 'oxide-tb', tonnes(2.4), nc.party, '2025-07', '2507-tb');
  const run = reduceHeavy(ctx, nc, oxide, tonnes(2.4), 'metal-tb', 'TBM-2507-01', 'met-2507-tb', at('2025-07-22'), { note: 'Tb4O7 fluorinated with HF to TbF3, reduced with calcium in a tantalum crucible, vacuum-distilled' });
  const grams = tonnes(metalTonnes);
  const lot = sale(ctx, nc.party, dl, {
    lot: nc.party.lot('TBM-2507-01'), grams, tag: '2507-tbm', shipAt: at('2025-07-28'), receiveAt: at('2025-07-31', '11:00'),
    sellerAt: on('2025-08-07', '11:00'), buyerAt: on('2025-08-08'), sellerBefore: [run.event], note: 'argon-sealed tins in steel drums, by road to Dalian',
  });
  return { lot, grams };
}

/**
 * The Jiujiang plant's July 2025 campaign on the Baotou June SEG (shipped 07-08, received 07-10,
 * split on 07-18 at 97 % into Sm, Eu and Gd oxides), recorded on 08-07. Returns the europium oxide
 * lot (qualified) and its mass.
 */
export function jiujiangSegJuly(ctx: Context, jj: Jiujiang): { eu: string; euGrams: number; outputs: LotSpec[] } {
  const { w, s } = ctx;
  const seg = segToJiujiang(ctx, jj, { shipAt: at('2025-07-08'), receiveAt: at('2025-07-10', '15:00') });
  const outputs = segCuts({ ...s.lot(seg.lot).composition }, 'JJ-2507', { Sm: 0.97, Eu: 0.97, Gd: 0.97 });
  w.record(jj.party, on('2025-08-07'), [
    seg.receipt,
    s.process(jj.party, 'sep-2507-seg', at('2025-07-18'), [{ lot: seg.lot, massGrams: seg.grams }], outputs, {
      facility: jj.plant, note: 'SEG dissolved in HCl; Sm/Eu–Gd split on the P507 cascade; europium reduced with zinc and precipitated; oxalate precipitation and calcining',
    }),
  ]);
  const eu = outputs.find((o) => o.product === 'oxide-eu')!;
  return { eu: jj.party.lot(eu.id), euGrams: eu.massGrams, outputs };
}
