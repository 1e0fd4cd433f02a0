// The reporting calendar: for each enterprise and month, whether its flow report is open (the
// month is not over), due (over, and the 10th of the next month not yet past), submitted on time,
// late, or missing; and what was recorded. Months are Asia/Shanghai's; a month's report is due by
// the end of the 10th of the next (Order 71), the same date the late-report rule checks. Every
// document of the log counts, whatever door it came through: the calendar reads the log from
// where it last stopped before it answers.
import { sql } from 'kysely';
import { CALENDAR_MONTHS_MAX, PARTY_PAGE_MAX } from '../limits.ts';
import { InputRefused } from '../problems.ts';
import type { LedgerEvent } from '../ledger/document-schema.ts';
import type { ReportSubmissionsTable } from '../store/schema.ts';
import type { Store } from '../store/index.ts';
import { dateTimeMs } from '../schemas.ts';
import { formatShanghai, monthStartMs, nextMonth, reportDueMs, shanghaiMonth } from '../domain/periods.ts';
import { REPORTING_ACTIVITIES, REPORTING_ROLES } from '../domain/parties.ts';
import { countedEvent, submissionRows, type CountedEvent } from './record-submission.ts';

/** Documents the calendar reads from the log a transaction at a time. */
const CATCH_UP_DOCUMENTS = 500;
/** Rows per INSERT, under both engines' bound-parameter limits. */
const ROWS_PER_INSERT = 500;

/** `not-required`: nothing filed by an enterprise the law does not oblige to report (a magnet maker,
 * a trader, a final user), so nothing is missing. */
export type MonthStatus = 'open' | 'due' | 'submitted' | 'late' | 'missing' | 'not-required';

export interface CalendarMonth {
  period: string;
  /** The end of the 10th of the next month, Asia/Shanghai. */
  dueBy: string;
  status: MonthStatus;
  firstSubmittedAt?: string;
  lastSubmittedAt?: string;
  documents: number;
  events: number;
  corrections: number;
  /** Events recorded per kind. */
  kinds: Record<string, number>;
}

export interface PartyCalendar {
  party: string;
  nameZh: string;
  nameEn: string;
  months: CalendarMonth[];
}

export interface CalendarQuery {
  /** YYYY-MM, first and last month shown; by default the twelve months up to the current one. */
  from?: string;
  to?: string;
  /** One enterprise (an enterprise's own calendar); otherwise every enterprise, a page at a time. */
  party?: string;
  after?: string;
  limit?: number;
  now?: Date;
}

export interface CalendarPage {
  from: string;
  to: string;
  parties: PartyCalendar[];
  /** The `after` of the next page, when there is one. */
  next?: string;
}

