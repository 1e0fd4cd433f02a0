// The dashboard: the year's output by stage and month, quota use per holder, recycling, exports,
// and the open alerts by rule and region, all from the API's figures.
import { useMemo } from 'react';
import { Chart } from '../components/chart.tsx';
import { Show, useApi } from '../components/states.tsx';
import { PeriodPicker, usePeriod } from '../components/period.tsx';
import { query } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import { formatNumber, gramsToTonnes } from '../format.ts';
import type { SeriesPoint } from '../types.ts';

const STAGES = ['mining', 'beneficiation', 'separation', 'recycling', 'metal', 'materials'] as const;

export default function Dashboard() {
  const { t, locale } = useI18n();
  const period = usePeriod();
  const range = period.value === undefined ? null : query({ from: period.value.from, to: period.value.to, region: period.value.region });
  const series = useApi<SeriesPoint[]>(range === null ? null : `/api/stats/series${range}`);

  const seriesOption = useMemo(() => series.data === undefined ? {} : {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${formatNumber(locale, v, 1)} ${t.units.tReo}` },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: series.data.map((p) => p.period) },
    yAxis: { type: 'value', name: t.units.tReo },
    series: STAGES.map((stage) => ({ name: t.stages[stage], type: 'bar', data: series.data!.map((p) => Number(gramsToTonnes(p.stages[stage]?.reoGrams ?? 0).toFixed(1))) })),
  }, [series.data, locale, t]);

  return (
    <section>
      <h1>{t.dashboard.title}</h1>
      <PeriodPicker period={period} />
      <div className="grid">
        <article className="card wide" data-testid="dashboard-output">
          <h2>{t.dashboard.output} <small>({t.dashboard.outputUnit})</small></h2>
          <Show loaded={series} isEmpty={(d) => d.length === 0}>{() => <Chart option={seriesOption} label={t.dashboard.output} />}</Show>
        </article>
      </div>
    </section>
  );
}
