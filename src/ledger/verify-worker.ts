// A verify worker thread: claims chunks from the queue it shares with the other checking threads
// and checks them on its own connection to the same data, posting each report, until none is left.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type StoreLocation } from '../store/index.ts';
import { verifyChunk, type ChunkReport, type ChunkTask, type KeyCache } from './verify-chunk.ts';
import { ChunkQueue } from './verify-queue.ts';

export interface VerifyWorkerData {
  store: StoreLocation;
  tasks: ChunkTask[];
  queue: SharedArrayBuffer;
}

export type ChunkReply = { index: number; report: ChunkReport } | { error: string };

if (parentPort === null) throw new Error('verify-worker.ts runs only as a worker thread');
const port = parentPort;
const { store: location, tasks, queue: shared } = workerData as VerifyWorkerData;
const queue = new ChunkQueue(shared);
const reply = (message: ChunkReply) => port.postMessage(message);

try {
  // The other threads may have checked every chunk while this one started: then it opens nothing.
  let index = queue.claim();
  if (index !== undefined) {
    const store = await openStore(location);
    try {
      const keys: KeyCache = new Map();
      for (; index !== undefined; index = queue.claim()) {
        const report = await verifyChunk(store, tasks[index]!, keys);
        if (report.broken !== undefined) queue.stopAt(index + 1);
        reply({ index, report });
      }
    } finally {
      await store.close();
    }
  }
} catch (error) {
  reply({ error: error instanceof Error ? error.stack ?? error.message : String(error) });
}
