// The capture writer on each engine, below the ledger: documents committed together in one group,
// each refused one undone alone with the store's own error, the others written.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { lotToRow } from './lot-rows.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { DuplicateEventError, StaleHeadError, StoreError, ZERO_HASH, type CaptureWrite, type HeadRef, type LotRow } from './store.ts';

const T = '2024-06-01T08:00:00+08:00';
const PARTY = '91150200MA0N000001';
const hashOf = (text: string) => createHash('sha256').update(text).digest();

function lot(id: string, remaining: number, createdSeq: number, updatedSeq: number): LotRow {
  return lotToRow({
    id, holderId: PARTY, product: 'concentrate-bayan-obo', massGrams: 1000, massGramsRemaining: remaining, elements: { Ce: 250 }, status: 'active',
    destinationId: null, previousHolderId: null, createdSeq, updatedSeq, origin: null, custody: null,
  });
}

/** One event at `seq`, written against `expected`, with the lots given. */
function oneEvent(seq: number, eventId: string, expected: HeadRef, lots: { newLots?: LotRow[]; changedLots?: LotRow[] }): CaptureWrite {
  const documentId = hashOf(`document ${seq} ${eventId}`).toString('hex');
  const leaf = hashOf(`leaf ${seq}`);
  const chain = hashOf(`chain ${seq}`);
  return {
    expectedHead: expected,
    document: [documentId, PARTY, 'key-1', 'signature', T, T, seq, 1],
    events: [[seq, PARTY, eventId, documentId, 'adjust', T, T, '{}']],
    leafHashes: Buffer.from(leaf),
    chainHashes: Buffer.from(chain),
    newLots: lots.newLots ?? [],
    changedLots: lots.changedLots ?? [],
    flows: [[seq, 0, 'A', -1, 1, '{}']],
    merkleNodes: [],
    alerts: [],
    head: { size: seq + 1, chainHash: chain, frontier: [leaf] },
    recordedAt: T,
    registryVersion: null,
  };
}

for (const engine of engines()) {
  describe(`capture writer thread on ${engine}`, () => {
    let t: TestStore;
    before(async () => {
      t = await makeTestStore(engine);
    });
    after(async () => {
      await t.cleanup();
    });

    test('refusals in one group are undone alone, each with its own error; the documents around them are written', async () => {
      const writer = await t.store.openCaptureWriter();
      const first = oneEvent(0, 'e-1', { size: 0, chainHash: ZERO_HASH }, { newLots: [lot('A', 1000, 0, 0)] });
      const afterFirst = { size: 1, chainHash: first.head.chainHash };
      const outcomes = await Promise.allSettled([
        writer.submit(first),
        writer.submit(oneEvent(1, 'e-2', { size: 0, chainHash: ZERO_HASH }, {})),
        writer.submit(oneEvent(1, 'e-1', afterFirst, {})),
        writer.submit(oneEvent(1, 'e-3', afterFirst, { changedLots: [lot('missing', 10, 0, 1)] })),
        writer.submit(oneEvent(1, 'e-4', afterFirst, { newLots: [lot('A', 1000, 1, 1)] })),
        writer.submit(oneEvent(1, 'e-5', afterFirst, { changedLots: [lot('A', 900, 0, 1)] })),
      ]);
      await writer.close();
      const reason = (i: number) => (outcomes[i] as PromiseRejectedResult).reason as Error;
      assert.equal(outcomes[0]!.status, 'fulfilled');
      assert.ok(reason(1) instanceof StaleHeadError);
      assert.match(reason(1).message, /the log has 1 events, not the 0/);
      assert.ok(reason(2) instanceof DuplicateEventError, String(reason(2)));
      assert.ok(reason(3) instanceof StoreError && /not in the database/.test(reason(3).message), String(reason(3)));
      assert.ok(reason(4) instanceof StoreError && /exists already|UNIQUE/.test(reason(4).message), String(reason(4)));
      assert.equal(outcomes[5]!.status, 'fulfilled');

      const head = await t.store.reads.readHead();
      assert.equal(head.size, 2);
      const [a] = await t.store.reads.readLots(['A']);
      assert.equal(a?.massGramsRemaining, 900);
      assert.deepEqual((await t.store.reads.readLots(['missing'])), []);
      assert.deepEqual((await t.store.reads.findEvents(PARTY, ['e-1', 'e-2', 'e-3', 'e-4', 'e-5'])).map((e) => e.eventId).sort(), ['e-1', 'e-5']);
    });
  });
}
