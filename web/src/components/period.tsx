// The period and region a page's figures cover, kept in the URL (?year=2024&region=150000) so a
// view can be shared and reloaded. The years offered are those the ledger has figures for.
import { useSearchParams } from 'react-router';
import { REGIONS } from '../../../src/domain/regions.ts';
import { useI18n, pick } from '../i18n/index.tsx';
import { Failed, useApi } from './states.tsx';
import type { StatsPeriods } from '../types.ts';

export interface Period {
  periods: StatsPeriods | undefined;
  error: Error | undefined;
  /** Undefined until the ledger's months are known. */
  value: { year: number; from: string; to: string; region: string | undefined } | undefined;
  set(change: { year?: number; region?: string }): void;
}

const PROVINCES = REGIONS.filter((r) => r.level === 'province');

export function usePeriod(): Period {
  const [search, setSearch] = useSearchParams();
  const periods = useApi<StatsPeriods>('/api/reports');
  const years = periods.data?.years ?? [];
  const asked = Number(search.get('year'));
  const year = years.includes(asked) ? asked : years[years.length - 1];
  const region = search.get('region') ?? undefined;
  return {
    periods: periods.data,
    error: periods.error,
    value: year === undefined ? undefined : { year, from: `${year}-01`, to: `${year}-12`, region },
    set(change) {
      const next = new URLSearchParams(search);
      if (change.year !== undefined) next.set('year', String(change.year));
      if (change.region !== undefined) {
        if (change.region === '') next.delete('region');
        else next.set('region', change.region);
      }
      setSearch(next, { replace: true });
    },
  };
}

export function PeriodPicker({ period, regions = true }: { period: Period; regions?: boolean }) {
  const { t, locale } = useI18n();
  if (period.error !== undefined) return <Failed error={period.error} />;
  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t.period.year}</span>
        <select value={period.value?.year ?? ''} onChange={(e) => period.set({ year: Number(e.target.value) })} disabled={period.periods === undefined} data-testid="year">
          {(period.periods?.years ?? []).map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      {regions ? (
        <label>
          <span>{t.period.region}</span>
          <select value={period.value?.region ?? ''} onChange={(e) => period.set({ region: e.target.value })}>
            <option value="">{t.period.allRegions}</option>
            {PROVINCES.map((r) => <option key={r.code} value={r.code}>{pick(locale, r.nameZh, r.nameEn)}</option>)}
          </select>
        </label>
      ) : null}
    </form>
  );
}
