import type { JWK } from 'jose';
import { canonicalJson } from './canonical.ts';
import type { CaptureDocument, SignedCaptureDocument } from './document-schema.ts';
import { signCanonical } from './signing.ts';

/** Signs a document as its recorder: the signature covers the document's canonical JSON. */
export async function signDocument(document: CaptureDocument, privateJwk: JWK): Promise<SignedCaptureDocument> {
  return { document, signature: await signCanonical(canonicalJson(document), privateJwk, document.keyId) };
}
