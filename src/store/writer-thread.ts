// A CaptureWriter on a worker thread of its own, for an engine whose writes run in this process
// (SQLite: sqlite/sqlite-writer-thread.ts), so they run beside the ledger's work on another core.
// Documents are posted in order and answered in order.
import { Worker, type MessagePort } from 'node:worker_threads';
import { CAPTURE_WORKER_YOUNG_GENERATION_MB } from '../limits.ts';
import { GroupCommitQueue, type GroupWriter } from './group-commit.ts';
import type { CaptureWrite, CaptureWriter, StoreLocation } from './store.ts';
import { DuplicateEventError, StaleHeadError, StoreError } from './store.ts';

const WORKER_ENTRY = new URL('../worker-entry.mjs', import.meta.url);

export type WriteReply = { id: number; ok: true } | { id: number; ok: false; kind: 'duplicate' | 'stale' | 'other'; message: string } | { ready: true };

export interface WriterThreadData {
  module: string;
  store: StoreLocation;
}

export async function startWriterThread(module: URL, store: StoreLocation): Promise<CaptureWriter> {
  const worker = new Worker(WORKER_ENTRY, { workerData: { module: module.href, store } satisfies WriterThreadData, resourceLimits: { maxYoungGenerationSizeMb: CAPTURE_WORKER_YOUNG_GENERATION_MB } });
  const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let failure: Error | undefined;
  const failAll = (error: Error) => {
    failure ??= error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', () => resolve());
  });
  worker.on('message', (reply: WriteReply) => {
    if ('ready' in reply) return;
    const waiter = pending.get(reply.id);
    if (waiter === undefined) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve();
    else waiter.reject(reply.kind === 'duplicate' ? new DuplicateEventError(reply.message) : reply.kind === 'stale' ? new StaleHeadError(reply.message) : new StoreError(reply.message));
  });
  worker.on('error', (error) => failAll(new StoreError(`the capture writer thread failed: ${error.message}`)));
  worker.on('exit', () => failAll(new StoreError('the capture writer thread stopped')));
  const inFlight = new Set<Promise<void>>();
  return {
    submit(changes: CaptureWrite): Promise<void> {
      if (failure !== undefined) return Promise.reject(failure);
      const id = nextId++;
      // Posted outside the promise's executor: a closure over `changes` would put it in this
      // call's context, which the callbacks below keep until the commit, and a document's rows
      // would then outlive two scavenges and be copied into the old generation.
      worker.postMessage({ id, changes: toPosted(changes) });
      const written = new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
      const settled = written.then(() => undefined, () => undefined);
      inFlight.add(settled);
      void settled.then(() => inFlight.delete(settled));
      return written;
    },
    async close(): Promise<void> {
      await Promise.all(inFlight);
      await worker.terminate();
    },
  };
}

/** A document's changes as posted to the writer thread: its tables as columns, its hashes in
 * buffers of their own. */
type PostedWrite = Omit<CaptureWrite, PackedTable> & { [table in PackedTable]: Columns };
type PackedTable = 'events' | 'newLots' | 'changedLots' | 'flows' | 'alerts';

/** A table's rows as columns. V8's structured clone spends about a microsecond on each small array
 * (every object is tracked, for cycles) and copies every string it meets, so a document's 1,000
 * event rows of eight values cost more to post and to receive than their text; as columns they
 * cost a tenth, and a column whose values are all the same (the document's id in every event)
 * travels once. */
interface Columns {
  rows: number;
  columns: ({ values: unknown[] } | { every: unknown })[];
}

function toColumns(rows: readonly (readonly unknown[])[]): Columns {
  const columns: Columns['columns'] = [];
  for (let c = 0; c < (rows[0]?.length ?? 0); c += 1) {
    const first = rows[0]![c];
    const values = new Array<unknown>(rows.length);
    let same = true;
    for (let r = 0; r < rows.length; r += 1) {
      const value = rows[r]![c];
      values[r] = value;
      if (value !== first) same = false;
    }
    columns.push(same ? { every: first } : { values });
  }
  return { rows: rows.length, columns };
}

function fromColumns<Row extends unknown[]>({ rows: count, columns }: Columns): Row[] {
  const rows = new Array<Row>(count);
  for (let r = 0; r < count; r += 1) {
    const row = new Array<unknown>(columns.length);
    for (let c = 0; c < columns.length; c += 1) {
      const column = columns[c]!;
      row[c] = 'every' in column ? column.every : column.values[r];
    }
    rows[r] = row as Row;
  }
  return rows;
}

/** Small Buffers share Node's 8 KiB allocation pool, and a structured clone copies a view's whole
 * ArrayBuffer: the few small hashes of a document get buffers of their own before posting. */
function toPosted(changes: CaptureWrite): PostedWrite {
  const own = (bytes: Buffer) => (bytes.byteLength === bytes.buffer.byteLength ? bytes : Buffer.from(new Uint8Array(bytes).buffer));
  return {
    ...changes,
    expectedHead: { size: changes.expectedHead.size, chainHash: own(changes.expectedHead.chainHash) },
    events: toColumns(changes.events),
    leafHashes: own(changes.leafHashes),
    chainHashes: own(changes.chainHashes),
    newLots: toColumns(changes.newLots),
    changedLots: toColumns(changes.changedLots),
    flows: toColumns(changes.flows),
    alerts: toColumns(changes.alerts),
    head: { size: changes.head.size, chainHash: own(changes.head.chainHash), frontier: changes.head.frontier.map(own) },
    merkleNodes: changes.merkleNodes.map(([level, idx, hash]) => [level, idx, own(hash)]),
  };
}

/** The worker side: answers each posted document, in order, once it is committed. */
export async function serveWrites(port: MessagePort, writer: GroupWriter): Promise<void> {
  const queue = new GroupCommitQueue(writer);
  port.on('message', ({ id, changes }: { id: number; changes: PostedWrite }) => {
    queue.write(fromPosted(changes)).then(
      () => port.postMessage({ id, ok: true } satisfies WriteReply),
      (error: unknown) => port.postMessage(refusedReply(id, error)),
    );
  });
  port.postMessage({ ready: true } satisfies WriteReply);
}

function refusedReply(id: number, error: unknown): WriteReply {
  const kind = error instanceof DuplicateEventError ? 'duplicate' : error instanceof StaleHeadError ? 'stale' : 'other';
  return { id, ok: false, kind, message: error instanceof Error ? error.message : String(error) };
}

/** The changes as posted, with their rows back and their Buffers revived: they arrive as plain
 * Uint8Arrays after the structured clone, and the drivers bind Buffers. */
function fromPosted(posted: PostedWrite): CaptureWrite {
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    ...posted,
    expectedHead: { size: posted.expectedHead.size, chainHash: buffer(posted.expectedHead.chainHash) },
    events: fromColumns(posted.events),
    leafHashes: buffer(posted.leafHashes),
    chainHashes: buffer(posted.chainHashes),
    newLots: fromColumns(posted.newLots),
    changedLots: fromColumns(posted.changedLots),
    flows: fromColumns(posted.flows),
    alerts: fromColumns(posted.alerts),
    head: { size: posted.head.size, chainHash: buffer(posted.head.chainHash), frontier: posted.head.frontier.map(buffer) },
    merkleNodes: posted.merkleNodes.map(([level, idx, hash]) => [level, idx, buffer(hash)]),
  };
}
