// The deep check: proves the state every reader trusts against the log. `verify` proves the log
// itself (bodies, signatures, chain, Merkle tree); the lots and their flows are derived from it by
// the capture path, and a changed row there (a balance, a holder, a status, an attribution, a flow)
// changes nothing verify reads. So this replays every document of the log, in order, through the
// same event loop the capture runs (applyEvents and LotBook), from an empty book, and compares what
// the replay makes with what is stored: each document's lot_flows rows as it goes, and each lot as
// soon as the replay reaches the event the lots table says last changed it. Only lots still to be
// changed are kept, so memory follows the live stock, not the log (a million events made 556,000
// lots, which held in one map made the collector a third of the work). It names the first row that
// differs and what the log says it should hold.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { AUDIT_BATCH_EVENTS, AUDIT_LOT_PAGE, AUDIT_REQUESTS_AHEAD_MAX, AUDIT_WORKER_EVENTS_MIN } from '../limits.ts';
import type { AuditEventRow, LotState, Store } from '../store/index.ts';
import { lotText } from '../store/lot-rows.ts';
import { applyEvents, lotIdsOf } from './apply-document.ts';
import { earlier, flowText, readLotVersions, StoredState, unpackEvents, type ComparisonResult, type LotVersions, type StateDifference } from './audit-compare.ts';
import type { AuditNotice, AuditReply, AuditRequest, AuditWorkerData } from './audit-worker.ts';
import { loadCorrections } from './capture-document.ts';
import type { LedgerEvent } from './document-schema.ts';
import { LotBook, type RegistryView } from './lot-book.ts';
import { siblingModule } from '../module-url.ts';

export type { StateDifference } from './audit-compare.ts';

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
  /** How many lots were found to differ (the replay stops at the first flow that differs, or at a
   * lot changed after the event its row says changed it last). */
  lotsDiffering: number;
}

export interface AuditOptions {
  onProgress?: (eventsReplayed: number, eventsTotal: number) => void;
  /** Read and compare the rows on a worker thread while this one replays (default: from
   * AUDIT_WORKER_EVENTS_MIN events up, on a machine of two cores or more); false does it all here,
   * true uses the worker whatever the log's size. */
  parallel?: boolean;
  /** Events per batch (default AUDIT_BATCH_EVENTS); small ones let tests cross batch boundaries. */
  batchEvents?: number;
  /** With parallel, start replaying only once the worker thread is open, so that every batch
   * crosses between the threads (tests; otherwise the replay starts at once). */
  awaitWorker?: boolean;
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
  const parallel = options.parallel ?? (size >= AUDIT_WORKER_EVENTS_MIN && availableParallelism() > 1);
  const batchEvents = options.batchEvents ?? AUDIT_BATCH_EVENTS;
  if (!Number.isSafeInteger(batchEvents) || batchEvents < 1) throw new RangeError(`batchEvents must be a positive integer, got ${batchEvents}`);
  const stored: StoredSide = parallel ? new ThreadSide(store) : await LocalSide.open(store);
  try {
    if (stored instanceof ThreadSide && options.awaitWorker === true) await stored.opened();
    const replay = new Replay(store, stored);
    const report: AuditReport = { ok: true, events: 0, documents: 0, flows: 0, lots: 0, lotsDiffering: 0 };
    let stop: StateDifference | undefined;
    try {
      // Each batch's events are asked for one batch ahead, so that the other thread reads them
      // while this one replays.
      const ask = (from: number) => {
        const to = Math.min(from + batchEvents, size);
        return { to, events: stored.events(from, to) };
      };
      let next = ask(0);
      let open: DocumentInLog | undefined;
      for (let from = 0; from < size && !stored.stopped;) {
        const batch = next;
        const rows = await batch.events;
        if (batch.to < size) next = ask(batch.to);
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
        if (expected !== batch.to) throw new Differs({ table: 'events', seq: expected, reason: `event ${expected} is missing from the log; run ytterby verify` });
        await replay.endOfBatch(open?.firstSeq ?? batch.to);
        options.onProgress?.(batch.to - (open?.bodies.length ?? 0), size);
        from = batch.to;
      }
      if (!stored.stopped) {
        if (open !== undefined) {
          await replay.document(open);
          report.documents += 1;
          report.events += open.bodies.length;
        }
        await replay.endOfBatch(size);
        await replay.compareRest(await stored.allVersions());
        options.onProgress?.(size, size);
      }
    } catch (error) {
      if (!(error instanceof Differs)) throw error;
      stop = error.difference;
      await replay.flushReplayed();
    }
    const compared = await stored.finish(size);
    const first = earlier(earlier(stop, compared.flowDifference), earlier(compared.lotDifference, replay.lotDifference));
    report.flows = compared.flowsCompared;
    report.lots = compared.lotsCompared + replay.lotsNoted;
    report.lotsDiffering = compared.lotsDiffering + replay.lotsNoted;
    if (first !== undefined) {
      report.ok = false;
      report.difference = first;
    }
    return report;
  } finally {
    await stored.close();
  }
}

