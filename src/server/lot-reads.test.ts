// The coalescing of concurrent lot reads: one store call per turn of the event loop, each request
// answered with its own lot (or none), a failure given to every request of its batch.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LOT_READS_BATCH_MAX } from '../limits.ts';
import type { LotState } from '../store/index.ts';
import { LotReads } from './lot-reads.ts';

const lot = (id: string): LotState => ({
  id, holderId: '91150200BYM8NE012H', product: 'oxide-ndpr', massGrams: 1_000, massGramsRemaining: 1_000, elements: { Nd: 700, Pr: 300 },
  status: 'active', destinationId: null, previousHolderId: null, createdSeq: 0, updatedSeq: 0, origin: null, custody: null,
});

test('reads asked together go to the store as one call; each gets its own lot, an unknown id none', async () => {
  const calls: string[][] = [];
  const reads = new LotReads(async (ids) => {
    calls.push([...ids]);
    return ids.filter((id) => id !== 'missing').map(lot);
  });
  const [a, b, again, missing] = await Promise.all([reads.read('a'), reads.read('b'), reads.read('a'), reads.read('missing')]);
  assert.deepEqual(calls, [['a', 'b', 'missing']], 'one call, each id once');
  assert.equal(a?.id, 'a');
  assert.equal(b?.id, 'b');
  assert.equal(again?.id, 'a');
  assert.equal(missing, undefined);
  assert.equal((await reads.read('b'))?.id, 'b');
  assert.equal(calls.length, 2, 'a read after the batch left goes in a batch of its own');
});

test('a burst is split into calls of at most LOT_READS_BATCH_MAX ids', async () => {
  const sizes: number[] = [];
  const reads = new LotReads(async (ids) => {
    sizes.push(ids.length);
    return ids.map(lot);
  });
  const ids = Array.from({ length: LOT_READS_BATCH_MAX * 2 + 1 }, (_, n) => `l${n}`);
  const lots = await Promise.all(ids.map((id) => reads.read(id)));
  assert.deepEqual(lots.map((l) => l?.id), ids);
  assert.deepEqual(sizes, [LOT_READS_BATCH_MAX, LOT_READS_BATCH_MAX, 1]);
});

test('a failed read fails every request of its batch, and the next batch is read anew', async () => {
  let fail = true;
  const reads = new LotReads(async (ids) => {
    if (fail) throw new Error('database gone');
    return ids.map(lot);
  });
  const results = await Promise.allSettled([reads.read('a'), reads.read('b')]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected']);
  fail = false;
  assert.equal((await reads.read('a'))?.id, 'a');
});
