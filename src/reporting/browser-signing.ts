// Signing a capture document where the enterprise's key is: in the browser (or any runtime with
// WebCrypto Ed25519), from the key file `ytterby keys generate` wrote, which never leaves the
// user's machine. It produces exactly what src/ledger/signing.ts verifies: a detached JWS whose
// protected header is {"alg":"EdDSA","kid":…} and whose payload is the document id, the lowercase
// hex SHA-256 of the canonical document. No Node module is imported, so the web app bundles it
// as it is, and the tests run the same code in Node.

export interface KeyFile {
  party: string;
  kid: string;
  privateJwk: { kty: string; crv: string; x: string; d: string };
}

/** The key file's fields, or a reason it is not a key file made by `ytterby keys generate`. */
export function parseKeyFile(text: string): KeyFile | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'the key file is not JSON' };
  }
  const file = value as Partial<KeyFile>;
  const jwk = file.privateJwk;
  if (typeof file.party !== 'string' || typeof file.kid !== 'string' || typeof jwk !== 'object' || jwk === null) {
    return { problem: 'not a key file made by `ytterby keys generate` (party, kid and privateJwk are needed)' };
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string' || typeof jwk.x !== 'string') {
    return { problem: 'the key file holds no Ed25519 private key' };
  }
  return { party: file.party, kid: file.kid, privateJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, d: jwk.d } };
}

/** The document id of a document's canonical JSON text: lowercase hex SHA-256 of its UTF-8. */
export async function documentIdOfCanonical(canonical: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The detached JWS over the document id, signed with the key file's private key. */
export async function signDocumentIdWebCrypto(documentId: string, key: KeyFile): Promise<string> {
  const privateKey = await crypto.subtle.importKey('jwk', { ...key.privateJwk, ext: false }, { name: 'Ed25519' }, false, ['sign']);
  const header = base64url(new TextEncoder().encode(JSON.stringify({ alg: 'EdDSA', kid: key.kid })));
  const signingInput = `${header}.${base64url(new TextEncoder().encode(documentId))}`;
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, privateKey, new TextEncoder().encode(signingInput));
  return `${header}..${base64url(new Uint8Array(signature))}`;
}

/** Signs the canonical document a preview returned, after checking that its id is the one the
 * preview showed: the signature then covers exactly what the user saw. The answer is the body to
 * submit. */
export async function signCanonicalDocument(canonical: string, expectedDocumentId: string, key: KeyFile): Promise<string> {
  const documentId = await documentIdOfCanonical(canonical);
  if (documentId !== expectedDocumentId) throw new Error(`the document's id is ${documentId}, not the ${expectedDocumentId} the preview showed`);
  const document = JSON.parse(canonical) as { party?: unknown; keyId?: unknown };
  if (document.party !== key.party) throw new Error(`the key file signs for ${key.party}, but the document is ${String(document.party)}'s`);
  if (document.keyId !== key.kid) throw new Error(`the document names key ${String(document.keyId)}, but the key file holds ${key.kid}`);
  const signature = await signDocumentIdWebCrypto(documentId, key);
  // The canonical text is kept as it is, so the server hashes the very bytes that were signed.
  return `{"document":${canonical},"signature":${JSON.stringify(signature)}}`;
}

/** A new key file, made where it will be kept (the browser): the same file `ytterby keys generate`
 * writes, whose kid is the RFC 7638 thumbprint of the public key. Only publicJwk goes to the
 * registry. */
export async function generateKeyFileWebCrypto(party: string): Promise<KeyFile & { publicJwk: { kty: string; crv: string; x: string; kid: string } }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const exported = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const x = exported.x!;
  // RFC 7638: the required members in lexicographic order, no white space.
  const thumbprint = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`));
  const kid = base64url(new Uint8Array(thumbprint));
  return { party, kid, privateJwk: { kty: 'OKP', crv: 'Ed25519', x, d: exported.d! }, publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid } };
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
