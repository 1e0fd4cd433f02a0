// Recomputes the whole log from its stored rows and names the first broken link, since everything
// after a broken link is suspect anyway. The log is cut into aligned chunks of 2^k events, each
// checked reading its rows once (verify-chunk.ts), by this thread and one worker thread per other
// core (verify-worker.ts). This thread takes the chunks' results in order, builds the Merkle tree
// from their subtree hashes (checking the stored nodes above a chunk), and then checks what no
// chunk can see: no stored node, event or document lies beyond the log, and the head matches it.
// Together they cover every stored byte that the ledger's integrity rests on.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { MERKLE_STORED_LEVEL_MIN, VERIFY_BATCH_EVENTS, VERIFY_CHUNK_EVENTS } from '../limits.ts';
import type { Store } from '../store/index.ts';
import { ZERO_HASH } from '../store/index.ts';
import { headFrontierFromText } from '../store/lot-rows.ts';
import { CAPTURE_FORMAT } from './document-schema.ts';
import { MerkleAccumulator } from './merkle.ts';
import { verifyChunk, type ChunkBreak, type ChunkReport, type ChunkTask, type KeyCache } from './verify-chunk.ts';
import { ChunkQueue } from './verify-queue.ts';
import type { ChunkReply, VerifyWorkerData } from './verify-worker.ts';
import { siblingModule } from '../module-url.ts';

export interface BrokenLink {
  /** What was found altered or missing. */
  reason: string;
  seq?: number;
  eventId?: string;
  documentId?: string;
}

export interface VerifyReport {
  ok: boolean;
  /** Events checked, in order, before the first broken link (all of them when ok). */
  events: number;
  documents: number;
  /** Merkle root (hex) over the events checked. */
  root: string;
  /** Chain hash (hex) of the last event checked. */
  chainHead: string;
  broken?: BrokenLink;
}

export interface VerifyOptions {
  /** Called as each chunk of the log is done, in order. */
  onProgress?: (eventsChecked: number, eventsTotal: number) => void;
  /** Share the chunks with worker threads (default, when there are WORKER_CHUNKS_MIN or more);
   * false checks them all on this thread. */
  parallel?: boolean;
  /** Events per chunk, a power of two (default VERIFY_CHUNK_EVENTS); small ones let tests cross chunk boundaries. */
  chunkEvents?: number;
}

type Subtree = { level: number; hash: Buffer };

/** Workers take part from this many chunks up: a worker takes about as long to start (0.75 s on
 * the 2-core bench machine, its own module loader and connection) as this thread takes to check
 * two chunks, so with fewer it would only slow this thread down and be waited for. */
const WORKER_CHUNKS_MIN = 4;

const WORKER_ENTRY = new URL('../worker-entry.mjs', import.meta.url);
const WORKER_MODULE = siblingModule('./verify-worker.ts', import.meta.url).href;

