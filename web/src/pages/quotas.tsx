// Quotas: each holder's quota for the year (all batches) against what it used, as the statistics
// count it (docs/statistics.md, "quota use"); a holder over its quota is marked.
import { PeriodPicker, usePeriod } from '../components/period.tsx';
import { Scroll } from '../components/scroll.tsx';
import { Show, useApi } from '../components/states.tsx';
import { query } from '../api.ts';
import { codeName, useI18n, pick } from '../i18n/index.tsx';
import { ORE_TYPE_NAMES } from '../../../src/domain/parties.ts';
import { percent, tonnes } from '../format.ts';
import type { QuotaUseRow } from '../types.ts';

export default function Quotas() {
  const { t, locale } = useI18n();
  const period = usePeriod();
  const v = period.value;
  const rows = useApi<QuotaUseRow[]>(v === undefined ? null : `/api/stats/quota-use${query({ from: v.from, to: v.to, region: v.region })}`);
  return (
    <section>
      <h1>{t.quotas.title}</h1>
      <PeriodPicker period={period} />
      <Show loaded={rows} isEmpty={(r) => r.length === 0}>{(data) => (
        <Scroll label={t.quotas.title}>
          <table data-testid="quotas-table">
            <thead><tr><th>{t.quotas.holder}</th><th>{t.quotas.activity}</th><th>{t.quotas.oreType}</th><th className="num">{t.quotas.quota}</th><th className="num">{t.quotas.used}</th><th className="num">{t.quotas.share}</th></tr></thead>
            <tbody>
              {data.map((r) => {
                const over = (r.share ?? 0) > 1;
                return (
                  <tr key={r.quotaIds.join()} className={over ? 'over' : undefined}>
                    <td>{pick(locale, r.holderNameZh, r.holderNameEn)}<br /><small>{r.holderId}</small></td>
                    <td>{t.stages[r.activity as keyof typeof t.stages] ?? r.activity}</td>
                    <td>{codeName(locale, ORE_TYPE_NAMES, r.oreType)}</td>
                    <td className="num">{tonnes(locale, t, r.quotaReoGrams, true)}</td>
                    <td className="num">{tonnes(locale, t, r.usedReoGrams, true)}</td>
                    <td className="num">{r.share === null ? t.common.none : percent(locale, r.share)}{over ? <> <span className="badge over">{t.quotas.over}</span></> : null}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Scroll>
      )}</Show>
    </section>
  );
}
