// One alert: what the rule found and why it matters, the evidence (lots, events, parties,
// thresholds), the workflow actions the caller may take (with a note, an assignee), and the history.
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { NOTE_REQUIRED, type AlertAction } from '../../../src/supervision/workflow.ts';
import { apiPost } from '../api.ts';
import { English } from '../components/english.tsx';
import { Evidence } from '../components/evidence.tsx';
import { Show, useApi } from '../components/states.tsx';
import { useI18n, pick } from '../i18n/index.tsx';
import { dateTime } from '../format.ts';
import type { AlertDetail } from '../types.ts';

export default function AlertPage() {
  const { t, locale } = useI18n();
  const id = useParams()['id'] ?? '';
  const loaded = useApi<AlertDetail>(`/api/alerts/${encodeURIComponent(id)}`);
  return (
    <section>
      <p><Link to="/alerts">← {t.alerts.back}</Link></p>
      <Show loaded={loaded}>{({ alert, history, actions }) => (
        <>
          <h1>{pick(locale, alert.rule.title.zh, alert.rule.title.en)} <span className={`badge ${alert.severity}`}>{t.alerts.severities[alert.severity] ?? alert.severity}</span></h1>
          <div className="grid">
            <article className="card">
              <dl className="facts">
                <dt>{t.alerts.status}</dt><dd data-testid="alert-status-value">{t.alerts.statuses[alert.status] ?? alert.status}</dd>
                <dt>{t.alerts.party}</dt><dd>{pick(locale, alert.party.nameZh ?? undefined, alert.party.nameEn ?? undefined)} ({alert.party.id})</dd>
                <dt>{t.alerts.period}</dt><dd>{alert.period}</dd>
                <dt>{t.alerts.subject}</dt><dd>{alert.subject}</dd>
                <dt>{t.alerts.summary}</dt><dd>{locale === 'zh-CN' && !alert.summaryZh ? <English>{alert.summary}</English> : pick(locale, alert.summaryZh ?? undefined, alert.summary)}</dd>
                <dt>{t.alerts.assignee}</dt><dd>{alert.assignee ?? t.common.none}</dd>
                <dt>{t.alerts.raised}</dt><dd>{dateTime(alert.raisedAt)}</dd>
                <dt>{t.alerts.legalBasis}</dt><dd>{pick(locale, alert.rule.legalBasis.zh, alert.rule.legalBasis.en)}</dd>
              </dl>
            </article>
            <article className="card">
              <h2>{t.alerts.actions}</h2>
              <Actions id={alert.id} version={alert.version} actions={actions} done={loaded.reload} />
            </article>
            <article className="card wide">
              <h2>{t.alerts.evidence}</h2>
              <Evidence evidence={alert.evidence} />
            </article>
            <article className="card wide">
              <h2>{t.alerts.history}</h2>
              {history.length === 0 ? <p className="state empty">{t.state.empty}</p> : (
                <ol data-testid="alert-history">
                  {history.map((h) => (
                    <li key={h.version}>
                      {dateTime(h.at)} · {h.actor} ({t.roles[h.actorRole as keyof typeof t.roles] ?? h.actorRole}) · {t.alerts.actionNames[h.action] ?? h.action}
                      {h.fromStatus !== h.toStatus && h.toStatus !== null ? ` · ${t.alerts.statuses[h.fromStatus ?? ''] ?? h.fromStatus} → ${t.alerts.statuses[h.toStatus] ?? h.toStatus}` : ''}
                      {h.assignee === null ? '' : ` · ${t.alerts.assignee}: ${h.assignee}`}
                      {h.note === null ? '' : <q translate="no"> {h.note}</q>}
                    </li>
                  ))}
                </ol>
              )}
            </article>
          </div>
        </>
      )}</Show>
    </section>
  );
}

function Actions({ id, version, actions, done }: { id: string; version: number; actions: string[]; done: () => void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [status, setStatus] = useState<{ busy: boolean; message?: string; error?: string }>({ busy: false });
  if (actions.length === 0) return <p className="state empty">{t.alerts.noActions}</p>;

  const act = async (action: string, event?: FormEvent) => {
    event?.preventDefault();
    setStatus({ busy: true });
    try {
      await apiPost(`/api/alerts/${encodeURIComponent(id)}/actions`, {
        action, expectedVersion: version, ...(note.trim() === '' ? {} : { note: note.trim() }), ...(action === 'assign' ? { assignee: assignee.trim() } : {}),
      });
      setNote('');
      setStatus({ busy: false, message: t.alerts.done(t.alerts.actionNames[action] ?? action) });
      done();
    } catch (error) {
      setStatus({ busy: false, error: (error as Error).message });
    }
  };

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <div className="field">
        <label htmlFor="alert-note">{t.alerts.note}</label>
        <textarea id="alert-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder={t.alerts.notePlaceholder} maxLength={2000} />
      </div>
      {actions.includes('assign') ? (
        <div className="field">
          <label htmlFor="alert-assignee">{t.alerts.assignee}</label>
          <input id="alert-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} maxLength={200} />
        </div>
      ) : null}
      <div className="row" style={{ marginTop: 8 }}>
        {actions.map((action) => (
          <button key={action} type="button" className={action === 'note' || action === 'assign' ? 'secondary' : undefined} disabled={status.busy || (action === 'assign' && assignee.trim() === '') || (NOTE_REQUIRED.includes(action as AlertAction) && note.trim() === '')} onClick={() => void act(action)} data-action={action}>
            {t.alerts.actionNames[action] ?? action}
          </button>
        ))}
      </div>
      {status.message === undefined ? null : <p role="status">{status.message}</p>}
      {status.error === undefined ? null : <p className="state error" role="alert">{status.error}</p>}
    </form>
  );
}
