// The reporting calendar's rows: one per document and month it reports on, with when the ledger
// recorded it and what it held. The document is the record; the row is what the calendar reads
// instead of the log. The calendar finds every document in the log itself (calendar.ts), whatever
// door it came through; the spreadsheet, the forms and `ytterby import` write their row as soon as
// the capture commits, to name the door. If the process stops in between, submitting the same
// document again replays it and writes the row.
import type { CaptureResult } from '../ledger/apply-document.ts';
import type { CaptureDocument, LedgerEvent } from '../ledger/document-schema.ts';
import type { ReportSubmissionsTable } from '../store/schema.ts';
import type { Store } from '../store/index.ts';
import { shanghaiMonth } from '../domain/periods.ts';
import { dateTimeMs } from '../schemas.ts';
import { standingEvent } from './report-events.ts';

export const SUBMISSION_SOURCES = ['spreadsheet', 'form', 'cli'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** An event as the calendar counts it: a correction under its replacement's kind and time; one
 * without a replacement withdraws its event and counts, as a correction, in the month it was made. */
export interface CountedEvent {
  kind: string;
  timeMs: number;
  correction: boolean;
}

export function countedEvent(event: LedgerEvent): CountedEvent {
  const standing = standingEvent(event);
  return { kind: standing?.kind ?? 'correct', timeMs: dateTimeMs(standing?.time ?? event.time)!, correction: event.kind === 'correct' };
}

/** A document's calendar rows. */
export function submissionRows(document: { id: string; party: string; recordedAt: string }, events: readonly CountedEvent[], source: string): ReportSubmissionsTable[] {
  const months = new Map<string, { events: number; corrections: number; kinds: Record<string, number> }>();
  for (const event of events) {
    const month = shanghaiMonth(event.timeMs);
    const entry = months.get(month) ?? { events: 0, corrections: 0, kinds: {} };
    entry.events += 1;
    if (event.correction) entry.corrections += 1;
    entry.kinds[event.kind] = (entry.kinds[event.kind] ?? 0) + 1;
    months.set(month, entry);
  }
  return [...months].map(([period, m]) => ({
    document_id: document.id, period, party_id: document.party, source, submitted_at: document.recordedAt,
    events: m.events, corrections: m.corrections, kinds: JSON.stringify(m.kinds),
  }));
}

export async function recordSubmission(store: Store, document: CaptureDocument, result: CaptureResult, source: SubmissionSource): Promise<void> {
  const rows = submissionRows({ id: result.documentId, party: document.party, recordedAt: result.recordedAt }, (document.events as LedgerEvent[]).map(countedEvent), source);
  // The calendar may have found the document in the log first: the row is the same, but for its door.
  await store.db.insertInto('report_submissions').values(rows)
    .onConflict((oc) => oc.columns(['document_id', 'period']).doUpdateSet({ source })).execute();
}
