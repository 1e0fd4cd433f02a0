// Captures a stream of documents in order, as a pipeline over both cores: the pool's threads
// prepare the next documents, this thread applies each one against its own view of the lots,
// and a writer thread commits the one before. A refusal stops the stream: the documents before
// it are recorded, the refused one and those after it are not.
//
// The view is the committed lots overlaid with what the documents still in flight left them, so
// a document may build on the one before it before that one is committed. Every write commits
// only on the head it was computed against; if anything goes off the straight path (a refusal,
// a replayed or repeated id, a correction of an event still in flight, another process writing
// the same ledger), the in-flight documents settle, the view is dropped, and the document in
// question goes through captureDocument's locked path, which gives the exact answer.
import { IN_FLIGHT_DOCUMENTS_MAX } from '../limits.ts';
import { InputRefused } from '../problems.ts';
import type { CaptureWriter, LedgerHead, LotState, Store } from '../store/index.ts';
import { applyDocument, lotIdsOf, type CaptureResult } from './apply-document.ts';
import { capturePrepared, loadCorrections, signedDocumentRegistry } from './capture-document.ts';
import type { CaptureDocument } from './document-schema.ts';
import { prepareDocumentText, type PreparedDocument } from './prepare-document.ts';
import type { PreparePool } from './prepare-pool.ts';
import { RegistryCache, registryReads } from './registry-reads.ts';

/** Documents prepared ahead of the writer: enough to keep every worker busy, few enough that a
 * stream of large documents does not pile up in memory. */
const LOOKAHEAD_DOCUMENTS = 4;


interface InFlight {
  ticket: number;
  /** The document again, for the locked path to redo it if its write is refused. */
  reopen: () => PreparedDocument;
  written: Promise<void>;
  result: CaptureResult;
  lotIds: string[];
}

export interface CaptureStreamOptions {
  /** The ledger's clock for each document; by default the wall clock. The generator records
   * each document at the moment its enterprise submitted it, so a year replays identically. */
  clock?: (document: CaptureDocument) => Date;
}

export async function* captureStream(
  store: Store,
  texts: AsyncIterable<string> | Iterable<string>,
  pool: PreparePool,
  options: CaptureStreamOptions = {},
): AsyncGenerator<CaptureResult> {
  const ahead: { text: string; prepared: Promise<PreparedDocument> }[] = [];
  const iterator = (Symbol.asyncIterator in texts ? texts[Symbol.asyncIterator]() : (texts as Iterable<string>)[Symbol.iterator]()) as AsyncIterator<string> | Iterator<string>;
  let exhausted = false;
  const fill = async () => {
    while (!exhausted && ahead.length < LOOKAHEAD_DOCUMENTS) {
      const next = await iterator.next();
      if (next.done === true) exhausted = true;
      else {
        const prepared = pool.prepare(next.value);
        // A refusal is reported when its turn comes; until then it must not count as unhandled.
        prepared.catch(() => undefined);
        ahead.push({ text: next.value, prepared });
      }
    }
  };
  const pipeline = new CapturePipeline(store, await store.openCaptureWriter(), options.clock ?? (() => new Date()));
  try {
    await fill();
    while (ahead.length > 0) {
      const { text, prepared: preparing } = ahead.shift()!;
      let prepared: PreparedDocument;
      try {
        prepared = await preparing;
      } catch (error) {
        // The documents before a malformed one are recorded before it is reported.
        yield* pipeline.drain();
        throw error;
      }
      await fill();
      // Redone from its text if need be, so that the prepared document, thousands of objects,
      // dies young instead of waiting for its commit.
      if (!(await pipeline.offer(prepared, () => prepareDocumentText(text, new Date())))) {
        yield* pipeline.captureLocked(prepared);
        continue;
      }
      while (pipeline.inFlight > IN_FLIGHT_DOCUMENTS_MAX) yield* pipeline.settleOldest();
    }
    yield* pipeline.drain();
  } finally {
    await pipeline.close();
  }
}

const ignore = (): undefined => undefined;

/** A document's outcome: its result, or why it was refused. */
export type Settled = { result: CaptureResult } | { error: unknown };

export class CapturePipeline {
  readonly #store: Store;
  readonly #writer: CaptureWriter;
  readonly #queue: InFlight[] = [];
  /** Lots as the in-flight documents leave them, with the ticket of the last one to change each. */
  readonly #view = new Map<string, { lot: LotState; ticket: number }>();
  /** The head after the last document applied; undefined until read from the store. */
  #head: LedgerHead | undefined;
  /** What the documents read of the registry, while its version holds; undefined until read. */
  #registry: RegistryCache | undefined;
  #nextTicket = 0;
  readonly #clock: (document: CaptureDocument) => Date;

  constructor(store: Store, writer: CaptureWriter, clock: (document: CaptureDocument) => Date) {
    this.#store = store;
    this.#writer = writer;
    this.#clock = clock;
  }

  get inFlight(): number {
    return this.#queue.length;
  }

