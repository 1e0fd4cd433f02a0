// Signing keys for the red-team parties. Each key is derived from the party's code, so a rebuild
// writes the same registry and the same signed documents byte for byte (a diff of redteam/out/
// shows what a change to a case changed), unlike `generateKeyFile`, which draws a fresh key.
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { keyIdOf, type PrivateKeyFile, type PublicJwk } from '../../src/registry/index.ts';

/** PKCS #8 DER header of an Ed25519 private key; the 32-byte seed follows it (RFC 8410). */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export async function deterministicKeyFile(party: string): Promise<PrivateKeyFile> {
  const seed = createHash('sha256').update(`ytterby-redteam-key:${party}`).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const privateJwk = privateKey.export({ format: 'jwk' });
  const publicJwk = createPublicKey(privateKey).export({ format: 'jwk' }) as unknown as PublicJwk;
  const kid = await keyIdOf(publicJwk);
  return {
    party,
    kid,
    privateJwk: { ...privateJwk, kid, alg: 'EdDSA' },
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x: publicJwk.x, kid },
  };
}
