// The industry's figures, each from the projection's sums (docs/statistics.md defines them). Every
// row carries the key of the items behind it, so drillDown(key) lists the events that make it up.
import type { Kysely } from 'kysely';
import { ELEMENTS, ELEMENT_SYMBOLS, type ElementSymbol } from '../domain/elements.ts';
import { PRODUCTS, productByCode, type ProductCategory } from '../domain/products.ts';
import { regionByCode } from '../domain/regions.ts';
import type { Database } from '../store/index.ts';
import { isSeparationFeed } from '../domain/products.ts';
import { categoryOf, isMaterial, isSeparated, MEASURES, STOCK_IN, STOCK_OUT, oreTypeOf, type Measure } from './classify.ts';
import { sumFacts, type FactSum, type StatsFilter } from './facts.ts';

/** What a figure counts: the items with these measures (and activities, products, countries)
 * in the filter's months and region. */
export interface FigureKey {
  measures: Measure[];
  activities?: string[];
  products?: string[];
  counterparts?: string[];
  controlled?: 0 | 1;
  parties?: string[];
  from: string;
  to: string;
  region?: string;
}

export interface Amount {
  massGrams: number;
  reoGrams: number;
  events: number;
}

const ZERO: Amount = { massGrams: 0, reoGrams: 0, events: 0 };

function add(a: Amount, b: Amount): Amount {
  return { massGrams: a.massGrams + b.massGrams, reoGrams: a.reoGrams + b.reoGrams, events: a.events + b.events };
}

function keyOf(filter: StatsFilter, key: Omit<FigureKey, 'from' | 'to' | 'region'>): FigureKey {
  return { ...key, from: filter.from, to: filter.to, ...(filter.region === undefined ? {} : { region: filter.region }) };
}

function productsWhere(predicate: (product: string) => boolean, rows: readonly FactSum[]): string[] {
  return [...new Set(rows.map((r) => r.product).filter(predicate))].sort();
}

// ── Production per stage ─────────────────────────────────────────────────────────────────────
export const PRODUCTION_STAGES = ['mining', 'beneficiation', 'separation', 'recycling', 'metal', 'materials'] as const;
export type ProductionStage = (typeof PRODUCTION_STAGES)[number];

/** What each stage's headline counts: the measure, the process kind, and its principal products
 * (by-products such as tailings, slag and swarf are counted in their own rows, not the headline). */
const STAGE_DEFINITIONS: Record<ProductionStage, { measure: Measure; activity?: string; principal: (product: string) => boolean }> = {
  mining: { measure: 'extracted', principal: () => true },
  beneficiation: { measure: 'made', activity: 'beneficiation', principal: (p) => categoryOf(p) === 'concentrate' },
  separation: { measure: 'made', activity: 'separation', principal: isSeparated },
  recycling: { measure: 'made', activity: 'recycling', principal: isSeparated },
  metal: { measure: 'made', activity: 'smelting', principal: (p) => categoryOf(p) === 'metal' },
  materials: { measure: 'made', activity: 'material', principal: isMaterial },
};

export interface ProductionRow extends Amount {
  stage: ProductionStage;
  category: ProductCategory;
  /** False for by-products (tailings, slag, swarf) made alongside the stage's products. */
  principal: boolean;
  key: FigureKey;
}

export interface StageTotal extends Amount {
  stage: ProductionStage;
  key: FigureKey;
}

async function productionFacts(db: Kysely<Database>, filter: StatsFilter, withPeriod: boolean): Promise<FactSum[]> {
  return sumFacts(db, filter, { measures: ['extracted', 'made'], groupBy: withPeriod ? ['period', 'measure', 'activity', 'product'] : ['measure', 'activity', 'product'] });
}

function stageOfFact(fact: FactSum): ProductionStage | undefined {
  for (const stage of PRODUCTION_STAGES) {
    const definition = STAGE_DEFINITIONS[stage];
    if (fact.measure === definition.measure && (definition.activity === undefined || definition.activity === fact.activity)) return stage;
  }
  return undefined;
}

