// The annual industry report as data: every table the HTML, PDF, CSV and JSON forms show, with
// bilingual titles and columns, built from the figures (so from the projection, never the log).
import { ELEMENTS } from '../domain/elements.ts';
import { CATEGORY_NAMES, type ProductCategory } from '../domain/products.ts';
import { regionByCode } from '../domain/regions.ts';
import type { Store } from '../store/index.ts';
import { sumFacts, type StatsFilter } from './facts.ts';
import { keyFindings, type Finding } from './report-findings.ts';
import {
  deepProcessing, elementFlows, exportsOf, growth, production, productionSeries, quotaUse, recycling, stocks,
  PRODUCTION_STAGES, type ElementFlows, type ProductionStage,
} from './figures.ts';
import { refreshStats } from './project.ts';

export type Cell = string | number | null;

export interface ReportColumn {
  id: string;
  zh: string;
  en: string;
  /** t, t REO, % … shown beside the heading; numbers are in this unit. */
  unit?: string;
  /** Decimals a number is shown with. */
  decimals?: number;
}

export interface ReportTable {
  id: string;
  zh: string;
  en: string;
  /** What the table's figures count, as docs/statistics.md defines them, for the reader. */
  definition: { zh: string; en: string };
  columns: ReportColumn[];
  rows: Cell[][];
}

export interface AnnualReport {
  year: number;
  region: { code: string; nameZh: string; nameEn: string } | null;
  generatedAt: string;
  /** Events of the ledger the figures stand on. */
  ledgerEvents: number;
  /** The opening page: the year in a few sentences, from the figures below. */
  findings: Finding[];
  tables: ReportTable[];
  flows: ElementFlows;
}

export const STAGE_NAMES: Record<ProductionStage, [string, string]> = {
  mining: ['开采', 'Mining (extracted)'],
  beneficiation: ['选矿（精矿）', 'Beneficiation (concentrate)'],
  separation: ['冶炼分离', 'Separation'],
  recycling: ['综合利用（回收）', 'Recycling (recovered)'],
  metal: ['金属冶炼', 'Metal smelting'],
  materials: ['深加工材料', 'Materials (deep processing)'],
};

export function categoryName(category: string): readonly [string, string] {
  return CATEGORY_NAMES[category as ProductCategory] ?? [category, category];
}

const t = (grams: number): number => grams / 1_000_000;
const pct = (share: number | null): number | null => (share === null ? null : share * 100);
const T: Pick<ReportColumn, 'unit' | 'decimals'> = { unit: 't', decimals: 1 };
const T_REO: Pick<ReportColumn, 'unit' | 'decimals'> = { unit: 't REO', decimals: 1 };
const PCT: Pick<ReportColumn, 'unit' | 'decimals'> = { unit: '%', decimals: 1 };