export async function verifyLedger(store: Store, options: VerifyOptions = {}): Promise<VerifyReport> {
  const chunkEvents = options.chunkEvents ?? VERIFY_CHUNK_EVENTS;
  const level = Math.log2(chunkEvents);
  if (!Number.isInteger(level) || level < 0 || level > 52) throw new RangeError(`chunkEvents must be a power of two, got ${chunkEvents}`);
  const db = store.db;
  const head = await db.selectFrom('ledger_head').selectAll().where('id', '=', 1).executeTakeFirst();
  const size = head === undefined ? 0 : Number(head.size);
  const tasks: ChunkTask[] = [];
  for (let start = 0; start < size; start += chunkEvents) {
    tasks.push({ start, end: Math.min(start + chunkEvents, size), level, logSize: size, format: CAPTURE_FORMAT });
  }

  // Nodes up to the chunks' level are the chunks' to check; the few above them are checked here.
  const upperNodes = new Map<string, Buffer>();
  const upperLevelMin = Math.max(level + 1, MERKLE_STORED_LEVEL_MIN);
  for (const node of await db.selectFrom('merkle_nodes').select(['level', 'idx', 'hash']).where('level', '>=', upperLevelMin).execute()) {
    upperNodes.set(`${node.level}:${node.idx}`, node.hash);
  }
  let nodeProblem: string | undefined;
  const tree = new MerkleAccumulator((nodeLevel, idx, hash) => {
    if (nodeLevel < upperLevelMin) return;
    const stored = upperNodes.get(`${nodeLevel}:${idx}`);
    if (stored === undefined || !stored.equals(hash)) nodeProblem ??= `stored Merkle node level ${nodeLevel} index ${idx} ${stored === undefined ? 'is missing' : 'does not match the events below it'}`;
  });

  let chainHead = ZERO_HASH.toString('hex');
  let documents = 0;
  const report = (broken?: BrokenLink): VerifyReport => ({
    ok: broken === undefined, events: size, documents, root: tree.root().toString('hex'), chainHead, ...(broken === undefined ? {} : { broken }),
  });
  // The first broken chunk holds the first broken link: every chunk names breaks in its own range.
  const brokenAt = async (task: ChunkTask, before: Subtree[], broken: ChunkBreak): Promise<VerifyReport> => ({
    ok: false,
    events: broken.seq,
    documents,
    ...(await prefixOf(store, before, chainHead, task.start, broken.seq)),
    broken,
  });

  const workers = options.parallel === false || tasks.length < WORKER_CHUNKS_MIN ? 0 : Math.min(availableParallelism() - 1, tasks.length - 1);
  let index = 0;
  for await (const chunk of chunkReports(store, tasks, workers)) {
    const task = tasks[index++]!;
    documents += chunk.documents;
    const before = tree.subtrees();
    if (chunk.broken !== undefined) return brokenAt(task, before, chunk.broken);
    for (const subtree of chunk.subtrees) tree.pushSubtree(subtree.level, Buffer.from(subtree.hash, 'hex'));
    // A node above the chunk completes with the chunk's last event, as if its leaves were pushed.
    if (nodeProblem !== undefined) return brokenAt(task, before, { seq: task.end - 1, reason: nodeProblem });
    chainHead = chunk.chainHash;
    options.onProgress?.(task.end, size);
  }

  const strayDocument = await db.selectFrom('documents').select(['id', 'first_seq']).where('first_seq', '>=', size).orderBy('first_seq').limit(1).executeTakeFirst();
  if (strayDocument !== undefined) {
    return report({ seq: Number(strayDocument.first_seq), documentId: strayDocument.id, reason: `document ${strayDocument.id} starts at seq ${strayDocument.first_seq}, after the last event` });
  }
  // Every node the log implies was found and matched, so any further stored node is a stray.
  const stored = await db.selectFrom('merkle_nodes').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
  const strays = Number(stored.count) - expectedNodes(size);
  if (strays > 0) {
    const example = await strayNode(store, size);
    return report({ reason: `${strays} stored Merkle node(s) cover events that do not exist${example === undefined ? '' : `, e.g. ${example}`}` });
  }
  const beyond = await db.selectFrom('events').select((eb) => eb.fn.countAll().as('count')).where('seq', '>=', size).executeTakeFirstOrThrow();
  if (Number(beyond.count) > 0) return report({ reason: `the head says the log has ${size} events, but ${size + Number(beyond.count)} were found` });
  if (head !== undefined) {
    if (head.chain_hash.toString('hex') !== chainHead) return report({ reason: 'the head chain hash does not match the last event' });
    if (!headRoot(size, head.frontier)?.equals(tree.root())) return report({ reason: 'the head Merkle frontier does not match the events' });
  }
  return report();
}

/** Root and chain head over [0, seq): the tree of the chunks before, then the events of this one up
 * to `seq`, which its check has passed, read again (only when the log is broken). */
async function prefixOf(store: Store, before: Subtree[], chainBefore: string, start: number, seq: number): Promise<{ root: string; chainHead: string }> {
  const tree = new MerkleAccumulator();
  for (const subtree of before) tree.pushSubtree(subtree.level, subtree.hash);
  let chainHead = chainBefore;
  for (let at = start; at < seq; at += VERIFY_BATCH_EVENTS) {
    for (const row of await store.readEventsForVerify(at, Math.min(at + VERIFY_BATCH_EVENTS, seq))) {
      tree.push(Buffer.from(row[6], 'hex'));
      chainHead = row[7];
    }
  }
  return { root: tree.root().toString('hex'), chainHead };
}

