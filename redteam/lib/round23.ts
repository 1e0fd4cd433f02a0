// Helpers of the round-23 cases (numbers 33–35): chains in provinces the earlier rounds left out —
// a Fujian (Longyan, Changting) medium-yttrium clay mine and separator, a Guangdong (Meizhou, Heyuan)
// light-clay mine and separator, a Sichuan (Liangshan, Leshan) bastnaesite mine, separator and
// residue store, a Guangxi (Chongzuo, Hezhou) importing separator and residue store — and small
// parties (industrial landfills, registered firms, outside companies' credit codes). Built only on
// the library's other modules; figures not in shared/DOMAIN.md are marked estimates where made.
import { createHash } from 'node:crypto';
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import type { EnterpriseRole } from '../../src/domain/parties.ts';
import { makeUscc } from '../../src/domain/uscc.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, oxideMass, pick, scale, tonnes, typical } from './chem.ts';
import type { Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

export const YEARS23 = [2024, 2025, 2026] as const;

/** A report (or any document) recorded at 10:00 Shanghai time on `day` (YYYY-MM-DD), or at `clock`. */
export function on(day: string, clock = '10:00'): string {
  return at(day, clock);
}

/** A valid unified social credit code for a company outside the registry, stable across builds. */
export function code23(tag: string, region: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const digest = createHash('sha256').update(`ytterby-redteam-r23-outside:${tag}`).digest();
  const body = [...digest.subarray(0, 8)].map((byte) => alphabet[byte % alphabet.length]).join('');
  return makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
}

/** A registered enterprise of the case's own. */
export function firm(
  { w }: Context, tag: string, roles: EnterpriseRole[], nameZh: string, nameEn: string, region: string, group?: Party,
): Party {
  return w.party(tag, { kind: 'enterprise', roles, nameZh, nameEn, region, ...(group === undefined ? {} : { group: group.id }) });
}

/** A dual-use export licence of `party` (scope by products and elements, quantity in t REO). */
export function exportLicence23(
  { w }: Context, party: Party, id: string, products: string[], elements: string[], validFrom: string, validTo: string, tonnesReo: number, since?: string,
): string {
  return w.licence({
    id, party: party.id, activity: 'export', validFrom, validTo, capacityTonnesReo: tonnesReo, scope: { products, elements },
    ...(since === undefined ? {} : { since }),
  });
}

/** A licensed industrial landfill (non-radioactive slag and residues of the products given). */
export function landfill23(ctx: Context, tag: string, nameZh: string, nameEn: string, region: string, products: string[]): { party: Party; site: string; licence: string } {
  const { w } = ctx;
  const party = firm(ctx, tag, ['disposer'], nameZh, nameEn, region);
  const licence = w.licence({ id: `RT23-DSP-${tag.toUpperCase()}`, party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2027-12-31', scope: { products } });
  const site = w.facility({ id: `site-${tag}`, party: party.id, kind: 'disposal-site', nameZh: `${nameZh}填埋场`, nameEn: `${nameEn} landfill`, region, licence });
  return { party, site, licence };
}

// ── Separation into products ───────────────────────────────────────────────────────────────────

/** A full southern cascade: each element into its single oxide (Pr and Nd together), thulium and
 * whatever has no single-oxide code into a small heavy cut. */
const SINGLE_LINES: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'LA', product: 'oxide-la', elements: ['La'], purity: 0.99 },
  { suffix: 'CE', product: 'oxide-ce', elements: ['Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'SM', product: 'oxide-sm', elements: ['Sm'], purity: 0.99 },
  { suffix: 'EU', product: 'oxide-eu', elements: ['Eu'], purity: 0.99 },
  { suffix: 'GD', product: 'oxide-gd', elements: ['Gd'], purity: 0.99 },
  { suffix: 'TB', product: 'oxide-tb', elements: ['Tb'], purity: 0.99 },
  { suffix: 'DY', product: 'oxide-dy', elements: ['Dy'], purity: 0.99 },
  { suffix: 'HO', product: 'oxide-ho', elements: ['Ho'], purity: 0.99 },
  { suffix: 'ER', product: 'oxide-er', elements: ['Er'], purity: 0.99 },
  { suffix: 'YB', product: 'oxide-yb', elements: ['Yb'], purity: 0.99 },
  { suffix: 'LU', product: 'oxide-lu', elements: ['Lu'], purity: 0.99 },
  { suffix: 'Y', product: 'oxide-y', elements: ['Y'], purity: 0.99 },
  { suffix: 'TM', product: 'mixed-oxide-heavy', elements: ['Tm'], purity: 0.95 },
];

/** A light/medium line without a heavy cascade: La, Ce, NdPr, an Sm–Eu–Gd cut and a heavy cut of the rest. */
const LIGHT_LINES: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'LA', product: 'oxide-la', elements: ['La'], purity: 0.99 },
  { suffix: 'CE', product: 'oxide-ce', elements: ['Ce'], purity: 0.99 },
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'SEG', product: 'mixed-oxide-smeugd', elements: ['Sm', 'Eu', 'Gd'], purity: 0.9 },
  { suffix: 'HRE', product: 'mixed-oxide-heavy', elements: ['Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'], purity: 0.95 },
];