/** What the replay asks of the stored state (StoredState): on this thread, or on a worker thread. */
interface StoredSide {
  /** A flow differs: the replay may stop. */
  readonly stopped: boolean;
  /** The stored lots' versions, once read. */
  readonly versions: LotVersions | undefined;
  allVersions(): Promise<LotVersions>;
  events(fromSeq: number, toSeq: number): Promise<AuditEventRow[]>;
  /** Resolves once the rows are handed over; a difference found in them shows in finish's result. */
  flows(fromSeq: number, toSeq: number, made: string[]): Promise<void>;
  lots(made: string[]): Promise<void>;
  finish(logSize: number): Promise<ComparisonResult>;
  close(): Promise<void>;
}

class LocalSide extends StoredState implements StoredSide {
  static async open(store: Store): Promise<LocalSide> {
    return new LocalSide(store, await readLotVersions(store));
  }

  private constructor(store: Store, readonly versions: LotVersions) {
    super(store);
  }

  async allVersions(): Promise<LotVersions> {
    return this.versions;
  }
}

const WORKER_ENTRY = new URL('../worker-entry.mjs', import.meta.url);
const WORKER_MODULE = siblingModule('./audit-worker.ts', import.meta.url).href;

/** StoredState on a worker thread, with one here for what comes before the thread is open (it
 * takes about a second to start): until then the events are read and the rows compared here.
 * After, the thread reads and compares, and this one hands rows over without waiting for their
 * comparison, up to AUDIT_REQUESTS_AHEAD_MAX requests ahead, so the rows waiting stay a few
 * batches' worth. The versions come when the thread has read them, between other requests; until
 * then the replay keeps its lots. */
class ThreadSide implements StoredSide {
  readonly #worker: Worker;
  readonly #here: StoredState;
  readonly #stop = new Int32Array(new SharedArrayBuffer(4));
  readonly #waiting = new Map<number, { resolve: (reply: AuditReply) => void; reject: (error: Error) => void }>();
  /** Rows handed over and not yet compared, oldest first. */
  readonly #handedOver: Promise<AuditReply>[] = [];
  readonly #versions: Promise<LotVersions>;
  readonly #opened: Promise<void>;
  #nextId = 0;
  #open = false;
  #failure: Error | undefined;
  versions: LotVersions | undefined;

