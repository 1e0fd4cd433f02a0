// The annual report's opening page: the year's key findings, written from its figures in Chinese
// and English, so a reader who stops after one page has the year: production and its change, quota
// use and who passed a quota, the deep-processing share, recycling, exports and the controls that
// applied, what ended the year in stock or with final users.
import { EXPORT_CONTROLS } from '../domain/export-controls.ts';
import type { DeepProcessing, Exports, Growth, QuotaUseRow, Recycling, StageTotal, Stocks } from './figures.ts';

export interface Finding {
  zh: string;
  en: string;
}

export interface YearFigures {
  year: number;
  production: { stages: StageTotal[] };
  growth: Growth[];
  deep: DeepProcessing;
  quotas: QuotaUseRow[];
  recycled: Recycling;
  exported: Exports;
  stock: Stocks;
  deliveredReoGrams: number;
}

const tReo = (grams: number) => (grams / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const pct = (share: number) => `${(share * 100).toFixed(1)} %`;

export function keyFindings(f: YearFigures): Finding[] {
  const findings: Finding[] = [];
  const stage = (name: string) => f.production.stages.find((s) => s.stage === name);
  const mined = stage('mining')?.reoGrams ?? 0;
  const separated = stage('separation')?.reoGrams ?? 0;
  const miningGrowth = f.growth.find((g) => g.stage === 'mining');
  if (mined === 0 && separated === 0) {
    findings.push({ zh: `${f.year}年台账中没有开采或冶炼分离记录。`, en: `The ledger holds no mining or separation in ${f.year}.` });
  } else {
    const change = miningGrowth?.previousReoGrams === null || miningGrowth === undefined
      ? { zh: `，${f.year - 1}年无可比数据`, en: `; ${f.year - 1} has no data to compare` }
      : miningGrowth.change === null
        ? { zh: `，${f.year - 1}年同期为零`, en: `, against none in ${f.year - 1}` }
        : { zh: `，同比${miningGrowth.change >= 0 ? '增长' : '下降'} ${pct(Math.abs(miningGrowth.change))}`, en: `, ${pct(Math.abs(miningGrowth.change))} ${miningGrowth.change >= 0 ? 'more' : 'less'} than in ${f.year - 1}` };
    findings.push({
      zh: `开采折稀土氧化物 ${tReo(mined)} 吨${change.zh}；冶炼分离产出 ${tReo(separated)} 吨 REO。`,
      en: `Mining extracted ${tReo(mined)} t REO${change.en}; separation put out ${tReo(separated)} t REO.`,
    });
  }
  if (f.quotas.length > 0) {
    const over = f.quotas.filter((q) => q.share !== null && q.share > 1);
    const names = over.map((q) => ({ zh: `${q.holderNameZh}（${pct(q.share!)}）`, en: `${q.holderNameEn} (${pct(q.share!)})` }));
    findings.push(over.length === 0
      ? { zh: `${f.quotas.length} 项总量控制指标均未超出。`, en: `None of the ${f.quotas.length} quotas was passed.` }
      : {
        zh: `${f.quotas.length} 项总量控制指标中有 ${over.length} 项超出：${names.map((n) => n.zh).join('、')}。`,
        en: `${over.length} of the ${f.quotas.length} quotas were passed: ${names.map((n) => n.en).join(', ')}.`,
      });
  }
  if (f.deep.share !== null) {
    findings.push({
      zh: `在投入使用的分离产品和金属中，${pct(f.deep.share)} 进入深加工（其余以初级产品出口或交付终端用户）。`,
      en: `Of the separated products and metals put to use, ${pct(f.deep.share)} went into deep processing (the rest left as they were, exported or delivered).`,
    });
  }
  if (f.recycled.recovered.reoGrams > 0) {
    findings.push({
      zh: `综合利用回收稀土氧化物 ${tReo(f.recycled.recovered.reoGrams)} 吨${f.recycled.recoveryRate === null ? '' : `，回收率 ${pct(f.recycled.recoveryRate)}`}。`,
      en: `Recycling recovered ${tReo(f.recycled.recovered.reoGrams)} t REO${f.recycled.recoveryRate === null ? '' : `, a ${pct(f.recycled.recoveryRate)} recovery`}.`,
    });
  }
  if (f.exported.total.reoGrams > 0) {
    const top = [...f.exported.byDestination].sort((a, b) => b.reoGrams - a.reoGrams).slice(0, 3);
    const controlledShare = f.exported.controlled.reoGrams / f.exported.total.reoGrams;
    findings.push({
      zh: `出口 ${tReo(f.exported.total.reoGrams)} 吨 REO，主要目的地 ${top.map((d) => `${d.label} ${tReo(d.reoGrams)} 吨`).join('、')}；其中 ${pct(controlledShare)} 属出口管制物项。`,
      en: `Exports were ${tReo(f.exported.total.reoGrams)} t REO, led by ${top.map((d) => `${d.label} ${tReo(d.reoGrams)} t`).join(', ')}; ${pct(controlledShare)} of it was under export control.`,
    });
  }
  const controls = controlsIn(f.year);
  if (controls.length > 0) {
    findings.push({
      zh: `本年适用的出口管制：${controls.map((c) => `${c.names.zh}（${c.span.zh}）`).join('；')}。`,
      en: `Export controls that applied this year: ${controls.map((c) => `${c.names.en} (${c.span.en})`).join('; ')}.`,
    });
  }
  findings.push({
    zh: `年末受监管企业库存 ${tReo(f.stock.held.reoGrams)} 吨 REO；全年交付国内终端用户 ${tReo(f.deliveredReoGrams)} 吨 REO。`,
    en: `Regulated enterprises held ${tReo(f.stock.held.reoGrams)} t REO at the year's end; ${tReo(f.deliveredReoGrams)} t REO were delivered to final users at home.`,
  });
  return findings;
}

/** The export controls in force on some day of the year, with the days they applied. */
function controlsIn(year: number): { names: { zh: string; en: string }; span: { zh: string; en: string } }[] {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return EXPORT_CONTROLS.filter((c) => c.from <= last && (c.to === undefined || c.to >= first)).flatMap((c) => {
    const from = c.from > first ? c.from : first;
    const to = c.to !== undefined && c.to < last ? c.to : last;
    if (c.suspended !== undefined && c.suspended.from <= from && c.suspended.to >= to) return [];
    const suspended = c.suspended !== undefined && c.suspended.from <= to && c.suspended.to >= from
      ? { zh: `，${c.suspended.from} 至 ${c.suspended.to} 暂停`, en: `, suspended ${c.suspended.from} to ${c.suspended.to}` } : { zh: '', en: '' };
    return [{ names: c.names, span: { zh: `${from} 至 ${to}${suspended.zh}`, en: `${from} to ${to}${suspended.en}` } }];
  });
}
