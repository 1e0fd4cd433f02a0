// Reading alerts and moving them through their workflow, for the CLI and the server alike.
import type { Kysely, Selectable } from 'kysely';
import { ALERTS_PAGE_MAX } from '../limits.ts';
import { InputRefused } from '../problems.ts';
import { checkViewer, ProvenanceRefused, type Viewer } from '../provenance/viewer.ts';
import type { AlertsTable, AlertHistoryTable, Database, Store } from '../store/index.ts';
import { alertScope, mayAct, mayListAlerts, maySeeAlert } from './policies.ts';
import { ruleById } from './rules/index.ts';
import type { Evidence } from './rule.ts';
import { ALERT_ACTIONS, ALERT_STATUSES, NOTE_REQUIRED, actionsFrom, nextStatus, type AlertAction, type AlertStatus } from './workflow.ts';
import { TEXT_LENGTH_MAX } from '../limits.ts';

export interface Alert {
  id: string;
  rule: { id: string; title: { zh: string; en: string }; legalBasis: { zh: string; en: string } };
  severity: string;
  party: { id: string; nameZh: string | null; nameEn: string | null; region: string | null };
  period: string;
  subject: string;
  summary: string;
  /** The summary in Chinese, rendered by the rule from what the alert stores; null when the rule
   * is unknown or the alert was stored before its evidence held what the sentence needs. */
  summaryZh: string | null;
  evidence: Record<string, unknown>;
  status: AlertStatus;
  assignee: string | null;
  raisedAt: string;
  raisedBy: string;
  seq: number | null;
  updatedAt: string;
  version: number;
}

export interface AlertHistoryEntry {
  version: number;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  assignee: string | null;
  note: string | null;
}

export interface AlertQuery {
  status?: string;
  rule?: string;
  party?: string;
  period?: string;
  /** GB/T 2260 code: the province, city or county the party is registered in (prefix match). */
  region?: string;
  severity?: string;
  after?: string;
  limit?: number;
}

export interface AlertPage {
  alerts: Alert[];
  /** Pass as `after` for the next page. */
  next?: string;
}

export class AlertRefused extends ProvenanceRefused {}

function refuse(path: string, reason: string): never {
  throw new InputRefused('the request was refused; nothing was changed', [{ path, reason }]);
}

function baseQuery(db: Kysely<Database>) {
  return db.selectFrom('alerts').leftJoin('parties', 'parties.id', 'alerts.party_id')
    .selectAll('alerts').select(['parties.name_zh', 'parties.name_en', 'parties.region']);
}

type AlertJoined = Selectable<AlertsTable> & { name_zh: string | null; name_en: string | null; region: string | null };

function present(row: AlertJoined): Alert {
  const rule = ruleById(row.rule_id);
  const evidence = JSON.parse(row.evidence) as Evidence;
  return {
    id: row.id,
    rule: { id: row.rule_id, title: rule?.title ?? { zh: row.rule_id, en: row.rule_id }, legalBasis: rule?.legalBasis ?? { zh: '', en: '' } },
    severity: row.severity,
    party: { id: row.party_id, nameZh: row.name_zh, nameEn: row.name_en, region: row.region },
    period: row.period,
    subject: row.subject,
    summary: row.summary,
    summaryZh: rule?.summaryZh({ subject: row.subject, period: row.period, partyId: row.party_id, summary: row.summary, evidence }) ?? null,
    evidence,
    status: row.status as AlertStatus,
    assignee: row.assignee,
    raisedAt: row.raised_at,
    raisedBy: row.raised_by,
    seq: row.seq === null ? null : Number(row.seq),
    updatedAt: row.updated_at,
    version: Number(row.version),
  };
}

export async function listAlerts(store: Store, viewer: Viewer, query: AlertQuery = {}): Promise<AlertPage> {
  checkViewer(viewer);
  if (!mayListAlerts(viewer)) throw new AlertRefused('forbidden', `a ${viewer.role} viewer sees no alerts; ${viewer.role === 'association' ? 'the association sees statistics' : 'passports are verified publicly'}`);
  const limit = query.limit ?? 50;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > ALERTS_PAGE_MAX) refuse('limit', `must be a whole number from 1 to ${ALERTS_PAGE_MAX}`);
  if (query.status !== undefined && !ALERT_STATUSES.includes(query.status as AlertStatus)) refuse('status', `must be one of ${ALERT_STATUSES.join(', ')}`);
  if (query.rule !== undefined && ruleById(query.rule) === undefined) refuse('rule', `no rule ${query.rule}`);
  if (query.period !== undefined && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(query.period)) refuse('period', 'must be a month (2024-06) or a year (2024)');
  if (query.region !== undefined && !/^\d{2,6}$/.test(query.region)) refuse('region', 'must be a GB/T 2260 code or its leading digits (15, 1502, 150200)');
  let q = baseQuery(store.db);
  const scope = alertScope(viewer);
  if (scope !== undefined) q = q.where('alerts.party_id', '=', scope);
  if (query.party !== undefined) q = q.where('alerts.party_id', '=', query.party);
  if (query.status !== undefined) q = q.where('alerts.status', '=', query.status);
  if (query.rule !== undefined) q = q.where('alerts.rule_id', '=', query.rule);
  if (query.severity !== undefined) q = q.where('alerts.severity', '=', query.severity);
  if (query.period !== undefined) q = query.period.length === 4 ? q.where('alerts.period', 'like', `${query.period}-%`) : q.where('alerts.period', '=', query.period);
  if (query.region !== undefined) q = q.where('parties.region', 'like', `${query.region.replace(/0+$/, '')}%`);
  if (query.after !== undefined) q = q.where('alerts.id', '>', query.after);
  const rows = (await q.orderBy('alerts.id').limit(limit + 1).execute()) as AlertJoined[];
  const alerts = rows.slice(0, limit).map(present);
  return rows.length > limit ? { alerts, next: alerts[alerts.length - 1]!.id } : { alerts };
}

