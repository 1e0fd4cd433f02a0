// Everything about a capture document that needs neither the database nor the log's position:
// shape and static checks, the canonical form of each event, the document id, and each event's
// Merkle leaf hash. Pure and stateless, so it can run on any thread (see prepare-pool.ts) while
// the single writer applies and records the document before it.
import { InputRefused } from '../problems.ts';
import { canonicalJson, documentIdOf, eventLeafHashHex } from './canonical.ts';
import type { CaptureDocument } from './document-schema.ts';
import { checkDocument, checkDocumentBody, parseCaptureText } from './validate-document.ts';
import { HASH_BYTES } from '../store/store.ts';

export interface PreparedDocument {
  document: CaptureDocument;
  signature: string;
  /** Each event's canonical JSON, exactly as signed and stored. */
  bodies: string[];
  documentId: string;
  /** RFC 9162 leaf hash of each event, 32 bytes each in event order, in one buffer of its own. */
  leafHashes: Buffer;
  /** Each event's time in UTC (ISO 8601), the form stored for ordering and range queries. */
  eventTimes: string[];
}

export function prepareDocument(input: unknown, now: Date): PreparedDocument {
  return prepareChecked(checkDocument(input, now));
}

/** As prepareDocument, from the document's JSON text. */
export function prepareDocumentText(text: string, now: Date): PreparedDocument {
  const parsed = parseCaptureText(text);
  if (parsed.problems.length > 0) throw new InputRefused('the capture document is malformed; nothing was recorded', parsed.problems);
  return prepareDocument(parsed.value, now);
}

/** As prepareDocument, for a document not yet signed: a dry run (dry-run-document.ts) prepares it
 * by the same steps, and its signature stays empty. */
export function prepareUnsignedDocument(document: unknown, now: Date): PreparedDocument {
  return prepareChecked(checkDocumentBody(document, '', now));
}

function prepareChecked(checked: ReturnType<typeof checkDocument>): PreparedDocument {
  if (checked.problems.length > 0 || !('document' in checked)) {
    throw new InputRefused('the capture document is malformed; nothing was recorded', checked.problems);
  }
  const { document, signature, eventTimes } = checked;
  const bodies = document.events.map((event) => canonicalJson(event));
  const documentId = documentIdOf(document, bodies);
  const leafHashes = Buffer.alloc(bodies.length * HASH_BYTES);
  bodies.forEach((body, index) => leafHashes.write(eventLeafHashHex(documentId, index, document.party, body), index * HASH_BYTES, 'hex'));
  return { document, signature, bodies, documentId, leafHashes, eventTimes };
}
