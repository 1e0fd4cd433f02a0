import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  consistencyProof, inclusionProof, leafHash, leafHashHex, MerkleAccumulator, merkleRoot, nodeHash, verifyConsistency, verifyInclusion,
  type SubtreeHashSource,
} from './merkle.ts';

const leaves = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));

/** MTH exactly as RFC 9162 §2.1.1 defines it, recursively. */
function naiveRoot(hashes: Buffer[]): Buffer {
  if (hashes.length === 0) return createHash('sha256').digest();
  if (hashes.length === 1) return hashes[0]!;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return nodeHash(naiveRoot(hashes.slice(0, k)), naiveRoot(hashes.slice(k)));
}

/** A source that, like a store, can only answer single leaves and aligned complete subtrees. */
function strictSource(hashes: Buffer[]): SubtreeHashSource {
  return async (start, size) => {
    const aligned = size === 1 || ((size & (size - 1)) === 0 && start % size === 0);
    assert.ok(aligned, `asked for unaligned subtree ${start}+${size}`);
    assert.ok(start + size <= hashes.length);
    return naiveRoot(hashes.slice(start, start + size));
  };
}

const flip = (hash: Buffer) => {
  const copy = Buffer.from(hash);
  copy[0] = copy[0]! ^ 1;
  return copy;
};

