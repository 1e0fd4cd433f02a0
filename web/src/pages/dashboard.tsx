// The dashboard: the year's output by stage and month, quota use per holder, recycling, exports,
// and the open alerts by rule and region, all from the API's figures for the year and region chosen.
import { useMemo } from 'react';
import { Chart } from '../components/chart.tsx';
import { Show, useApi } from '../components/states.tsx';
import { PeriodPicker, usePeriod } from '../components/period.tsx';
import { query } from '../api.ts';
import { useI18n, pick } from '../i18n/index.tsx';
import { formatNumber, gramsToTonnes, percent, tonnes } from '../format.ts';
import { categoryName, regionName } from '../products.ts';
import { useSession } from '../session.tsx';
import type { Alert, Exports, ProductionFigure, QuotaUseRow, Recycling, SeriesPoint } from '../types.ts';

const STAGES = ['mining', 'beneficiation', 'separation', 'recycling', 'metal', 'materials'] as const;
/** Bars one decimal of a tonne: the chart's tooltips show the unit. */
const t1 = (grams: number) => Number(gramsToTonnes(grams).toFixed(1));

export default function Dashboard() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const period = usePeriod();
  const v = period.value;
  const range = v === undefined ? null : query({ from: v.from, to: v.to, region: v.region });
  const figure = (name: string) => (range === null ? null : `/api/stats/${name}${range}`);
  const series = useApi<SeriesPoint[]>(figure('series'));
  const production = useApi<ProductionFigure>(figure('production'));
  const quotas = useApi<QuotaUseRow[]>(figure('quota-use'));
  const recycled = useApi<Recycling>(figure('recycling'));
  const exported = useApi<Exports>(figure('exports'));
  const alerts = useApi<{ alerts: Alert[]; next?: string }>(can('alerts:read') && v !== undefined ? `/api/alerts${query({ status: 'open', region: v.region, limit: 500 })}` : null);
  const tReo = (v: number) => `${formatNumber(locale, v, 1)} ${t.units.tReo}`;

  const seriesOption = useMemo(() => series.data === undefined ? {} : {
    tooltip: { trigger: 'axis', valueFormatter: tReo },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: series.data.map((p) => p.period) },
    yAxis: { type: 'value', name: t.units.tReo },
    series: STAGES.map((stage) => ({ name: t.stages[stage], type: 'bar', data: series.data!.map((p) => t1(p.stages[stage]?.reoGrams ?? 0)) })),
  }, [series.data, locale, t]);

  // The stages' own products (not their by-products), one bar per category, in the stages' order.
  const productOption = useMemo(() => {
    const rows = (production.data?.rows ?? []).filter((r) => r.principal && r.reoGrams > 0);
    const labels = rows.map((r) => `${t.stages[r.stage]} · ${categoryName(locale, r.category)}`);
    return {
      tooltip: { trigger: 'axis', valueFormatter: tReo },
      grid: { left: 60, right: 20, top: 30, bottom: 80 },
      xAxis: { type: 'category', data: labels, axisLabel: { rotate: 35, interval: 0 } },
      yAxis: { type: 'value', name: t.units.tReo },
      series: [{ name: t.dashboard.outputByProduct, type: 'bar', data: rows.map((r) => t1(r.reoGrams)), itemStyle: { color: '#0b5cad' } }],
    };
  }, [production.data, locale, t]);

  const quotaOption = useMemo(() => {
    const rows = [...(quotas.data ?? [])].reverse();
    return {
      tooltip: { trigger: 'axis', valueFormatter: tReo },
      legend: { top: 0 },
      grid: { left: 200, right: 30, top: 30, bottom: 20 },
      yAxis: { type: 'category', data: rows.map((r) => `${pick(locale, r.holderNameZh, r.holderNameEn)} · ${t.stages[r.activity as keyof typeof t.stages] ?? r.activity}`), axisLabel: { width: 190, overflow: 'truncate' } },
      xAxis: { type: 'value', name: t.units.tReo },
      series: [
        { name: t.dashboard.quota, type: 'bar', data: rows.map((r) => t1(r.quotaReoGrams)), itemStyle: { color: '#c9d6e6' } },
        { name: t.dashboard.used, type: 'bar', data: rows.map((r) => ({ value: t1(r.usedReoGrams), itemStyle: { color: (r.share ?? 0) > 1 ? '#b3261e' : '#0b5cad' } })) },
      ],
    };
  }, [quotas.data, locale, t]);

  const recyclingOption = useMemo(() => {
    const rows = recycled.data?.byProvince ?? [];
    return {
      tooltip: { trigger: 'axis', valueFormatter: tReo },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 50 },
      xAxis: { type: 'category', data: rows.map((r) => pick(locale, r.nameZh, r.nameEn)), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', name: t.units.tReo },
      series: [
        { name: t.dashboard.intake, type: 'bar', data: rows.map((r) => t1(r.intakeReoGrams)) },
        { name: t.dashboard.recovered, type: 'bar', data: rows.map((r) => t1(r.recoveredReoGrams)) },
      ],
    };
  }, [recycled.data, locale, t]);

  const exportOption = useMemo(() => {
    const rows = exported.data?.byDestination ?? [];
    return {
      tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${formatNumber(locale, v, 1)} ${t.units.t}` },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => r.label) },
      yAxis: { type: 'value', name: t.units.t },
      series: [
        { name: t.dashboard.exportTotal, type: 'bar', data: rows.map((r) => t1(r.massGrams)) },
        { name: t.dashboard.exportControlled, type: 'bar', data: rows.map((r) => t1(r.controlled.massGrams)) },
      ],
    };
  }, [exported.data, locale, t]);

  const alertCounts = useMemo(() => {
    const byRule = new Map<string, number>();
    const byRegion = new Map<string, number>();
    for (const a of alerts.data?.alerts ?? []) {
      const rule = pick(locale, a.rule.title.zh, a.rule.title.en);
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1);
      const province = a.party.region === null ? '—' : regionName(locale, `${a.party.region.slice(0, 2)}0000`);
      byRegion.set(province, (byRegion.get(province) ?? 0) + 1);
    }
    const bars = (counts: Map<string, number>) => {
      const rows = [...counts].sort((a, b) => a[1] - b[1]);
      return {
        tooltip: { trigger: 'axis' },
        grid: { left: 180, right: 20, top: 10, bottom: 20 },
        yAxis: { type: 'category', data: rows.map(([k]) => k), axisLabel: { width: 170, overflow: 'truncate' } },
        xAxis: { type: 'value', minInterval: 1 },
        series: [{ name: t.dashboard.openAlerts, type: 'bar', data: rows.map(([, n]) => n), itemStyle: { color: '#b3261e' } }],
      };
    };
    return { rule: bars(byRule), region: bars(byRegion), rules: byRule.size, regions: byRegion.size };
  }, [alerts.data, locale, t]);

  // Every figure answered (data or failure): what the end-to-end test and bench/web.ts wait for.
  const settled = [series, production, quotas, recycled, exported, ...(can('alerts:read') ? [alerts] : [])].every((l) => !l.loading && (l.data !== undefined || l.error !== undefined));

  return (
    <section data-ready={settled ? 'true' : 'false'} data-testid="dashboard">
      <h1>{t.dashboard.title}</h1>
      <PeriodPicker period={period} />
      <div className="grid">
        <article className="card wide" data-testid="dashboard-output">
          <h2>{t.dashboard.output} <small>({t.dashboard.outputUnit})</small></h2>
          <Show loaded={series} isEmpty={(d) => d.length === 0}>{() => <Chart option={seriesOption} label={t.dashboard.output} />}</Show>
        </article>
        <article className="card wide" data-testid="dashboard-products">
          <h2>{t.dashboard.outputByProduct} <small>({t.units.tReo})</small></h2>
          <Show loaded={production} isEmpty={(d) => d.rows.length === 0}>{() => <Chart option={productOption} label={t.dashboard.outputByProduct} height={300} />}</Show>
        </article>
        <article className="card wide" data-testid="dashboard-quotas">
          <h2>{t.dashboard.quotaUse} <small>({t.units.tReo})</small></h2>
          <Show loaded={quotas} isEmpty={(d) => d.length === 0}>{(rows) => <Chart option={quotaOption} label={t.dashboard.quotaUse} height={Math.max(200, rows.length * 34 + 60)} />}</Show>
        </article>
        <article className="card" data-testid="dashboard-recycling">
          <h2>{t.dashboard.recycling}</h2>
          <Show loaded={recycled}>{(r) => (
            <>
              <div className="kpis">
                <div className="kpi"><b>{tonnes(locale, t, r.collected.reduce((sum, c) => sum + c.amount.massGrams, 0))}</b><span>{t.dashboard.collected}</span></div>
                <div className="kpi"><b>{tonnes(locale, t, r.intake.reoGrams, true)}</b><span>{t.dashboard.intake}</span></div>
                <div className="kpi"><b>{tonnes(locale, t, r.recovered.reoGrams, true)}</b><span>{t.dashboard.recovered}</span></div>
                <div className="kpi"><b>{r.recoveryRate === null ? t.common.none : percent(locale, r.recoveryRate)}</b><span>{t.dashboard.recoveryRate}</span></div>
              </div>
              {r.byProvince.length === 0 ? null : <Chart option={recyclingOption} label={t.dashboard.recycling} height={260} />}
            </>
          )}</Show>
        </article>
        <article className="card" data-testid="dashboard-exports">
          <h2>{t.dashboard.exports}</h2>
          <Show loaded={exported}>{(e) => (
            <>
              <div className="kpis">
                <div className="kpi"><b>{tonnes(locale, t, e.total.massGrams)}</b><span>{t.dashboard.exportTotal}</span></div>
                <div className="kpi"><b>{tonnes(locale, t, e.total.reoGrams, true)}</b><span>{t.dashboard.exportTotal}</span></div>
                <div className="kpi"><b>{tonnes(locale, t, e.controlled.massGrams)}</b><span>{t.dashboard.exportControlled}</span></div>
              </div>
              {e.byDestination.length === 0 ? null : <Chart option={exportOption} label={t.dashboard.exports} height={260} />}
            </>
          )}</Show>
        </article>
        {can('alerts:read') ? (
          <>
            <article className="card" data-testid="dashboard-alerts-rule">
              <h2>{t.dashboard.alertsByRule}</h2>
              <Show loaded={alerts} isEmpty={(d) => d.alerts.length === 0}>{() => <Chart option={alertCounts.rule} label={t.dashboard.alertsByRule} height={Math.max(160, alertCounts.rules * 30 + 40)} />}</Show>
            </article>
            <article className="card" data-testid="dashboard-alerts-region">
              <h2>{t.dashboard.alertsByRegion}</h2>
              <Show loaded={alerts} isEmpty={(d) => d.alerts.length === 0}>{() => <Chart option={alertCounts.region} label={t.dashboard.alertsByRegion} height={Math.max(160, alertCounts.regions * 30 + 40)} />}</Show>
            </article>
          </>
        ) : null}
      </div>
    </section>
  );
}
