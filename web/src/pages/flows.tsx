// Material flows: a Sankey of where the rare earths (or one element, as oxide) went in the period,
// from mining regions, imports and recycled scrap through separation, metals and materials to
// export and domestic use (docs/statistics.md, "element flows").
import { useMemo, useState } from 'react';
import { ELEMENT_SYMBOLS, ELEMENTS } from '../../../src/domain/elements.ts';
import { query } from '../api.ts';
import { Chart } from '../components/chart.tsx';
import { PeriodPicker, usePeriod } from '../components/period.tsx';
import { Show, useApi } from '../components/states.tsx';
import { useI18n, pick } from '../i18n/index.tsx';
import { formatNumber, gramsToTonnes } from '../format.ts';
import type { ElementFlows } from '../types.ts';

const QUARTERS = { '': ['01', '12'], Q1: ['01', '03'], Q2: ['04', '06'], Q3: ['07', '09'], Q4: ['10', '12'] } as const;
type Quarter = keyof typeof QUARTERS;

export default function Flows() {
  const { t, locale } = useI18n();
  const period = usePeriod();
  const [element, setElement] = useState('');
  const [quarter, setQuarter] = useState<Quarter>('');
  const v = period.value;
  const [first, last] = QUARTERS[quarter];
  const flows = useApi<ElementFlows>(v === undefined ? null : `/api/flows${query({ from: `${v.year}-${first}`, to: `${v.year}-${last}`, region: v.region, element })}`);
  const unit = element === '' ? t.flows.unit : t.flows.unitElement(element);

  const option = useMemo(() => {
    if (flows.data === undefined) return {};
    const names = new Map(flows.data.nodes.map((n) => [n.id, pick(locale, n.nameZh, n.nameEn)]));
    const links = flows.data.links.filter((l) => l.reoGrams > 0);
    const used = new Set(links.flatMap((l) => [l.source, l.target]));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p: { dataType: string; name: string; data: { source?: string; target?: string }; value: number }) => {
          const amount = `${formatNumber(locale, p.value, 1)} ${element === '' ? t.units.tReo : t.units.t}`;
          return p.dataType === 'edge' ? `${names.get(p.data.source!)} → ${names.get(p.data.target!)}: ${amount}` : `${names.get(p.name)}: ${amount}`;
        },
      },
      series: [{
        type: 'sankey', left: 10, right: 160, top: 10, bottom: 10, nodeGap: 10, emphasis: { focus: 'adjacency' },
        data: flows.data.nodes.filter((n) => used.has(n.id)).map((n) => ({ name: n.id })),
        links: links.map((l) => ({ source: l.source, target: l.target, value: Number(gramsToTonnes(l.reoGrams).toFixed(3)) })),
        label: { formatter: (p: { name: string }) => names.get(p.name) ?? p.name },
        lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
      }],
    };
  }, [flows.data, locale, t, element]);

  return (
    <section>
      <h1>{t.flows.title}</h1>
      <div className="row">
        <PeriodPicker period={period} />
        <form className="filters" onSubmit={(e) => e.preventDefault()}>
          <label><span>{t.period.from}–{t.period.to}</span>
            <select value={quarter} onChange={(e) => setQuarter(e.target.value as Quarter)}>
              {(Object.keys(QUARTERS) as Quarter[]).map((q) => <option key={q} value={q}>{q === '' ? t.period.year : q}</option>)}
            </select>
          </label>
          <label><span>{t.flows.element}</span>
            <select value={element} onChange={(e) => setElement(e.target.value)} data-testid="element">
              <option value="">{t.flows.allElements}</option>
              {ELEMENT_SYMBOLS.map((s) => <option key={s} value={s}>{s} · {pick(locale, ELEMENTS[s].names.zh, ELEMENTS[s].names.en)}</option>)}
            </select>
          </label>
        </form>
      </div>
      <article className="card" data-testid="flows">
        <h2>{unit}</h2>
        <Show loaded={flows} isEmpty={(f) => f.links.every((l) => l.reoGrams <= 0)}>{() => <Chart option={option} label={`${t.flows.title} (${unit})`} height={620} />}</Show>
      </article>
    </section>
  );
}