  /** Applies the document and hands it to the writer; false when it needs the locked path.
   * `reopen` gives the document again should its write be refused, so that the pipeline need not
   * keep this one until the commit. */
  async offer(prepared: PreparedDocument, reopen: () => PreparedDocument = () => prepared): Promise<boolean> {
    const { document } = prepared;
    const now = this.#clock(document);
    const recorder = document.party;
    const reads = this.#store.reads;
    this.#registry ??= new RegistryCache(registryReads(this.#store.db), await reads.readRegistryVersion());
    let registry;
    try {
      registry = await signedDocumentRegistry(this.#registry, prepared, now);
    } catch (error) {
      if (error instanceof InputRefused) return false;
      throw error;
    }
    // The head is read before any lot: a commit by another process after this read moves the
    // stored head, so the write below, which must find this head, is refused as stale. Read after
    // the lots, the head could already include a commit those lots do not, and a lot would be
    // spent on a balance that no longer stands.
    this.#head ??= await reads.readHead();
    const corrections = await loadCorrections(reads, recorder, document.events);
    // The ids the document names for new lots are not read from the database: one that exists
    // there already fails the insert, and the document then goes through the locked path, which
    // names it.
    const lots: LotState[] = [];
    const unseen: string[] = [];
    const { used, created } = lotIdsOf(document.events, recorder, corrections);
    for (const id of used) {
      const pending = this.#view.get(id);
      if (pending === undefined) unseen.push(id);
      else lots.push(pending.lot);
    }
    for (const id of created) {
      const pending = this.#view.get(id);
      if (pending !== undefined) lots.push(pending.lot);
    }
    lots.push(...(await reads.readLots(unseen)));
    const applied = applyDocument({ prepared, registry, lots, corrections, head: this.#head, recordedAt: now.toISOString() });
    if ('problems' in applied) return false;

    const ticket = this.#nextTicket++;
    for (const lot of applied.lots) this.#view.set(lot.id, { lot, ticket });
    this.#head = applied.changes.head;
    const written = this.#writer.submit(applied.changes);
    // Failures are met in settleOldest, in order; until then they must not count as unhandled.
    // A closure made here would keep this call's context, and the prepared document with it,
    // until the commit.
    written.catch(ignore);
    this.#queue.push({ ticket, reopen, written, result: applied.result, lotIds: applied.lots.map((lot) => lot.id) });
    return true;
  }

  /** Waits for the oldest document in flight; yields its result, or, if its write was refused,
   * settles everything in flight and records the refused documents through the locked path. */
  async *settleOldest(): AsyncGenerator<CaptureResult> {
    for await (const settled of this.settleOldestEach()) {
      if ('error' in settled) throw settled.error;
      yield settled.result;
    }
  }

  /** As settleOldest, but a refused document is yielded as its error, and the ones after it are
   * still recorded: for callers that answer each document on its own. */
  async *settleOldestEach(): AsyncGenerator<Settled> {
    const oldest = this.#queue[0]!;
    try {
      await oldest.written;
    } catch {
      yield* this.#recover();
      return;
    }
    this.#queue.shift();
    for (const id of oldest.lotIds) {
      if (this.#view.get(id)?.ticket === oldest.ticket) this.#view.delete(id);
    }
    yield { result: oldest.result };
  }

  async *drain(): AsyncGenerator<CaptureResult> {
    while (this.#queue.length > 0) yield* this.settleOldest();
  }

  /** Records a document the pipeline could not apply through the locked path, after everything
   * before it; it throws the document's refusal, if it is refused. */
  async *captureLocked(prepared: PreparedDocument): AsyncGenerator<CaptureResult> {
    yield* this.drain();
    this.#forget();
    yield await capturePrepared(this.#store, prepared, { now: this.#clock(prepared.document) });
  }

  /** As captureLocked, yielding each document's outcome, the refused ones included. */
  async *captureLockedEach(prepared: PreparedDocument): AsyncGenerator<Settled> {
    while (this.#queue.length > 0) yield* this.settleOldestEach();
    this.#forget();
    try {
      yield { result: await capturePrepared(this.#store, prepared, { now: this.#clock(prepared.document) }) };
    } catch (error) {
      yield { error };
    }
  }

  /** A write was refused, so every write after it was too (each expected the head before it):
   * start again from what is committed. */
  async *#recover(): AsyncGenerator<Settled> {
    const redo = this.#queue.splice(0);
    await Promise.allSettled(redo.map((entry) => entry.written));
    this.#view.clear();
    this.#forget();
    for (const entry of redo) {
      try {
        const prepared = entry.reopen();
        yield { result: await capturePrepared(this.#store, prepared, { now: this.#clock(prepared.document) }) };
      } catch (error) {
        yield { error };
      }
    }
  }

  /** Off the straight path, the head and the registry are read again: either may have moved. */
  #forget(): void {
    this.#head = undefined;
    this.#registry = undefined;
  }

  async close(): Promise<void> {
    await this.#writer.close();
  }
}
