// The registry: parties by kind, role and region; a party's licences, facilities, quotas and keys for
// those who may read them (regulators, auditors, and an enterprise its own).
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { query } from '../api.ts';
import { Scroll } from '../components/scroll.tsx';
import { Show, useApi } from '../components/states.tsx';
import { codeName, useI18n, pick } from '../i18n/index.tsx';
import {
  ENTERPRISE_ROLE_NAMES, ENTERPRISE_ROLES, FACILITY_KIND_NAMES, LICENCE_STATUS_NAMES, LICENSED_ACTIVITY_NAMES, ORE_TYPE_NAMES, PARTY_KIND_NAMES, PARTY_KINDS, PARTY_STATUS_NAMES,
} from '../../../src/domain/parties.ts';
import { formatNumber } from '../format.ts';
import { regionName } from '../products.ts';
import { useSession } from '../session.tsx';
import type { PartyDetail, PartySummary } from '../types.ts';

export default function Registry() {
  const { t, locale } = useI18n();
  const { session, can } = useSession();
  const [search, setSearch] = useSearchParams();
  const filter = { kind: search.get('kind') ?? undefined, role: search.get('role') ?? undefined, region: search.get('region') ?? undefined, after: search.get('after') ?? undefined };
  const parties = useApi<{ parties: PartySummary[]; next?: string }>(`/api/parties${query({ ...filter, limit: 50 })}`);
  const [draft, setDraft] = useState({ kind: filter.kind ?? '', role: filter.role ?? '', region: filter.region ?? '' });
  const selected = search.get('party');
  const mayDetail = (id: string) => can('registry:detail') && (session?.role !== 'enterprise' || session.party?.id === id);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of Object.entries(draft)) if (v.trim() !== '') next.set(k, v.trim());
    setSearch(next);
  };
  const show = (id: string) => {
    const next = new URLSearchParams(search);
    next.set('party', id);
    setSearch(next);
  };

  return (
    <section>
      <h1>{t.registry.title}</h1>
      <form className="filters" onSubmit={apply} aria-label={t.lots.filter}>
        <label><span>{t.registry.kind}</span>
          <select value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value })} data-testid="kind-filter">
            <option value="">{t.registry.any}</option>
            {PARTY_KINDS.map((kind) => <option key={kind} value={kind}>{codeName(locale, PARTY_KIND_NAMES, kind)}</option>)}
          </select>
        </label>
        <label><span>{t.registry.roles}</span>
          <select value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value })} data-testid="role-filter">
            <option value="">{t.registry.any}</option>
            {ENTERPRISE_ROLES.map((role) => <option key={role} value={role}>{codeName(locale, ENTERPRISE_ROLE_NAMES, role)}</option>)}
          </select>
        </label>
        <label><span>{t.registry.region}</span><input value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })} size={8} placeholder="15" pattern="\d{2,6}" /></label>
        <button type="submit" className="secondary">{t.lots.filter}</button>
      </form>
      <div className="split">
        <article className="card">
          <h2>{t.registry.parties}</h2>
          <Show loaded={parties} isEmpty={(d) => d.parties.length === 0}>{(data) => (
            <>
              <Scroll label={t.registry.parties}>
                <table data-testid="parties-table">
                  <thead><tr><th>{t.registry.name}</th><th>{t.registry.kind}</th><th>{t.registry.roles}</th><th>{t.registry.region}</th><th>{t.registry.status}</th></tr></thead>
                  <tbody>
                    {data.parties.map((p) => (
                      <tr key={p.id} aria-selected={p.id === selected}>
                        <td>{mayDetail(p.id) ? <button type="button" className="link" onClick={() => show(p.id)}>{pick(locale, p.nameZh, p.nameEn)}</button> : pick(locale, p.nameZh, p.nameEn)}<br /><small>{p.id}</small></td>
                        <td>{codeName(locale, PARTY_KIND_NAMES, p.kind)}</td>
                        <td>{p.roles.map((role) => codeName(locale, ENTERPRISE_ROLE_NAMES, role)).join(locale === 'zh-CN' ? '、' : ', ')}</td>
                        <td>{regionName(locale, p.region)}</td>
                        <td>{codeName(locale, PARTY_STATUS_NAMES, p.status)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Scroll>
              {data.next === undefined ? null : <p><Link to={`/registry${query({ ...filter, after: data.next })}`}>{t.state.more}</Link></p>}
            </>
          )}</Show>
        </article>
        <article className="card sticky" tabIndex={0} aria-label={t.registry.details}>
          <h2>{t.registry.details}</h2>
          {selected === null || !mayDetail(selected) ? <p className="state empty">{t.registry.choose}</p> : <Detail id={selected} />}
        </article>
      </div>
    </section>
  );
}

function Detail({ id }: { id: string }) {
  const { t, locale } = useI18n();
  const party = useApi<PartyDetail>(`/api/parties/${encodeURIComponent(id)}`);
  return (
    <Show loaded={party}>{(p) => (
      <div data-testid="party-detail">
        <h3>{pick(locale, p.nameZh, p.nameEn)} <small>{p.id}</small></h3>
        <h4>{t.registry.licences}</h4>
        {p.licences.length === 0 ? <p className="state empty">{t.state.empty}</p> : (
          <table><tbody>{p.licences.map((l) => <tr key={l.id}><td>{l.id}</td><td>{codeName(locale, LICENSED_ACTIVITY_NAMES, l.activity)}</td><td className="num">{l.capacityTonnesReo === null ? t.common.none : `${formatNumber(locale, l.capacityTonnesReo, 1)} ${t.units.tReo}`}</td><td>{l.validFrom} – {l.validTo}</td><td>{codeName(locale, LICENCE_STATUS_NAMES, l.status)}</td></tr>)}</tbody></table>
        )}
        <h4>{t.registry.facilities}</h4>
        {p.facilities.length === 0 ? <p className="state empty">{t.state.empty}</p> : (
          <table><tbody>{p.facilities.map((f) => <tr key={f.id}><td>{pick(locale, f.nameZh, f.nameEn)}<br /><small>{f.id}</small></td><td>{codeName(locale, FACILITY_KIND_NAMES, f.kind)}</td><td>{regionName(locale, f.region)}</td><td>{f.licence ?? t.common.none}</td></tr>)}</tbody></table>
        )}
        <h4>{t.registry.quotas}</h4>
        {p.quotas.length === 0 ? <p className="state empty">{t.state.empty}</p> : (
          <table><tbody>{p.quotas.map((q) => <tr key={q.id}><td>{q.year} · {q.batch}</td><td>{codeName(locale, LICENSED_ACTIVITY_NAMES, q.activity)}</td><td>{codeName(locale, ORE_TYPE_NAMES, q.oreType)}</td><td className="num">{formatNumber(locale, q.tonnesReo, 1)} {t.units.tReo}</td></tr>)}</tbody></table>
        )}
        <h4>{t.registry.keys}</h4>
        {p.keys.length === 0 ? <p className="state empty">{t.state.empty}</p> : (
          <table><tbody>{p.keys.map((k) => <tr key={k.id}><td><code>{k.id}</code></td><td>{k.validFrom} – {k.validTo ?? ''}</td><td>{k.revokedAt ?? ''}</td></tr>)}</tbody></table>
        )}
      </div>
    )}</Show>
  );
}
