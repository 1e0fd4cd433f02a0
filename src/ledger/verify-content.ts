// verify's content pass: every stored event still hashes to its leaf, every event belongs to the
// document that covers its place, and every document still hashes to its id and carries a valid
// signature by a key registered to its recorder. See verify-ledger.ts for the structure pass.
import { VERIFY_BATCH_EVENTS } from '../limits.ts';
import { findKey, type KeyRecord } from '../registry/queries.ts';
import type { Store } from '../store/index.ts';
import { canonicalDocument, eventLeafHash, sha256 } from './canonical.ts';
import { CAPTURE_FORMAT } from './document-schema.ts';
import { signatureProblem } from './signing.ts';
import type { BrokenLink } from './verify-ledger.ts';

export interface ContentReport {
  events: number;
  documents: number;
  broken?: BrokenLink;
}

type DocumentRow = { id: string; party_id: string; key_id: string; signature: string; created_at: string; first_seq: number; event_count: number };

export async function verifyContent(store: Store): Promise<ContentReport> {
  const db = store.db;
  const keys = new Map<string, KeyRecord | undefined>();
  let expectedSeq = 0;
  let documents = 0;
  let documentQueue: DocumentRow[] = [];
  let nextDocumentSeq = 0;
  let open: { row: DocumentRow; bodies: string[] } | undefined;
  const report = (broken?: BrokenLink): ContentReport => ({ events: expectedSeq, documents, ...(broken === undefined ? {} : { broken }) });

  while (true) {
    const batch = await store.readEventContents(expectedSeq, VERIFY_BATCH_EVENTS);
    if (batch.length === 0) break;
    for (const [storedSeq, eventId, documentId, partyId, body, leafHash] of batch) {
      const seq = Number(storedSeq);
      // A gap is the structure pass's to name; here it only ends the content that can be checked.
      if (seq !== expectedSeq) return report();
      const at = { seq, eventId: eventId, documentId: documentId };
      if (open === undefined) {
        if (documentQueue.length === 0) {
          documentQueue = await db.selectFrom('documents').selectAll().where('first_seq', '>=', nextDocumentSeq).orderBy('first_seq').limit(1000).execute();
          documentQueue.reverse();
        }
        const row = documentQueue.pop();
        if (row === undefined || Number(row.first_seq) !== seq) return report({ ...at, reason: `event ${seq} does not start a recorded document, but the previous document ended before it` });
        open = { row, bodies: [] };
      }
      const doc = open.row;
      if (documentId !== doc.id || partyId !== doc.party_id) {
        return report({ ...at, reason: `event ${seq} claims document ${documentId} of ${partyId}, but seq ${seq} belongs to document ${doc.id} of ${doc.party_id}` });
      }
      const leaf = eventLeafHash(doc.id, seq - Number(doc.first_seq), doc.party_id, body);
      if (!leaf.equals(leafHash)) return report({ ...at, reason: `event ${seq} (${eventId}) was altered: its content no longer matches its leaf hash` });
      open.bodies.push(body);
      if (open.bodies.length === Number(doc.event_count)) {
        const problem = await documentProblem(store, doc, open.bodies, keys);
        if (problem !== null) return report({ seq: Number(doc.first_seq), documentId: doc.id, reason: problem });
        documents += 1;
        nextDocumentSeq = seq + 1;
        open = undefined;
      }
      expectedSeq += 1;
    }
  }
  if (open !== undefined) return report({ seq: Number(open.row.first_seq), documentId: open.row.id, reason: `document ${open.row.id} lists ${open.row.event_count} events but the log ends after ${open.bodies.length}` });
  const stray = await db.selectFrom('documents').select(['id', 'first_seq']).where('first_seq', '>=', expectedSeq).executeTakeFirst();
  if (stray !== undefined) return report({ seq: Number(stray.first_seq), documentId: stray.id, reason: `document ${stray.id} starts at seq ${stray.first_seq}, after the last event` });
  return report();
}

async function documentProblem(store: Store, doc: DocumentRow, bodies: string[], keys: Map<string, KeyRecord | undefined>): Promise<string | null> {
  const canonical = canonicalDocument({ format: CAPTURE_FORMAT, party: doc.party_id, keyId: doc.key_id, createdAt: doc.created_at }, bodies);
  if (sha256(canonical).toString('hex') !== doc.id) return `document ${doc.id} was altered: its events or header no longer hash to its id`;
  if (!keys.has(doc.key_id)) keys.set(doc.key_id, await findKey(store.db, doc.key_id));
  const key = keys.get(doc.key_id);
  if (key === undefined) return `document ${doc.id} is signed with key ${doc.key_id}, which is not in the registry`;
  if (key.partyId !== doc.party_id) return `document ${doc.id} of ${doc.party_id} is signed with key ${doc.key_id} of ${key.partyId}`;
  const bad = await signatureProblem(doc.id, doc.signature, key.publicJwk, key.id);
  return bad === null ? null : `the signature of document ${doc.id} ${bad}`;
}
