// An RFC 9162 (Certificate Transparency v2) Merkle tree over SHA-256: leaf and node hashing,
// the tree hash, inclusion and consistency proofs and their verification, and a streaming
// accumulator that appends leaves in O(log n) memory.
import { createHash, hash } from 'node:crypto';
import { HASH_BYTES } from '../store/store.ts';

export function leafHash(entry: Uint8Array): Buffer {
  return createHash('sha256').update(Uint8Array.of(0)).update(entry).digest();
}

/** leafHash of a text entry (as UTF-8), in hex: checks a stored leaf without a Buffer per leaf,
 * whose native allocation and collection cost more than the hash when verify checks a million. */
export function leafHashHex(entry: string): string {
  // U+0000 encodes as the single byte 0x00 in UTF-8: the RFC's leaf prefix.
  return hash('sha256', `\u0000${entry}`, 'hex');
}

/** RFC 9162's node input 0x01 ‖ left ‖ right, its hashes rewritten for every node: hashing runs to
 * completion on its thread, and reusing the 65 bytes saves an allocation per node. */
const NODE_INPUT = Buffer.alloc(1 + 2 * HASH_BYTES);
NODE_INPUT[0] = 1;

/** The node hash, in a Buffer from Node's shared pool: crypto's own Buffer for a digest (a native
 * allocation) costs more than the hash itself, while the digest as hex decoded into the pool makes
 * a node cost about half as much in all (verify hashes a million). A hash posted to another
 * thread is best copied out of the pool first, or the clone copies the pool's whole 8 KiB. */
export function nodeHash(left: Buffer, right: Buffer): Buffer {
  assertHash(left, 'left');
  assertHash(right, 'right');
  NODE_INPUT.set(left, 1);
  NODE_INPUT.set(right, 1 + HASH_BYTES);
  // One-shot hashing of the 65 bytes is cheaper than a streaming hash object per node.
  return Buffer.from(hash('sha256', NODE_INPUT, 'hex'), 'hex');
}

export function emptyRoot(): Buffer {
  return createHash('sha256').digest();
}

function assertHash(hash: Buffer, what: string): void {
  if (hash.length !== HASH_BYTES) throw new RangeError(`${what} hash must be ${HASH_BYTES} bytes, got ${hash.length}`);
}

