// The deep check's reading thread: reads the log and the stored rows on its own connection for the
// replaying thread, and compares the rows the replay hands over (audit-compare.ts). It says `open`
// once its connection is, reads the stored lots' versions (the replay's cue to compare each lot)
// between requests and posts them, and answers every request by its id: a batch of events first,
// since the replay waits for it, then rows to compare in the order handed over.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type StoreLocation } from '../store/index.ts';
import { LotVersionReader, packEvents, StoredState, type ComparisonResult, type LotVersions, type PackedEvents } from './audit-compare.ts';

export interface AuditWorkerData {
  store: StoreLocation;
  /** Int32 flag the replaying thread reads: set once a flow differs, so the replay can stop. */
  stop: SharedArrayBuffer;
}

export type AuditRequest = { id: number } & (
  | { kind: 'events'; fromSeq: number; toSeq: number }
  | { kind: 'flows'; fromSeq: number; toSeq: number; made: string[] }
  | { kind: 'lots'; made: string[] }
  | { kind: 'finish'; logSize: number }
);

export type AuditReply = { id: number } & ({ kind: 'events'; events: PackedEvents } | { kind: 'done' } | { kind: 'result'; result: ComparisonResult });

/** What the thread says unasked: open, the versions, or a failure (of a request, when id is set). */
export type AuditNotice = { kind: 'open' } | { kind: 'versions'; versions: LotVersions } | { kind: 'error'; id?: number; error: string };

if (parentPort === null) throw new Error('audit-worker.ts runs only as a worker thread');
const port = parentPort;
const { store: location, stop } = workerData as AuditWorkerData;
const stopFlag = new Int32Array(stop);
const failure = (error: unknown, id?: number): AuditNotice => ({ kind: 'error', ...(id === undefined ? {} : { id }), error: error instanceof Error ? error.stack ?? error.message : String(error) });

const urgent: AuditRequest[] = [];
const queued: AuditRequest[] = [];
let pumping = false;
let versions: LotVersionReader | undefined;
let stored: StoredState | undefined;
let closeStore: (() => Promise<void>) | undefined;

port.on('message', (request: AuditRequest) => {
  (request.kind === 'events' ? urgent : queued).push(request);
  void pump();
});

try {
  const store = await openStore(location);
  stored = new StoredState(store);
  closeStore = () => store.close();
  versions = new LotVersionReader(store);
  port.postMessage({ kind: 'open' } satisfies AuditNotice);
  void pump();
} catch (error) {
  port.postMessage(failure(error));
}

/** Works through the requests and the versions' pages, one at a time, a turn of the event loop
 * between them so that a request posted meanwhile is seen: events before anything else (the replay
 * waits for them), then the versions (until they come, the replay keeps every lot it changes), then
 * the comparisons, which the replay hands over without waiting. */
async function pump(): Promise<void> {
  if (pumping || stored === undefined) return;
  pumping = true;
  try {
    for (;;) {
      const request = urgent.shift() ?? (versions !== undefined ? undefined : queued.shift());
      if (request !== undefined) {
        await answer(stored, request);
      } else if (versions !== undefined) {
        if (await versions.readPage()) {
          const read = versions.versions();
          versions = undefined;
          port.postMessage({ kind: 'versions', versions: read } satisfies AuditNotice, [read.seqs.buffer as ArrayBuffer]);
        }
      } else {
        return;
      }
      await nextTurn();
    }
  } catch (error) {
    port.postMessage(failure(error));
  } finally {
    pumping = false;
  }
}

async function answer(state: StoredState, request: AuditRequest): Promise<void> {
  const { id } = request;
  try {
    switch (request.kind) {
      case 'events': {
        const events = packEvents(await state.events(request.fromSeq, request.toSeq));
        port.postMessage({ id, kind: 'events', events } satisfies AuditReply, [events.seqs.buffer as ArrayBuffer]);
        return;
      }
      case 'flows':
        await state.flows(request.fromSeq, request.toSeq, request.made);
        if (state.stopped) Atomics.store(stopFlag, 0, 1);
        port.postMessage({ id, kind: 'done' } satisfies AuditReply);
        return;
      case 'lots':
        await state.lots(request.made);
        port.postMessage({ id, kind: 'done' } satisfies AuditReply);
        return;
      case 'finish':
        port.postMessage({ id, kind: 'result', result: await state.finish(request.logSize) } satisfies AuditReply);
        versions = undefined;
        await closeStore?.();
        port.close();
        return;
    }
  } catch (error) {
    port.postMessage(failure(error, id));
  }
}
