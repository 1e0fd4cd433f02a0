// The deep check's reading thread: reads the log and the stored rows on its own connection for the
// replaying thread, and compares the rows the replay posts (audit-compare.ts). Once open, it posts
// the stored lots' versions (the replay's cue to compare each lot) as `ready`; then it answers
// every request, in the order posted.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type StoreLocation } from '../store/index.ts';
import { packEvents, readLotVersions, StoredState, type ComparisonResult, type LotVersions, type PackedEvents } from './audit-compare.ts';

export interface AuditWorkerData {
  store: StoreLocation;
  /** Int32 flag the replaying thread reads: set once a flow differs, so the replay can stop. */
  stop: SharedArrayBuffer;
}

export type AuditRequest =
  | { kind: 'events'; fromSeq: number; toSeq: number }
  | { kind: 'flows'; fromSeq: number; toSeq: number; made: string[] }
  | { kind: 'lots'; made: string[] }
  | { kind: 'finish'; logSize: number };

export type AuditReady = { kind: 'ready'; versions: LotVersions };

export type AuditReply =
  | { kind: 'events'; events: PackedEvents }
  | { kind: 'done' }
  | { kind: 'result'; result: ComparisonResult }
  | { kind: 'error'; error: string };

if (parentPort === null) throw new Error('audit-worker.ts runs only as a worker thread');
const port = parentPort;
const { store: location, stop } = workerData as AuditWorkerData;
const stopFlag = new Int32Array(stop);
const failed = (error: unknown): AuditReply => ({ kind: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) });

const opened = openStore(location);
const state = opened.then(async (store) => {
  const versions = await readLotVersions(store);
  port.postMessage({ kind: 'ready', versions } satisfies AuditReady, [versions.seqs.buffer as ArrayBuffer]);
  return new StoredState(store);
});
state.catch((error: unknown) => port.postMessage(failed(error)));
let queue: Promise<unknown> = Promise.resolve();
port.on('message', (request: AuditRequest) => {
  queue = queue.then(async () => {
    let reply: AuditReply;
    try {
      const stored = await state;
      reply = await answer(stored, request);
      if (stored.stopped) Atomics.store(stopFlag, 0, 1);
    } catch (error) {
      reply = failed(error);
    }
    port.postMessage(reply, reply.kind === 'events' ? [reply.events.seqs.buffer as ArrayBuffer] : []);
    if (request.kind === 'finish') {
      await (await opened).close();
      port.close();
    }
  });
});

async function answer(stored: StoredState, request: AuditRequest): Promise<AuditReply> {
  switch (request.kind) {
    case 'events':
      return { kind: 'events', events: packEvents(await stored.events(request.fromSeq, request.toSeq)) };
    case 'flows':
      await stored.flows(request.fromSeq, request.toSeq, request.made);
      return { kind: 'done' };
    case 'lots':
      await stored.lots(request.made);
      return { kind: 'done' };
    case 'finish':
      return { kind: 'result', result: await stored.finish(request.logSize) };
  }
}
