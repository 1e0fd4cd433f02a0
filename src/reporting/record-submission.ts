// After the ledger records a report's document, the reporting calendar notes it: one row per month
// the document reports on, with when the ledger recorded it and what it held. The document is the
// record; this row is what the calendar reads instead of the log. Written after the capture commits:
// if the process stops in between, submitting the same document again replays it and writes the row.
import type { CaptureResult } from '../ledger/apply-document.ts';
import type { CaptureDocument, LedgerEvent } from '../ledger/document-schema.ts';
import type { Store } from '../store/index.ts';
import { shanghaiMonth } from '../domain/periods.ts';
import { dateTimeMs } from '../schemas.ts';
import { standingEvent } from './report-events.ts';

export const SUBMISSION_SOURCES = ['spreadsheet', 'form', 'cli'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

export async function recordSubmission(store: Store, document: CaptureDocument, result: CaptureResult, source: SubmissionSource): Promise<void> {
  const months = new Map<string, { events: number; corrections: number; kinds: Record<string, number> }>();
  for (const event of document.events as LedgerEvent[]) {
    const standing = standingEvent(event);
    // A correction without a replacement withdraws its event: it counts in the month it was made.
    const timeMs = dateTimeMs(standing?.time ?? event.time)!;
    const month = shanghaiMonth(timeMs);
    const entry = months.get(month) ?? { events: 0, corrections: 0, kinds: {} };
    entry.events += 1;
    if (event.kind === 'correct') entry.corrections += 1;
    const kind = standing?.kind ?? 'correct';
    entry.kinds[kind] = (entry.kinds[kind] ?? 0) + 1;
    months.set(month, entry);
  }
  const rows = [...months].map(([period, m]) => ({
    document_id: result.documentId, period, party_id: document.party, source, submitted_at: result.recordedAt,
    events: m.events, corrections: m.corrections, kinds: JSON.stringify(m.kinds),
  }));
  await store.db.insertInto('report_submissions').values(rows).onConflict((oc) => oc.columns(['document_id', 'period']).doNothing()).execute();
}