/** Brings the figures up to date, then builds every table of the year (and region). */
export async function buildAnnualReport(store: Store, year: number, region?: string): Promise<AnnualReport> {
  const { cursor } = await refreshStats(store);
  const db = store.db;
  const filter: StatsFilter = { from: `${year}-01`, to: `${year}-12`, ...(region === undefined ? {} : { region }) };
  const [prod, quarters, months, grow, deep, quotas, recycled, exported, stock, flows, delivered] = await Promise.all([
    production(db, filter), productionSeries(db, filter, 'quarter'), productionSeries(db, filter, 'month'), growth(db, filter),
    deepProcessing(db, filter, 'quarter'), quotaUse(db, year, region), recycling(db, filter), exportsOf(db, filter), stocks(db, filter), elementFlows(db, filter),
    sumFacts(db, filter, { measures: ['delivered'], groupBy: [] }),
  ]);
  const stageColumns: ReportColumn[] = PRODUCTION_STAGES.map((stage) => ({ id: stage, zh: STAGE_NAMES[stage][0], en: STAGE_NAMES[stage][1], ...T_REO }));
  const tables: ReportTable[] = [
    {
      id: 'production', zh: '各环节产量', en: 'Production by stage',
      definition: { zh: '开采：开采的矿石与精矿；选矿：选矿产出的精矿；冶炼分离：冶炼分离产出的分离产品（氧化物、盐类、混合化合物）；综合利用：回收产出的分离产品；金属冶炼：冶炼产出的金属；深加工材料：产出的磁体、合金、催化、抛光、发光、储氢材料。同期为上年同月；上年台账无记录时为“无数据”（—），而非零。', en: 'Mining: ore and concentrate extracted; beneficiation: concentrate made; separation: separated products (oxides, salts, mixed compounds) made by separation; recycling: separated products recovered; metal: metals smelted; materials: magnets, alloys, catalysts, polishing powders, phosphors and hydrogen-storage alloys made. The year before counts the same months; where the ledger holds nothing of them it is no data (—), not zero.' },
      columns: [{ id: 'stage', zh: '环节', en: 'Stage' }, { id: 'tonnes', zh: '实物量', en: 'Mass', ...T }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO },
        { id: 'previous_tonnes_reo', zh: `${year - 1}年同期`, en: `${year - 1}, same months`, ...T_REO }, { id: 'change', zh: '同比增长', en: 'Change', ...PCT }],
      rows: prod.stages.map((s) => {
        const g = grow.find((x) => x.stage === s.stage)!;
        return [`${STAGE_NAMES[s.stage][0]} / ${STAGE_NAMES[s.stage][1]}`, t(s.massGrams), t(s.reoGrams), g.previousReoGrams === null ? null : t(g.previousReoGrams), pct(g.change)];
      }),
    },
    {
      id: 'production-detail', zh: '各环节分品类产量', en: 'Production by stage and product category',
      definition: { zh: '各环节产出按品类细分，副产品（尾矿、渣、废料）单列。', en: 'Each stage\'s output by product category; by-products (tailings, slag, swarf) in rows of their own.' },
      columns: [{ id: 'stage', zh: '环节', en: 'Stage' }, { id: 'category', zh: '品类', en: 'Category' }, { id: 'by_product', zh: '副产品', en: 'By-product' },
        { id: 'tonnes', zh: '实物量', en: 'Mass', ...T }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO }],
      rows: prod.rows.map((r) => [`${STAGE_NAMES[r.stage][0]} / ${STAGE_NAMES[r.stage][1]}`, categoryName(r.category).join(' / '), r.principal ? '' : '是 / yes', t(r.massGrams), t(r.reoGrams)]),
    },
    {
      id: 'production-quarterly', zh: '分季度产量（折REO）', en: 'Production by quarter (REO)',
      definition: { zh: '各环节产出（折REO），按北京时间自然季度。', en: 'Each stage\'s output in t REO, by calendar quarter in Asia/Shanghai time.' },
      columns: [{ id: 'quarter', zh: '季度', en: 'Quarter' }, ...stageColumns],
      rows: quarters.map((q) => [q.period, ...PRODUCTION_STAGES.map((s) => t(q.stages[s].reoGrams))]),
    },
    {
      id: 'production-monthly', zh: '分月产量（折REO）', en: 'Production by month (REO)',
      definition: { zh: '各环节产出（折REO），按北京时间自然月。', en: 'Each stage\'s output in t REO, by calendar month in Asia/Shanghai time.' },
      columns: [{ id: 'month', zh: '月份', en: 'Month' }, ...stageColumns],
      rows: months.map((m) => [m.period, ...PRODUCTION_STAGES.map((s) => t(m.stages[s].reoGrams))]),
    },
    {
      id: 'deep-processing', zh: '深加工比例', en: 'Deep-processing share',
      definition: { zh: '深加工比例 = 进入深加工的稀土（材料生产的全部投入）÷（该量 + 以分离产品或金属形态出口或交付终端用户的量）；按使用计，不按产出计，故不超过100%。', en: 'Share = REO entering material making ÷ (that + REO of separated products and metals exported or delivered to final users as they are): counted on uses, not on output, so at most 100 %.' },
      columns: [{ id: 'period', zh: '期间', en: 'Period' }, { id: 'into_materials', zh: '进入深加工', en: 'Into materials', ...T_REO },
        { id: 'left_as_primary', zh: '以初级产品出口或交付', en: 'Exported or delivered as oxides and metals', ...T_REO }, { id: 'share', zh: '深加工比例', en: 'Share', ...PCT }],
      rows: [
        ...deep.byPeriod.map((p): Cell[] => [p.period, t(p.intoMaterialsReoGrams), t(p.leftAsPrimaryReoGrams), pct(p.share)]),
        [`${year}`, t(deep.intoMaterials.reoGrams), t(deep.leftAsPrimary.reoGrams), pct(deep.share)],
      ],
    },
    {
      id: 'quota-use', zh: '总量控制指标使用', en: 'Quota use',
      definition: { zh: '开采指标计开采量，冶炼分离指标计投入冶炼分离的矿产品与混合化合物；集团指标计其成员企业；同一年度的各批次合并；不同矿种的指标不互相抵用。', en: 'Mining quotas count what was extracted, separation quotas the mineral products and mixed compounds fed to separation; a group\'s quota counts its members; a year\'s batches are one quota; quotas of different ore types never cover each other.' },
      columns: [{ id: 'holder', zh: '持有者', en: 'Holder' }, { id: 'activity', zh: '类别', en: 'Activity' },
        { id: 'ore_type', zh: '矿种', en: 'Ore type' }, { id: 'quota_reo', zh: '指标量', en: 'Quota', ...T_REO }, { id: 'used_reo', zh: '已使用', en: 'Used', ...T_REO },
        { id: 'share', zh: '使用率', en: 'Use', ...PCT }],
      rows: quotas.map((q) => [`${q.holderNameZh} / ${q.holderNameEn}`, q.activity === 'mining' ? '开采 / mining' : '冶炼分离 / separation',
        q.oreType === 'ionic' ? '离子型 / ionic' : q.oreType === 'rock' ? '岩矿型 / rock' : '不限 / any', t(q.quotaReoGrams), t(q.usedReoGrams), pct(q.share)]),
    },
    {
      id: 'recycling', zh: '综合利用（回收）', en: 'Recycling',
      definition: { zh: '回收：收购的废料；投料：综合利用加工的全部投入（含生产废料、电解渣）；回收产出：综合利用产出的分离产品；回收率 = 回收产出 ÷ 投料（均折REO）。', en: 'Collected: scrap taken in from outside the chain; intake: everything recycling processes took in (production scrap and slag too); recovered: separated products recycling made; recovery = recovered ÷ intake, both in t REO.' },
      columns: [{ id: 'item', zh: '项目', en: 'Item' }, { id: 'tonnes', zh: '实物量', en: 'Mass', ...T }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO }],
      rows: [
        ...recycled.collected.map((c): Cell[] => [c.source === 'post-consumer' ? '回收报废产品 / post-consumer scrap collected' : '回收生产废料 / pre-consumer scrap collected', t(c.amount.massGrams), t(c.amount.reoGrams)]),
        ['回收投料（含生产废料、电解渣）/ recycling intake (incl. production scrap, slag)', t(recycled.intake.massGrams), t(recycled.intake.reoGrams)],
        ['回收产出稀土氧化物 / REO recovered', t(recycled.recovered.massGrams), t(recycled.recovered.reoGrams)],
        ['回收率 / recovery rate (REO, %)', null, pct(recycled.recoveryRate)],
      ],
    },
    {
      id: 'recycling-provinces', zh: '分省回收', en: 'Recycling by province',
      definition: { zh: '按综合利用企业所在省份。', en: 'By the province of the recycler.' },
      columns: [{ id: 'province', zh: '省份', en: 'Province' }, { id: 'intake_reo', zh: '投料', en: 'Intake', ...T_REO }, { id: 'recovered_reo', zh: '回收产出', en: 'Recovered', ...T_REO }],
      rows: recycled.byProvince.map((p) => [`${p.nameZh} / ${p.nameEn}`, t(p.intakeReoGrams), t(p.recoveredReoGrams)]),
    },
    {
      id: 'exports-destination', zh: '出口（按目的地）', en: 'Exports by destination',
      definition: { zh: '按出口事件的目的国；“其中管制物项”按出口当日适用的出口管制判定（见开篇所列管制及其日期）。', en: 'By the export\'s destination country; "of which controlled" by the export controls in force on the day of export (listed with their dates on the opening page).' },
      columns: [{ id: 'country', zh: '目的地', en: 'Destination' }, { id: 'tonnes', zh: '实物量', en: 'Mass', ...T }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO },
        { id: 'controlled_tonnes', zh: '其中管制物项', en: 'Of which controlled', ...T }],
      rows: exported.byDestination.map((d) => [d.label, t(d.massGrams), t(d.reoGrams), t(d.controlled.massGrams)]),
    },
    {
      id: 'exports-category', zh: '出口（按品类）', en: 'Exports by product category',
      definition: { zh: '按出口产品的品类。', en: 'By the exported product\'s category.' },
      columns: [{ id: 'category', zh: '品类', en: 'Category' }, { id: 'tonnes', zh: '实物量', en: 'Mass', ...T }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO },
        { id: 'controlled_tonnes', zh: '其中管制物项', en: 'Of which controlled', ...T }],
      rows: exported.byCategory.map((d) => [categoryName(d.label).join(' / '), t(d.massGrams), t(d.reoGrams), t(d.controlled.massGrams)]),
    },
    {
      id: 'exports-element', zh: '出口（按元素）', en: 'Exports by element',
      definition: { zh: '按所含元素，元素量及折氧化物量。', en: 'By the elements carried, as element and as oxide.' },
      columns: [{ id: 'element', zh: '元素', en: 'Element' }, { id: 'tonnes', zh: '元素量', en: 'Element', ...T, decimals: 2 },
        { id: 'tonnes_reo', zh: '折氧化物', en: 'As oxide', ...T_REO, decimals: 2 }, { id: 'controlled_tonnes', zh: '其中管制物项', en: 'Of which controlled', ...T, decimals: 2 }],
      rows: exported.byElement.map((e) => [`${ELEMENTS[e.element].names.zh} / ${ELEMENTS[e.element].names.en} (${e.element})`, t(e.grams), t(e.reoGrams), t(e.controlledGrams)]),
    },
    {
      id: 'stocks', zh: `${year}年末库存`, en: `Stocks at the end of ${year}`,
      definition: { zh: '年末受监管企业持有的批次（自台账第一条事件起累计），交付终端用户、出口、处置的不计；在途为已发未收。', en: 'What regulated enterprises held at the year\'s end, counted from the ledger\'s first event; what was delivered to final users, exported or disposed of is not stock; in transit: shipped and not yet received.' },
      columns: [{ id: 'category', zh: '品类', en: 'Category' }, { id: 'stage', zh: '环节', en: 'Stage' }, { id: 'tonnes', zh: '实物量', en: 'Mass', ...T }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO }],
      rows: [
        ...stock.byCategory.map((s): Cell[] => [categoryName(s.category).join(' / '), s.stage, t(s.massGrams), t(s.reoGrams)]),
        ...(stock.inTransit === null ? [] : [['在途 / in transit', '', t(stock.inTransit.massGrams), t(stock.inTransit.reoGrams)] as Cell[]]),
      ],
    },
    {
      id: 'element-flows', zh: '稀土元素流向', en: 'Element flows',
      definition: { zh: '分离产品与金属为多个环节共用的库存池，其去向按各来源投入比例分摊（质量平衡）；未被使用的部分计入“库存与损耗”。', en: 'Separated products and metals are pools several stages draw from: a pool\'s uses are shared among its sources in proportion to what each put in (mass balance); what its uses did not take is "stock and losses".' },
      columns: [{ id: 'from', zh: '来源', en: 'From' }, { id: 'to', zh: '去向', en: 'To' }, { id: 'tonnes_reo', zh: '折REO', en: 'REO', ...T_REO }],
      rows: flows.links.map((l) => {
        const name = (id: string) => { const n = flows.nodes.find((x) => x.id === id)!; return `${n.nameZh} / ${n.nameEn}`; };
        return [name(l.source), name(l.target), t(l.reoGrams)];
      }),
    },
  ];
  const regionInfo = region === undefined ? null : regionByCode(region);
  return {
    year,
    region: regionInfo === null || regionInfo === undefined ? null : { code: regionInfo.code, nameZh: regionInfo.nameZh, nameEn: regionInfo.nameEn },
    generatedAt: new Date().toISOString(),
    ledgerEvents: cursor,
    findings: keyFindings({
      year, production: prod, growth: grow, deep, quotas, recycled, exported, stock, deliveredReoGrams: delivered.reduce((sum, f) => sum + f.reoGrams, 0),
    }),
    tables,
    flows,
  };
}
