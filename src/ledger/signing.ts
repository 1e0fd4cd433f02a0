// Detached JWS (RFC 7515 Appendix F) with EdDSA over a document's canonical bytes: the same
// thing a browser can produce with WebCrypto, and anyone can check with the registered key.
import * as jose from 'jose';

export async function signCanonical(canonical: string, privateJwk: jose.JWK, keyId: string): Promise<string> {
  const key = await jose.importJWK(privateJwk, 'EdDSA');
  const jws = await new jose.CompactSign(new TextEncoder().encode(canonical)).setProtectedHeader({ alg: 'EdDSA', kid: keyId }).sign(key);
  const [header, , signature] = jws.split('.');
  return `${header}..${signature}`;
}

/** Why the signature does not hold, or null when it does. */
export async function signatureProblem(canonical: string, detachedJws: string, publicJwk: jose.JWK, keyId: string): Promise<string | null> {
  const [header, empty, signature] = detachedJws.split('.');
  if (header === undefined || empty !== '' || signature === undefined) return 'is not a detached JWS (header..signature)';
  let protectedHeader: Record<string, unknown>;
  try {
    protectedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return 'has an unreadable header';
  }
  if (protectedHeader['alg'] !== 'EdDSA') return `uses algorithm ${String(protectedHeader['alg'])}; only EdDSA (Ed25519) is accepted`;
  if (protectedHeader['kid'] !== undefined && protectedHeader['kid'] !== keyId) return `names key ${String(protectedHeader['kid'])}, but the document names ${keyId}`;
  try {
    const key = await jose.importJWK(publicJwk, 'EdDSA');
    await jose.compactVerify(`${header}.${Buffer.from(canonical, 'utf8').toString('base64url')}.${signature}`, key);
    return null;
  } catch {
    return `does not verify with key ${keyId}: the document was altered after signing, or signed with another key`;
  }
}