/** Stored nodes a log of `size` events has: every complete aligned subtree from the lowest stored level up. */
function expectedNodes(size: number): number {
  let count = 0;
  for (let level = MERKLE_STORED_LEVEL_MIN; 2 ** level <= size; level += 1) count += Math.floor(size / 2 ** level);
  return count;
}

/** A stored node (`level:idx`) that a log of `size` events does not have. */
async function strayNode(store: Store, size: number): Promise<string | undefined> {
  for (const { level } of await store.db.selectFrom('merkle_nodes').select('level').distinct().orderBy('level').execute()) {
    const query = store.db.selectFrom('merkle_nodes').select('idx').where('level', '=', level);
    const stray = await (level < MERKLE_STORED_LEVEL_MIN ? query : query.where('idx', '>=', Math.floor(size / 2 ** level))).limit(1).executeTakeFirst();
    if (stray !== undefined) return `${level}:${stray.idx}`;
  }
  return undefined;
}

/** The root the head's frontier gives, or undefined when it is not a frontier of `size` leaves. */
function headRoot(size: number, frontier: string): Buffer | undefined {
  try {
    return MerkleAccumulator.fromFrontier(size, headFrontierFromText(frontier)).root();
  } catch {
    return undefined;
  }
}

/** The packages a verify worker loads before its TypeScript (worker-entry.mjs): the query builder,
 * the store's driver and the signatures' library (jose: about 100 ms less CPU per worker). */
function workerPreload(store: Store): string[] {
  return ['kysely', store.engine === 'postgres' ? 'pg' : 'better-sqlite3', 'jose'];
}

/** Chunk reports in order. This thread checks chunks too, beside one worker per other core: a
 * worker costs a second or more of CPU to start (its own module loader and connection), so one
 * fewer worker leaves more of the machine to the checks. */
async function* chunkReports(store: Store, tasks: readonly ChunkTask[], workerCount: number): AsyncGenerator<ChunkReport> {
  const queue = ChunkQueue.create(tasks.length);
  const reports = new Map<number, ChunkReport>();
  let failure: Error | undefined;
  let running = workerCount;
  let wake = (): void => undefined;
  const exits = Array.from({ length: workerCount }, () => {
    const workerData: VerifyWorkerData & { module: string; preload: string[] } = {
      module: WORKER_MODULE, preload: workerPreload(store), store: store.spec, tasks: [...tasks], queue: queue.shared,
    };
    const worker = new Worker(WORKER_ENTRY, { workerData });
    worker.on('message', (reply: ChunkReply) => {
      if ('error' in reply) failure ??= new Error(`a verify worker failed: ${reply.error}`);
      else reports.set(reply.index, reply.report);
      wake();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake();
    });
    return new Promise<void>((resolve) => worker.once('exit', () => {
      running -= 1;
      resolve();
      wake();
    }));
  });
  const keys: KeyCache = new Map();
  try {
    for (let index = 0; index < tasks.length; index += 1) {
      while (!reports.has(index)) {
        if (failure !== undefined) throw failure;
        const mine = queue.claim();
        if (mine !== undefined) {
          const report = await verifyChunk(store, tasks[mine]!, keys);
          if (report.broken !== undefined) queue.stopAt(mine + 1);
          reports.set(mine, report);
          // Lets the workers' reports in, which a chunk checked here may have held up.
          await new Promise((resolve) => setImmediate(resolve));
        } else if (running === 0) {
          throw new Error(`verify's workers ended without checking events ${tasks[index]!.start} to ${tasks[index]!.end - 1}`);
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
      yield reports.get(index)!;
      reports.delete(index);
    }
  } finally {
    // Nothing more is handed out; a worker finishes the chunk it holds, then ends.
    queue.stopAt(0);
    await Promise.all(exits);
  }
}