  constructor(store: Store) {
    this.#here = new StoredState(store);
    const workerData: AuditWorkerData & { module: string; preload: string[] } = {
      module: WORKER_MODULE, preload: ['kysely', store.engine === 'postgres' ? 'pg' : 'better-sqlite3'], store: store.spec, stop: this.#stop.buffer as SharedArrayBuffer,
    };
    this.#worker = new Worker(WORKER_ENTRY, { workerData });
    let read!: (versions: LotVersions) => void;
    let failed!: (error: Error) => void;
    this.#versions = new Promise<LotVersions>((resolve, reject) => ((read = resolve), (failed = reject)));
    this.#versions.catch(() => undefined);
    let open!: () => void;
    this.#opened = new Promise<void>((resolve) => (open = resolve));
    this.#opened = Promise.race([this.#opened, this.#versions.then(() => undefined)]);
    this.#worker.on('message', (message: AuditReply | AuditNotice) => {
      if (message.kind === 'open') {
        this.#open = true;
        open();
      }
      else if (message.kind === 'versions') {
        this.versions = message.versions;
        read(message.versions);
      } else if (message.kind === 'error') {
        const error = new Error(`the deep check's reading thread failed: ${message.error}`);
        this.#fail(error);
        failed(error);
      } else {
        this.#waiting.get(message.id)?.resolve(message);
        this.#waiting.delete(message.id);
      }
    });
    const fail = (error: Error) => {
      this.#fail(error);
      failed(error);
    };
    this.#worker.on('error', fail);
    this.#worker.on('exit', () => fail(new Error('the deep check\'s reading thread ended before answering')));
  }

  get stopped(): boolean {
    return this.#here.stopped || Atomics.load(this.#stop, 0) === 1;
  }

  allVersions(): Promise<LotVersions> {
    return this.#versions;
  }

  opened(): Promise<void> {
    return this.#opened;
  }

  async events(fromSeq: number, toSeq: number): Promise<AuditEventRow[]> {
    if (!this.#open) {
      // Reads here complete without a turn of the event loop, which the thread's `open` needs.
      await new Promise((resolve) => setImmediate(resolve));
      if (!this.#open) return this.#here.events(fromSeq, toSeq);
    }
    const reply = await this.#ask({ kind: 'events', fromSeq, toSeq });
    if (reply.kind !== 'events') throw new Error(`the deep check's reading thread answered ${reply.kind} to events`);
    return unpackEvents(reply.events) ?? this.#here.events(fromSeq, toSeq);
  }

  async flows(fromSeq: number, toSeq: number, made: string[]): Promise<void> {
    if (!this.#open) return this.#here.flows(fromSeq, toSeq, made);
    await this.#handOver({ kind: 'flows', fromSeq, toSeq, made });
  }

  async lots(made: string[]): Promise<void> {
    if (!this.#open) return this.#here.lots(made);
    await this.#handOver({ kind: 'lots', made });
  }

  /** The comparisons made here and there, as one. */
  async finish(logSize: number): Promise<ComparisonResult> {
    // The thread looks past the log's end; what was compared here before it opened is added.
    const here = this.#here.compared;
    const reply = await this.#ask({ kind: 'finish', logSize });
    if (reply.kind !== 'result') throw new Error(`the deep check's reading thread answered ${reply.kind} to finish`);
    const there = reply.result;
    const result: ComparisonResult = {
      flowsCompared: here.flowsCompared + there.flowsCompared,
      lotsCompared: here.lotsCompared + there.lotsCompared,
      lotsDiffering: here.lotsDiffering + there.lotsDiffering,
    };
    const flowDifference = earlier(here.flowDifference, there.flowDifference);
    const lotDifference = earlier(here.lotDifference, there.lotDifference);
    return { ...result, ...(flowDifference === undefined ? {} : { flowDifference }), ...(lotDifference === undefined ? {} : { lotDifference }) };
  }

  async close(): Promise<void> {
    await this.#worker.terminate();
  }

  async #handOver(request: AuditRequestBody): Promise<void> {
    // Until the thread has read the versions, it compares nothing; the rows wait in its queue.
    while (this.versions !== undefined && this.#handedOver.length >= AUDIT_REQUESTS_AHEAD_MAX) await this.#handedOver.shift();
    this.#handedOver.push(this.#ask(request));
  }

  #ask(request: AuditRequestBody): Promise<AuditReply> {
    if (this.#failure !== undefined) return Promise.reject(this.#failure);
    const id = this.#nextId++;
    const answered = new Promise<AuditReply>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    // Rows handed over are waited for only when more are: a failure must not go unhandled before.
    answered.catch(() => undefined);
    this.#worker.postMessage({ ...request, id } as AuditRequest);
    return answered;
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    for (const waiting of this.#waiting.values()) waiting.reject(this.#failure);
    this.#waiting.clear();
  }
}

type AuditRequestBody = AuditRequest extends infer R ? (R extends AuditRequest ? Omit<R, 'id'> : never) : never;

class Replay {
  readonly #store: Store;
  readonly #stored: StoredSide;
  /** Lots as the log makes them, that no stored row says are final yet. */
  readonly #live = new Map<string, LotState>();
  /** The first of the stored versions (in seq order) the replay has not reached. */
  #nextVersion = 0;
  /** Lots the replay has made final, by the table's account, as lotText, to compare. */
  #settled: string[] = [];
  /** The flows made since the last batch's end, as flowText, from the event #flowsFrom on. */
  #flows: string[] = [];
  #flowsFrom = 0;
  /** The end of the last document replayed. */
  #replayedTo = 0;
  /** Lots found to differ here: a row no event makes, or a lot changed after its row's last change. */
  lotsNoted = 0;
  lotDifference: StateDifference | undefined;

  constructor(store: Store, stored: StoredSide) {
    this.#store = store;
    this.#stored = stored;
  }

  async document(logged: DocumentInLog): Promise<void> {
    const { partyId, firstSeq } = logged;
    const events = logged.bodies.map((body) => JSON.parse(body) as LedgerEvent);
    // A correction's target was replayed, and its stored flows found equal to the replay's,
    // before this document: reading them back is reading the replay's own.
    const corrections = await loadCorrections(this.#store.reads, partyId, events);
    const { used, created } = lotIdsOf(events, partyId, corrections);
    const touched: LotState[] = [];
    const unknown: string[] = [];
    for (const id of used) {
      const lot = this.#live.get(id);
      if (lot !== undefined) touched.push(lot);
      else unknown.push(id);
    }
    for (const id of created) {
      const lot = this.#live.get(id);
      if (lot !== undefined) touched.push(lot);
    }
    const book = new LotBook(touched, asRecorded(partyId));
    const { flows, problems } = applyEvents(book, events, firstSeq, corrections);
    if (problems.length > 0) {
      await this.#refuseSettled(unknown, logged);
      const problem = problems[0]!;
      const seq = firstSeq + (problem.event ?? 0);
      throw new Differs({ table: 'events', seq, reason: `event ${seq} (${logged.eventIds[problem.event ?? 0]}) cannot be replayed on the state the log makes before it: ${problem.path.replace(/^document\.events\[\d+\]\./, '')}: ${problem.reason}` });
    }
    for (const flow of flows) this.#flows.push(flowText(flow));
    for (const lot of book.changedLots()) this.#live.set(lot.id, lot);
    this.#replayedTo = firstSeq + events.length;
  }

  /** A document the replay cannot apply uses a lot it no longer holds: if the lot has a row, the
   * replay let it go when it reached the event the row says changed it last, so the row's
   * updated_seq is not its last change. */
  async #refuseSettled(unknown: readonly string[], logged: DocumentInLog): Promise<void> {
    if (unknown.length === 0) return;
    const [row] = await this.#store.readLotRowsForAudit(unknown);
    if (row === undefined) return;
    const [id, , , , , , , , , , updatedSeq] = row;
    this.#note({
      table: 'lots', lotId: id, seq: Number(updatedSeq),
      reason: `lot ${id} was altered: its updated_seq reads ${updatedSeq}, but the document of event ${logged.firstSeq} (${logged.eventIds[0]}) changes it after that`,
    });
    throw new Differs(this.lotDifference!);
  }

  /** The events before `replayedTo` are replayed: hands over their flows, and settles the lots
   * whose rows say one of them changed them last (once the versions are read: until then the lots
   * stay live, which changes nothing but memory). */
  async endOfBatch(replayedTo: number): Promise<void> {
    const flows = this.#flows;
    this.#flows = [];
    await this.#stored.flows(this.#flowsFrom, replayedTo, flows);
    this.#flowsFrom = replayedTo;
    const versions = this.#stored.versions;
    if (versions !== undefined) {
      const { ids, seqs } = versions;
      for (; this.#nextVersion < ids.length && seqs[this.#nextVersion]! < replayedTo; this.#nextVersion += 1) {
        this.#settle(ids[this.#nextVersion]!, seqs[this.#nextVersion]!);
      }
    }
    await this.#compareSettled();
  }

  #settle(id: string, storedSeq: number): void {
    const lot = this.#live.get(id);
    if (lot === undefined) {
      this.#note({ table: 'lots', lotId: id, seq: storedSeq, reason: `lot ${id} is in the lots table, but no event of the log makes it (its updated_seq reads ${storedSeq})` });
    } else if (lot.updatedSeq === storedSeq) {
      this.#live.delete(id);
      this.#settled.push(lotText(lot));
    } else if (lot.updatedSeq > storedSeq) {
      this.#live.delete(id);
      this.#note({ table: 'lots', lotId: id, seq: storedSeq, reason: `lot ${id} was altered: its updated_seq reads ${storedSeq}, but event ${lot.updatedSeq} changes it after that` });
    }
    // Else the log last changed it before the event its row names: it stays live, to be compared
    // (and found to differ) at the end.
  }

  /** When the replay stops at a difference: what it replayed before is compared all the same, so
   * that an earlier difference is the one named. */
  async flushReplayed(): Promise<void> {
    await this.endOfBatch(this.#replayedTo);
    await this.#compareSettled();
  }

  #note(difference: StateDifference): void {
    this.lotsNoted += 1;
    this.lotDifference = earlier(this.lotDifference, difference);
  }

  async #compareSettled(): Promise<void> {
    const lots = this.#settled;
    this.#settled = [];
    if (lots.length > 0) await this.#stored.lots(lots);
  }

  /** At the end of the log (every version up to it settled): the lots not yet compared (their
   * rows name a later change than the log holds, or none), and the rows no event made. */
  async compareRest({ ids, seqs }: LotVersions): Promise<void> {
    for (; this.#nextVersion < ids.length && seqs[this.#nextVersion]! < this.#replayedTo; this.#nextVersion += 1) {
      this.#settle(ids[this.#nextVersion]!, seqs[this.#nextVersion]!);
    }
    await this.#compareSettled();
    const live = [...this.#live.values()];
    for (let start = 0; start < live.length; start += AUDIT_LOT_PAGE) await this.#stored.lots(live.slice(start, start + AUDIT_LOT_PAGE).map(lotText));
    for (let at = this.#nextVersion; at < ids.length; at += 1) {
      if (!this.#live.has(ids[at]!)) this.#note({ table: 'lots', lotId: ids[at], seq: seqs[at], reason: `lot ${ids[at]} is in the lots table, but no event of the log makes it` });
    }
  }
}

/** The registry as the events were judged when recorded: not asked again (RegistryView.replaying). */
function asRecorded(recorder: string): RegistryView {
  return { recorder, facilityKind: () => undefined, partyStatus: () => undefined, partyRoles: () => undefined, replaying: true };
}
