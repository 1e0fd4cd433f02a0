// The annual report as one self-contained HTML page: bilingual (Chinese above English), inline CSS,
// charts drawn server-side by Apache ECharts into inline SVG, no script and no network, so the
// same page prints to PDF and opens offline.
import * as echarts from 'echarts';
import type { AnnualReport, Cell, ReportColumn, ReportTable } from './annual-report.ts';

const CHART_WIDTH = 760;
const CHART_HEIGHT = 320;
const PALETTE = ['#1f5f8b', '#d9822b', '#3c8d5a', '#a23b72', '#6b5ca5', '#c2a83e', '#4a9fb5', '#8c564b'];

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function svgChart(option: echarts.EChartsCoreOption, height = CHART_HEIGHT): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  try {
    chart.setOption({ animation: false, color: PALETTE, textStyle: { fontFamily: 'Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export function formatNumber(value: number, decimals: number): string {
  return value.toLocaleString('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function formatCell(cell: Cell, column: ReportColumn): string {
  if (cell === null) return '—';
  if (typeof cell === 'number') return formatNumber(cell, column.decimals ?? 0);
  return escapeHtml(cell);
}

function tableHtml(table: ReportTable): string {
  const head = table.columns.map((c) => `<th>${escapeHtml(c.zh)}<br><span class="en">${escapeHtml(c.en)}</span>${c.unit === undefined ? '' : `<br><span class="unit">${escapeHtml(c.unit)}</span>`}</th>`).join('');
  const body = table.rows.map((row) => `<tr>${row.map((cell, i) => `<td class="${typeof cell === 'number' || cell === null ? 'num' : ''}">${formatCell(cell, table.columns[i]!)}</td>`).join('')}</tr>`).join('\n');
  return `<table id="table-${table.id}"><thead><tr>${head}</tr></thead><tbody>\n${body || `<tr><td colspan="${table.columns.length}" class="empty">无数据 / no data</td></tr>`}\n</tbody></table>`;
}

const tableOf = (report: AnnualReport, id: string): ReportTable => report.tables.find((x) => x.id === id)!;
const label = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell : String(cell ?? ''));
const num = (cell: Cell | undefined): number => (typeof cell === 'number' ? Math.round(cell * 10) / 10 : 0);

function charts(report: AnnualReport): Record<string, string> {
  const production = tableOf(report, 'production');
  const monthly = tableOf(report, 'production-monthly');
  const deep = tableOf(report, 'deep-processing');
  const quotas = tableOf(report, 'quota-use');
  const provinces = tableOf(report, 'recycling-provinces');
  const destinations = tableOf(report, 'exports-destination');
  const axisLabel = { fontSize: 10 };
  const valueLabel = (position: string) => ({ show: true, position, fontSize: 10, formatter: (p: { value: unknown }) => formatNumber(Number(p.value), 1) });
  const out: Record<string, string> = {};
  out['production'] = svgChart({
    grid: { left: 90, right: 20, top: 30, bottom: 80 },
    xAxis: { type: 'category', data: production.rows.map((r) => label(r[0]).replace(' / ', '\n')), axisLabel: { ...axisLabel, interval: 0 } },
    yAxis: { type: 'value', name: 't REO' },
    series: [{ type: 'bar', data: production.rows.map((r) => num(r[2])), label: valueLabel('top') }],
  });
  out['production-monthly'] = svgChart({
    legend: { top: 0, textStyle: { fontSize: 10 } },
    grid: { left: 90, right: 20, top: 50, bottom: 30 },
    xAxis: { type: 'category', data: monthly.rows.map((r) => label(r[0])), axisLabel },
    yAxis: { type: 'value', name: 't REO' },
    series: monthly.columns.slice(1).map((c, i) => ({ type: 'line', name: c.zh, data: monthly.rows.map((r) => num(r[i + 1])) })),
  });
  out['deep-processing'] = svgChart({
    grid: { left: 60, right: 20, top: 30, bottom: 30 },
    xAxis: { type: 'category', data: deep.rows.map((r) => label(r[0])), axisLabel },
    yAxis: { type: 'value', name: '%' },
    series: [{ type: 'bar', data: deep.rows.map((r) => num(r[3])), label: valueLabel('top') }],
  }, 260);
  if (quotas.rows.length > 0) {
    out['quota-use'] = svgChart({
      grid: { left: 230, right: 50, top: 20, bottom: 30 },
      yAxis: { type: 'category', inverse: true, data: quotas.rows.map((r) => `${label(r[0]).split(' / ')[0]} · ${label(r[1]).split(' / ')[0]} · ${label(r[2]).split(' / ')[0]}`), axisLabel },
      xAxis: { type: 'value', name: '%' },
      series: [{ type: 'bar', data: quotas.rows.map((r) => num(r[5])), label: valueLabel('right') }],
    }, Math.max(160, 40 + quotas.rows.length * 22));
  }
  if (provinces.rows.length > 0) {
    out['recycling-provinces'] = svgChart({
      series: [{ type: 'pie', radius: ['30%', '65%'], data: provinces.rows.map((r) => ({ name: label(r[0]), value: num(r[2]) })), label: { fontSize: 10 } }],
    });
  }
  if (destinations.rows.length > 0) {
    out['exports-destination'] = svgChart({
      legend: { top: 0, textStyle: { fontSize: 10 } },
      grid: { left: 80, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: destinations.rows.map((r) => label(r[0])), axisLabel },
      yAxis: { type: 'value', name: 't' },
      series: [
        { type: 'bar', stack: 'all', name: '管制物项 controlled', data: destinations.rows.map((r) => num(r[3])) },
        { type: 'bar', stack: 'all', name: '非管制 not controlled', data: destinations.rows.map((r) => Math.round((num(r[1]) - num(r[3])) * 10) / 10) },
      ],
    });
  }
  if (report.flows.links.length > 0) {
    out['element-flows'] = svgChart({
      series: [{
        type: 'sankey', left: 10, right: 150, top: 20, bottom: 20, nodeGap: 12, layoutIterations: 32, emphasis: { focus: 'adjacency' },
        label: { fontSize: 10 }, lineStyle: { color: 'source', opacity: 0.4 },
        data: report.flows.nodes.map((n) => ({ name: n.id, label: { formatter: `${n.nameZh}\n${n.nameEn}` } })),
        links: report.flows.links.map((l) => ({ source: l.source, target: l.target, value: Math.round(l.reoGrams / 1_000) / 1_000 })),
      }],
    }, 560);
  }
  return out;
}

// One font weight throughout: each weight of a CJK font is subset into the PDF on its own, and a
// second weight made printing 2.5× slower (bench/history/issue-06-statistics.md); headings stand out by size and colour.
const CSS = `
* { font-weight: 400; }
@page { size: A4; margin: 14mm 12mm; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: #1d2733; margin: 24px auto; max-width: 800px; font-size: 12px; line-height: 1.45; }
h1 { font-size: 24px; margin: 0 0 4px; color: #123e5c; } h1 .en { display: block; font-size: 16px; color: #44566c; }
h2 { font-size: 17px; color: #123e5c; margin: 28px 0 6px; border-bottom: 2px solid #1f5f8b; padding-bottom: 3px; break-after: avoid; }
h2 .en { color: #44566c; font-size: 13px; margin-left: 8px; }
.meta { color: #5a6b7d; font-size: 11px; }
.en { color: #44566c; }
.unit { color: #7a8896; font-size: 10px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 11px; }
th, td { border: 1px solid #cfd8e3; padding: 3px 6px; vertical-align: top; }
th { background: #e3ecf5; text-align: left; color: #123e5c; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.empty { text-align: center; color: #7a8896; }
tr { break-inside: avoid; }
.chart { margin: 4px 0; break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
section { break-inside: auto; }
.notes { font-size: 10.5px; color: #5a6b7d; }
.findings { break-after: page; }
.findings li { margin: 0 0 8px; line-height: 1.5; }
`;

export function renderReportHtml(report: AnnualReport): string {
  const svgs = charts(report);
  const where = report.region === null ? '全国 / national' : `${report.region.nameZh} / ${report.region.nameEn} (${report.region.code})`;
  const sections = report.tables.map((table) => `<section>
<h2>${escapeHtml(table.zh)}<span class="en">${escapeHtml(table.en)}</span></h2>
<p class="notes">${escapeHtml(table.definition.zh)}<br><span class="en">${escapeHtml(table.definition.en)}</span></p>
${svgs[table.id] === undefined ? '' : `<div class="chart">${svgs[table.id]}</div>`}
${tableHtml(table)}
</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.year}年稀土行业统计年报 · Rare earth industry annual report ${report.year}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${report.year}年稀土行业统计年报<span class="en">Rare earth industry annual report ${report.year}</span></h1>
<p class="meta">范围 / Scope: ${escapeHtml(where)} · 依据台账 ${formatNumber(report.ledgerEvents, 0)} 条事件 / from ${formatNumber(report.ledgerEvents, 0)} ledger events · 生成于 / generated ${escapeHtml(report.generatedAt)}</p>
<p class="notes">所有数据均由追溯台账计算，期间按北京时间自然月；t 为实物吨，t REO 为折稀土氧化物吨；各表的口径写在表前。<br>
<span class="en">Every figure is computed from the traceability ledger; periods are calendar months in Asia/Shanghai time; t is tonnes of product, t REO tonnes of rare earth oxide equivalent; each table's definition stands above it.</span></p>
<section class="findings">
<h2>要点<span class="en">Key findings</span></h2>
<ul>
${report.findings.map((f) => `<li>${escapeHtml(f.zh)}<br><span class="en">${escapeHtml(f.en)}</span></li>`).join('\n')}
</ul>
</section>
${sections}
</body>
</html>
`;
}