export async function production(db: Kysely<Database>, filter: StatsFilter): Promise<{ stages: StageTotal[]; rows: ProductionRow[] }> {
  const facts = await productionFacts(db, filter, false);
  const rows = new Map<string, ProductionRow>();
  for (const fact of facts) {
    const stage = stageOfFact(fact);
    const category = categoryOf(fact.product);
    if (stage === undefined || category === undefined) continue;
    const principal = STAGE_DEFINITIONS[stage].principal(fact.product);
    const id = `${stage}/${category}`;
    const row = rows.get(id) ?? { stage, category, principal, ...ZERO, key: stageKey(filter, stage, []) };
    Object.assign(row, add(row, fact));
    row.key.products!.push(fact.product);
    rows.set(id, row);
  }
  const stages = PRODUCTION_STAGES.map((stage): StageTotal => {
    const principalRows = [...rows.values()].filter((r) => r.stage === stage && r.principal);
    return { stage, ...principalRows.reduce<Amount>((sum, r) => add(sum, r), ZERO), key: stageKey(filter, stage, principalRows.flatMap((r) => r.key.products!)) };
  });
  const ordered = [...rows.values()].sort((a, b) => PRODUCTION_STAGES.indexOf(a.stage) - PRODUCTION_STAGES.indexOf(b.stage) || Number(b.principal) - Number(a.principal) || b.reoGrams - a.reoGrams);
  for (const row of ordered) row.key.products!.sort();
  return { stages, rows: ordered };
}

function stageKey(filter: StatsFilter, stage: ProductionStage, products: string[]): FigureKey {
  const definition = STAGE_DEFINITIONS[stage];
  return keyOf(filter, { measures: [definition.measure], ...(definition.activity === undefined ? {} : { activities: [definition.activity] }), products: [...products].sort() });
}

export type Granularity = 'month' | 'quarter' | 'year';

