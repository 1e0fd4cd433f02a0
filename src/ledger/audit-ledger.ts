// The deep check: proves the state every reader trusts against the log. `verify` proves the log
// itself (bodies, signatures, chain, Merkle tree); the lots and their flows are derived from it by
// the capture path, and a changed row there (a balance, a holder, a status, an attribution, a flow)
// changes nothing verify reads. So this replays every document of the log, in order, through the
// same event loop the capture runs (applyEvents and LotBook), from an empty book, and compares what
// the replay makes with what is stored: each document's lot_flows rows as it goes, and every lot at
// the end. It names the first row that differs and what the log says it should hold.
import { AUDIT_BATCH_EVENTS, AUDIT_LOT_PAGE } from '../limits.ts';
import type { FlowRow, LotRow, LotState, Store } from '../store/index.ts';
import { FLOW_COLUMNS, LOT_COLUMNS } from '../store/index.ts';
import { lotToRow } from '../store/lot-rows.ts';
import { applyEvents, lotIdsOf } from './apply-document.ts';
import { loadCorrections } from './capture-document.ts';
import type { LedgerEvent } from './document-schema.ts';
import { LotBook, type RegistryView } from './lot-book.ts';

export interface StateDifference {
  table: 'events' | 'lot_flows' | 'lots';
  reason: string;
  /** The event whose replay made the row (or should have). */
  seq?: number;
  lotId?: string;
}

export interface AuditReport {
  ok: boolean;
  /** Events replayed. */
  events: number;
  documents: number;
  /** Flow rows and lots compared with the replay. */
  flows: number;
  lots: number;
  /** The first row found to differ from what the log makes. */
  difference?: StateDifference;
  /** How many lots differ (all are compared; flows stop at the first). */
  lotsDiffering: number;
}

export interface AuditOptions {
  onProgress?: (eventsReplayed: number, eventsTotal: number) => void;
}

interface DocumentInLog {
  documentId: string;
  partyId: string;
  firstSeq: number;
  eventIds: string[];
  bodies: string[];
}

class Differs extends Error {
  constructor(readonly difference: StateDifference) {
    super(difference.reason);
  }
}

export async function auditLedger(store: Store, options: AuditOptions = {}): Promise<AuditReport> {
  const size = (await store.reads.readHead()).size;
  const replay = new Replay(store);
  const report: AuditReport = { ok: true, events: 0, documents: 0, flows: 0, lots: 0, lotsDiffering: 0 };
  try {
    let open: DocumentInLog | undefined;
    for (let from = 0; from < size; from += AUDIT_BATCH_EVENTS) {
      const to = Math.min(from + AUDIT_BATCH_EVENTS, size);
      const [rows] = await Promise.all([store.readEventsForAudit(from, to), replay.loadFlows(from, to)]);
      let expected = from;
      for (const [seq, eventId, documentId, partyId, body] of rows) {
        if (seq !== expected) throw new Differs({ table: 'events', seq: expected, reason: `event ${expected} is missing from the log; run ytterby verify` });
        expected += 1;
        if (open !== undefined && open.documentId !== documentId) {
          await replay.document(open);
          report.documents += 1;
          report.events += open.bodies.length;
          open = undefined;
        }
        open ??= { documentId, partyId, firstSeq: seq, eventIds: [], bodies: [] };
        open.eventIds.push(eventId);
        open.bodies.push(body);
      }
      if (expected !== to) throw new Differs({ table: 'events', seq: expected, reason: `event ${expected} is missing from the log; run ytterby verify` });
      options.onProgress?.(from + rows.length - (open?.bodies.length ?? 0), size);
    }
    if (open !== undefined) {
      await replay.document(open);
      report.documents += 1;
      report.events += open.bodies.length;
    }
    replay.noFlowsLeft();
    report.flows = replay.flowsCompared;
    options.onProgress?.(size, size);
    const lots = await replay.compareLots();
    report.lots = lots.compared;
    report.lotsDiffering = lots.differing;
    if (lots.first !== undefined) throw new Differs(lots.first);
  } catch (error) {
    if (!(error instanceof Differs)) throw error;
    report.ok = false;
    report.difference = error.difference;
    report.flows = replay.flowsCompared;
  }
  return report;
}

class Replay {
  readonly #store: Store;
  /** Every lot as the log makes it, so far. */
  readonly #lots = new Map<string, LotState>();
  /** Stored flow rows read ahead and not yet compared, in (seq, ordinal) order. */
  #stored: FlowRow[] = [];
  #at = 0;
  flowsCompared = 0;

  constructor(store: Store) {
    this.#store = store;
  }

  async loadFlows(fromSeq: number, toSeq: number): Promise<void> {
    const rows = await this.#store.readFlowsForAudit(fromSeq, toSeq);
    this.#stored = this.#at < this.#stored.length ? [...this.#stored.slice(this.#at), ...rows] : rows;
    this.#at = 0;
  }