export async function getAlert(store: Store, viewer: Viewer, id: string): Promise<{ alert: Alert; history: AlertHistoryEntry[]; actions: AlertAction[] }> {
  checkViewer(viewer);
  const row = (await baseQuery(store.db).where('alerts.id', '=', id).executeTakeFirst()) as AlertJoined | undefined;
  if (row === undefined || !maySeeAlert(viewer, row.party_id)) throw new AlertRefused('not-found', `no alert ${id}`);
  const history = await store.db.selectFrom('alert_history').selectAll().where('alert_id', '=', id).orderBy('version').execute();
  const alert = present(row);
  return { alert, history: history.map(presentHistory), actions: actionsFrom(alert.status).filter((a) => mayAct(viewer, a, alert.party.id)) };
}

function presentHistory(row: Selectable<AlertHistoryTable>): AlertHistoryEntry {
  return {
    version: Number(row.version), at: row.at, actor: row.actor, actorRole: row.actor_role, action: row.action,
    fromStatus: row.from_status, toStatus: row.to_status, assignee: row.assignee, note: row.note,
  };
}

export interface AlertMove {
  action: AlertAction;
  /** Who acts: a person's name or user id, kept in the history. */
  actor: string;
  note?: string;
  assignee?: string;
  /** The version the actor saw; refused if the alert has moved since. */
  expectedVersion?: number;
  now?: Date;
}

/** Takes one workflow action on an alert: checked, then the alert and its history written in one transaction. */
export async function actOnAlert(store: Store, viewer: Viewer, id: string, move: AlertMove): Promise<{ alert: Alert; history: AlertHistoryEntry[]; actions: AlertAction[] }> {
  checkViewer(viewer);
  if (!ALERT_ACTIONS.includes(move.action)) refuse('action', `must be one of ${ALERT_ACTIONS.join(', ')}`);
  if (typeof move.actor !== 'string' || move.actor.trim() === '' || move.actor.length > 200) refuse('actor', 'names who acts (1 to 200 characters)');
  const note = move.note?.trim();
  if (note !== undefined && note.length > TEXT_LENGTH_MAX) refuse('note', `is longer than ${TEXT_LENGTH_MAX} characters`);
  if (NOTE_REQUIRED.includes(move.action) && (note === undefined || note === '')) refuse('note', `${move.action} needs a note saying why`);
  if (move.action === 'assign' && (move.assignee === undefined || move.assignee.trim() === '' || move.assignee.length > 200)) refuse('assignee', 'names who takes the case (1 to 200 characters)');
  const at = (move.now ?? new Date()).toISOString();
  await store.db.transaction().execute(async (tx) => {
    const row = await tx.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined || !maySeeAlert(viewer, row.party_id)) throw new AlertRefused('not-found', `no alert ${id}`);
    if (!mayAct(viewer, move.action, row.party_id)) throw new AlertRefused('forbidden', `${viewer.role === 'auditor' ? 'an' : 'a'} ${viewer.role} may not ${move.action} an alert${viewer.role === 'enterprise' || viewer.role === 'auditor' ? '; it may add notes' : ''}`);
    const version = Number(row.version);
    if (move.expectedVersion !== undefined && move.expectedVersion !== version) refuse('expectedVersion', `the alert has moved since version ${move.expectedVersion}; it is at version ${version}`);
    const from = row.status as AlertStatus;
    const next = nextStatus(from, move.action);
    if ('refused' in next) refuse('action', next.refused);
    const assignee = move.action === 'assign' ? move.assignee!.trim() : row.assignee;
    const updated = await tx.updateTable('alerts').set({ status: next.to, assignee, updated_at: at, version: version + 1 })
      .where('id', '=', id).where('version', '=', version).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) refuse('expectedVersion', 'the alert moved while this action was taken; try again');
    await tx.insertInto('alert_history').values({
      alert_id: id, version: version + 1, at, actor: move.actor.trim(), actor_role: viewer.role + (viewer.party === undefined ? '' : `:${viewer.party}`),
      action: move.action, from_status: from, to_status: next.to, assignee: move.action === 'assign' ? assignee : null, note: note ?? null,
    }).execute();
  });
  return getAlert(store, viewer, id);
}

/** How many alerts stand in each status. */
export async function countAlerts(store: Store): Promise<Partial<Record<AlertStatus, number>>> {
  const rows = await store.db.selectFrom('alerts').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const counts: Partial<Record<AlertStatus, number>> = {};
  for (const status of ALERT_STATUSES) {
    const row = rows.find((r) => r.status === status);
    if (row !== undefined) counts[status] = Number(row.n);
  }
  return counts;
}

/** Every alert the viewer may see, page after page: for scoring and exports, not for screens. */
export async function allAlerts(store: Store, viewer: Viewer, query: Omit<AlertQuery, 'after' | 'limit'> = {}): Promise<Alert[]> {
  const all: Alert[] = [];
  let after: string | undefined;
  do {
    const page = await listAlerts(store, viewer, { ...query, limit: ALERTS_PAGE_MAX, ...(after === undefined ? {} : { after }) });
    all.push(...page.alerts);
    after = page.next;
  } while (after !== undefined);
  return all;
}