export function periodLabel(month: string, granularity: Granularity): string {
  if (granularity === 'month') return month;
  if (granularity === 'year') return month.slice(0, 4);
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

export interface SeriesPoint {
  period: string;
  stages: Record<ProductionStage, Amount>;
}

/** Each stage's headline per month, quarter or year. */
export async function productionSeries(db: Kysely<Database>, filter: StatsFilter, granularity: Granularity): Promise<SeriesPoint[]> {
  const facts = await productionFacts(db, filter, true);
  const points = new Map<string, SeriesPoint>();
  for (const label of periodsOf(filter, granularity)) points.set(label, { period: label, stages: Object.fromEntries(PRODUCTION_STAGES.map((s) => [s, ZERO])) as Record<ProductionStage, Amount> });
  for (const fact of facts) {
    const stage = stageOfFact(fact);
    if (stage === undefined || !STAGE_DEFINITIONS[stage].principal(fact.product)) continue;
    const point = points.get(periodLabel(fact.period, granularity));
    if (point !== undefined) point.stages[stage] = add(point.stages[stage], fact);
  }
  return [...points.values()];
}

/** Every month, quarter or year label from filter.from to filter.to. */
export function periodsOf(filter: StatsFilter, granularity: Granularity): string[] {
  const labels: string[] = [];
  let [year, month] = filter.from.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = filter.to.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    const label = periodLabel(`${year}-${String(month).padStart(2, '0')}`, granularity);
    if (labels[labels.length - 1] !== label) labels.push(label);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return labels;
}

// ── Deep processing ──────────────────────────────────────────────────────────────────────────
/** Primary products: what separation and smelting make, which the chain either makes into
 * materials at home or lets go as they are. */
const isPrimary = (product: string) => isSeparated(product) || categoryOf(product) === 'metal';

export interface DeepProcessing {
  /** REO entering material making (magnets, alloys, catalysts, polishing powders, phosphors, hydrogen storage). */
  intoMaterials: Amount;
  /** REO of separated products and metals that left the chain as they are: exported, or delivered
   * to final users at home. */
  leftAsPrimary: Amount;
  /** intoMaterials / (intoMaterials + leftAsPrimary): of the primary products put to use, the share
   * made into materials; null when none was. At most 1 by construction. */
  share: number | null;
  byPeriod: { period: string; intoMaterialsReoGrams: number; leftAsPrimaryReoGrams: number; share: number | null }[];
  keys: { intoMaterials: FigureKey; leftAsPrimary: FigureKey };
}

/** Of the separated products and metals put to use in the period, the share made into materials.
 * Measured on uses, not on output: what separation makes in a month is stocked, smelted, made into
 * materials in a later month or bought in from abroad, so materials over separated output passes
 * 100 % whenever stock is drawn or oxide imported; a use is counted once, when it happens. */
export async function deepProcessing(db: Kysely<Database>, filter: StatsFilter, granularity: Granularity = 'month'): Promise<DeepProcessing> {
  const facts = await sumFacts(db, filter, { measures: ['consumed', 'exported', 'delivered'], groupBy: ['period', 'measure', 'activity', 'product'] });
  const into = facts.filter((f) => f.measure === 'consumed' && f.activity === 'material');
  const left = facts.filter((f) => (f.measure === 'exported' || f.measure === 'delivered') && isPrimary(f.product));
  const byPeriod = new Map(periodsOf(filter, granularity).map((p) => [p, { period: p, intoMaterialsReoGrams: 0, leftAsPrimaryReoGrams: 0, share: null as number | null }]));
  for (const f of into) { const p = byPeriod.get(periodLabel(f.period, granularity)); if (p !== undefined) p.intoMaterialsReoGrams += f.reoGrams; }
  for (const f of left) { const p = byPeriod.get(periodLabel(f.period, granularity)); if (p !== undefined) p.leftAsPrimaryReoGrams += f.reoGrams; }
  const shareOf = (into: number, left: number) => (into + left === 0 ? null : into / (into + left));
  for (const p of byPeriod.values()) p.share = shareOf(p.intoMaterialsReoGrams, p.leftAsPrimaryReoGrams);
  const intoMaterials = into.reduce<Amount>((s, f) => add(s, f), ZERO);
  const leftAsPrimary = left.reduce<Amount>((s, f) => add(s, f), ZERO);
  return {
    intoMaterials, leftAsPrimary,
    share: shareOf(intoMaterials.reoGrams, leftAsPrimary.reoGrams),
    byPeriod: [...byPeriod.values()],
    keys: {
      intoMaterials: keyOf(filter, { measures: ['consumed'], activities: ['material'] }),
      leftAsPrimary: keyOf(filter, { measures: ['exported', 'delivered'], products: productsWhere(isPrimary, left) }),
    },
  };
}

// ── Quota use ────────────────────────────────────────────────────────────────────────────────
export interface QuotaUseRow {
  /** The quotas summed into this row: a year's quota comes in batches. */
  quotaIds: string[];
  holderId: string;
  holderNameZh: string;
  holderNameEn: string;
  /** The holder is a group, whose members' activity counts against it. */
  group: boolean;
  activity: string;
  oreType: string;
  quotaReoGrams: number;
  usedReoGrams: number;
  share: number | null;
  key: FigureKey;
}

/** For each holder, activity and ore type, the year's quotas (all batches) against the REO its
 * holder, or a group's members, extracted (mining) or fed to separation as mineral products
 * (separation). */
export async function quotaUse(db: Kysely<Database>, year: number, region?: string): Promise<QuotaUseRow[]> {
  const filter: StatsFilter = { from: `${year}-01`, to: `${year}-12`, ...(region === undefined ? {} : { region }) };
  const [quotas, parties, facts] = await Promise.all([
    db.selectFrom('quotas').innerJoin('parties', 'parties.id', 'quotas.holder_id')
      .select(['quotas.id', 'quotas.holder_id', 'quotas.activity', 'quotas.ore_type', 'quotas.reo_kg', 'parties.name_zh', 'parties.name_en', 'parties.region', 'parties.kind'])
      .where('quotas.year', '=', year).orderBy('quotas.id').execute(),
    db.selectFrom('parties').select(['id', 'group_id']).execute(),
    // Every region: a group in one region counts its members elsewhere.
    sumFacts(db, { from: filter.from, to: filter.to }, { measures: ['extracted', 'consumed'], groupBy: ['measure', 'activity', 'party_id', 'product'] }),
  ]);
  const held = new Map<string, { ids: string[]; reoKg: number; quota: (typeof quotas)[number] }>();
  for (const quota of quotas) {
    if (region !== undefined && !inRegion(quota.region, region)) continue;
    const id = `${quota.holder_id}\u0000${quota.activity}\u0000${quota.ore_type}`;
    const entry = held.get(id) ?? { ids: [], reoKg: 0, quota };
    entry.ids.push(quota.id);
    entry.reoKg += Number(quota.reo_kg);
    held.set(id, entry);
  }
  const rows: QuotaUseRow[] = [];
  for (const { ids, reoKg, quota } of held.values()) {
    const members = new Set([quota.holder_id, ...parties.filter((p) => p.group_id === quota.holder_id).map((p) => p.id)]);
    const counted = facts.filter((f) => members.has(f.party_id) && (quota.ore_type === 'any' || oreTypeOf(f.product) === quota.ore_type) && (quota.activity === 'mining'
      ? f.measure === 'extracted'
      : f.measure === 'consumed' && f.activity === 'separation' && isSeparationFeed(f.product)));
    const used = counted.reduce((s, f) => s + f.reoGrams, 0);
    const quotaReoGrams = reoKg * 1000;
    rows.push({
      quotaIds: ids, holderId: quota.holder_id, holderNameZh: quota.name_zh, holderNameEn: quota.name_en, group: quota.kind === 'group',
      activity: quota.activity, oreType: quota.ore_type, quotaReoGrams, usedReoGrams: used, share: quotaReoGrams === 0 ? null : used / quotaReoGrams,
      key: {
        measures: [quota.activity === 'mining' ? 'extracted' : 'consumed'], ...(quota.activity === 'mining' ? {} : { activities: ['separation'] }),
        products: [...new Set(counted.map((f) => f.product))].sort(), parties: [...members].sort(), from: filter.from, to: filter.to,
      },
    });
  }
  // Groups first, then by activity and the holder's English name.
  return rows.sort((a, b) => Number(b.group) - Number(a.group) || a.activity.localeCompare(b.activity) || a.holderNameEn.localeCompare(b.holderNameEn) || a.oreType.localeCompare(b.oreType));
}

function inRegion(code: string, region: string): boolean {
  const step = region.endsWith('0000') ? 2 : region.endsWith('00') ? 4 : 6;
  return code.slice(0, step) === region.slice(0, step);
}

// ── Recycling ────────────────────────────────────────────────────────────────────────────────
export interface Recycling {
  collected: { source: string; amount: Amount; key: FigureKey }[];
  /** Everything recycling processes took in: collected scrap, production scrap, slag. */
  intake: Amount;
  /** REO of the separated products recycling made. */
  recovered: Amount;
  recoveryRate: number | null;
  byProvince: { province: string; nameZh: string; nameEn: string; intakeReoGrams: number; recoveredReoGrams: number }[];
  keys: { intake: FigureKey; recovered: FigureKey };
}

export async function recycling(db: Kysely<Database>, filter: StatsFilter): Promise<Recycling> {
  const facts = await sumFacts(db, filter, { measures: ['collected', 'consumed', 'made'], groupBy: ['measure', 'activity', 'product', 'region'] });
  const collected = new Map<string, Amount>();
  let intake = ZERO;
  let recovered = ZERO;
  const provinces = new Map<string, { intakeReoGrams: number; recoveredReoGrams: number }>();
  const province = (region: string) => {
    const code = `${region.slice(0, 2)}0000`;
    const entry = provinces.get(code) ?? { intakeReoGrams: 0, recoveredReoGrams: 0 };
    provinces.set(code, entry);
    return entry;
  };
  const recoveredProducts = new Set<string>();
  for (const f of facts) {
    if (f.measure === 'collected') collected.set(f.activity, add(collected.get(f.activity) ?? ZERO, f));
    if (f.measure === 'consumed' && f.activity === 'recycling') {
      intake = add(intake, f);
      province(f.region).intakeReoGrams += f.reoGrams;
    }
    if (f.measure === 'made' && f.activity === 'recycling' && isSeparated(f.product)) {
      recovered = add(recovered, f);
      recoveredProducts.add(f.product);
      province(f.region).recoveredReoGrams += f.reoGrams;
    }
  }
  return {
    collected: [...collected].sort(([a], [b]) => a.localeCompare(b)).map(([source, amount]) => ({ source, amount, key: keyOf(filter, { measures: ['collected'], activities: [source] }) })),
    intake, recovered, recoveryRate: intake.reoGrams === 0 ? null : recovered.reoGrams / intake.reoGrams,
    byProvince: [...provinces].map(([code, p]) => ({ province: code, nameZh: regionByCode(code)?.nameZh ?? code, nameEn: regionByCode(code)?.nameEn ?? code, ...p }))
      .sort((a, b) => b.recoveredReoGrams - a.recoveredReoGrams),
    keys: {
      intake: keyOf(filter, { measures: ['consumed'], activities: ['recycling'] }),
      recovered: keyOf(filter, { measures: ['made'], activities: ['recycling'], products: [...recoveredProducts].sort() }),
    },
  };
}

// ── Exports ──────────────────────────────────────────────────────────────────────────────────
export interface ExportRow extends Amount {
  label: string;
  controlled: Amount;
  key: FigureKey;
}

export interface Exports {
  total: Amount;
  controlled: Amount;
  byDestination: ExportRow[];
  byCategory: ExportRow[];
  byElement: { element: ElementSymbol; grams: number; reoGrams: number; controlledGrams: number }[];
  key: FigureKey;
}

export async function exportsOf(db: Kysely<Database>, filter: StatsFilter): Promise<Exports> {
  const facts = await sumFacts(db, filter, { measures: ['exported'], groupBy: ['counterpart', 'product', 'controlled'], elements: true });
  const group = (labelOf: (f: FactSum) => string, keyFor: (label: string, facts: FactSum[]) => FigureKey): ExportRow[] => {
    const rows = new Map<string, { amount: Amount; controlled: Amount; facts: FactSum[] }>();
    for (const f of facts) {
      const label = labelOf(f);
      const row = rows.get(label) ?? { amount: ZERO, controlled: ZERO, facts: [] };
      row.amount = add(row.amount, f);
      if (f.controlled === 1) row.controlled = add(row.controlled, f);
      row.facts.push(f);
      rows.set(label, row);
    }
    return [...rows].map(([label, r]) => ({ label, ...r.amount, controlled: r.controlled, key: keyFor(label, r.facts) })).sort((a, b) => b.massGrams - a.massGrams);
  };
  const elements = new Map<ElementSymbol, { grams: number; controlledGrams: number }>();
  for (const f of facts) {
    for (const symbol of ELEMENT_SYMBOLS) {
      const grams = f.elements[symbol] ?? 0;
      if (grams === 0) continue;
      const entry = elements.get(symbol) ?? { grams: 0, controlledGrams: 0 };
      entry.grams += grams;
      if (f.controlled === 1) entry.controlledGrams += grams;
      elements.set(symbol, entry);
    }
  }
  return {
    total: facts.reduce<Amount>((s, f) => add(s, f), ZERO),
    controlled: facts.filter((f) => f.controlled === 1).reduce<Amount>((s, f) => add(s, f), ZERO),
    byDestination: group((f) => f.counterpart, (country) => keyOf(filter, { measures: ['exported'], counterparts: [country] })),
    byCategory: group((f) => categoryOf(f.product) ?? f.product, (_, fs) => keyOf(filter, { measures: ['exported'], products: [...new Set(fs.map((f) => f.product))].sort() })),
    byElement: ELEMENT_SYMBOLS.filter((s) => elements.has(s)).map((element) => {
      const e = elements.get(element)!;
      return { element, grams: e.grams, reoGrams: Math.round(e.grams * ELEMENTS[element].oxideFactor), controlledGrams: e.controlledGrams };
    }),
    key: keyOf(filter, { measures: ['exported'] }),
  };
}

// ── Stocks ───────────────────────────────────────────────────────────────────────────────────
export interface Stocks {
  /** At the end of filter.to: what holders hold, by stage and category. */
  byCategory: { stage: string; category: ProductCategory; massGrams: number; reoGrams: number }[];
  held: { massGrams: number; reoGrams: number };
  /** Shipped and not yet received (national figure: left out when a region is asked for). */
  inTransit: { massGrams: number; reoGrams: number } | null;
}

export async function stocks(db: Kysely<Database>, filter: StatsFilter): Promise<Stocks> {
  const facts = await sumFacts(db, filter, { measures: [...STOCK_IN, ...STOCK_OUT, 'lost'], groupBy: ['measure', 'product'], sinceStart: true });
  const byCategory = new Map<ProductCategory, { massGrams: number; reoGrams: number }>();
  let transitMass = 0;
  let transitReo = 0;
  for (const f of facts) {
    const sign = STOCK_IN.includes(f.measure) ? 1 : STOCK_OUT.includes(f.measure) ? -1 : 0;
    if (f.measure === 'shipped') { transitMass += f.massGrams; transitReo += f.reoGrams; }
    if (f.measure === 'received' || f.measure === 'lost') { transitMass -= f.massGrams; transitReo -= f.reoGrams; }
    const category = categoryOf(f.product);
    if (sign === 0 || category === undefined) continue;
    const entry = byCategory.get(category) ?? { massGrams: 0, reoGrams: 0 };
    entry.massGrams += sign * f.massGrams;
    entry.reoGrams += sign * f.reoGrams;
    byCategory.set(category, entry);
  }
  const rows = [...byCategory].filter(([, e]) => e.massGrams !== 0)
    .map(([category, e]) => ({ stage: productStageOfCategory(category), category, ...e }))
    .sort((a, b) => b.reoGrams - a.reoGrams);
  return {
    byCategory: rows,
    held: rows.reduce((s, r) => ({ massGrams: s.massGrams + r.massGrams, reoGrams: s.reoGrams + r.reoGrams }), { massGrams: 0, reoGrams: 0 }),
    inTransit: filter.region === undefined ? { massGrams: transitMass, reoGrams: transitReo } : null,
  };
}

/** The stage a category's products sit in (the first catalogue entry of the category). */
const STAGE_OF_CATEGORY: ReadonlyMap<ProductCategory, string> = (() => {
  const map = new Map<ProductCategory, string>();
  for (const product of PRODUCTS) if (!map.has(product.category)) map.set(product.category, product.stage);
  return map;
})();

function productStageOfCategory(category: ProductCategory): string {
  return STAGE_OF_CATEGORY.get(category) ?? '';
}

// ── Growth ───────────────────────────────────────────────────────────────────────────────────
export interface Growth {
  stage: ProductionStage;
  reoGrams: number;
  /** Null when the ledger holds no event at all in the year before's months: no data, not zero. */
  previousReoGrams: number | null;
  /** (this − previous) / previous, or null when the previous year had none. */
  change: number | null;
}

/** Each stage's headline against the same months of the year before. */
export async function growth(db: Kysely<Database>, filter: StatsFilter): Promise<Growth[]> {
  const previous: StatsFilter = { ...filter, from: shiftYear(filter.from, -1), to: shiftYear(filter.to, -1) };
  const [now, before, recordedBefore] = await Promise.all([
    production(db, filter), production(db, previous), sumFacts(db, previous, { measures: [...MEASURES], groupBy: [] }),
  ]);
  const hadData = recordedBefore.some((f) => f.massGrams > 0);
  return PRODUCTION_STAGES.map((stage) => {
    const reoGrams = now.stages.find((s) => s.stage === stage)!.reoGrams;
    const previousReoGrams = hadData ? before.stages.find((s) => s.stage === stage)!.reoGrams : null;
    return { stage, reoGrams, previousReoGrams, change: previousReoGrams === null || previousReoGrams === 0 ? null : (reoGrams - previousReoGrams) / previousReoGrams };
  });
}

function shiftYear(month: string, years: number): string {
  return `${Number(month.slice(0, 4)) + years}${month.slice(4)}`;
}

// ── Element flows ────────────────────────────────────────────────────────────────────────────
export interface FlowNode {
  id: string;
  nameZh: string;
  nameEn: string;
}

export interface ElementFlows {
  /** t REO of all rare earths, or grams of one element's oxide when an element is asked for. */
  element: ElementSymbol | null;
  nodes: FlowNode[];
  links: { source: string; target: string; reoGrams: number }[];
}

const NODE_NAMES: Record<string, [string, string]> = {
  imports: ['进口', 'Imports'],
  'scrap-collected': ['回收废料', 'Scrap collected'],
  'production-scrap': ['生产废料与渣', 'Production scrap and slag'],
  separation: ['冶炼分离', 'Separation'],
  recycling: ['综合利用（回收）', 'Recycling'],
  smelting: ['金属冶炼', 'Metal smelting'],
  materials: ['深加工材料', 'Materials (deep processing)'],
  export: ['出口', 'Export'],
  domestic: ['交付国内终端用户', 'Delivered to final users at home'],
  stock: ['库存与损耗', 'Stock and losses'],
};

/**
 * Where the rare earths went, as a Sankey chart's nodes and links: from each mining province,
 * imports and recycling intake, through separation and recycling, metal smelting and materials,
 * to export and domestic use. Separated products and metals are pools many stages draw from, so
 * a pool's uses are shared among its sources in proportion to what each put in (mass balance).
 */
export async function elementFlows(db: Kysely<Database>, filter: StatsFilter, element: ElementSymbol | null = null): Promise<ElementFlows> {
  const facts = await sumFacts(db, filter, {
    measures: ['extracted', 'imported', 'collected', 'consumed', 'made', 'exported', 'delivered'],
    groupBy: ['measure', 'activity', 'product', 'region'],
    elements: element !== null,
  });
  const value = (f: FactSum) => (element === null ? f.reoGrams : Math.round((f.elements[element] ?? 0) * ELEMENTS[element].oxideFactor));
  const links = new Map<string, number>();
  const link = (source: string, target: string, grams: number) => {
    if (grams <= 0) return;
    links.set(`${source}\u0000${target}`, (links.get(`${source}\u0000${target}`) ?? 0) + grams);
  };
  const sum = (predicate: (f: FactSum) => boolean) => facts.filter(predicate).reduce((s, f) => s + value(f), 0);
  const mineral = (p: string) => productByCode(p)?.mineral === true;

  // Sources into separation and recycling.
  for (const f of facts) if (f.measure === 'extracted') link(`mining:${f.region.slice(0, 2)}0000`, 'separation', value(f));
  link('imports', 'separation', sum((f) => f.measure === 'imported' && mineral(f.product)));
  link('scrap-collected', 'recycling', sum((f) => f.measure === 'collected'));
  const recyclingIntake = sum((f) => f.measure === 'consumed' && f.activity === 'recycling');
  link('production-scrap', 'recycling', recyclingIntake - sum((f) => f.measure === 'collected'));

  // The pool of separated products: made by separation and recycling, imported.
  const separatedSources: [string, number][] = [
    ['separation', sum((f) => f.measure === 'made' && f.activity === 'separation' && isSeparated(f.product))],
    ['recycling', sum((f) => f.measure === 'made' && f.activity === 'recycling' && isSeparated(f.product))],
    ['imports', sum((f) => f.measure === 'imported' && isSeparated(f.product))],
  ];
  const separatedUses: [string, number][] = [
    ['smelting', sum((f) => f.measure === 'consumed' && f.activity === 'smelting' && isSeparated(f.product))],
    ['materials', sum((f) => f.measure === 'consumed' && f.activity === 'material' && isSeparated(f.product))],
    ['export', sum((f) => f.measure === 'exported' && isSeparated(f.product))],
    ['domestic', sum((f) => f.measure === 'delivered' && isSeparated(f.product))],
  ];
  sharePool(separatedSources, separatedUses, link);

  // The pool of metals: made by smelting, imported.
  const isMetal = (p: string) => categoryOf(p) === 'metal';
  const metalSources: [string, number][] = [
    ['smelting', sum((f) => f.measure === 'made' && f.activity === 'smelting' && isMetal(f.product))],
    ['imports', sum((f) => f.measure === 'imported' && isMetal(f.product))],
  ];
  const metalUses: [string, number][] = [
    ['materials', sum((f) => f.measure === 'consumed' && f.activity === 'material' && isMetal(f.product))],
    ['export', sum((f) => f.measure === 'exported' && isMetal(f.product))],
    ['domestic', sum((f) => f.measure === 'delivered' && isMetal(f.product))],
  ];
  sharePool(metalSources, metalUses, link);

  // Materials leave by export or by delivery to final users at home; the rest stays in stock.
  const materialsMade = sum((f) => f.measure === 'made' && f.activity === 'material' && isMaterial(f.product));
  const materialsExported = sum((f) => f.measure === 'exported' && isMaterial(f.product));
  const materialsDelivered = sum((f) => f.measure === 'delivered' && isMaterial(f.product));
  link('materials', 'export', materialsExported);
  link('materials', 'domestic', materialsDelivered);
  link('materials', 'stock', materialsMade - materialsExported - materialsDelivered);

  const out = [...links].map(([key, reoGrams]) => {
    const [source, target] = key.split('\u0000') as [string, string];
    return { source, target, reoGrams };
  });
  const ids = [...new Set(out.flatMap((l) => [l.source, l.target]))];
  return {
    element,
    nodes: ids.map((id) => {
      if (id.startsWith('mining:')) {
        const region = regionByCode(id.slice(7));
        return { id, nameZh: `采矿·${region?.nameZh ?? id.slice(7)}`, nameEn: `Mining · ${region?.nameEn ?? id.slice(7)}` };
      }
      const [nameZh, nameEn] = NODE_NAMES[id] ?? [id, id];
      return { id, nameZh, nameEn };
    }),
    links: out,
  };
}

/** Shares a pool's uses among its sources in proportion to what each put in; what the uses do
 * not take goes to stock and losses. */
function sharePool(sources: [string, number][], uses: [string, number][], link: (source: string, target: string, grams: number) => void): void {
  const supplied = sources.reduce((s, [, g]) => s + g, 0);
  if (supplied <= 0) return;
  const used = uses.reduce((s, [, g]) => s + g, 0);
  for (const [source, grams] of sources) {
    const share = grams / supplied;
    for (const [use, usedGrams] of uses) link(source, use, Math.round(usedGrams * share));
    link(source, 'stock', Math.round(Math.max(0, supplied - used) * share));
  }
}

