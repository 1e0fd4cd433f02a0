// Recomputes the whole log from its stored events and names the first broken link, since
// everything after a broken link is suspect anyway. Two independent passes, run in parallel:
// - structure (this thread): the events are contiguous, each chain hash follows from the one
//   before, every stored Merkle node matches the leaves below it, and the head matches the log;
// - content (a worker thread, verify-content.ts): every event still hashes to its stored leaf,
//   and every document still hashes to its id and carries a valid signature of its recorder.
// Together they cover every stored byte that the ledger's integrity rests on.
import { Worker } from 'node:worker_threads';
import { MERKLE_STORED_LEVEL_MIN, VERIFY_BATCH_EVENTS } from '../limits.ts';
import type { Store } from '../store/index.ts';
import { ZERO_HASH } from '../store/index.ts';
import { headFrontierFromText } from '../store/lot-rows.ts';
import { chainHash } from './canonical.ts';
import { MerkleAccumulator } from './merkle.ts';
import { verifyContent, type ContentReport } from './verify-content.ts';

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
  onProgress?: (eventsChecked: number, eventsTotal: number) => void;
  /** Run the content pass on a worker thread (default); false runs both passes here, one after the other. */
  parallel?: boolean;
}

const WORKER_ENTRY = new URL('../worker-entry.mjs', import.meta.url);

export async function verifyLedger(store: Store, options: VerifyOptions = {}): Promise<VerifyReport> {
  const content = options.parallel === false ? undefined : contentOnWorker(store);
  const structure = await verifyStructure(store, options.onProgress);
  const contentReport = content === undefined ? await verifyContent(store) : await content;
  // The earlier of the two first breaks is the first broken link of the log.
  const broken = [structure.broken, contentReport.broken]
    .filter((b): b is BrokenLink => b !== undefined)
    .sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER))[0];
  const events = broken?.seq !== undefined ? Math.min(broken.seq, structure.events) : structure.events;
  return {
    ok: broken === undefined,
    events,
    documents: contentReport.documents,
    root: structure.root,
    chainHead: structure.chainHead,
    ...(broken === undefined ? {} : { broken }),
  };
}

function contentOnWorker(store: Store): Promise<ContentReport> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_ENTRY, {
      workerData: { module: new URL('./verify-content-worker.ts', import.meta.url).href, store: store.spec },
    });
    worker.once('message', (report: ContentReport | { error: string }) => {
      if ('error' in report) reject(new Error(`verify's content pass failed: ${report.error}`));
      else resolve(report);
    });
    worker.once('error', reject);
  });
}

interface StructureReport {
  events: number;
  root: string;
  chainHead: string;
  broken?: BrokenLink;
}

async function verifyStructure(store: Store, onProgress?: (done: number, total: number) => void): Promise<StructureReport> {
  const db = store.db;
  const headRow = await db.selectFrom('ledger_head').selectAll().where('id', '=', 1).executeTakeFirst();
  const total = headRow === undefined ? 0 : Number(headRow.size);
  const storedNodes = new Map<string, Buffer>();
  for (const node of await db.selectFrom('merkle_nodes').selectAll().execute()) storedNodes.set(`${node.level}:${node.idx}`, node.hash);

  let brokenNode: BrokenLink | undefined;
  const accumulator = new MerkleAccumulator((level, idx, hash) => {
    if (level < MERKLE_STORED_LEVEL_MIN) return;
    const key = `${level}:${idx}`;
    const stored = storedNodes.get(key);
    if (stored === undefined || !stored.equals(hash)) brokenNode ??= { reason: `stored Merkle node level ${level} index ${idx} ${stored === undefined ? 'is missing' : 'does not match the events below it'}` };
    storedNodes.delete(key);
  });
  let previous: Buffer = ZERO_HASH;
  let expectedSeq = 0;
  const report = (broken?: BrokenLink): StructureReport => ({
    events: expectedSeq,
    root: accumulator.root().toString('hex'),
    chainHead: previous.toString('hex'),
    ...(broken === undefined ? {} : { broken }),
  });

  while (true) {
    const batch = await store.readEventLinks(expectedSeq, VERIFY_BATCH_EVENTS);
    if (batch.length === 0) break;
    for (const [storedSeq, eventId, recordedAt, leafHash, storedChainHash] of batch) {
      const seq = Number(storedSeq);
      const at = { seq, eventId };
      if (seq !== expectedSeq) return report({ ...at, seq: expectedSeq, reason: `event ${expectedSeq} is missing: the log jumps from ${expectedSeq - 1} to ${seq}` });
      const chained = chainHash(previous, leafHash, seq, recordedAt);
      if (!chained.equals(storedChainHash)) return report({ ...at, reason: `event ${seq} (${eventId}) breaks the hash chain: its chain hash does not follow from the previous event, its leaf, its place and its recording time` });
      previous = chained;
      accumulator.push(leafHash);
      if (brokenNode !== undefined) return report({ ...brokenNode, seq });
      expectedSeq += 1;
    }
    onProgress?.(expectedSeq, total);
  }
  if (storedNodes.size > 0) return report({ reason: `${storedNodes.size} stored Merkle node(s) cover events that do not exist, e.g. ${[...storedNodes.keys()][0]}` });
  if (expectedSeq !== total) return report({ reason: `the head says the log has ${total} events, but ${expectedSeq} were found` });
  if (headRow !== undefined) {
    if (!headRow.chain_hash.equals(previous)) return report({ reason: 'the head chain hash does not match the last event' });
    const headRoot = MerkleAccumulator.fromFrontier(total, headFrontierFromText(headRow.frontier)).root();
    if (!headRoot.equals(accumulator.root())) return report({ reason: 'the head Merkle frontier does not match the events' });
  }
  return report();
}
