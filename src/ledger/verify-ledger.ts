// Recomputes the whole log from its stored events: every leaf hash, the hash chain, every stored
// Merkle node, every document's id and signature, and the head. Stops at the first broken link
// and names it, since everything after a broken link is suspect anyway.
import { MERKLE_STORED_LEVEL_MIN, VERIFY_BATCH_EVENTS } from '../limits.ts';
import { findKey, type KeyRecord } from '../registry/queries.ts';
import type { Store } from '../store/index.ts';
import { ZERO_HASH } from '../store/index.ts';
import { canonicalDocument, chainHash, eventLeafHash, sha256 } from './canonical.ts';
import { CAPTURE_FORMAT } from './document-schema.ts';
import { MerkleAccumulator } from './merkle.ts';
import { signatureProblem } from './signing.ts';
import { headFrontierFromText } from '../store/lot-rows.ts';

export interface BrokenLink {
  /** What was found altered or missing. */
  reason: string;
  seq?: number;
  eventId?: string;
  documentId?: string;
}

export interface VerifyReport {
  ok: boolean;
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
}

export async function verifyLedger(store: Store, options: VerifyOptions = {}): Promise<VerifyReport> {
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
  let documents = 0;
  const keys = new Map<string, KeyRecord | undefined>();
  const report = (broken?: BrokenLink): VerifyReport => ({
    ok: broken === undefined,
    events: expectedSeq,
    documents,
    root: accumulator.root().toString('hex'),
    chainHead: previous.toString('hex'),
    ...(broken === undefined ? {} : { broken }),
  });

  let documentQueue: { id: string; party_id: string; key_id: string; signature: string; created_at: string; first_seq: number; event_count: number }[] = [];
  let nextDocumentSeq = 0;
  let openDocument: { row: (typeof documentQueue)[number]; bodies: string[] } | undefined;

  while (true) {
    const batch = await db.selectFrom('events').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(VERIFY_BATCH_EVENTS).execute();
    if (batch.length === 0) break;
    for (const event of batch) {
      const seq = Number(event.seq);
      const at = { seq, eventId: event.event_id, documentId: event.document_id };
      if (seq !== expectedSeq) return report({ ...at, reason: `event ${expectedSeq} is missing: the log jumps from ${expectedSeq - 1} to ${seq}` });
      if (openDocument === undefined) {
        if (documentQueue.length === 0) {
          documentQueue = await db.selectFrom('documents').selectAll().where('first_seq', '>=', nextDocumentSeq).orderBy('first_seq').limit(1000).execute();
          documentQueue.reverse();
        }
        const row = documentQueue.pop();
        if (row === undefined || Number(row.first_seq) !== seq) return report({ ...at, reason: `event ${seq} does not start a recorded document, but the previous document ended before it` });
        openDocument = { row, bodies: [] };
      }
      const doc = openDocument.row;
      if (event.document_id !== doc.id || event.party_id !== doc.party_id) {
        return report({ ...at, reason: `event ${seq} claims document ${event.document_id} of ${event.party_id}, but seq ${seq} belongs to document ${doc.id} of ${doc.party_id}` });
      }
      const leaf = eventLeafHash(doc.id, seq - Number(doc.first_seq), doc.party_id, event.body);
      if (!leaf.equals(event.leaf_hash)) return report({ ...at, reason: `event ${seq} (${event.event_id}) was altered: its content no longer matches its leaf hash` });
      const chained = chainHash(previous, leaf, seq, event.recorded_at);
      if (!chained.equals(event.chain_hash)) return report({ ...at, reason: `event ${seq} (${event.event_id}) breaks the hash chain: its chain hash does not follow from the previous event` });
      previous = chained;
      accumulator.push(leaf);
      if (brokenNode !== undefined) return report({ ...brokenNode, seq });
      openDocument.bodies.push(event.body);
      if (openDocument.bodies.length === Number(doc.event_count)) {
        const problem = await documentProblem(store, doc, openDocument.bodies, keys);
        if (problem !== null) return report({ seq: Number(doc.first_seq), documentId: doc.id, reason: problem });
        documents += 1;
        nextDocumentSeq = seq + 1;
        openDocument = undefined;
      }
      expectedSeq += 1;
    }
    options.onProgress?.(expectedSeq, total);
  }
  if (openDocument !== undefined) return report({ documentId: openDocument.row.id, reason: `document ${openDocument.row.id} lists ${openDocument.row.event_count} events but the log ends after ${openDocument.bodies.length}` });
  const strayDocument = await db.selectFrom('documents').select(['id', 'first_seq']).where('first_seq', '>=', expectedSeq).executeTakeFirst();
  if (strayDocument !== undefined) return report({ documentId: strayDocument.id, reason: `document ${strayDocument.id} starts at seq ${strayDocument.first_seq}, after the last event` });
  if (storedNodes.size > 0) return report({ reason: `${storedNodes.size} stored Merkle node(s) cover events that do not exist, e.g. ${[...storedNodes.keys()][0]}` });
  if (expectedSeq !== total) return report({ reason: `the head says the log has ${total} events, but ${expectedSeq} were found` });
  if (headRow !== undefined) {
    if (!headRow.chain_hash.equals(previous)) return report({ reason: 'the head chain hash does not match the last event' });
    const headRoot = MerkleAccumulator.fromFrontier(total, headFrontierFromText(headRow.frontier)).root();
    if (!headRoot.equals(accumulator.root())) return report({ reason: 'the head Merkle frontier does not match the events' });
  }
  return report();
}

async function documentProblem(
  store: Store,
  doc: { id: string; party_id: string; key_id: string; signature: string; created_at: string },
  bodies: string[],
  keys: Map<string, KeyRecord | undefined>,
): Promise<string | null> {
  const canonical = canonicalDocument({ format: CAPTURE_FORMAT, party: doc.party_id, keyId: doc.key_id, createdAt: doc.created_at }, bodies);
  if (sha256(canonical).toString('hex') !== doc.id) return `document ${doc.id} was altered: its events or header no longer hash to its id`;
  if (!keys.has(doc.key_id)) keys.set(doc.key_id, await findKey(store.db, doc.key_id));
  const key = keys.get(doc.key_id);
  if (key === undefined) return `document ${doc.id} is signed with key ${doc.key_id}, which is not in the registry`;
  if (key.partyId !== doc.party_id) return `document ${doc.id} of ${doc.party_id} is signed with key ${doc.key_id} of ${key.partyId}`;
  const bad = await signatureProblem(doc.id, doc.signature, key.publicJwk, key.id);
  return bad === null ? null : `the signature of document ${doc.id} ${bad}`;
}
