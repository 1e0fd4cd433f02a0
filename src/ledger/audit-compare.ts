// The deep check's reading half: reads the log's events and the stored rows for the replay of the
// log (audit-ledger.ts), and compares what the replay made with the stored lot_flows and lots rows.
// It runs on a thread of its own when the log is large (audit-worker.ts), so the replay and the
// reading and comparing share the machine's cores; rows made by the replay travel as one string
// each (the columns joined by NUL, which no column can hold), and the comparison is of those
// strings: only a row that differs is taken apart, to name the column.
import { AUDIT_LOT_PAGE } from '../limits.ts';
import { lotRowText, lotTextColumns, stateHashOfText } from '../store/lot-rows.ts';
import type { AuditEventRow, FlowRow, LotRow, Store } from '../store/index.ts';
import { FLOW_COLUMNS, LOT_COLUMNS } from '../store/index.ts';

export interface StateDifference {
  table: 'events' | 'lot_flows' | 'lots';
  reason: string;
  /** The event whose replay made the row (or should have). */
  seq?: number;
  lotId?: string;
}

export interface ComparisonResult {
  flowsCompared: number;
  lotsCompared: number;
  lotsDiffering: number;
  /** The first flow that differs: the comparison of flows stops there. */
  flowDifference?: StateDifference;
  /** Of the lots that differ, the one of the earliest event. */
  lotDifference?: StateDifference;
}

const SEPARATOR = '\u0000';

export function flowText(row: FlowRow): string {
  return row.join(SEPARATOR);
}

function flowFromText(text: string): FlowRow {
  const [seq, ordinal, lotId, direction, massGrams, elements] = text.split(SEPARATOR) as [string, string, string, string, string, string];
  return [Number(seq), Number(ordinal), lotId, Number(direction), Number(massGrams), elements];
}

/** A batch of the log's rows as they cross between threads: the seqs, and the other columns of
 * every row in one string, NUL between them (no id or canonical JSON body holds one). A few MB of
 * bodies in one string are one allocation the collector never copies, where a string a body would
 * be copied by every scavenge while the batch waits to be replayed. */
export interface PackedEvents {
  seqs: Float64Array;
  columns: string;
}

export function packEvents(rows: readonly AuditEventRow[]): PackedEvents {
  return { seqs: Float64Array.from(rows, (row) => row[0]), columns: rows.map((row) => `${row[1]}${SEPARATOR}${row[2]}${SEPARATOR}${row[3]}${SEPARATOR}${row[4]}`).join(SEPARATOR) };
}

/** The rows of packEvents, or undefined when a column held a NUL after all (a body altered at rest,
 * which verify names): then the rows are to be read as they are. */
export function unpackEvents({ seqs, columns }: PackedEvents): AuditEventRow[] | undefined {
  if (seqs.length === 0) return [];
  const parts = columns.split(SEPARATOR);
  if (parts.length !== seqs.length * 4) return undefined;
  const rows: AuditEventRow[] = new Array(seqs.length);
  for (let index = 0; index < seqs.length; index += 1) {
    rows[index] = [seqs[index]!, parts[index * 4]!, parts[index * 4 + 1]!, parts[index * 4 + 2]!, parts[index * 4 + 3]!];
  }
  return rows;
}

/** Every stored lot's id and the seq of the event its row says last changed it, in seq order: the
 * replay compares each lot when it has replayed that far. Two arrays, so that the seqs cross to
 * another thread without being copied one by one. */
export interface LotVersions {
  ids: string[];
  seqs: Float64Array;
}

export async function readLotVersions(store: Store): Promise<LotVersions> {
  const reader = new LotVersionReader(store);
  while (!(await reader.readPage()));
  return reader.versions();
}

/** Reads the stored lots' versions a page at a time, so that a thread can answer other requests
 * between pages. */
export class LotVersionReader {
  readonly #store: Store;
  readonly #read: [string, number][] = [];
  #after = '';

  constructor(store: Store) {
    this.#store = store;
  }

  /** Reads the next page; true once every lot is read. */
  async readPage(): Promise<boolean> {
    const page = await this.#store.readLotVersionsForAudit(this.#after, AUDIT_LOT_PAGE);
    for (const [id, updatedSeq] of page) this.#read.push([id, Number(updatedSeq)]);
    if (page.length > 0) this.#after = page[page.length - 1]![0];
    return page.length < AUDIT_LOT_PAGE;
  }

  versions(): LotVersions {
    const versions = this.#read.sort((a, b) => a[1] - b[1]);
    return { ids: versions.map(([id]) => id), seqs: Float64Array.from(versions, ([, seq]) => seq) };
  }
}

export class StoredState {
  readonly #store: Store;
  readonly #result: ComparisonResult = { flowsCompared: 0, lotsCompared: 0, lotsDiffering: 0 };

  constructor(store: Store) {
    this.#store = store;
  }

  events(fromSeq: number, toSeq: number): Promise<AuditEventRow[]> {
    return this.#store.readEventsForAudit(fromSeq, toSeq);
  }

  /** A flow differs: the comparison of flows has stopped. */
  get stopped(): boolean {
    return this.#result.flowDifference !== undefined;
  }