export async function reportingCalendar(store: Store, query: CalendarQuery = {}): Promise<CalendarPage> {
  const now = query.now ?? new Date();
  await catchUpCalendar(store);
  const to = query.to ?? await latestPeriod(store, query.party, shanghaiMonth(now.getTime()));
  const from = query.from ?? monthsBefore(to, 11);
  const months = monthRange(from, to);
  const limit = Math.min(query.limit ?? 100, PARTY_PAGE_MAX);
  let parties = store.db.selectFrom('parties').select(['id', 'name_zh', 'name_en', 'roles']).where('kind', '=', 'enterprise');
  if (query.party !== undefined) parties = parties.where('id', '=', query.party);
  if (query.after !== undefined) parties = parties.where('id', '>', query.after);
  const page = await parties.orderBy('id').limit(limit + 1).execute();
  const shown = page.slice(0, limit);
  const submissions = shown.length === 0 ? [] : await store.db.selectFrom('report_submissions')
    .select(['party_id', 'period', 'submitted_at', 'events', 'corrections', 'kinds'])
    .where('party_id', 'in', shown.map((p) => p.id))
    .where('period', '>=', from).where('period', '<=', to)
    .execute();
  const licensed = shown.length === 0 ? [] : await store.db.selectFrom('licences').select(['party_id', 'activity']).where('party_id', 'in', shown.map((p) => p.id)).execute();
  const obliged = new Set(licensed.filter((l) => REPORTING_ACTIVITIES.has(l.activity)).map((l) => l.party_id));
  for (const party of shown) if ((JSON.parse(party.roles) as string[]).some((r) => REPORTING_ROLES.has(r))) obliged.add(party.id);
  const byKey = new Map<string, typeof submissions>();
  for (const row of submissions) {
    const key = `${row.party_id}|${row.period}`;
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  return {
    from, to,
    parties: shown.map((party) => ({
      party: party.id, nameZh: party.name_zh, nameEn: party.name_en,
      months: months.map((period) => calendarMonth(period, byKey.get(`${party.id}|${period}`) ?? [], now, obliged.has(party.id))),
    })),
    ...(page.length > limit ? { next: shown[shown.length - 1]!.id } : {}),
  };
}

/** The latest month with a report (of `party`, or of anyone), not after `current`; `current` when none. */
async function latestPeriod(store: Store, party: string | undefined, current: string): Promise<string> {
  let latest = store.db.selectFrom('report_submissions').select((eb) => eb.fn.max('period').as('period')).where('period', '<=', current);
  if (party !== undefined) latest = latest.where('party_id', '=', party);
  return (await latest.executeTakeFirst())?.period ?? current;
}

/** Brings the calendar's rows up to the log's head, whole documents at a time; two readers never
 * count a document twice (the cursor moves only from where it was read). */
export async function catchUpCalendar(store: Store): Promise<void> {
  const { db } = store;
  for (;;) {
    const cursor = Number((await db.selectFrom('report_calendar_cursor').select('seq').where('id', '=', 1).executeTakeFirstOrThrow()).seq);
    const documents = await db.selectFrom('documents').select(['id', 'party_id', 'recorded_at', 'first_seq', 'event_count'])
      .where('first_seq', '>=', cursor).orderBy('first_seq').limit(CATCH_UP_DOCUMENTS).execute();
    if (documents.length === 0) return;
    const last = documents[documents.length - 1]!;
    const end = Number(last.first_seq) + Number(last.event_count);
    // Only a correction's body is read: its replacement's time and kind are what it reports.
    const events = await db.selectFrom('events')
      .select(['document_id', 'kind', 'event_time', sql<string | null>`CASE WHEN kind = 'correct' THEN body END`.as('body')])
      .where('seq', '>=', cursor).where('seq', '<', end).orderBy('seq').execute();
    const byDocument = new Map<string, CountedEvent[]>();
    for (const event of events) {
      const counted = event.body === null
        ? { kind: event.kind, timeMs: dateTimeMs(event.event_time)!, correction: false }
        : countedEvent(JSON.parse(event.body) as LedgerEvent);
      const list = byDocument.get(event.document_id);
      if (list === undefined) byDocument.set(event.document_id, [counted]);
      else list.push(counted);
    }
    const rows: ReportSubmissionsTable[] = documents.flatMap((d) => submissionRows({ id: d.id, party: d.party_id, recordedAt: d.recorded_at }, byDocument.get(d.id) ?? [], 'ledger'));
    await db.transaction().execute(async (trx) => {
      // The cursor first: it takes the write lock (SQLite) or the row lock (PostgreSQL), so a second
      // reader waits here, finds the cursor moved, and writes nothing.
      const moved = await trx.updateTable('report_calendar_cursor').set({ seq: end }).where('id', '=', 1).where('seq', '=', cursor).executeTakeFirst();
      if (Number(moved.numUpdatedRows) !== 1) return;
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
        await trx.insertInto('report_submissions').values(rows.slice(i, i + ROWS_PER_INSERT))
          .onConflict((oc) => oc.columns(['document_id', 'period']).doNothing()).execute();
      }
    });
  }
}

function calendarMonth(period: string, rows: { submitted_at: string; events: number; corrections: number; kinds: string }[], now: Date, obliged: boolean): CalendarMonth {
  const dueMs = reportDueMs(period);
  const month: CalendarMonth = { period, dueBy: formatShanghai(dueMs), status: 'open', documents: rows.length, events: 0, corrections: 0, kinds: {} };
  const times = rows.map((r) => r.submitted_at).sort();
  for (const row of rows) {
    month.events += Number(row.events);
    month.corrections += Number(row.corrections);
    for (const [kind, count] of Object.entries(JSON.parse(row.kinds) as Record<string, number>)) month.kinds[kind] = (month.kinds[kind] ?? 0) + count;
  }
  if (times.length > 0) {
    month.firstSubmittedAt = times[0]!;
    month.lastSubmittedAt = times[times.length - 1]!;
  }
  const nowMs = now.getTime();
  if (nowMs < monthStartMs(nextMonth(period))) month.status = 'open';
  else if (times.length > 0) month.status = Date.parse(times[0]!) <= dueMs ? 'submitted' : 'late';
  else if (!obliged) month.status = 'not-required';
  else month.status = nowMs <= dueMs ? 'due' : 'missing';
  return month;
}

function monthsBefore(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function monthRange(from: string, to: string): string[] {
  const refuse = (path: string, reason: string) => new InputRefused('the calendar was refused', [{ path, reason }]);
  for (const [path, value] of [['from', from], ['to', to]] as const) {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) throw refuse(path, `${value} is not a month (YYYY-MM)`);
  }
  if (from > to) throw refuse('from', `${from} is after ${to}`);
  const months: string[] = [];
  for (let m = from; m <= to; m = nextMonth(m)) {
    months.push(m);
    if (months.length > CALENDAR_MONTHS_MAX) throw refuse('from', `a calendar spans at most ${CALENDAR_MONTHS_MAX} months`);
  }
  return months;
}