  async document(logged: DocumentInLog): Promise<void> {
    const { partyId, firstSeq } = logged;
    const events = logged.bodies.map((body) => JSON.parse(body) as LedgerEvent);
    // A correction's target was replayed, and its stored flows found equal to the replay's,
    // before this document: reading them back is reading the replay's own.
    const corrections = await loadCorrections(this.#store.reads, partyId, events);
    const { used, created } = lotIdsOf(events, partyId, corrections);
    const touched: LotState[] = [];
    for (const id of [...used, ...created]) {
      const lot = this.#lots.get(id);
      if (lot !== undefined) touched.push(lot);
    }
    const book = new LotBook(touched, asRecorded(partyId));
    const { flows, problems } = applyEvents(book, events, firstSeq, corrections);
    if (problems.length > 0) {
      const problem = problems[0]!;
      const seq = firstSeq + (problem.event ?? 0);
      throw new Differs({ table: 'events', seq, reason: `event ${seq} (${logged.eventIds[problem.event ?? 0]}) cannot be replayed on the state the log makes before it: ${problem.path.replace(/^document\.events\[\d+\]\./, '')}: ${problem.reason}` });
    }
    for (const lot of book.changedLots()) this.#lots.set(lot.id, lot);
    this.#compareFlows(flows, firstSeq, firstSeq + events.length, logged.eventIds);
  }

  #compareFlows(made: FlowRow[], firstSeq: number, endSeq: number, eventIds: readonly string[]): void {
    const name = (seq: number) => `event ${seq} (${eventIds[seq - firstSeq]})`;
    const stored = this.#stored;
    if (this.#at < stored.length && stored[this.#at]![0] < firstSeq) this.#extra(stored[this.#at]!);
    for (const row of made) {
      const [seq, ordinal, lotId] = row;
      const found = stored[this.#at];
      if (found === undefined || found[0] > seq || (found[0] === seq && found[1] > ordinal)) {
        throw new Differs({ table: 'lot_flows', seq, lotId, reason: `lot_flows has no row (seq ${seq}, ordinal ${ordinal}) for lot ${lotId}, which ${name(seq)} makes: ${describeFlow(row)}` });
      }
      if (found[0] !== seq || found[1] !== ordinal) this.#extra(found);
      for (let column = 2; column < FLOW_COLUMNS.length; column += 1) {
        if (found[column] !== row[column]) {
          throw new Differs({
            table: 'lot_flows', seq, lotId,
            reason: `lot_flows row (seq ${seq}, ordinal ${ordinal}) was altered: its ${FLOW_COLUMNS[column]} reads ${String(found[column])}, but ${name(seq)} makes ${String(row[column])}`,
          });
        }
      }
      this.#at += 1;
      this.flowsCompared += 1;
    }
    if (this.#at < stored.length && stored[this.#at]![0] < endSeq) this.#extra(stored[this.#at]!);
  }

  #extra(row: FlowRow): never {
    throw new Differs({ table: 'lot_flows', seq: row[0], lotId: row[2], reason: `lot_flows row (seq ${row[0]}, ordinal ${row[1]}) for lot ${row[2]} was made by no event: ${describeFlow(row)}` });
  }

  noFlowsLeft(): void {
    if (this.#at < this.#stored.length) this.#extra(this.#stored[this.#at]!);
  }

  /** Compares every stored lot with the replay's, then looks for lots the replay made and the
   * table lacks; the first difference named is the one of the earliest event. */
  async compareLots(): Promise<{ compared: number; differing: number; first?: StateDifference }> {
    let compared = 0;
    let differing = 0;
    let first: StateDifference | undefined;
    const note = (difference: StateDifference) => {
      differing += 1;
      if (first === undefined || (difference.seq ?? Infinity) < (first.seq ?? Infinity)) first = difference;
    };
    const seen = new Set<string>();
    let after = '';
    for (;;) {
      const page = await this.#store.readLotsForAudit(after, AUDIT_LOT_PAGE);
      for (const row of page) {
        compared += 1;
        const id = row[0];
        seen.add(id);
        const lot = this.#lots.get(id);
        if (lot === undefined) {
          note({ table: 'lots', lotId: id, seq: Number(row[9]), reason: `lot ${id} is in the lots table, but no event of the log makes it` });
          continue;
        }
        const reason = lotDifference(row, lotToRow(lot));
        if (reason !== undefined) note({ table: 'lots', lotId: id, seq: lot.updatedSeq, reason: `lot ${id} was altered: ${reason} (last changed by event ${lot.updatedSeq})` });
      }
      if (page.length < AUDIT_LOT_PAGE) break;
      after = page[page.length - 1]![0];
    }
    for (const lot of this.#lots.values()) {
      if (!seen.has(lot.id)) note({ table: 'lots', lotId: lot.id, seq: lot.createdSeq, reason: `lot ${lot.id}, which event ${lot.createdSeq} makes, is missing from the lots table` });
    }
    return first === undefined ? { compared, differing } : { compared, differing, first };
  }
}

/** The registry as the events were judged when recorded: not asked again (RegistryView.replaying). */
function asRecorded(recorder: string): RegistryView {
  return { recorder, facilityKind: () => undefined, partyStatus: () => undefined, replaying: true };
}

function lotDifference(stored: LotRow, made: LotRow): string | undefined {
  for (let column = 1; column < LOT_COLUMNS.length; column += 1) {
    if (stored[column] !== made[column]) return `its ${LOT_COLUMNS[column]} reads ${String(stored[column])}, but the log makes ${String(made[column])}`;
  }
  return undefined;
}

function describeFlow([, , lotId, direction, massGrams, elements]: FlowRow): string {
  return `${direction < 0 ? 'out of' : 'into'} lot ${lotId}, ${massGrams} g, ${elements}`;
}
