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
      worker.postMessage({ id, changes: ownBuffers(changes) });
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

/** Small Buffers share Node's 8 KiB allocation pool, and a structured clone copies a view's whole
 * ArrayBuffer: give the few small hashes of a document buffers of their own before posting. */
function ownBuffers(changes: CaptureWrite): CaptureWrite {
  const own = (bytes: Buffer) => (bytes.byteLength === bytes.buffer.byteLength ? bytes : Buffer.from(new Uint8Array(bytes).buffer));
  return {
    ...changes,
    expectedHead: { size: changes.expectedHead.size, chainHash: own(changes.expectedHead.chainHash) },
    leafHashes: own(changes.leafHashes),
    chainHashes: own(changes.chainHashes),
    head: { size: changes.head.size, chainHash: own(changes.head.chainHash), frontier: changes.head.frontier.map(own) },
    merkleNodes: changes.merkleNodes.map(([level, idx, hash]) => [level, idx, own(hash)]),
  };
}

/** The worker side: answers each posted document, in order, once it is committed. */
export async function serveWrites(port: MessagePort, writer: GroupWriter): Promise<void> {
  const queue = new GroupCommitQueue(writer);
  port.on('message', ({ id, changes }: { id: number; changes: CaptureWrite }) => {
    queue.write(reviveBuffers(changes)).then(
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

/** Buffers arrive as plain Uint8Arrays after the structured clone; the drivers bind Buffers. */
function reviveBuffers(changes: CaptureWrite): CaptureWrite {
  const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  changes.expectedHead.chainHash = buffer(changes.expectedHead.chainHash);
  changes.leafHashes = buffer(changes.leafHashes);
  changes.chainHashes = buffer(changes.chainHashes);
  changes.head.chainHash = buffer(changes.head.chainHash);
  changes.head.frontier = changes.head.frontier.map(buffer);
  for (const node of changes.merkleNodes) node[2] = buffer(node[2]);
  return changes;
}
