// Inclusion and consistency proofs (RFC 9162) answered from the store: aligned subtrees of 256
// leaves or more come from stored nodes, smaller ones are hashed from the events' leaf hashes.
import { MERKLE_STORED_LEVEL_MIN } from '../limits.ts';
import type { Store } from '../store/index.ts';
import { consistencyProof, inclusionProof, merkleRoot, nodeHash, type SubtreeHashSource } from './merkle.ts';

export function storeSubtreeHashes(store: Store): SubtreeHashSource {
  return async (start, size) => {
    const level = Math.log2(size);
    if (Number.isInteger(level) && level >= MERKLE_STORED_LEVEL_MIN && start % size === 0) {
      const node = await store.db.selectFrom('merkle_nodes').select('hash').where('level', '=', level).where('idx', '=', start / size).executeTakeFirst();
      if (node === undefined) throw new Error(`assertion: Merkle node level ${level} index ${start / size} is missing`);
      return node.hash;
    }
    const leaves = await store.db.selectFrom('events').select('leaf_hash').where('seq', '>=', start).where('seq', '<', start + size).orderBy('seq').execute();
    if (leaves.length !== size) throw new Error(`assertion: ${size} leaves expected from ${start}, found ${leaves.length}`);
    return merkleRoot(leaves.map((row) => row.leaf_hash));
  };
}

export async function ledgerSize(store: Store): Promise<number> {
  const head = await store.db.selectFrom('ledger_head').select('size').where('id', '=', 1).executeTakeFirst();
  return head === undefined ? 0 : Number(head.size);
}

/** MTH over the first `size` events, composed from complete subtrees along size's binary form. */
export async function ledgerRoot(store: Store, size: number): Promise<Buffer> {
  const source = storeSubtreeHashes(store);
  if (size === 0) return merkleRoot([]);
  const parts: { start: number; size: number }[] = [];
  let start = 0;
  for (let bit = 2 ** Math.floor(Math.log2(size)); bit >= 1; bit /= 2) {
    if ((size - start) >= bit) {
      parts.push({ start, size: bit });
      start += bit;
    }
  }
  const hashes = await Promise.all(parts.map((p) => source(p.start, p.size)));
  // The right edge folds from the smallest subtree up, as MTH splits at the largest power of two.
  let root = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i -= 1) root = nodeHash(hashes[i]!, root);
  return root;
}

export interface InclusionProof {
  seq: number;
  treeSize: number;
  leafHash: string;
  path: string[];
  root: string;
}

export async function proveInclusion(store: Store, seq: number, treeSize?: number): Promise<InclusionProof> {
  const size = treeSize ?? (await ledgerSize(store));
  if (!Number.isSafeInteger(seq) || seq < 0 || seq >= size) throw new RangeError(`event ${seq} is not in a log of ${size} events`);
  const source = storeSubtreeHashes(store);
  const [path, leaf, root] = await Promise.all([inclusionProof(seq, size, source), source(seq, 1), ledgerRoot(store, size)]);
  return { seq, treeSize: size, leafHash: leaf.toString('hex'), path: path.map((h) => h.toString('hex')), root: root.toString('hex') };
}

export interface ConsistencyProof {
  oldSize: number;
  newSize: number;
  oldRoot: string;
  newRoot: string;
  path: string[];
}

export async function proveConsistency(store: Store, oldSize: number, newSize?: number): Promise<ConsistencyProof> {
  const size = newSize ?? (await ledgerSize(store));
  if (!Number.isSafeInteger(oldSize) || oldSize < 0 || oldSize > size) throw new RangeError(`size ${oldSize} is not between 0 and ${size}`);
  const source = storeSubtreeHashes(store);
  const [path, oldRoot, newRoot] = await Promise.all([consistencyProof(oldSize, size, source), ledgerRoot(store, oldSize), ledgerRoot(store, size)]);
  return { oldSize, newSize: size, oldRoot: oldRoot.toString('hex'), newRoot: newRoot.toString('hex'), path: path.map((h) => h.toString('hex')) };
}