export type Cuts = 'singles' | 'light';

export interface Outputs {
  outputs: LotSpec[];
  /** Local ids by product code. */
  ids: Record<string, string>;
  grams: Record<string, number>;
}

/** The output lots of a separation whose products hold `recovered`, ids `<prefix>-<suffix>`. */
export function cutsOf(recovered: Composition, prefix: string, cuts: Cuts = 'singles'): Outputs {
  const outputs: LotSpec[] = [];
  const ids: Record<string, string> = {};
  const grams: Record<string, number> = {};
  for (const line of cuts === 'singles' ? SINGLE_LINES : LIGHT_LINES) {
    const composition = pick(recovered, line.elements);
    if (Object.keys(composition).length === 0) continue;
    const lot = { id: `${prefix}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition };
    outputs.push(lot);
    ids[line.product] = lot.id;
    grams[line.product] = lot.massGrams;
  }
  return { outputs, ids, grams };
}

// ── Fujian: a medium-yttrium, europium-rich clay mine at Changting and a separator beside it ──

export interface ClayChain {
  group: Party;
  miner: Party;
  mine: string;
  separator: Party;
  plant: string;
  separationLicence: string;
}

/**
 * The Minxi group (a Fujian group modelled on Xiamen Tungsten, whose 2023 first-batch ionic mining
 * quota was 1,966 t REO, DOMAIN.md): a Changting clay miner licensed for the medium-yttrium,
 * europium-rich ore and allocated 1,500 t REO of it a year, and a Changting separator licensed for
 * 3,000 t REO a year and allocated 2,400 t REO of ionic separation (fictional shares).
 */
export function fujian(ctx: Context): ClayChain {
  const { w } = ctx;
  const group = w.party('r23-minxi', { kind: 'group', nameZh: '闽西稀土集团（红队）', nameEn: 'Minxi Rare Earth Group (red team)', region: '350000' });
  const miner = firm(ctx, 'r23-ct-miner', ['miner'], '长汀县河田稀土矿业有限公司', 'Changting Hetian Rare Earth Mining Co.', '350800', group);
  const minerLicence = w.licence({
    id: 'RT23-MIN-CT', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000,
    scope: { products: ['ore-ionic-medium-y-eu', 'concentrate-ionic-medium-y-eu'] },
  });
  const mine = w.facility({ id: 'mine-r23-hetian', party: miner.id, kind: 'mine', nameZh: '河田离子型稀土矿', nameEn: 'Hetian ion-adsorption clay mine', region: '350800', licence: minerLicence, listed: true });
  const separator = firm(ctx, 'r23-ct-separator', ['separator'], '长汀金龙稀土分离有限公司', 'Changting Jinlong Rare Earth Separation Co.', '350800', group);
  const separationLicence = w.licence({ id: 'RT23-SEP-CT', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  const plant = w.facility({ id: 'plant-r23-jinlong', party: separator.id, kind: 'plant', nameZh: '金龙分离厂', nameEn: 'Jinlong separation plant', region: '350800', licence: separationLicence });
  for (const year of YEARS23) {
    const gm = w.quota({ id: `RT23-Q${year}-MIN-MINXI`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_966 });
    w.quota({ id: `RT23-Q${year}-MIN-CT`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_500, allocatedFrom: gm });
    const gs = w.quota({ id: `RT23-Q${year}-SEP-MINXI`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 3_000 });
    w.quota({ id: `RT23-Q${year}-SEP-CT`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'ionic', tonnesReo: 2_400, allocatedFrom: gs });
  }
  return { group, miner, mine, separator, plant, separationLicence };
}

/**
 * The Guangdong group (Guangdong Rare Earth's 2023 first-batch ionic quota was 1,543 t REO,
 * DOMAIN.md): a Pingyuan (Meizhou) clay miner of the light, Xunwu type across the border from Xunwu,
 * allocated 1,200 t REO a year, and a Heyuan separator licensed for 3,000 t REO and allocated
 * 2,000 t REO of ionic separation (fictional shares).
 */
export function guangdong(ctx: Context): ClayChain {
  const { w } = ctx;
  const group = w.party('r23-yuedong', { kind: 'group', nameZh: '粤东稀土集团（红队）', nameEn: 'Yuedong Rare Earth Group (red team)', region: '440000' });
  const miner = firm(ctx, 'r23-py-miner', ['miner'], '平远县仁居稀土矿业有限公司', 'Pingyuan Renju Rare Earth Mining Co.', '441400', group);
  const minerLicence = w.licence({
    id: 'RT23-MIN-PY', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_500,
    scope: { products: ['ore-ionic-light', 'concentrate-ionic-light'] },
  });
  const mine = w.facility({ id: 'mine-r23-renju', party: miner.id, kind: 'mine', nameZh: '仁居离子型稀土矿', nameEn: 'Renju ion-adsorption clay mine', region: '441400', licence: minerLicence, listed: true });
  const separator = firm(ctx, 'r23-hy-separator', ['separator'], '河源富马稀土分离有限公司', 'Heyuan Fuma Rare Earth Separation Co.', '441600', group);
  const separationLicence = w.licence({ id: 'RT23-SEP-HY', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
  const plant = w.facility({ id: 'plant-r23-fuma', party: separator.id, kind: 'plant', nameZh: '富马分离厂', nameEn: 'Fuma separation plant', region: '441600', licence: separationLicence });
  for (const year of YEARS23) {
    const gm = w.quota({ id: `RT23-Q${year}-MIN-YUEDONG`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_543 });
    w.quota({ id: `RT23-Q${year}-MIN-PY`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'ionic', tonnesReo: 1_200, allocatedFrom: gm });
    const gs = w.quota({ id: `RT23-Q${year}-SEP-YUEDONG`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 2_500 });
    w.quota({ id: `RT23-Q${year}-SEP-HY`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'ionic', tonnesReo: 2_000, allocatedFrom: gs });
  }
  return { group, miner, mine, separator, plant, separationLicence };
}

export interface ClayMonth {
  /** The concentrate lot the separator received (qualified) and its mass. */
  feed: string;
  feedGrams: number;
  /** Qualified output lots by product code, and their masses. */
  lots: Record<string, string>;
  grams: Record<string, number>;
  /** The separation's event id (the separator's). */
  separation: string;
  /** The separator's events of the month, when the caller records them (`recordSeparator: false`). */
  separatorEvents: LedgerEvent[];
  /** The concentrate's composition as the separator received it. */
  held: Composition;
}

/**
 * A month of a clay chain: the miner extracts `tonnesConc` of concentrate (92 % REO, the catalogue's
 * grade) on day 4 and ships it whole on day 12, reported on the 5th of the next month; the separator
 * receives it on day 13 and separates it on day 20 at `recovery` (the ionic norm is > 94 %; 95 % by
 * default) into `cuts`, reported on the 6th. Extra outputs (a residue) come from `extra(feed)`.
 */
export function clayMonth(
  ctx: Context, chain: ClayChain, month: string, tag: string, tonnesConc: number, product: string,
  options: {
    recovery?: number; recovered?: (feed: Composition) => Composition; cuts?: Cuts; extra?: (feed: Composition) => LotSpec[];
    recordSeparator?: boolean; note?: string;
  } = {},
): ClayMonth {
  const { w, s } = ctx;
  const next = nextMonth23(month);
  const concId = `CL-${tag}-01`;
  const grams = tonnes(tonnesConc);
  w.record(chain.miner, on(`${next}-05`), [
    s.extract(chain.miner, `ext-${tag}-01`, at(`${month}-04`), chain.mine, { id: concId, product, massGrams: grams }),
    s.ship(chain.miner, `shp-${tag}-01`, at(`${month}-12`), concId, grams, chain.separator, undefined, 'covered trucks, sealed bags'),
  ]);
  const feed = chain.miner.lot(concId);
  const held = s.lot(feed).composition;
  const recovered = options.recovered?.(held) ?? scale(held, options.recovery ?? 0.95);
  const made = cutsOf(recovered, `SP-${tag}`, options.cuts ?? 'singles');
  const extra = options.extra?.(held) ?? [];
  const separation = `sep-${tag}-01`;
  const events: LedgerEvent[] = [
    s.receive(chain.separator, `rcv-${tag}-01`, at(`${month}-13`, '09:00'), feed, grams),
    s.process(chain.separator, separation, at(`${month}-20`), [{ lot: feed, massGrams: grams }], [...made.outputs, ...extra], {
      facility: chain.plant, note: options.note ?? 'hydrochloric acid dissolution, P507 solvent extraction cascade',
    }),
  ];
  if (options.recordSeparator !== false) w.record(chain.separator, on(`${next}-06`), events);
  const lots: Record<string, string> = {};
  for (const [product, id] of Object.entries(made.ids)) lots[product] = chain.separator.lot(id);
  return { feed, feedGrams: grams, lots, grams: made.grams, separation, separatorEvents: events, held };
}

/** '2025-07' → '2025-08'. */
export function nextMonth23(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

// ── Sichuan: a Dechang bastnaesite mine, a Leshan separator and a licensed residue store ──────

export interface SichuanChain {
  group: Party;
  miner: Party;
  mine: string;
  separator: Party;
  plant: string;
  separationLicence: string;
  store: Party;
  storeSite: string;
}

/**
 * The Xinan group (a south-western group of the case's own): a Dechang (Liangshan) bastnaesite miner
 * at the Dalucao mine, licensed for the Sichuan ore and concentrate and allocated 2,000 t REO of rock
 * mining a year; a Leshan separator licensed for 5,000 t REO a year (its licence's scope of feeds
 * given by the case, none by default) and allocated 3,000 t REO; and a Leshan radioactive residue
 * store licensed for acid-roasting and monazite residues and bastnaesite tailings (fictional figures).
 */
export function sichuan(ctx: Context, options: { separationScope?: string[]; separationLicenceTo?: string } = {}): SichuanChain {
  const { w } = ctx;
  const group = w.party('r23-xinan', { kind: 'group', nameZh: '西南稀土集团（红队）', nameEn: 'Xinan Rare Earth Group (red team)', region: '510000' });
  const miner = firm(ctx, 'r23-dc-miner', ['miner'], '德昌县大陆槽稀土矿业有限公司', 'Dechang Dalucao Rare Earth Mining Co.', '513400', group);
  const minerLicence = w.licence({
    id: 'RT23-MIN-DLC', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000,
    scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] },
  });
  const mine = w.facility({ id: 'mine-r23-dalucao', party: miner.id, kind: 'mine', nameZh: '大陆槽稀土矿', nameEn: 'Dalucao rare earth mine', region: '513400', licence: minerLicence, listed: true });
  const separator = firm(ctx, 'r23-ls-separator', ['separator', 'importer'], '乐山盛和稀土冶炼分离有限公司', 'Leshan Shenghe Rare Earth Separation Co.', '511100', group);
  const separationLicence = w.licence({
    id: 'RT23-SEP-LS', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: options.separationLicenceTo ?? '2026-12-31', capacityTonnesReo: 5_000,
    ...(options.separationScope === undefined ? {} : { scope: { products: options.separationScope } }),
  });
  const plant = w.facility({ id: 'plant-r23-leshan', party: separator.id, kind: 'plant', nameZh: '乐山五通桥分离厂', nameEn: 'Wutongqiao separation plant, Leshan', region: '511100', licence: separationLicence });
  const store = firm(ctx, 'r23-sc-store', ['disposer'], '四川省放射性废渣贮存有限公司', 'Sichuan Radioactive Residue Storage Co.', '511100');
  const storeLicence = w.licence({
    id: 'RT23-DSP-SC', party: store.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2027-12-31',
    scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue', 'tailings-bastnaesite'] },
  });
  const storeSite = w.facility({ id: 'site-r23-sichuan-store', party: store.id, kind: 'disposal-site', nameZh: '乐山放射性废渣库', nameEn: 'Leshan radioactive residue store', region: '511100', licence: storeLicence });
  for (const year of YEARS23) {
    const gm = w.quota({ id: `RT23-Q${year}-MIN-XINAN`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'rock', tonnesReo: 6_000 });
    w.quota({ id: `RT23-Q${year}-MIN-DLC`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 2_000, allocatedFrom: gm });
    const gs = w.quota({ id: `RT23-Q${year}-SEP-XINAN`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 8_000 });
    w.quota({ id: `RT23-Q${year}-SEP-LS`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'rock', tonnesReo: 3_000, allocatedFrom: gs });
  }
  return { group, miner, mine, separator, plant, separationLicence, store, storeSite };
}

/** Residue of roasting and leaching bastnaesite concentrate: 0.45 t a tonne of feed (the library's
 * estimate for acid roasting, chain.ts), with the catalogue's residue mix capped by what the feed left. */
export function roastResidue(id: string, feedGrams: number, left: Composition, product = 'slag-water-leach-residue'): LotSpec {
  const massGrams = Math.round(feedGrams * 0.45);
  const wanted = typical(product, massGrams);
  const composition: Composition = {};
  for (const [symbol, grams] of Object.entries(wanted) as [ElementSymbol, number][]) {
    const capped = Math.min(grams, left[symbol] ?? 0);
    if (capped > 0) composition[symbol] = capped;
  }
  return { id, product, massGrams, composition };
}

// ── Guangxi: a Chongzuo separator that imports its feed, and a Hezhou residue store ───────────

export interface GuangxiChain {
  group: Party;
  separator: Party;
  plant: string;
  store: Party;
  storeSite: string;
}

/**
 * The Guinan group (of the case's own): a Chongzuo separator on the Vietnamese border that separates
 * imported feed, licensed for 4,000 t REO a year and allocated 3,000 t REO of separation of any ore
 * (`quota` to change it), and a Hezhou radioactive residue store licensed for acid-roasting and
 * monazite residues (fictional figures).
 */
export function guangxi(ctx: Context, options: { quota?: number; storeRoles?: EnterpriseRole[] } = {}): GuangxiChain {
  const { w } = ctx;
  const group = w.party('r23-guinan', { kind: 'group', nameZh: '桂南稀土集团（红队）', nameEn: 'Guinan Rare Earth Group (red team)', region: '450000' });
  const separator = firm(ctx, 'r23-cz-separator', ['separator', 'importer'], '崇左凭祥稀土冶炼分离有限公司', 'Chongzuo Pingxiang Rare Earth Separation Co.', '451400', group);
  const licence = w.licence({ id: 'RT23-SEP-CZ', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 4_000 });
  const plant = w.facility({ id: 'plant-r23-chongzuo', party: separator.id, kind: 'plant', nameZh: '崇左分离厂', nameEn: 'Chongzuo separation plant', region: '451400', licence });
  const store = firm(ctx, 'r23-hz-store', options.storeRoles ?? ['disposer'], '贺州市放射性废渣处置有限公司', 'Hezhou Radioactive Residue Disposal Co.', '451100');
  const storeLicence = w.licence({
    id: 'RT23-DSP-HZ', party: store.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2027-12-31',
    scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] },
  });
  const storeSite = w.facility({ id: 'site-r23-hezhou-store', party: store.id, kind: 'disposal-site', nameZh: '贺州放射性废渣库', nameEn: 'Hezhou radioactive residue store', region: '451100', licence: storeLicence });
  for (const year of YEARS23) {
    const gs = w.quota({ id: `RT23-Q${year}-SEP-GUINAN`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 5_000 });
    w.quota({ id: `RT23-Q${year}-SEP-CZ`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'any', tonnesReo: options.quota ?? 3_000, allocatedFrom: gs });
  }
  return { group, separator, plant, store, storeSite };
}

/** Light separated products of a rock-ore or carbonate feed at `recovery`: La, Ce, NdPr, an Sm–Eu–Gd cut and a heavy cut. */
export function lightCuts(feed: Composition, prefix: string, recovery: number): Outputs {
  return cutsOf(scale(feed, recovery), prefix, 'light');
}

// ── Jiangsu: a Changshu separator that buys and imports feeds of every kind ───────────────────

export interface ChangshuSeparator {
  group: Party;
  separator: Party;
  plant: string;
}

/**
 * The Jiangnan group (of the case's own) and its Changshu separator, which buys and imports feed of
 * every ore type: licensed for 3,500 t REO a year and allocated 2,500 t REO of separation, the
 * allocation not tied to an ore type (MIIT's separation quotas are not split by ore type; fictional
 * figures).
 */
export function changshu(ctx: Context): ChangshuSeparator {
  const { w } = ctx;
  const group = w.party('r23-jiangnan', { kind: 'group', nameZh: '江南稀土集团（红队）', nameEn: 'Jiangnan Rare Earth Group (red team)', region: '320000' });
  const separator = firm(ctx, 'r23-cs-separator', ['separator', 'importer'], '常熟江南稀土冶炼分离有限公司', 'Changshu Jiangnan Rare Earth Separation Co.', '320581', group);
  const licence = w.licence({ id: 'RT23-SEP-CS', party: separator.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_500 });
  const plant = w.facility({ id: 'plant-r23-changshu', party: separator.id, kind: 'plant', nameZh: '常熟分离厂', nameEn: 'Changshu separation plant', region: '320581', licence });
  for (const year of YEARS23) {
    const gs = w.quota({ id: `RT23-Q${year}-SEP-JIANGNAN`, year, batch: 1, holder: group.id, activity: 'separation', oreType: 'any', tonnesReo: 6_000 });
    w.quota({ id: `RT23-Q${year}-SEP-CS`, year, batch: 1, holder: separator.id, activity: 'separation', oreType: 'any', tonnesReo: 2_500, allocatedFrom: gs });
  }
  return { group, separator, plant };
}

// ── Guangdong: a Guangzhou battery-materials recycler and its licensed landfill ───────────────

export interface GuangzhouRecycler {
  recycler: Party;
  plant: string;
  landfill: { party: Party; site: string; licence: string };
}

/** A Guangzhou recycler of spent NiMH batteries and battery-alloy scrap (recycling licence, 1,500 t
 * REO a year, fictional) and the licensed Guangdong industrial landfill that takes its leach residue. */
export function guangzhouRecycler(ctx: Context): GuangzhouRecycler {
  const { w } = ctx;
  const recycler = firm(ctx, 'r23-gz-recycler', ['recycler'], '广州番禺再生稀土材料有限公司', 'Guangzhou Panyu Renewable Rare Earth Materials Co.', '440100');
  const licence = w.licence({ id: 'RT23-REC-PY', party: recycler.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_500 });
  const plant = w.facility({ id: 'plant-r23-panyu-recycling', party: recycler.id, kind: 'plant', nameZh: '番禺回收厂', nameEn: 'Panyu recycling plant', region: '440100', licence });
  const landfill = landfill23(ctx, 'r23-gd-landfill', '广东省危险废物综合处置中心', 'Guangdong Hazardous Waste Treatment Centre', '440100', ['slag-recycling-residue']);
  return { recycler, plant, landfill };
}

// ── Shanxi: a Wenxi (Yuncheng) magnesium works that makes magnesium–yttrium master alloy ──────

export interface MgYWorks {
  works: Party;
  plant: string;
  /** The works' master-alloy lot (local id) and its mass. */
  alloy: string;
  alloyGrams: number;
}

/**
 * Yttrium for a Wenxi magnesium works: the Longnan separator's July 2025 Myanmar feed separated
 * (heavy.ts), 6 t of its yttrium oxide sold to the Baotou smelter (received 07-16), reduced there on
 * 07-20 to yttrium metal at 97 % (refining.ts), shipped whole on 07-24 and received in Wenxi on 07-27;
 * the works melts it into magnesium on 08-04 as Mg–30Y master alloy (the catalogue's alloy-mg-y),
 * 99.5 % of the yttrium in the alloy (an estimate). The works' August events are returned, not
 * recorded, for the case to add its own.
 */
export function mgYWorks(ctx: Context, heavyOf: (ctx: Context) => { yOxide: string }, roles: EnterpriseRole[]): MgYWorks & { august: LedgerEvent[] } {
  const { w, s, r } = ctx;
  const works = firm(ctx, 'r23-wx-magnesium', roles, '闻喜县银光镁合金有限公司', 'Wenxi Yinguang Magnesium Alloy Co.', '140800');
  const plant = w.facility({ id: 'plant-r23-yinguang', party: works.id, kind: 'plant', nameZh: '银光镁合金厂', nameEn: 'Yinguang magnesium alloy plant', region: '140800' });
  const { yOxide } = heavyOf(ctx);
  const oxideGrams = tonnes(6);
  const yMetal = scale(s.share(yOxide, oxideGrams), 0.97);
  const yMetalGrams = Math.ceil(Object.values(yMetal).reduce((a, b) => a + (b ?? 0), 0) / 0.99);
  w.record(r.smelter, on('2025-08-07', '11:00'), [
    s.process(r.smelter, 'met-2507-y', at('2025-07-20'), [{ lot: yOxide, massGrams: oxideGrams }], [
      { id: 'Y-2507-01', product: 'metal-y', massGrams: yMetalGrams, composition: yMetal },
    ], { facility: r.metalPlant, note: 'yttrium fluoride reduced with calcium, vacuum remelted' }),
    s.ship(r.smelter, 'shp-2507-y', at('2025-07-24'), 'Y-2507-01', yMetalGrams, works, undefined, 'argon-filled drums'),
  ]);
  const yLot = r.smelter.lot('Y-2507-01');
  w.record(works, on('2025-08-08'), [s.receive(works, 'rcv-2507-y', at('2025-07-27'), yLot, yMetalGrams)]);
  const alloy = scale(s.lot(yLot).composition, 0.995);
  const alloyGrams = Math.ceil(Object.values(alloy).reduce((a, b) => a + (b ?? 0), 0) / 0.3);
  const august: LedgerEvent[] = [
    s.process(works, 'mgy-2508-01', at('2025-08-04'), [{ lot: yLot, massGrams: yMetalGrams }], [
      { id: 'MGY-2508-01', product: 'alloy-mg-y', massGrams: alloyGrams, composition: alloy },
    ], { facility: plant, note: 'yttrium metal dissolved in molten magnesium under flux, cast as Mg–30Y master-alloy ingot' }),
  ];
  return { works, plant, alloy: 'MGY-2508-01', alloyGrams, august };
}

// ── Fujian: lutetium oxide for a Xiamen exporter ───────────────────────────────────────────────

/**
 * The Changting separator's July 2025 month (150 t of its group mine's medium-yttrium,
 * europium-rich concentrate, single oxides at 95 %), and 0.35 t of its lutetium oxide sold to a
 * Xiamen trading house (shipped 07-25, recorded 08-06; received 07-27, recorded 08-07). Returns the
 * exporter and the shipment lot, qualified.
 */
export function lutetiumToXiamen(ctx: Context): { exporter: Party; lot: string; grams: number } {
  const { w, s } = ctx;
  const fj = fujian(ctx);
  const month = clayMonth(ctx, fj, '2025-07', '2507', 150, 'concentrate-ionic-medium-y-eu', { recordSeparator: false });
  const exporter = firm(ctx, 'r23-xm-house', ['trader', 'exporter'], '厦门象屿稀有金属进出口有限公司', 'Xiamen Xiangyu Rare Metals Import & Export Co.', '350200');
  const grams = tonnes(0.35);
  const lu = month.lots['oxide-lu']!.split(':')[1]!;
  w.record(fj.separator, on('2025-08-06'), [
    ...month.separatorEvents,
    s.ship(fj.separator, 'shp-2507-lu', at('2025-07-25'), lu, grams, exporter, `${lu}-S1`, 'sealed 25 kg drums'),
  ]);
  const lot = fj.separator.lot(`${lu}-S1`);
  w.record(exporter, on('2025-08-07'), [s.receive(exporter, 'rcv-2507-lu', at('2025-07-27'), lot, grams)]);
  return { exporter, lot, grams };
}

/**
 * The Leshan separator whose separation licence covered bastnaesite and imported monazite until
 * 2025-08-31 and, renewed from 2025-09-01, covers bastnaesite only (its monazite residue permit was
 * not renewed); the registry re-points the plant to the renewed licence.
 */
export function leshanNarrowed(ctx: Context): SichuanChain & { renewed: string } {
  const { w } = ctx;
  const sc = sichuan(ctx, { separationScope: ['ore-mianning-bastnaesite', 'concentrate-mianning', 'concentrate-monazite'], separationLicenceTo: '2025-08-31' });
  const renewed = w.licence({
    id: 'RT23-SEP-LS-R', party: sc.separator.id, activity: 'separation', validFrom: '2025-09-01', validTo: '2028-08-31', capacityTonnesReo: 5_000,
    scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] },
  });
  w.amendFacility(sc.plant, { licence: renewed });
  return { ...sc, renewed };
}

/** Caustic cracking of monazite at 96 % into light cuts, and its residue: 0.3 t a tonne of feed
 * holding half of what the separation left (round 20's estimates). */
export function crackMonazite23(feed: Composition, feedGrams: number, prefix: string): { outputs: LotSpec[]; residue: LotSpec } {
  const plan = lightCuts(feed, prefix, 0.96);
  const left: Composition = {};
  const recovered = scale(feed, 0.96);
  for (const [symbol, grams] of Object.entries(feed) as [ElementSymbol, number][]) {
    const rest = grams - (recovered[symbol] ?? 0);
    if (rest > 0) left[symbol] = Math.floor(rest / 2);
  }
  const residue = { id: `${prefix}-RES`, product: 'slag-monazite-residue', massGrams: Math.round(feedGrams * 0.3), composition: left };
  return { outputs: [...plan.outputs, residue], residue };
}
