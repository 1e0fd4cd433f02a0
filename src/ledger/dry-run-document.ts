// A capture without the signature and without the write: everything captureDocument checks of a
// document (its shape and static facts, the recorder's key, replayed ids, the hard rules and the
// capture-time supervision rules), against the committed lots, so a door can show a preview before
// the enterprise signs. The rules are the capture path's own functions; nothing here is a copy.
// The answer holds for the ledger as it stands: a document recorded in between can change it, and
// the capture that follows checks everything again.
import { InputRefused, type Problem } from '../problems.ts';
import type { AlertRow, Store } from '../store/index.ts';
import { applyDocument, lotIdsOf } from './apply-document.ts';
import { checkRecorderKey, documentRegistry, loadCorrections, replayResult } from './capture-document.ts';
import { registryReads } from './registry-reads.ts';
import { canonicalDocument } from './canonical.ts';
import type { CaptureDocument } from './document-schema.ts';
import { prepareUnsignedDocument } from './prepare-document.ts';

export type DryRun =
  | {
      ok: true;
      /** The document's id, which its signature covers (signing.ts). */
      documentId: string;
      /** The canonical JSON whose SHA-256 is the id: the exact text to hash and sign. */
      canonical: string;
      /** Every event was recorded before with this content: capturing it writes nothing. */
      replayed: boolean;
      /** What the capture-time rules would raise (recorded, not refused: the regulator sees them). */
      alerts: AlertRow[];
      /** The seq the document's first event would take now: an alert's seq less this is its event. */
      firstSeq: number;
    }
  | { ok: false; problems: Problem[] };

export async function dryRunDocument(store: Store, document: CaptureDocument, now: Date = new Date()): Promise<DryRun> {
  try {
    return await dryRun(store, document, now);
  } catch (error) {
    if (error instanceof InputRefused) return { ok: false, problems: [...error.problems] };
    throw error;
  }
}

async function dryRun(store: Store, input: CaptureDocument, now: Date): Promise<DryRun> {
  const prepared = prepareUnsignedDocument(input, now);
  const { document, bodies, documentId } = prepared;
  const canonical = canonicalDocument(document, bodies);
  const lookups = registryReads(store.db);
  await checkRecorderKey(lookups, document, now);
  const registry = await documentRegistry(lookups, document);
  const reads = store.reads;
  const recorded = await reads.findEvents(document.party, document.events.map((e) => e.id));
  if (recorded.length > 0) {
    const problems: Problem[] = [];
    const original = replayResult(document, bodies, recorded, problems);
    return original === undefined ? { ok: false, problems } : { ok: true, documentId, canonical, replayed: true, alerts: [], firstSeq: 0 };
  }
  const corrections = await loadCorrections(reads, document.party, document.events);
  const { used, created } = lotIdsOf(document.events, document.party, corrections);
  const [lots, head] = await Promise.all([reads.readLots([...used, ...created]), reads.readHead()]);
  const applied = applyDocument({ prepared, registry, lots, corrections, head, recordedAt: now.toISOString() });
  if ('problems' in applied) return { ok: false, problems: applied.problems };
  return { ok: true, documentId, canonical, replayed: false, alerts: applied.changes.alerts, firstSeq: head.size };
}
