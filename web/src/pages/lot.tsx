// One lot: what it is and holds, its origin, recycled content, the trace backward or forward as a
// graph, and (for those who may issue it) its product passport.
import { useCallback, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { apiGet, query } from '../api.ts';
import { parseSource } from '../../../src/domain/attribution.ts';
import { English } from '../components/english.tsx';
import { Failed, Show, useApi } from '../components/states.tsx';
import { TraceGraph } from '../components/trace-graph.tsx';
import { ledgerCodeName, useI18n } from '../i18n/index.tsx';
import type { Dictionary } from '../i18n/en.ts';
import { mass, percent } from '../format.ts';
import { productName } from '../products.ts';
import { useSession } from '../session.tsx';
import { passportPath, type IssuedPassport } from './passport.tsx';
import type { Lot, RecycledContent, Trace } from '../types.ts';

/** Lots per page of a trace: the API's default, which a graph can still lay out legibly. */
const TRACE_PAGE = 200;

export default function LotPage() {
  const { t, locale } = useI18n();
  const { can } = useSession();
  const id = useParams()['id'] ?? '';
  const [direction, setDirection] = useState<'backward' | 'forward'>('backward');
  // A page of the trace at a time: hidden parties and lots are numbered within one answer, so
  // pages are shown one by one rather than merged into one graph. Another lot or direction starts
  // at the first page.
  const pagingKey = `${id}\u0000${direction}`;
  const [paging, setPaging] = useState({ key: pagingKey, offset: 0 });
  const offset = paging.key === pagingKey ? paging.offset : 0;
  const setOffset = (next: number) => setPaging({ key: pagingKey, offset: next });
  const lot = useApi<Lot>(`/api/lots/${encodeURIComponent(id)}`);
  const trace = useApi<Trace>(lot.data === undefined ? null : `/api/lots/${encodeURIComponent(id)}/trace${query({ direction, limit: TRACE_PAGE, offset: offset === 0 ? undefined : offset })}`);
  const recycled = useApi<RecycledContent>(lot.data === undefined ? null : `/api/lots/${encodeURIComponent(id)}/recycled-content`);
  const navigate = useNavigate();
  const name = useCallback((code: string) => productName(locale, code), [locale]);
  const openLot = useCallback((ref: string) => navigate(`/lots/${encodeURIComponent(ref)}`), [navigate]);

  return (
    <section>
      <p><Link to="/lots">← {t.lots.title}</Link></p>
      <Show loaded={lot}>{(data) => (
        <>
          <h1>{productName(locale, data.product)} <small>{data.id}</small></h1>
          <div className="grid">
            <article className="card">
              <dl className="facts" data-testid="lot-facts">
                <dt>{t.lots.status}</dt><dd>{t.lots.statuses[data.status] ?? data.status}</dd>
                <dt>{t.lots.holder}</dt><dd>{data.holderId}</dd>
                <dt>{t.lots.mass}</dt><dd>{mass(locale, t, data.massGrams)}</dd>
                <dt>{t.lots.remaining}</dt><dd>{mass(locale, t, data.massGramsRemaining)}</dd>
                <dt>{t.lots.composition}</dt><dd>{Object.entries(data.elements).map(([el, g]) => `${el} ${mass(locale, t, g)}`).join(' · ')}</dd>
                <dt>{t.lots.custody}</dt><dd>{data.custody === null ? t.common.none : ledgerCodeName(t, data.custody) ?? data.custody}</dd>
                <dt>{t.lots.origin}</dt><dd>{data.origin === null ? t.common.none : Object.keys(data.origin).map((key) => sourceText(t, key)).join(' · ')}</dd>
              </dl>
            </article>
            <article className="card">
              <h2>{t.lots.recycled}</h2>
              <Show loaded={recycled} isEmpty={(r) => r.elements.length === 0}>{(r) => (
                <table data-testid="recycled">
                  <thead><tr><th>{t.flows.element}</th><th className="num">{t.lots.preConsumer}</th><th className="num">{t.lots.postConsumer}</th><th className="num">{t.common.total}</th></tr></thead>
                  <tbody>{r.elements.map((e) => (
                    <tr key={e.element}><td>{e.element}</td><td className="num">{percent(locale, e.preConsumerShare, 2)}</td><td className="num">{percent(locale, e.postConsumerShare, 2)}</td><td className="num">{percent(locale, e.recycledShare, 2)}</td></tr>
                  ))}</tbody>
                </table>
              )}</Show>
              {recycled.data === undefined ? null : <p><small>{t.lots.method}: <English>{recycled.data.method}</English></small></p>}
            </article>
            {can('passport:issue') ? <article className="card"><h2>{t.nav.passports}</h2><IssuePassport lotId={data.id} /></article> : null}
            <article className="card wide">
              <h2>{t.lots.trace}</h2>
              <div className="filters" role="radiogroup" aria-label={t.lots.trace}>
                {(['backward', 'forward'] as const).map((d) => (
                  <label key={d} style={{ flexDirection: 'row', alignItems: 'center' }}>
                    <input type="radio" name="direction" value={d} checked={direction === d} onChange={() => setDirection(d)} /> {t.lots[d]}
                  </label>
                ))}
              </div>
              <Show loaded={trace}>{(tr) => (
                <>
                  <p data-testid="trace-summary">{t.lots.traceSummary(tr.lots.length, tr.edges.length)} · {t.lots.tracePosition(tr.offset + 1, tr.offset + tr.lots.length, tr.lotsTotal)}{tr.complete ? '' : ` · ${t.lots.traceCut}`}</p>
                  <div className="filters">
                    <button type="button" className="secondary" disabled={tr.offset === 0} onClick={() => setOffset(Math.max(0, tr.offset - TRACE_PAGE))}>{t.lots.tracePrevious}</button>
                    <button type="button" className="secondary" disabled={tr.next === undefined} onClick={() => setOffset(tr.next ?? tr.offset)}>{t.lots.traceNext}</button>
                  </div>
                  <TraceGraph trace={tr} label={`${t.lots.trace}: ${t.lots[direction]}`} productName={name} onLot={openLot} />
                  <details>
                    <summary>{t.lots.title} ({tr.lots.length})</summary>
                    <ul>{tr.lots.map((l) => <li key={l.ref}>{'·'.repeat(l.depth)} <Link to={`/lots/${encodeURIComponent(l.ref)}`}>{l.ref}</Link> {productName(locale, l.product)} {mass(locale, t, l.massGrams)}</li>)}</ul>
                  </details>
                </>
              )}</Show>
            </article>
          </div>
        </>
      )}</Show>
    </section>
  );
}

/** An origin attribution's source by its kind's name, with the country or mine it names. */
function sourceText(t: Dictionary, key: string): string {
  try {
    const source = parseSource(key);
    const where = source.type === 'import' ? ` ${source.country}` : source.type === 'mine' ? ` ${source.facility}` : '';
    return `${t.lots.sources[source.type] ?? source.type}${where}`;
  } catch {
    // A source kind newer than this build: shown as the ledger keys it.
    return key;
  }
}

function IssuePassport({ lotId }: { lotId: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [gtin, setGtin] = useState('');
  const [state, setState] = useState<{ busy: boolean; error?: Error }>({ busy: false });
  const issue = async (event: FormEvent) => {
    event.preventDefault();
    setState({ busy: true });
    try {
      const issued = await apiGet<IssuedPassport>(`/api/lots/${encodeURIComponent(lotId)}/passport${query({ gtin: gtin.trim() })}`);
      navigate(passportPath(issued.digitalLink));
    } catch (error) {
      setState({ busy: false, error: error as Error });
    }
  };
  return (
    <form onSubmit={issue} className="filters">
      <label><span>{t.lots.gtin}</span><input value={gtin} onChange={(e) => setGtin(e.target.value)} pattern="\d{14}" size={16} placeholder="06901234567892" data-testid="gtin" /></label>
      <button type="submit" disabled={state.busy}>{t.lots.issuePassport}</button>
      {state.error === undefined ? null : <Failed error={state.error} />}
    </form>
  );
}
