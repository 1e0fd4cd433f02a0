// Signed checkpoints of the ledger: its size and Merkle root, signed with the ledger's own Ed25519
// key, in the shape of a C2SP signed note (origin line, tree size, base64 root hash), so anyone
// holding the ledger's public key can check that a root is one the ledger vouched for.
//
// The key is made on first use and kept in the database's meta table: whoever runs the ledger
// holds it, which is the trust a checkpoint expresses. Verifiers pin its public part (keyId is its
// RFC 7638 thumbprint).
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type { JWK } from 'jose';
import { ledgerRoot, ledgerSize } from '../ledger/index.ts';
import { generateKeyFile, keyIdOf, type PublicJwk } from '../registry/index.ts';
import type { Store } from '../store/index.ts';

const META_KEY = 'checkpoint_key';

export interface Checkpoint {
  /** The note's first line: names the log and the key. */
  origin: string;
  treeSize: number;
  rootHash: string;
  /** The signed text: origin, size and base64 root, one per line. */
  note: string;
  keyId: string;
  publicJwk: PublicJwk;
  /** Ed25519 over the note, base64. */
  signature: string;
}

interface LedgerKey {
  kid: string;
  privateJwk: JWK;
  publicJwk: PublicJwk;
}

export async function ledgerKey(store: Store): Promise<LedgerKey> {
  const row = await store.db.selectFrom('meta').select('value').where('key', '=', META_KEY).executeTakeFirst();
  if (row !== undefined) return JSON.parse(row.value) as LedgerKey;
  const file = await generateKeyFile('ledger');
  const key: LedgerKey = { kid: file.kid, privateJwk: file.privateJwk, publicJwk: file.publicJwk };
  // Two processes making the key at once: the first insert wins, the other reads it.
  await store.db.insertInto('meta').values({ key: META_KEY, value: JSON.stringify(key) }).onConflict((oc) => oc.column('key').doNothing()).execute();
  const stored = await store.db.selectFrom('meta').select('value').where('key', '=', META_KEY).executeTakeFirstOrThrow();
  return JSON.parse(stored.value) as LedgerKey;
}

/** The public part of the ledger's checkpoint key, for verifiers to pin. */
export async function ledgerPublicKey(store: Store): Promise<{ keyId: string; publicJwk: PublicJwk }> {
  const key = await ledgerKey(store);
  return { keyId: key.kid, publicJwk: key.publicJwk };
}

export function checkpointNote(origin: string, treeSize: number, rootHashHex: string): string {
  return `${origin}\n${treeSize}\n${Buffer.from(rootHashHex, 'hex').toString('base64')}\n`;
}

export async function signCheckpoint(store: Store, treeSize?: number): Promise<Checkpoint> {
  const key = await ledgerKey(store);
  const size = treeSize ?? (await ledgerSize(store));
  const rootHash = (await ledgerRoot(store, size)).toString('hex');
  const origin = `ytterby ledger ${key.kid}`;
  const note = checkpointNote(origin, size, rootHash);
  const signature = ed25519Sign(key.privateJwk, note);
  return { origin, treeSize: size, rootHash, note, keyId: key.kid, publicJwk: key.publicJwk, signature };
}

/** Ed25519 over `data` with the public JWK, false for anything malformed. */
export function ed25519Verifies(publicJwk: PublicJwk, data: string, signatureBase64: string): boolean {
  try {
    return verify(null, Buffer.from(data), createPublicKey({ key: publicJwk as never, format: 'jwk' }), Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

export function ed25519Sign(privateJwk: JWK, data: string): string {
  return sign(null, Buffer.from(data), createPrivateKey({ key: privateJwk as never, format: 'jwk' })).toString('base64');
}

/** What is wrong with a checkpoint on its own (note, origin, signature), or an empty list. */
export async function checkpointProblems(checkpoint: Checkpoint): Promise<string[]> {
  const problems: string[] = [];
  if ((await keyIdOf(checkpoint.publicJwk)) !== checkpoint.keyId) problems.push(`checkpoint.keyId ${checkpoint.keyId} is not the thumbprint of checkpoint.publicJwk`);
  if (checkpoint.note !== checkpointNote(checkpoint.origin, checkpoint.treeSize, checkpoint.rootHash)) problems.push('checkpoint.note does not state the checkpoint\'s origin, treeSize and rootHash');
  if (!ed25519Verifies(checkpoint.publicJwk, checkpoint.note, checkpoint.signature)) problems.push(`checkpoint.signature does not verify with key ${checkpoint.keyId}`);
  return problems;
}
