// Alerts: filtered, a page at a time; the rule, severity, party, period and status of each, with a
// link to its evidence and workflow.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { apiGet, query } from '../api.ts';
import { English } from '../components/english.tsx';
import { Scroll } from '../components/scroll.tsx';
import { Empty, Failed, Loading, useApi } from '../components/states.tsx';
import { useI18n, pick } from '../i18n/index.tsx';
import { dateTime } from '../format.ts';
import { useSession } from '../session.tsx';
import type { Alert } from '../types.ts';
import { SEVERITIES } from '../../../src/supervision/rule.ts';

const STATUSES = ['open', 'acknowledged', 'investigating', 'resolved', 'dismissed'];
/** The rules' severities, gravest first. */
const SEVERITIES_FIRST_GRAVEST = [...SEVERITIES].reverse();
const FILTERS = ['status', 'severity', 'rule', 'period', 'region'] as const;

/** A rule as GET /api/rules lists it, for picking it by its title. */
interface RuleTitle {
  id: string;
  title: { zh: string; en: string };
}

export default function Alerts() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const rules = useApi<RuleTitle[]>(can('rules:read') ? '/api/rules' : null);
  const [search, setSearch] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((f) => [f, search.get(f) ?? undefined]));
  const first = useApi<{ alerts: Alert[]; next?: string }>(`/api/alerts${query({ ...filter, limit: 100 })}`);
  const [more, setMore] = useState<{ key: string; alerts: Alert[]; next?: string; error?: Error }>({ key: '', alerts: [] });
  const key = search.toString();
  const extra = more.key === key ? more : { alerts: [] as Alert[], next: undefined, error: undefined };
  const alerts = [...(first.data?.alerts ?? []), ...extra.alerts];
  const next = extra.alerts.length > 0 ? extra.next : first.data?.next;

  const set = (name: string, value: string) => {
    const changed = new URLSearchParams(search);
    if (value === '') changed.delete(name);
    else changed.set(name, value);
    setSearch(changed, { replace: true });
  };
  // Typed filters apply together on submit, not at each keystroke (a half-typed period is refused).
  const [draft, setDraft] = useState({ period: filter['period'] ?? '', region: filter['region'] ?? '' });
  const applyText = (event: FormEvent) => {
    event.preventDefault();
    const changed = new URLSearchParams(search);
    for (const [name, value] of Object.entries(draft)) {
      if (value.trim() === '') changed.delete(name);
      else changed.set(name, value.trim());
    }
    setSearch(changed, { replace: true });
  };
  const loadMore = () => {
    if (next === undefined) return;
    apiGet<{ alerts: Alert[]; next?: string }>(`/api/alerts${query({ ...filter, limit: 100, after: next })}`).then(
      (page) => setMore({ key, alerts: [...extra.alerts, ...page.alerts], ...(page.next === undefined ? {} : { next: page.next }) }),
      (error: Error) => setMore({ key, alerts: extra.alerts, error }),
    );
  };

  return (
    <section>
      <h1>{t.alerts.title}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t.lots.filter}>
        <label><span>{t.alerts.status}</span>
          <select value={filter['status'] ?? ''} onChange={(e) => set('status', e.target.value)} data-testid="alert-status">
            <option value="">{t.lots.any}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{t.alerts.statuses[s]}</option>)}
          </select>
        </label>
        <label><span>{t.alerts.severity}</span>
          <select value={filter['severity'] ?? ''} onChange={(e) => set('severity', e.target.value)}>
            <option value="">{t.lots.any}</option>
            {SEVERITIES_FIRST_GRAVEST.map((s) => <option key={s} value={s}>{t.alerts.severities[s]}</option>)}
          </select>
        </label>
        {rules.data === undefined ? null : (
          <label><span>{t.alerts.rule}</span>
            <select value={filter['rule'] ?? ''} onChange={(e) => set('rule', e.target.value)} data-testid="rule-filter">
              <option value="">{t.alerts.allRules}</option>
              {rules.data.map((rule) => <option key={rule.id} value={rule.id}>{pick(locale, rule.title.zh, rule.title.en)}</option>)}
            </select>
          </label>
        )}
      </form>
      <form className="filters" onSubmit={applyText} aria-label={t.alerts.period}>
        <label><span>{t.alerts.period}</span>
          <input value={draft.period} onChange={(e) => setDraft({ ...draft, period: e.target.value })} placeholder="2024-10" size={9} pattern="\d{4}(-(0[1-9]|1[0-2]))?" />
        </label>
        <label><span>{t.period.region}</span>
          <input value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })} placeholder="150000" size={8} pattern="\d{2,6}" />
        </label>
        <button type="submit" className="secondary">{t.lots.filter}</button>
      </form>
      {first.error !== undefined ? <Failed error={first.error} retry={first.reload} /> : first.loading ? <Loading /> : alerts.length === 0 ? <Empty /> : (
        <Scroll label={t.alerts.title}>
          <table data-testid="alerts-table">
            <thead>
              <tr><th>{t.alerts.rule}</th><th>{t.alerts.severity}</th><th>{t.alerts.party}</th><th>{t.alerts.period}</th><th>{t.alerts.status}</th><th>{t.alerts.raised}</th><th>{t.alerts.summary}</th></tr>
            </thead>
            <tbody>
              {alerts.map((alert) => <AlertRow key={alert.id} alert={alert} />)}
            </tbody>
          </table>
        </Scroll>
      )}
      {extra.error === undefined ? null : <Failed error={extra.error} />}
      {next === undefined || first.loading ? null : <button type="button" className="secondary" onClick={loadMore}>{t.state.more}</button>}
    </section>
  );
}

function AlertRow({ alert }: { alert: Alert }) {
  const { t, locale } = useI18n();
  return (
    <tr>
      <td><Link to={`/alerts/${encodeURIComponent(alert.id)}`}>{pick(locale, alert.rule.title.zh, alert.rule.title.en)}</Link></td>
      <td><span className={`badge ${alert.severity}`}>{t.alerts.severities[alert.severity] ?? alert.severity}</span></td>
      <td>{pick(locale, alert.party.nameZh ?? undefined, alert.party.nameEn ?? undefined) || alert.party.id}</td>
      <td>{alert.period}</td>
      <td>{t.alerts.statuses[alert.status] ?? alert.status}</td>
      <td>{dateTime(alert.raisedAt)}</td>
      <td>{locale === 'zh-CN' && !alert.summaryZh ? <English>{alert.summary}</English> : pick(locale, alert.summaryZh ?? undefined, alert.summary)}</td>
    </tr>
  );
}
