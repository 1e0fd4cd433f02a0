import type { JWK } from 'jose';
import { canonicalJson, sha256, withCanonicalKeyOrder } from './canonical.ts';
import type { CaptureDocument, SignedCaptureDocument } from './document-schema.ts';
import { InputRefused } from '../problems.ts';
import { prototypeMembers } from './kept-members.ts';
import { signDocumentId } from './signing.ts';

/** The document's id: the lowercase hex SHA-256 of its canonical JSON (RFC 8785). */
export function documentIdOf(document: CaptureDocument): string {
  return sha256(canonicalJson(document)).toString('hex');
}

/** Signs a document as its recorder: the signature covers the document's id, so its every byte.
 * The signed document comes back with its keys in canonical order, the cheapest form to capture.
 * A document with a member no ledger keeps as written (`__proto__`) is refused, naming where. */
export async function signDocument(document: CaptureDocument, privateJwk: JWK): Promise<SignedCaptureDocument> {
  const unkept = prototypeMembers(document, 'document');
  if (unkept.length > 0) throw new InputRefused('the document cannot be signed as written; nothing was signed', unkept);
  const ordered = withCanonicalKeyOrder(document);
  return { document: ordered, signature: await signDocumentId(documentIdOf(ordered), privateJwk, document.keyId) };
}