function assertSize(n: number, what: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative whole number, got ${n}`);
}

/** The largest power of two smaller than n (n ≥ 2): where MTH splits a tree. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) of RFC 9162 §2.1.1. */
export function merkleRoot(leafHashes: readonly Buffer[]): Buffer {
  if (leafHashes.length === 0) return emptyRoot();
  const accumulator = new MerkleAccumulator();
  for (const leaf of leafHashes) accumulator.push(leaf);
  return accumulator.root();
}

/** MTH of leaves [start, start + size). A store answers it from stored nodes; proofs below ask it
 * only for single leaves or for aligned complete subtrees (size a power of two, start a multiple). */
export type SubtreeHashSource = (start: number, size: number) => Promise<Buffer>;

async function subtree(source: SubtreeHashSource, start: number, size: number): Promise<Buffer> {
  if (size === 1 || ((size & (size - 1)) === 0 && start % size === 0)) return source(start, size);
  const k = splitPoint(size);
  return nodeHash(await subtree(source, start, k), await subtree(source, start + k, size - k));
}

/** PATH(m, D[n]) of RFC 9162 §2.1.3.1, for leaf `index` in a tree of `treeSize` leaves. */
export async function inclusionProof(index: number, treeSize: number, source: SubtreeHashSource): Promise<Buffer[]> {
  assertSize(index, 'index');
  assertSize(treeSize, 'tree size');
  if (index >= treeSize) throw new RangeError(`leaf ${index} is not in a tree of ${treeSize} leaves`);
  const path: Buffer[] = [];
  // Walk down from the root; the path lists siblings from the leaf up, so collect and reverse.
  let start = 0;
  let size = treeSize;
  let m = index;
  while (size > 1) {
    const k = splitPoint(size);
    if (m < k) {
      path.push(await subtree(source, start + k, size - k));
      size = k;
    } else {
      path.push(await subtree(source, start, k));
      start += k;
      m -= k;
      size -= k;
    }
  }
  return path.reverse();
}

/** PROOF(m, D[n]) of RFC 9162 §2.1.4.1: that the tree of `oldSize` leaves is a prefix of `newSize`. */
export async function consistencyProof(oldSize: number, newSize: number, source: SubtreeHashSource): Promise<Buffer[]> {
  assertSize(oldSize, 'old size');
  assertSize(newSize, 'new size');
  if (oldSize > newSize) throw new RangeError(`old size ${oldSize} is larger than new size ${newSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  const proof: Buffer[] = [];
  // SUBPROOF(m, D[start:start+size], b), iteratively; `complete` is b.
  let start = 0;
  let size = newSize;
  let m = oldSize;
  let complete = true;
  while (m !== size) {
    const k = splitPoint(size);
    if (m <= k) {
      proof.push(await subtree(source, start + k, size - k));
      size = k;
    } else {
      proof.push(await subtree(source, start, k));
      start += k;
      m -= k;
      size -= k;
      complete = false;
    }
  }
  if (!complete) proof.push(await subtree(source, start, size));
  return proof.reverse();
}

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(leaf: Buffer, index: number, treeSize: number, proof: readonly Buffer[], root: Buffer): boolean {
  assertSize(index, 'index');
  assertSize(treeSize, 'tree size');
  if (index >= treeSize) return false;
  let fn = index;
  let sn = treeSize - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 §2.1.4.2. */
export function verifyConsistency(oldSize: number, newSize: number, oldRoot: Buffer, newRoot: Buffer, proof: readonly Buffer[]): boolean {
  assertSize(oldSize, 'old size');
  assertSize(newSize, 'new size');
  if (oldSize > newSize) return false;
  if (oldSize === newSize) return proof.length === 0 && oldRoot.equals(newRoot);
  if (oldSize === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  let path = [...proof];
  // If the old size is a power of two, the old root is the first node of the path.
  if ((oldSize & (oldSize - 1)) === 0) path = [oldRoot, ...path];
  let fn = oldSize - 1;
  let sn = newSize - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}

/** Appends leaves keeping only the right edge's complete subtrees (the frontier), largest first. */
export class MerkleAccumulator {
  #size = 0;
  /** Complete subtree hashes along the right edge, with their levels, largest first. */
  #stack: { level: number; hash: Buffer }[] = [];
  readonly #onCompleteSubtree: ((level: number, index: number, hash: Buffer) => void) | undefined;

  constructor(onCompleteSubtree?: (level: number, index: number, hash: Buffer) => void) {
    this.#onCompleteSubtree = onCompleteSubtree;
  }

  /** Resumes from a stored frontier: the complete subtrees of `size`'s binary decomposition. */
  static fromFrontier(size: number, frontier: readonly Buffer[], onCompleteSubtree?: (level: number, index: number, hash: Buffer) => void): MerkleAccumulator {
    assertSize(size, 'size');
    const levels: number[] = [];
    for (let level = 52; level >= 0; level -= 1) if (Math.floor(size / 2 ** level) % 2 === 1) levels.push(level);
    if (levels.length !== frontier.length) throw new RangeError(`a tree of ${size} leaves has a frontier of ${levels.length} hashes, not ${frontier.length}`);
    const accumulator = new MerkleAccumulator(onCompleteSubtree);
    accumulator.#size = size;
    accumulator.#stack = frontier.map((hash, i) => {
      assertHash(hash, 'frontier');
      return { level: levels[i]!, hash };
    });
    return accumulator;
  }

  get size(): number {
    return this.#size;
  }

  push(leaf: Buffer): void {
    assertHash(leaf, 'leaf');
    this.#append(0, leaf);
  }

  /** Appends a complete subtree of 2^level leaves, hashed elsewhere, with the same result as
   * pushing its leaves, so a tree can be built from aligned ranges hashed in parallel. Only the
   * nodes it completes above itself are reported: those inside it are its builder's to report.
   * It must start at a multiple of its width, as a complete subtree of an RFC 9162 tree does. */
  pushSubtree(level: number, hash: Buffer): void {
    if (!Number.isInteger(level) || level < 0 || level > 52) throw new RangeError(`a subtree level must be a whole number from 0 to 52, got ${level}`);
    assertHash(hash, 'subtree');
    if (this.#size % 2 ** level !== 0) throw new RangeError(`a subtree of 2^${level} leaves cannot start at leaf ${this.#size}: it would not be aligned`);
    assertSize(this.#size + 2 ** level, 'size');
    this.#append(level, hash);
  }

  #append(level: number, hash: Buffer): void {
    let node = { level, hash };
    let index = this.#size / 2 ** level;
    // The size is a multiple of 2^level, so every subtree on the stack is at least as large.
    while (this.#stack.length > 0 && this.#stack[this.#stack.length - 1]!.level === node.level) {
      const left = this.#stack.pop()!;
      node = { level: node.level + 1, hash: nodeHash(left.hash, node.hash) };
      index = Math.floor(index / 2);
      this.#onCompleteSubtree?.(node.level, index, node.hash);
    }
    this.#stack.push(node);
    this.#size += 2 ** level;
  }

  frontier(): Buffer[] {
    return this.#stack.map((entry) => entry.hash);
  }

  /** The frontier with each subtree's level: what pushSubtree takes to rebuild this tree elsewhere. */
  subtrees(): { level: number; hash: Buffer }[] {
    return this.#stack.map((entry) => ({ ...entry }));
  }

  /** MTH of everything pushed: the frontier folded from the smallest subtree up. */
  root(): Buffer {
    if (this.#stack.length === 0) return emptyRoot();
    let root = this.#stack[this.#stack.length - 1]!.hash;
    for (let i = this.#stack.length - 2; i >= 0; i -= 1) root = nodeHash(this.#stack[i]!.hash, root);
    return root;
  }
}