  /** Compares the flows the replay made for the events fromSeq to toSeq - 1 (every one of them
   * replayed) with the stored rows of those events. */
  async flows(fromSeq: number, toSeq: number, made: readonly string[]): Promise<void> {
    if (this.stopped || fromSeq >= toSeq) return;
    const stored = await this.#store.readFlowsForAudit(fromSeq, toSeq);
    const count = Math.max(made.length, stored.length);
    for (let index = 0; index < count; index += 1) {
      const row = stored[index];
      if (row === undefined || made[index] !== flowText(row)) {
        this.#result.flowDifference = await this.#flowDifference(made[index], row);
        return;
      }
      this.#result.flowsCompared += 1;
    }
  }

  async #flowDifference(madeText: string | undefined, found: FlowRow | undefined): Promise<StateDifference> {
    const made = madeText === undefined ? undefined : flowFromText(madeText);
    if (made === undefined || (found !== undefined && (found[0] < made[0] || (found[0] === made[0] && found[1] < made[1])))) return extraFlow(found!);
    const [seq, ordinal, lotId] = made;
    const name = await this.#eventName(seq);
    if (found === undefined || found[0] !== seq || found[1] !== ordinal) {
      return { table: 'lot_flows', seq, lotId, reason: `lot_flows has no row (seq ${seq}, ordinal ${ordinal}) for lot ${lotId}, which ${name} makes: ${describeFlow(made)}` };
    }
    const column = FLOW_COLUMNS.findIndex((_, i) => String(found[i]) !== String(made[i]));
    return {
      table: 'lot_flows', seq, lotId,
      reason: `lot_flows row (seq ${seq}, ordinal ${ordinal}) was altered: its ${FLOW_COLUMNS[column]} reads ${String(found[column])}, but ${name} makes ${String(made[column])}`,
    };
  }

  async #eventName(seq: number): Promise<string> {
    const [event] = await this.#store.readEventsForAudit(seq, seq + 1);
    return event === undefined ? `event ${seq}` : `event ${seq} (${event[1]})`;
  }

  /** What the comparisons so far found. */
  get compared(): ComparisonResult {
    return this.#result;
  }

  /** After the last event: a stored flow of an event past the log's end was made by none. */
  async finish(logSize: number): Promise<ComparisonResult> {
    if (!this.stopped) {
      const [beyond] = await this.#store.readFlowsForAudit(logSize, Number.MAX_SAFE_INTEGER);
      if (beyond !== undefined) this.#result.flowDifference = extraFlow(beyond);
    }
    return this.#result;
  }

  /** The store is the caller's to close. */
  async close(): Promise<void> {}

  /** Compares lots as the replay made them (lotText) with their stored rows, read by id. */
  async lots(made: readonly string[]): Promise<void> {
    if (made.length === 0) return;
    const ids = made.map((text) => text.slice(0, text.indexOf(SEPARATOR)));
    const stored = new Map<string, LotRow>();
    for (const row of await this.#store.readLotRowsForAudit(ids)) stored.set(row[0], row);
    made.forEach((text, index) => {
      this.#result.lotsCompared += 1;
      const id = ids[index]!;
      const row = stored.get(id);
      if (row !== undefined && lotRowText(row) === text && row[13] === stateHashOfText(text)) return;
      const columns = lotTextColumns(text);
      const createdSeq = Number(columns[9]);
      const updatedSeq = Number(columns[10]);
      if (row === undefined) {
        this.#noteLot({ table: 'lots', lotId: id, seq: createdSeq, reason: `lot ${id}, which event ${createdSeq} makes, is missing from the lots table` });
        return;
      }
      const column = LOT_COLUMNS.findIndex((_, i) => i > 0 && i < columns.length && String(row[i] ?? '') !== (columns[i] ?? ''));
      const reason = column >= 0
        ? `its ${LOT_COLUMNS[column]} reads ${String(row[column])}, but the log makes ${String(columns[column])}`
        : `its state_hash reads ${String(row[13])}, but the log makes ${stateHashOfText(text)}`;
      this.#noteLot({ table: 'lots', lotId: id, seq: updatedSeq, reason: `lot ${id} was altered: ${reason} (last changed by event ${updatedSeq})` });
    });
  }

  #noteLot(difference: StateDifference): void {
    this.#result.lotsDiffering += 1;
    this.#result.lotDifference = earlier(this.#result.lotDifference, difference);
  }
}

/** The difference of the earlier event; at one event, a difference in the log or the flows comes
 * before one in the lots, which follow from them. */
export function earlier(first: StateDifference | undefined, second: StateDifference | undefined): StateDifference | undefined {
  if (first === undefined) return second;
  if (second === undefined) return first;
  const rank = (difference: StateDifference) => [difference.seq ?? Infinity, difference.table === 'lots' ? 1 : 0] as const;
  const [a, b] = [rank(first), rank(second)];
  return b[0] < a[0] || (b[0] === a[0] && b[1] < a[1]) ? second : first;
}

function extraFlow(row: FlowRow): StateDifference {
  return { table: 'lot_flows', seq: row[0], lotId: row[2], reason: `lot_flows row (seq ${row[0]}, ordinal ${row[1]}) for lot ${row[2]} was made by no event: ${describeFlow(row)}` };
}

function describeFlow([, , lotId, direction, massGrams, elements]: FlowRow): string {
  return `${direction < 0 ? 'out of' : 'into'} lot ${lotId}, ${massGrams} g, ${elements}`;
}
