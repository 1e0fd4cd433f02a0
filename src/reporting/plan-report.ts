// What a report asks the ledger to record, given what is recorded already: a line whose event is
// not recorded is new; a line recorded with the same content is left out (so the same report again
// records nothing); a line recorded with other content becomes a `correct` event whose replacement
// is the line as it is now. One document for the whole report, unsigned.
import { canonicalJson } from '../ledger/canonical.ts';
import { CAPTURE_FORMAT, type CaptureDocument, type LedgerEvent } from '../ledger/document-schema.ts';
import type { RecordedEventRef, Store } from '../store/index.ts';
import { formatShanghai } from '../domain/periods.ts';
import { correctionIdOf, standingEvent, type ReportEntry } from './report-events.ts';
import type { ReportProblem } from './report-problem.ts';

export type LineStatus = 'new' | 'corrected' | 'unchanged';

export interface PlannedLine {
  entry: ReportEntry;
  status: LineStatus;
  /** The line's place in the document, when it is in it. */
  index?: number;
}

export interface ReportPlan {
  document: CaptureDocument;
  lines: PlannedLine[];
}

export async function planReport(store: Store, entries: readonly ReportEntry[], party: string, keyId: string, now: Date, problems: ReportProblem[]): Promise<ReportPlan> {
  const ids = entries.flatMap((entry) => [entry.event.id, correctionIdOf(entry.event.id)]);
  const recorded = new Map<string, RecordedEventRef>();
  for (const ref of await store.reads.findEvents(party, ids)) recorded.set(ref.eventId, ref);
  const createdAt = formatShanghai(now.getTime());
  const events: LedgerEvent[] = [];
  const lines: PlannedLine[] = [];
  for (const entry of entries) {
    const { event } = entry;
    const base = recorded.get(event.id);
    const correctionId = correctionIdOf(event.id);
    const correction = recorded.get(correctionId);
    if (base === undefined) {
      lines.push({ entry, status: 'new', index: events.length });
      events.push(event);
      continue;
    }
    const replacement = { ...event, id: correctionId };
    if (correction !== undefined) {
      const standing = standingEvent(JSON.parse(correction.body) as LedgerEvent);
      if (standing !== undefined && canonicalJson(standing) === canonicalJson(replacement)) {
        lines.push({ entry, status: 'unchanged' });
        continue;
      }
      const at = entry.cells.get('id')!;
      problems.push({
        sheet: entry.sheet, row: at.row, column: at.column, field: 'ref',
        zh: `该行已于 ${correction.recordedAt} 更正过一次（事件 ${correctionId}）；账本对一条记录只更正一次，如需再改，请在“盘点调整”表中录入差额`,
        en: `this line was corrected once already, at ${correction.recordedAt} (event ${correctionId}); the ledger corrects an event once, so record any further change as a stock adjustment`,
      });
      lines.push({ entry, status: 'unchanged' });
      continue;
    }
    if (base.body === canonicalJson(event)) {
      lines.push({ entry, status: 'unchanged' });
      continue;
    }
    lines.push({ entry, status: 'corrected', index: events.length });
    events.push({
      id: correctionId, kind: 'correct', time: createdAt, corrects: event.id,
      reason: `corrected report line: sheet ${entry.sheet}, ref. ${entry.ref}`,
      replacement,
    });
  }
  return { document: { format: CAPTURE_FORMAT, party, keyId, createdAt, events }, lines };
}
