// Enterprises' Ed25519 signing keys: generation for the CLI, and the checks a public key must
// pass before the registry accepts it.
import * as jose from 'jose';

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid?: string;
}

export interface PrivateKeyFile {
  /** The party this key signs for. */
  party: string;
  kid: string;
  privateJwk: jose.JWK;
  publicJwk: PublicJwk;
}

export async function generateKeyFile(party: string): Promise<PrivateKeyFile> {
  const { privateKey, publicKey } = await jose.generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const publicJwk = (await jose.exportJWK(publicKey)) as PublicJwk;
  const kid = await keyIdOf(publicJwk);
  const privateJwk = { ...(await jose.exportJWK(privateKey)), kid, alg: 'EdDSA' };
  return { party, kid, privateJwk, publicJwk: { ...publicJwk, kid } };
}

/** A key's id is its RFC 7638 thumbprint, so the same key always has the same id everywhere. */
export async function keyIdOf(publicJwk: { kty: string; crv: string; x: string }): Promise<string> {
  return jose.calculateJwkThumbprint({ kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x }, 'sha256');
}

/** Why a JWK is not an acceptable public signing key, or null. */
export function publicJwkProblem(jwk: Record<string, unknown>): string | null {
  if ('d' in jwk) return 'is a private key: register only the public part (never upload a private key)';
  if (jwk['kty'] !== 'OKP' || jwk['crv'] !== 'Ed25519') return 'must be an Ed25519 key (kty "OKP", crv "Ed25519")';
  const x = jwk['x'];
  if (typeof x !== 'string' || !/^[A-Za-z0-9_-]+$/.test(x) || Buffer.from(x, 'base64url').length !== 32) {
    return 'x must be the 32-byte public key, base64url-encoded';
  }
  return null;
}
