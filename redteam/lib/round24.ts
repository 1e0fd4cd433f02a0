// Helpers shared by round 24's cases (numbers 36–38): a South China group of the case's own with a
// Changting (Longyan, Fujian) heavy rare earth separator that cuts ionic feed into single oxides down
// to ytterbium and lutetium, a Hezhou (Guangxi) medium-yttrium clay mine and its county tailings site;
// a Sanming (Fujian) metal works (yttrium metal, Dy–Fe) and a Yuncheng (Shanxi) magnesium–yttrium
// alloy works; a Mianning company that both mines and separates bastnaesite, with a Liangshan residue
// store, and a Leshan polishing-powder works; a Baiyin (Gansu) separator of Lao ionic feed; a Hangzhou
// YAG phosphor works; a Shaoguan (Guangdong) recycler with its landfill; a Changsha (Hunan)
// hydrogen-storage alloy works; a Kunming import agent and small outside parties. Built only on the
// library's other modules; figures not in shared/DOMAIN.md are marked estimates where they are made.
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import type { EnterpriseRole } from '../../src/domain/parties.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { add, at, massAtShare, metalMass, oxideMass, pick, reo, scale, subtract, tonnes, typical } from './chem.ts';
import { YEARS, type Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import { outsideCode } from './round16.ts';
import type { Party, World } from './world.ts';

export { outsideCode };

/** A registered enterprise of the case's own. */
export function firm(
  { w }: Context, tag: string, roles: EnterpriseRole[], nameZh: string, nameEn: string, region: string, group?: Party,
): Party {
  return w.party(tag, { kind: 'enterprise', roles, nameZh, nameEn, region, ...(group === undefined ? {} : { group: group.id }) });
}

/** A plant of `party` (no licence, or the one given). */
export function plant({ w }: Context, party: Party, id: string, nameZh: string, nameEn: string, region: string, licence?: string): string {
  return w.facility({ id, party: party.id, kind: 'plant', nameZh, nameEn, region, ...(licence === undefined ? {} : { licence }) });
}

/** Local id of a qualified lot id. */
export function localId(qualified: string): string {
  return qualified.split(':')[1]!;
}

// ── A sale between two registered parties, each side in a document of its own.

export interface Sale24 {
  /** The seller's lot, qualified, and the grams that leave it (split off as `<local>-<tag>`). */
  lot: string;
  grams: number;
  tag: string;
  shipAt: string;
  receiveAt: string;
  sellerRecordsAt: string;
  buyerRecordsAt: string;
  /** What the buyer receives (default all that was shipped). */
  receivedGrams?: number;
  note?: string;
  /** Events recorded in the same documents, before the shipment and after the receipt. */
  sellerBefore?: LedgerEvent[];
  buyerAfter?: LedgerEvent[];
}

/** Ships part (or all) of a lot from `seller` to `buyer` and records its receipt. Returns the shipment lot, qualified. */
export function sell24({ w, s }: Context, seller: Party, buyer: Party, o: Sale24): string {
  const shipment = `${localId(o.lot)}-${o.tag}`;
  w.record(seller, o.sellerRecordsAt, [
    ...(o.sellerBefore ?? []),
    s.ship(seller, `shp-${o.tag}`, o.shipAt, localId(o.lot), o.grams, buyer, shipment, o.note),
  ]);
  const lot = seller.lot(shipment);
  w.record(buyer, o.buyerRecordsAt, [s.receive(buyer, `rcv-${o.tag}`, o.receiveAt, lot, o.receivedGrams ?? o.grams), ...(o.buyerAfter ?? [])]);
  return lot;
}

// ── The South China group: the Changting heavy separator and the Hezhou clay mine.

const GROUPS = new WeakMap<World, Party>();

/** A fictional southern group holding ionic mining and separation quotas (shares of DOMAIN.md's
 * China Rare Earth Group figures), created once per world. */
export function southChinaGroup(ctx: Context): Party {
  const known = GROUPS.get(ctx.w);
  if (known !== undefined) return known;
  const group = ctx.w.party('r24-group', { kind: 'group', nameZh: '华南稀土集团（红队）', nameEn: 'Huanan Rare Earth Group (red team)', region: '350000' });
  for (const year of YEARS) {
    ctx.w.quota({ id: `RT24-Q${year}-MIN-HN`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'ionic', tonnesReo: 3_000 });
    ctx.w.quota({ id: `RT24-Q${year}-SEP-HN`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 12_000 });
  }
  GROUPS.set(ctx.w, group);
  return group;
}

export interface Changting {
  party: Party;
  plant: string;
  licence: string;
}

/** The Changting heavy rare earth separator: separation licence (3,000 t REO a year) and an ionic
 * separation allocation of 2,000 t REO a year (`quota2026` to set 2026's otherwise). */
export function changtingSeparator(ctx: Context, options: { quota2026?: number; roles?: EnterpriseRole[] } = {}): Changting {
  const { w } = ctx;
  const group = southChinaGroup(ctx);
  const party = firm(ctx, 'r24-changting', options.roles ?? ['separator', 'importer'], '长汀金汀稀土分离有限公司', 'Changting Jinting Rare Earth Separation Co.', '350800', group);
  const licence = w.licence({ id: 'RT24-SEP-CT-2024', party: party.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  const site = plant(ctx, party, 'plant-r24-changting', '长汀稀土分离厂', 'Changting separation plant', '350800', licence);
  for (const year of YEARS) {
    w.quota({ id: `RT24-Q${year}-SEP-CT`, year, batch: 1, holder: party.id, activity: 'separation', oreType: 'ionic', tonnesReo: year === 2026 ? options.quota2026 ?? 2_000 : 2_000, allocatedFrom: `RT24-Q${year}-SEP-HN` });
  }
  return { party, plant: site, licence };
}

/** The single-oxide cuts of a heavy cascade (products, purity of the oxide). */
const CUTS: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'HO', product: 'oxide-ho', elements: ['Ho'], purity: 0.99 },
  { suffix: 'ER', product: 'oxide-er', elements: ['Er'], purity: 0.99 },
  { suffix: 'YB', product: 'oxide-yb', elements: ['Yb'], purity: 0.99 },
  { suffix: 'LU', product: 'oxide-lu', elements: ['Lu'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'EU', product: 'oxide-eu', elements: ['Eu'], purity: 0.99 },
  { suffix: 'LACE', product: 'mixed-oxide-lace', elements: ['La', 'Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  // Thulium has no single oxide in the catalogue: the thulium cut goes as heavy enriched oxide.
  { suffix: 'TM', product: 'mixed-oxide-heavy', elements: ['Tm'], purity: 0.95 },
];

/** The cascade's output lots for a recovered composition (ids `<prefix>-<suffix>`). */
export function heavyCuts(recovered: Composition, prefix: string): LotSpec[] {
  const out: LotSpec[] = [];
  for (const cut of CUTS) {
    const composition = pick(recovered, cut.elements);
    if (Object.keys(composition).length === 0) continue;
    out.push({ id: `${prefix}-${cut.suffix}`, product: cut.product, massGrams: oxideMass(composition, cut.purity), composition });
  }
  return out;
}

export interface HeavyRun {
  /** The feed lot, qualified. */
  feed: string;
  feedGrams: number;
  /** Output lots by product, qualified, and their masses. */
  lots: Record<string, string>;
  grams: Record<string, number>;
  outputs: LotSpec[];
}

/** Recovery of the ionic cascade: 96 %, as heavy.ts (DOMAIN.md's ionic norm is > 94 %). */
export const HEAVY_RECOVERY = 0.96;

/**
 * The Changting separator imports `tonnes` of ionic concentrate (Myanmar high-yttrium by default)
 * at `importAt` and separates it at `separateAt` into single oxides at 96 %, both recorded at
 * `recordedAt` in one document. `recovered` lets a case write the cascade's output its own way.
 */
export function changtingImport(
  ctx: Context, ct: Changting,
  o: { tag: string; tonnes: number; importAt: string; separateAt: string; recordedAt: string; origin?: string; product?: string; composition?: Composition; declaration?: string; recovered?: (feed: Composition) => Composition; extra?: (feed: Composition, recovered: Composition) => LotSpec[]; note?: string },
): HeavyRun {
  const { w, s } = ctx;
  const feedGrams = tonnes(o.tonnes);
  const id = `IMP-${o.tag}`;
  const lot: LotSpec = { id, product: o.product ?? 'concentrate-ionic-high-y', massGrams: feedGrams, ...(o.composition === undefined ? {} : { composition: o.composition }) };
  const imp = s.import(ct.party, `imp-${o.tag}`, o.importAt, lot, o.origin ?? 'MM', o.declaration ?? `5306${o.tag.replace(/\D/g, '')}0000321`);
  const feedComposition = { ...s.lot(ct.party.lot(id)).composition };
  const recovered = o.recovered === undefined ? scale(feedComposition, HEAVY_RECOVERY) : o.recovered(feedComposition);
  const outputs = [...heavyCuts(recovered, `CT-${o.tag}`), ...(o.extra === undefined ? [] : o.extra(feedComposition, recovered))];
  w.record(ct.party, o.recordedAt, [
    imp,
    s.process(ct.party, `sep-${o.tag}`, o.separateAt, [{ lot: id, massGrams: feedGrams }], outputs, { facility: ct.plant, note: o.note ?? 'imported ionic feed dissolved in hydrochloric acid, cut into single oxides on the P507 cascade; reported to the group as imported ore' }),
  ]);
  return {
    feed: ct.party.lot(id),
    feedGrams,
    lots: Object.fromEntries(outputs.map((out) => [out.product, ct.party.lot(out.id)])),
    grams: Object.fromEntries(outputs.map((out) => [out.product, out.massGrams])),
    outputs,
  };
}

export interface Hezhou {
  party: Party;
  mine: string;
  licence: string;
}

/** A Hezhou (Guangxi) ion-adsorption clay miner of the South China group: its medium-yttrium,
 * europium-rich mine licensed and listed, an ionic mining allocation of 800 t REO a year. */
export function hezhouMine(ctx: Context): Hezhou {
  const { w } = ctx;
  const group = southChinaGroup(ctx);
  const party = firm(ctx, 'r24-hezhou', ['miner'], '贺州桂东稀土矿业有限公司', 'Hezhou Guidong Rare Earth Mining Co.', '451100', group);
  const licence = w.licence({ id: 'RT24-MIN-HZ-2024', party: party.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_000, scope: { products: ['ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] } });
  const mine = w.facility({ id: 'mine-r24-guidong', party: party.id, kind: 'mine', nameZh: '贺州桂东离子型稀土矿', nameEn: 'Guidong ion-adsorption clay mine, Hezhou', region: '451100', licence, listed: true });
  for (const year of YEARS) {
    w.quota({ id: `RT24-Q${year}-MIN-HZ`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'ionic', tonnesReo: 800, allocatedFrom: `RT24-Q${year}-MIN-HN` });
  }
  return { party, mine, licence };
}

export interface Leach {
  events: LedgerEvent[];
  ore: string;
  concentrate: string;
  concentrateGrams: number;
  tailings: string;
  tailingsGrams: number;
}

/**
 * A heap leach at the Hezhou mine: `oreTonnes` of medium-yttrium clay ore (0.1 % REO, the
 * catalogue's grade) dug at `digAt` and leached with ammonium sulphate at `leachAt` at 85 % (an
 * estimate, as round13's Xunwu leach) into 92 % REO concentrate; the leached clay, with the rest of
 * the rare earths, as ionic leach tailings, some 4 % of the ore's weight lost as water (an estimate).
 * `concentrateProduct` lets a case book the concentrate under another code.
 */
export function hezhouLeach(ctx: Context, hz: Hezhou, tag: string, oreTonnes: number, digAt: string, leachAt: string, concentrateProduct = 'concentrate-ionic-medium-y-eu'): Leach {
  const { s } = ctx;
  const oreGrams = tonnes(oreTonnes);
  const ore = `HO-${tag}`;
  const extract = s.extract(hz.party, `ext-${tag}`, digAt, hz.mine, { id: ore, product: 'ore-ionic-medium-y-eu', massGrams: oreGrams });
  const held = s.lot(hz.party.lot(ore)).composition;
  const conc = scale(held, 0.85);
  const concentrateGrams = Math.ceil(reo(conc) / 0.92);
  const tailingsGrams = oreGrams - concentrateGrams - Math.round(oreGrams * 0.04);
  const leach = s.process(hz.party, `lch-${tag}`, leachAt, [{ lot: ore, massGrams: oreGrams }], [
    { id: `HC-${tag}`, product: concentrateProduct, massGrams: concentrateGrams, composition: conc },
    { id: `HT-${tag}`, product: 'tailings-ionic-leach', massGrams: tailingsGrams, composition: subtract(held, conc) },
  ], { facility: hz.mine, note: 'heap leach with ammonium sulphate, ammonium bicarbonate precipitation and calcining; the heap drains some 4 % of its weight as water (estimate)' });
  return { events: [extract, leach], ore: hz.party.lot(ore), concentrate: `HC-${tag}`, concentrateGrams, tailings: `HT-${tag}`, tailingsGrams };
}

/** A licensed tailings site for leached clay in Hezhou county, run by another company. */
export function hezhouTailingsSite(ctx: Context): { party: Party; site: string; licence: string } {
  const { w } = ctx;
  const party = firm(ctx, 'r24-hz-tailings', ['disposer'], '贺州市八步区稀土尾砂治理有限公司', 'Hezhou Babu Rare Earth Tailings Reclamation Co.', '451100');
  const licence = w.licence({ id: 'RT24-DSP-HZ-2024', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-ionic-leach'] } });
  const site = w.facility({ id: 'site-r24-hz-tailings', party: party.id, kind: 'disposal-site', nameZh: '八步区离子型稀土尾砂库', nameEn: 'Babu ionic leach tailings site', region: '451100', licence });
  return { party, site, licence };
}

// ── The Sanming metal works and its yttrium.

export interface MetalWorks24 {
  party: Party;
  plant: string;
  licence: string;
}

/** A Sanming (Fujian) rare earth metal works, licensed for metal smelting (600 t REO a year). */
export function sanmingMetalWorks(ctx: Context): MetalWorks24 {
  const { w } = ctx;
  const party = firm(ctx, 'r24-sanming', ['metal-smelter'], '三明闽钇稀土金属有限公司', 'Sanming Minyi Rare Earth Metals Co.', '350400', southChinaGroup(ctx));
  const licence = w.licence({ id: 'RT24-MET-SM-2024', party: party.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 600 });
  const site = plant(ctx, party, 'plant-r24-sanming', '三明稀土金属厂', 'Sanming rare earth metal plant', '350400', licence);
  return { party, plant: site, licence };
}

export interface YttriumRun {
  /** Changting's heavy run (July 2025) that the yttrium came from. */
  run: HeavyRun;
  /** The oxide shipment the works received, qualified. */
  oxide: string;
  oxideGrams: number;
  metal: string;
  metalGrams: number;
  slag: string;
  slagGrams: number;
  works: MetalWorks24;
  ct: Changting;
}

/**
 * Yttrium metal at Sanming from Changting's July 2025 run of 300 t of Myanmar high-yttrium feed
 * (imported 07-02, separated 07-08, recorded 08-06): `oxideTonnes` of Y2O3 shipped on 07-14
 * (received 07-15) and reduced on 07-20 by fluorination and calcium reduction. `intoMetal` of the
 * yttrium goes to the metal (99 % Y), `intoSlag` to the calcium-fluoride slag (at `slagShare` of its
 * mass, booked under the catalogue's one code for metal-making slag); the rest is fume and crucible
 * losses (all estimates; DOMAIN.md has no oxide → metal yield). The works records on 08-07.
 */
export function yttriumMetal(ctx: Context, o: { oxideTonnes?: number; intoMetal?: number; intoSlag?: number; slagShare?: number } = {}): YttriumRun {
  const { w, s } = ctx;
  const ct = changtingSeparator(ctx);
  const works = sanmingMetalWorks(ctx);
  const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
  const oxideGrams = tonnes(o.oxideTonnes ?? 8);
  const oxide = `${localId(run.lots['oxide-y']!)}-Y1`;
  w.record(ct.party, at('2025-08-06', '11:00'), [s.ship(ct.party, 'shp-2507-y1', at('2025-07-14'), localId(run.lots['oxide-y']!), oxideGrams, works.party, oxide, 'sealed 500 kg drums, by road to Sanming')]);
  const oxideLot = ct.party.lot(oxide);
  const feed = s.share(oxideLot, oxideGrams);
  const metalComp = scale(feed, o.intoMetal ?? 0.94);
  const slagComp = scale(feed, o.intoSlag ?? 0.04);
  const metalGrams = metalMass(metalComp);
  const slagGrams = massAtShare(slagComp, o.slagShare ?? 0.05);
  w.record(works.party, at('2025-08-07', '10:00'), [
    s.receive(works.party, 'rcv-2507-y1', at('2025-07-15'), oxideLot, oxideGrams),
    s.process(works.party, 'met-2507-y', at('2025-07-20'), [{ lot: oxideLot, massGrams: oxideGrams }], [
      { id: 'YM-2507-01', product: 'metal-y', massGrams: metalGrams, composition: metalComp },
      { id: 'YS-2507-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: slagComp },
    ], { facility: works.plant, note: 'Y2O3 fluorinated with HF to YF3, reduced with calcium in a tantalum crucible, vacuum-remelted; calcium fluoride slag drummed' }),
  ]);
  return { run, oxide: oxideLot, oxideGrams, metal: works.party.lot('YM-2507-01'), metalGrams, slag: works.party.lot('YS-2507-01'), slagGrams, works, ct };
}

/** A Yuncheng (Shanxi) magnesium alloy works that makes Mg–Y master alloy (roles given). */
export function yunchengWorks(ctx: Context, roles: EnterpriseRole[] = ['alloy-maker']): { party: Party; plant: string } {
  const party = firm(ctx, 'r24-yuncheng', roles, '运城闻喜镁合金材料有限公司', 'Yuncheng Wenxi Magnesium Alloy Materials Co.', '140800');
  return { party, plant: plant(ctx, party, 'plant-r24-wenxi', '闻喜镁合金厂', 'Wenxi magnesium alloy plant', '140800') };
}

/**
 * The Yuncheng works buys `metalTonnes` of Sanming's yttrium metal (shipped 07-24, received 07-26
 * after 1,900 km by road) and melts it on 08-04 with magnesium under argon into Mg–30 % Y master
 * alloy, `intoAlloy` of the yttrium into the alloy (the rest to oxide dross and crucible skull; an
 * estimate). Sanming records on 08-07, the works its July receipt on 08-08 and its August on 09-05 with the events `after` writes. Returns the alloy lot.
 */
export function mgYAlloy(ctx: Context, y: YttriumRun, works: { party: Party; plant: string }, o: { metalTonnes?: number; intoAlloy?: number; after?: () => LedgerEvent[] } = {}): { alloy: string; alloyGrams: number; metal: string; metalGrams: number } {
  const { w, s } = ctx;
  const metalGrams = tonnes(o.metalTonnes ?? 3);
  const shipment = 'YM-2507-01-S1';
  w.record(y.works.party, at('2025-08-07', '11:00'), [s.ship(y.works.party, 'shp-2507-ym', at('2025-07-24'), 'YM-2507-01', metalGrams, works.party, shipment, 'argon-filled steel drums, by road to Yuncheng')]);
  const metal = y.works.party.lot(shipment);
  const alloyComp = scale(s.share(metal, metalGrams), o.intoAlloy ?? 0.985);
  const alloyGrams = massAtShare(alloyComp, 0.3);
  w.record(works.party, at('2025-08-08', '10:00'), [s.receive(works.party, 'rcv-2507-ym', at('2025-07-26', '16:00'), metal, metalGrams)]);
  w.record(works.party, at('2025-09-05', '10:00'), [
    s.process(works.party, 'mgy-2508-01', at('2025-08-04'), [{ lot: metal, massGrams: metalGrams }], [{ id: 'MGY-2508-01', product: 'alloy-mg-y', massGrams: alloyGrams, composition: alloyComp }], { facility: works.plant, note: 'yttrium dissolved in molten magnesium under Ar–SF6 at 850 °C, cast into 10 kg ingots; oxide dross and skull to the slag bin (some 1.5 % of the yttrium, estimate)' }),
    ...(o.after === undefined ? [] : o.after()),
  ]);
  return { alloy: works.party.lot('MGY-2508-01'), alloyGrams, metal, metalGrams };
}

// ── A Mianning company that mines and separates bastnaesite, and a Liangshan residue store.

export interface Integrated {
  party: Party;
  mine: string;
  plant: string;
  miningLicence: string;
  separationLicence: string;
  store: { party: Party; site: string };
}

/**
 * 冕宁 bastnaesite mined and separated by one company of a fictional south-western group: a
 * mining licence for its listed Mianning mine and a separation licence for its Xichang plant, a rock
 * mining and a rock separation allocation of 3,000 t REO a year each; a Liangshan residue store
 * licensed for thorium-bearing residue.
 */
export function mianningIntegrated(ctx: Context): Integrated {
  const { w } = ctx;
  const group = w.party('r24-sw-group', { kind: 'group', nameZh: '川西稀土集团（红队）', nameEn: 'Chuanxi Rare Earth Group (red team)', region: '510000' });
  const party = firm(ctx, 'r24-mianning', ['miner', 'separator'], '冕宁川稀矿业冶炼有限公司', 'Mianning Chuanxi Rare Earth Mining and Smelting Co.', '513433', group);
  const miningLicence = w.licence({ id: 'RT24-MIN-MN-2024', party: party.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 5_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
  const separationLicence = w.licence({ id: 'RT24-SEP-XC-2024', party: party.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 4_000 });
  const mine = w.facility({ id: 'mine-r24-muluo', party: party.id, kind: 'mine', nameZh: '冕宁木洛稀土矿', nameEn: 'Muluo bastnaesite mine, Mianning', region: '513433', licence: miningLicence, listed: true });
  const sepPlant = plant(ctx, party, 'plant-r24-xichang', '西昌稀土分离厂', 'Xichang separation plant', '513402', separationLicence);
  for (const year of YEARS) {
    const gm = w.quota({ id: `RT24-Q${year}-MIN-CX`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'rock', tonnesReo: 12_000 });
    const gs = w.quota({ id: `RT24-Q${year}-SEP-CX`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 12_000 });
    w.quota({ id: `RT24-Q${year}-MIN-MN`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'rock', tonnesReo: 3_000, allocatedFrom: gm });
    w.quota({ id: `RT24-Q${year}-SEP-XC`, year, batch: 1, holder: party.id, activity: 'separation', oreType: 'rock', tonnesReo: 3_000, allocatedFrom: gs });
  }
  const storeParty = firm(ctx, 'r24-ls-store', ['disposer'], '凉山州放射性废渣贮存有限公司', 'Liangshan Radioactive Residue Storage Co.', '513402');
  const storeLicence = w.licence({ id: 'RT24-DSP-LS-2024', party: storeParty.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue', 'tailings-bastnaesite'] } });
  const site = w.facility({ id: 'site-r24-liangshan', party: storeParty.id, kind: 'disposal-site', nameZh: '凉山州放射性废渣库', nameEn: 'Liangshan radioactive residue store', region: '513402', licence: storeLicence });
  return { party, mine, plant: sepPlant, miningLicence, separationLicence, store: { party: storeParty, site } };
}

/** Residue of roasting and leaching bastnaesite concentrate: 0.4 t per t of feed (an estimate). */
export function bastnaesiteResidueGrams(feedGrams: number): number {
  return Math.round(feedGrams * 0.4);
}

/**
 * Outputs of separating a bastnaesite feed at 95 % (the library's good plant): NdPr oxide, La oxide,
 * cerium as carbonate at 45 % REO (the catalogue's grade) or as oxide, Sm–Eu–Gd and heavy enriched
 * oxides, and a thorium-bearing residue holding the catalogue's water-leach residue mix, capped by
 * what the feed left. Lot ids `<prefix>-<suffix>`.
 */
export function bastnaesiteOutputs(feed: Composition, feedGrams: number, prefix: string, ceAs: 'carbonate' | 'oxide' = 'oxide'): { outputs: LotSpec[]; byProduct: Record<string, LotSpec>; residue: LotSpec } {
  const recovered = scale(feed, 0.95);
  const lines: { suffix: string; product: string; elements: ElementSymbol[]; reo: number }[] = [
    { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], reo: 0.99 },
    { suffix: 'LA', product: 'oxide-la', elements: ['La'], reo: 0.99 },
    ceAs === 'carbonate'
      ? { suffix: 'CEC', product: 'salt-ce-carbonate', elements: ['Ce'], reo: 0.45 }
      : { suffix: 'CE', product: 'oxide-ce', elements: ['Ce'], reo: 0.99 },
    { suffix: 'SEG', product: 'mixed-oxide-smeugd', elements: ['Sm', 'Eu', 'Gd'], reo: 0.9 },
    { suffix: 'HRE', product: 'mixed-oxide-heavy', elements: ['Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'], reo: 0.95 },
  ];
  const outputs: LotSpec[] = [];
  const byProduct: Record<string, LotSpec> = {};
  for (const line of lines) {
    const composition = pick(recovered, line.elements);
    if (Object.keys(composition).length === 0) continue;
    const lot = { id: `${prefix}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.reo), composition };
    outputs.push(lot);
    byProduct[line.product] = lot;
  }
  const left = subtract(feed, recovered);
  const residueGrams = bastnaesiteResidueGrams(feedGrams);
  const wanted = typical('slag-water-leach-residue', residueGrams);
  const composition: Composition = {};
  for (const [symbol, grams] of Object.entries(wanted) as [ElementSymbol, number][]) {
    const capped = Math.min(grams, left[symbol] ?? 0);
    if (capped > 0) composition[symbol] = capped;
  }
  const residue = { id: `${prefix}-RES`, product: 'slag-water-leach-residue', massGrams: residueGrams, composition };
  outputs.push(residue);
  return { outputs, byProduct, residue };
}

/**
 * The integrated company's month: `tonnesMined` of concentrate extracted on the 3rd, `tonnesFed` of
 * it separated at the Xichang plant on the 15th, the residue to the Liangshan store on the 20th
 * (received the 21st, placed the 23rd). The company records on the 5th of the next month, the store
 * on the 7th. Returns the separation's lots by product (qualified).
 */
export function mianningMonth(
  ctx: Context, mn: Integrated, month: string, tag: string, o: { tonnesMined?: number; tonnesFed?: number; ceAs?: 'carbonate' | 'oxide'; residueTo?: 'store' | 'own'; ownSite?: string; reportDay?: string; storeReportDay?: string } = {},
): { lots: Record<string, string>; grams: Record<string, number>; residue: string; residueGrams: number } {
  const { w, s } = ctx;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const conc = `MC-${tag}`;
  const minedGrams = tonnes(o.tonnesMined ?? 800);
  const fedGrams = tonnes(o.tonnesFed ?? 700);
  const extract = s.extract(mn.party, `ext-${tag}`, at(`${month}-03`), mn.mine, { id: conc, product: 'concentrate-mianning', massGrams: minedGrams });
  const feed = s.share(mn.party.lot(conc), fedGrams);
  const plan = bastnaesiteOutputs(feed, fedGrams, `XC-${tag}`, o.ceAs ?? 'oxide');
  const events: LedgerEvent[] = [
    extract,
    s.process(mn.party, `sep-${tag}`, at(`${month}-15`), [{ lot: conc, massGrams: fedGrams }], plan.outputs, { facility: mn.plant, note: 'oxidising roast, hydrochloric acid leach, P507 solvent extraction; concentrate trucked 80 km from the Muluo mine' }),
  ];
  const residueGrams = plan.residue.massGrams;
  if ((o.residueTo ?? 'store') === 'store') {
    events.push(s.ship(mn.party, `shp-${tag}-res`, at(`${month}-20`), plan.residue.id, residueGrams, mn.store.party, undefined, 'sealed residue trucks to the Liangshan store'));
  } else {
    events.push(s.dispose(mn.party, `dsp-${tag}-res`, at(`${month}-22`), plan.residue.id, residueGrams, 'radioactive-waste-storage', o.ownSite));
  }
  w.record(mn.party, o.reportDay ?? at(`${next}-05`, '10:00'), events);
  const residue = mn.party.lot(plan.residue.id);
  if ((o.residueTo ?? 'store') === 'store') {
    w.record(mn.store.party, o.storeReportDay ?? at(`${next}-07`, '10:00'), [
      s.receive(mn.store.party, `rcv-${tag}-res`, at(`${month}-21`), residue, residueGrams),
      s.dispose(mn.store.party, `dsp-${tag}-res`, at(`${month}-23`), residue, residueGrams, 'radioactive-waste-storage', mn.store.site),
    ]);
  }
  return {
    lots: Object.fromEntries(plan.outputs.map((out) => [out.product, mn.party.lot(out.id)])),
    grams: Object.fromEntries(plan.outputs.map((out) => [out.product, out.massGrams])),
    residue,
    residueGrams,
  };
}

/** A Leshan (Sichuan) polishing-powder works. */
export function leshanPolishingWorks(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r24-leshan-polish', ['polishing-powder-maker'], '乐山峨眉稀土抛光材料有限公司', 'Leshan Emei Rare Earth Polishing Materials Co.', '511100');
  return { party, plant: plant(ctx, party, 'plant-r24-emei', '峨眉抛光粉厂', 'Emei polishing powder plant', '511100') };
}

// ── The Shaoguan recycler.

/** A Shaoguan (Guangdong) recycler licensed for recycling (800 t REO a year), with its plant, and a
 * Shaoguan industrial landfill licensed for recycling residue. */
export function shaoguanRecycler(ctx: Context): { party: Party; plant: string; licence: string; landfill: { party: Party; site: string } } {
  const { w } = ctx;
  const party = firm(ctx, 'r24-shaoguan', ['recycler'], '韶关粤北再生资源科技有限公司', 'Shaoguan Yuebei Renewable Resources Technology Co.', '440200');
  const licence = w.licence({ id: 'RT24-REC-SG-2024', party: party.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 800 });
  const site = plant(ctx, party, 'plant-r24-shaoguan', '韶关再生资源回收厂', 'Shaoguan recycling plant', '440200', licence);
  const lf = firm(ctx, 'r24-sg-landfill', ['disposer'], '韶关市工业固废处置有限公司', 'Shaoguan Industrial Solid Waste Disposal Co.', '440200');
  const lfLicence = w.licence({ id: 'RT24-DSP-SG-2024', party: lf.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
  const lfSite = w.facility({ id: 'site-r24-sg-landfill', party: lf.id, kind: 'disposal-site', nameZh: '韶关工业固废填埋场', nameEn: 'Shaoguan industrial landfill', region: '440200', licence: lfLicence });
  return { party, plant: site, licence, landfill: { party: lf, site: lfSite } };
}

// ── The Changsha hydrogen-storage alloy works.

/** A Changsha (Hunan) hydrogen-storage alloy works that exports its own powder. */
export function changshaWorks(ctx: Context): { party: Party; plant: string } {
  const party = firm(ctx, 'r24-changsha', ['hydrogen-storage-maker', 'exporter'], '长沙湘储新能源材料有限公司', 'Changsha Xiangchu New Energy Materials Co.', '430100');
  return { party, plant: plant(ctx, party, 'plant-r24-changsha', '长沙储氢合金厂', 'Changsha hydrogen-storage alloy plant', '430100') };
}

/**
 * AB5 alloy from La–Ce mischmetal (and any other rare earth lots given): the metals are melted with
 * nickel, cobalt, manganese and aluminium, strip-cast, hydrided and milled; `yieldShare` of the rare
 * earths reach the powder (the rest to dross, an estimate) at `reShare` of its mass (the catalogue's
 * AB5 holds about 33 %).
 */
export function ab5Output(feeds: Composition[], id: string, reShare = 0.33, yieldShare = 0.995): LotSpec {
  const composition = scale(feeds.reduce((a, b) => add(a, b), {}), yieldShare);
  return { id, product: 'hsa-ab5', massGrams: massAtShare(composition, reShare), composition };
}

// ── A Baiyin (Gansu) separator of the Northern group, for imported ionic feed.

/** A Baiyin separator of the baseline Northern group: separation licence (2,500 t REO a year) and
 * an ionic separation allocation of 1,200 t REO a year from the group's separation quota. */
export function baiyinSeparator(ctx: Context): { party: Party; plant: string; licence: string } {
  const { w, r } = ctx;
  const party = firm(ctx, 'r24-baiyin', ['separator', 'importer'], '白银陇原稀土分离有限公司', 'Baiyin Longyuan Rare Earth Separation Co.', '620400', r.group);
  const licence = w.licence({ id: 'RT24-SEP-BY-2024', party: party.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_500 });
  const site = plant(ctx, party, 'plant-r24-baiyin', '白银稀土分离厂', 'Baiyin separation plant', '620400', licence);
  for (const year of YEARS) {
    w.quota({ id: `RT24-Q${year}-SEP-BY`, year, batch: 1, holder: party.id, activity: 'separation', oreType: 'ionic', tonnesReo: 1_200, allocatedFrom: `RT-Q${year}-SEP-GROUP` });
  }
  return { party, plant: site, licence };
}

/**
 * The Baiyin separator imports `tonnes` of Lao ionic concentrate (medium-yttrium, europium-rich; the
 * catalogue's mix unless a composition is given) on 07-03 and cuts it on the 15th into single oxides
 * (`recovered` of the feed, 96 % of each element by default), recorded on 08-06. Returns the lots.
 */
export function baiyinLaoRun(
  ctx: Context, by: { party: Party; plant: string }, o: { tonnes: number; composition?: Composition; recovered?: (feed: Composition) => Composition; note?: string },
): HeavyRun & { events: LedgerEvent[] } {
  const { s } = ctx;
  const feedGrams = tonnes(o.tonnes);
  const id = 'LAO-2507-01';
  const imp = s.import(by.party, 'imp-2507-lao', at('2025-07-03'), { id, product: 'concentrate-ionic-medium-y-eu', massGrams: feedGrams, ...(o.composition === undefined ? {} : { composition: o.composition }) }, 'LA', '720120250703000418');
  const feed = { ...s.lot(by.party.lot(id)).composition };
  const recovered = o.recovered === undefined ? scale(feed, HEAVY_RECOVERY) : o.recovered(feed);
  const outputs = heavyCuts(recovered, 'BY-2507');
  const events: LedgerEvent[] = [
    imp,
    s.process(by.party, 'sep-2507-lao', at('2025-07-15'), [{ lot: id, massGrams: feedGrams }], outputs, { facility: by.plant, note: o.note ?? 'Lao ionic concentrate railed from Mohan, dissolved in HCl and cut on the P507 cascade; declared to the group as imported ore' }),
  ];
  return {
    feed: by.party.lot(id), feedGrams, outputs, events,
    lots: Object.fromEntries(outputs.map((out) => [out.product, by.party.lot(out.id)])),
    grams: Object.fromEntries(outputs.map((out) => [out.product, out.massGrams])),
  };
}

// ── A Hangzhou YAG:Ce phosphor works fed with Changting yttrium oxide and Baotou cerium oxide.

export interface YagFeeds {
  works: Party;
  plant: string;
  ct: Changting;
  run: HeavyRun;
  /** The works' receipts' lots (qualified) and masses. */
  y: string;
  yGrams: number;
  ce: string;
  ceGrams: number;
}

/**
 * A Hangzhou LED phosphor works: Changting's July 2025 run of 300 t of Myanmar feed (imported 07-02,
 * separated 07-08) sells it `yTonnes` of Y2O3 (shipped 07-14, received 07-16), and the Baotou
 * separator `ceTonnes` of June's CeO2 (shipped 07-10, received 07-12). Sellers record in early
 * August; the works' receipts are recorded by the case (returned as events).
 */
export function yagFeeds(ctx: Context, yTonnes = 10, ceTonnes = 0.5): YagFeeds & { receipts: LedgerEvent[] } {
  const { w, s, r } = ctx;
  const works = firm(ctx, 'r24-hangzhou-yag', ['phosphor-maker'], '杭州钱塘荧光材料有限公司', 'Hangzhou Qiantang Luminescent Materials Co.', '330100');
  const site = plant(ctx, works, 'plant-r24-qiantang', '钱塘荧光粉厂', 'Qiantang phosphor plant', '330100');
  const ct = changtingSeparator(ctx);
  const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
  const yGrams = tonnes(yTonnes);
  const ceGrams = tonnes(ceTonnes);
  const yShip = `${localId(run.lots['oxide-y']!)}-HZ`;
  w.record(ct.party, at('2025-08-06', '11:00'), [s.ship(ct.party, 'shp-2507-yhz', at('2025-07-14'), localId(run.lots['oxide-y']!), yGrams, works, yShip, 'Y2O3 99.999 %, 25 kg drums')]);
  w.record(r.separator, at('2025-08-06', '12:00'), [s.ship(r.separator, 'shp-2507-cehz', at('2025-07-10'), 'SEP-2506-CE', ceGrams, works, 'SEP-2506-CE-HZ', 'CeO2 99.99 %')]);
  const y = ct.party.lot(yShip);
  const ce = r.separator.lot('SEP-2506-CE-HZ');
  const receipts = [s.receive(works, 'rcv-2507-y', at('2025-07-16'), y, yGrams), s.receive(works, 'rcv-2507-ce', at('2025-07-12'), ce, ceGrams)];
  return { works, plant: site, ct, run, y, yGrams, ce, ceGrams, receipts };
}

/** The South China group's Xiamen trading arm (roles given). */
export function xiamenTrader(ctx: Context, roles: EnterpriseRole[] = ['trader', 'exporter']): Party {
  return firm(ctx, 'r24-xiamen', roles, '厦门鹭江稀土贸易有限公司', 'Xiamen Lujiang Rare Earth Trading Co.', '350200', southChinaGroup(ctx));
}

/**
 * Dy–Fe alloy at the Sanming works from Changting Dy2O3 (`run` is Changting's July 2025 run):
 * `oxideTonnes` shipped on 07-14 (received 07-15), reduced on 07-19 at 97 % (the library's oxide →
 * metal yield, an estimate) into Dy–Fe at 80 % Dy (the catalogue's grade). Changting records the
 * shipment on 08-06, the works its receipt and campaign on 08-07 (with `after` events). Returns the alloy lot.
 */
export function dyFeAtSanming(
  ctx: Context, ct: Changting, run: HeavyRun, works: MetalWorks24, oxideTonnes: number, after?: () => LedgerEvent[],
): { alloy: string; grams: number } {
  const { w, s } = ctx;
  const oxideGrams = tonnes(oxideTonnes);
  const shipment = `${localId(run.lots['oxide-dy']!)}-SM`;
  w.record(ct.party, at('2025-08-06', '11:30'), [s.ship(ct.party, 'shp-2507-dysm', at('2025-07-14'), localId(run.lots['oxide-dy']!), oxideGrams, works.party, shipment)]);
  const oxide = ct.party.lot(shipment);
  const composition = scale(s.share(oxide, oxideGrams), 0.97);
  const grams = massAtShare(composition, 0.8);
  w.record(works.party, at('2025-08-07', '10:00'), [
    s.receive(works.party, 'rcv-2507-dysm', at('2025-07-15'), oxide, oxideGrams),
    s.process(works.party, 'met-2507-dyfe', at('2025-07-19'), [{ lot: oxide, massGrams: oxideGrams }], [{ id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: grams, composition }], { facility: works.plant, note: 'molten-salt electrolysis on an iron cathode: Dy–Fe master alloy, 80 % Dy' }),
    ...(after === undefined ? [] : after()),
  ]);
  return { alloy: works.party.lot('DYFE-2507-01'), grams };
}

/** A Kunming (Yunnan) import agent that clears Myanmar feed at Ruili. */
export function kunmingAgent(ctx: Context): Party {
  return firm(ctx, 'r24-kunming', ['trader', 'importer'], '昆明滇缅进出口贸易有限公司', 'Kunming Dianmian Import & Export Trading Co.', '530100');
}

/**
 * The Kunming agent imports `tonnes` of Myanmar high-yttrium concentrate at Ruili at `importAt` and
 * ships it whole to the Changting separator at `shipAt` (some 2,200 km by road), recording both at
 * `recordedAt`. Returns the lot, qualified, and its mass.
 */
export function ruiliToChangting(ctx: Context, agent: Party, ct: Changting, tag: string, tonnesIn: number, importAt: string, shipAt: string, recordedAt: string): { lot: string; grams: number } {
  const { w, s } = ctx;
  const grams = tonnes(tonnesIn);
  const id = `MM-${tag}`;
  w.record(agent, recordedAt, [
    s.import(agent, `imp-${tag}`, importAt, { id, product: 'concentrate-ionic-high-y', massGrams: grams }, 'MM', `8610${tag.replace(/\D/g, '')}00051207`),
    s.ship(agent, `shp-${tag}`, shipAt, id, grams, ct.party, undefined, 'bulk bags on four trucks, Ruili to Changting'),
  ]);
  return { lot: agent.lot(id), grams };
}

/**
 * The Shaoguan recycler's leach of a swarf lot it holds (local id): 95 % of the Pr and Nd to NdPr
 * oxide and of the Dy and Tb to heavy enriched oxide, the leach residue (0.7 t per t of swarf, the
 * library's estimate) shipped to the Shaoguan landfill at `residueAt`. Returns the recycler's events and
 * the landfill's receipt and disposal (received the next day, landfilled the day after: give the days).
 */
export function shaoguanLeach(
  ctx: Context, sg: ReturnType<typeof shaoguanRecycler>, lot: string, grams: number, tag: string, leachAt: string, residueAt: string, landfillDays: [string, string],
): { events: LedgerEvent[]; landfill: LedgerEvent[] } {
  const { s } = ctx;
  const held = s.share(sg.party.lot(lot), grams);
  const recovered = scale(held, 0.95);
  const ndpr = pick(recovered, ['Pr', 'Nd']);
  const heavy = pick(recovered, ['Tb', 'Dy']);
  const residueGrams = Math.round(grams * 0.7);
  const outputs: LotSpec[] = [{ id: `SG-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr }];
  if (Object.keys(heavy).length > 0) outputs.push({ id: `SG-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy });
  outputs.push({ id: `SG-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(held, recovered) });
  const events: LedgerEvent[] = [
    s.process(sg.party, `rec-${tag}`, leachAt, [{ lot, massGrams: grams }], outputs, { facility: sg.plant, note: 'oxidising roast, hydrochloric leach, solvent extraction, oxalate precipitation and calcining' }),
    s.ship(sg.party, `shp-${tag}-res`, residueAt, `SG-${tag}-RES`, residueGrams, sg.landfill.party, undefined, 'covered trucks'),
  ];
  const residue = sg.party.lot(`SG-${tag}-RES`);
  const landfill: LedgerEvent[] = [
    s.receive(sg.landfill.party, `rcv-${tag}-res`, landfillDays[0], residue, residueGrams),
    s.dispose(sg.landfill.party, `dsp-${tag}-res`, landfillDays[1], residue, residueGrams, 'landfill', sg.landfill.site),
  ];
  return { events, landfill };
}