test('the RFC 6962 test vector: 8 leaves', () => {
  const inputs = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
  const root = merkleRoot(inputs.map((hex) => leafHash(Buffer.from(hex, 'hex'))));
  assert.equal(root.toString('hex'), '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  assert.equal(merkleRoot([]).toString('hex'), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('merkleRoot and the accumulator agree with the recursive definition for every size to 70', () => {
  const all = leaves(70);
  const accumulator = new MerkleAccumulator();
  for (let n = 1; n <= 70; n += 1) {
    accumulator.push(all[n - 1]!);
    const expected = naiveRoot(all.slice(0, n));
    assert.ok(merkleRoot(all.slice(0, n)).equals(expected), `size ${n}`);
    assert.ok(accumulator.root().equals(expected), `accumulator size ${n}`);
    const resumed = MerkleAccumulator.fromFrontier(n, accumulator.frontier());
    assert.ok(resumed.root().equals(expected), `resumed size ${n}`);
  }
});

test('the accumulator reports exactly the aligned complete subtrees, and resumes where it stopped', () => {
  const all = leaves(37);
  const reported: string[] = [];
  const first = new MerkleAccumulator((level, index, hash) => {
    reported.push(`${level}:${index}`);
    assert.ok(hash.equals(naiveRoot(all.slice(index * 2 ** level, (index + 1) * 2 ** level))));
  });
  for (const leaf of all.slice(0, 20)) first.push(leaf);
  const resumed = MerkleAccumulator.fromFrontier(20, first.frontier(), (level, index) => reported.push(`${level}:${index}`));
  for (const leaf of all.slice(20)) resumed.push(leaf);
  const expected: string[] = [];
  for (let level = 1; 2 ** level <= 37; level += 1) for (let index = 0; (index + 1) * 2 ** level <= 37; index += 1) expected.push(`${level}:${index}`);
  assert.deepEqual([...reported].sort(), expected.sort());
  assert.ok(resumed.root().equals(naiveRoot(all)));
  assert.throws(() => MerkleAccumulator.fromFrontier(20, []), /frontier of 2 hashes/);
});

test('aligned subtrees pushed whole give the root and the reported nodes of their leaves', () => {
  const all = leaves(70);
  for (let chunkLevel = 0; chunkLevel <= 4; chunkLevel += 1) {
    const width = 2 ** chunkLevel;
    for (let n = 0; n <= 70; n += 1) {
      const byLeaf: string[] = [];
      const leafByLeaf = new MerkleAccumulator((level, index, hash) => byLeaf.push(`${level}:${index}:${hash.toString('hex')}`));
      for (const leaf of all.slice(0, n)) leafByLeaf.push(leaf);
      // Each aligned chunk reports the nodes inside it, the combined tree those above the chunks.
      const byChunk: string[] = [];
      const combined = new MerkleAccumulator((level, index, hash) => byChunk.push(`${level}:${index}:${hash.toString('hex')}`));
      for (let start = 0; start < n; start += width) {
        const chunk = new MerkleAccumulator((level, index, hash) => byChunk.push(`${level}:${start / 2 ** level + index}:${hash.toString('hex')}`));
        for (const leaf of all.slice(start, Math.min(start + width, n))) chunk.push(leaf);
        for (const { level, hash } of chunk.subtrees()) combined.pushSubtree(level, hash);
      }
      assert.equal(combined.size, n);
      assert.ok(combined.root().equals(naiveRoot(all.slice(0, n))), `size ${n} in chunks of ${width}`);
      assert.deepEqual(combined.frontier(), leafByLeaf.frontier());
      assert.deepEqual([...byChunk].sort(), [...byLeaf].sort(), `size ${n} in chunks of ${width}`);
    }
  }
});

test('a subtree is refused where it would not be aligned, and its level and hash are checked', () => {
  const accumulator = new MerkleAccumulator();
  accumulator.push(leafHash(Buffer.from('a')));
  assert.throws(() => accumulator.pushSubtree(1, Buffer.alloc(32)), /cannot start at leaf 1/);
  accumulator.pushSubtree(0, Buffer.alloc(32));
  accumulator.pushSubtree(1, Buffer.alloc(32));
  assert.equal(accumulator.size, 4);
  assert.deepEqual(accumulator.subtrees().map((s) => s.level), [2]);
  assert.throws(() => accumulator.pushSubtree(2, Buffer.alloc(31)), /32 bytes/);
  assert.throws(() => accumulator.pushSubtree(1.5, Buffer.alloc(32)), /whole number from 0 to 52/);
  assert.throws(() => accumulator.pushSubtree(53, Buffer.alloc(32)), /whole number from 0 to 52/);
});

test('leafHashHex is leafHash of the UTF-8 text, in hex', () => {
  for (const entry of ['', '{"a":1}', '稀土 ✓ \u0000 😀']) assert.equal(leafHashHex(entry), leafHash(Buffer.from(entry, 'utf8')).toString('hex'));
});

test('every inclusion proof verifies, and fails for another leaf, index or root', async () => {
  const all = leaves(45);
  for (let size = 1; size <= 45; size += 1) {
    const root = naiveRoot(all.slice(0, size));
    for (let index = 0; index < size; index += 1) {
      const proof = await inclusionProof(index, size, strictSource(all));
      assert.ok(verifyInclusion(all[index]!, index, size, proof, root), `index ${index} of ${size}`);
      assert.equal(verifyInclusion(flip(all[index]!), index, size, proof, root), false);
      assert.equal(verifyInclusion(all[index]!, index, size, proof, flip(root)), false);
      if (size > 1) assert.equal(verifyInclusion(all[index]!, (index + 1) % size, size, proof, root), false);
    }
  }
  await assert.rejects(inclusionProof(5, 5, strictSource(all)), /not in a tree of 5/);
});

test('every consistency proof between sizes up to 40 verifies, and fails for a changed root', async () => {
  const all = leaves(40);
  for (let newSize = 1; newSize <= 40; newSize += 1) {
    const newRoot = naiveRoot(all.slice(0, newSize));
    for (let oldSize = 1; oldSize <= newSize; oldSize += 1) {
      const oldRoot = naiveRoot(all.slice(0, oldSize));
      const proof = await consistencyProof(oldSize, newSize, strictSource(all));
      assert.ok(verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof), `${oldSize} → ${newSize}`);
      if (oldSize < newSize) {
        assert.equal(verifyConsistency(oldSize, newSize, flip(oldRoot), newRoot, proof), false);
        assert.equal(verifyConsistency(oldSize, newSize, oldRoot, flip(newRoot), proof), false);
      }
    }
  }
  await assert.rejects(consistencyProof(6, 5, strictSource(all)), /larger than new size/);
});

test('hashes of the wrong length are refused', () => {
  assert.throws(() => nodeHash(Buffer.alloc(31), Buffer.alloc(32)), /32 bytes/);
  assert.throws(() => new MerkleAccumulator().push(Buffer.alloc(3)), /32 bytes/);
});
