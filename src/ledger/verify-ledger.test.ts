import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MINE, MINER, type Keys } from '../testing/fixtures.ts';
import { MERKLE_STORED_LEVEL_MIN } from '../limits.ts';
import { proveConsistency, proveInclusion, verifyLedger, type LedgerEvent } from './index.ts';
import { verifyConsistency, verifyInclusion } from './merkle.ts';

const T = '2024-06-01T08:00:00+08:00';
const extract = (id: string): LedgerEvent => ({
  id: `x-${id}`, kind: 'extract', time: T, facility: MINE,
  lot: { id, product: 'concentrate-bayan-obo', massGrams: 1000, composition: { Ce: 250, La: 120 } },
});

for (const engine of engines()) {
  describe(`verify and proofs on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    const EVENTS = 2 ** MERKLE_STORED_LEVEL_MIN + 44;
    beforeEach(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      // Enough events for stored Merkle nodes, in documents of different sizes.
      const ids = Array.from({ length: EVENTS }, (_, i) => `V-${i}`);
      for (let start = 0; start < EVENTS; start += 97) await captureAs(t.store, keys[MINER]!, ids.slice(start, start + 97).map(extract));
    });
    afterEach(async () => t.cleanup());

    const tamper = (statement: string) => sql.raw(statement).execute(t.store.db);

    test('an untouched ledger verifies, in parallel and in one thread alike', async () => {
      for (const parallel of [true, false]) {
        const report = await verifyLedger(t.store, { parallel });
        assert.equal(report.ok, true, report.broken?.reason);
        assert.equal(report.events, EVENTS);
        assert.equal(report.documents, Math.ceil(EVENTS / 97));
      }
    });

    const cases: [string, string, number | undefined, RegExp][] = [
      ['an event body', `UPDATE events SET body = replace(body, '"massGrams":1000', '"massGrams":9000') WHERE seq = 130`, 130, /event 130 .* was altered/],
      ['a chain hash', `UPDATE events SET chain_hash = leaf_hash WHERE seq = 7`, 7, /event 7 .* breaks the hash chain/],
      ['a recording time', `UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE seq = 200`, 200, /event 200 .* breaks the hash chain/],
      ['a deleted event', `DELETE FROM events WHERE seq = 150`, 150, /event 150 is missing/],
      ['a signature', `UPDATE documents SET signature = (SELECT signature FROM documents WHERE first_seq = 0) WHERE first_seq = 97`, 97, /signature of document .* does not verify/],
      ['a document header', `UPDATE documents SET created_at = '2024-01-01T00:00:00+08:00' WHERE first_seq = 194`, 194, /was altered: its events or header no longer hash to its id/],
      ['a Merkle node', `UPDATE merkle_nodes SET hash = (SELECT leaf_hash FROM events WHERE seq = 0)`, 255, /Merkle node level 8 index 0 does not match/],
    ];
    for (const [what, statement, seq, reason] of cases) {
      test(`names ${what} that was altered in the database`, async () => {
        await tamper(statement);
        const report = await verifyLedger(t.store);
        assert.equal(report.ok, false);
        assert.match(report.broken!.reason, reason);
        assert.equal(report.broken!.seq, seq);
      });
    }

    test('inclusion and consistency proofs from the store verify against the roots', async () => {
      const report = await verifyLedger(t.store);
      for (const seq of [0, 1, 255, 256, EVENTS - 1]) {
        const proof = await proveInclusion(t.store, seq);
        assert.equal(proof.root, report.root);
        const hex = (h: string) => Buffer.from(h, 'hex');
        assert.ok(verifyInclusion(hex(proof.leafHash), seq, proof.treeSize, proof.path.map(hex), hex(proof.root)), `seq ${seq}`);
      }
      const old = await proveInclusion(t.store, 0, 100);
      const consistency = await proveConsistency(t.store, 100);
      assert.equal(consistency.oldRoot, old.root);
      const hex = (h: string) => Buffer.from(h, 'hex');
      assert.ok(verifyConsistency(100, EVENTS, hex(consistency.oldRoot), hex(consistency.newRoot), consistency.path.map(hex)));
      await assert.rejects(proveInclusion(t.store, EVENTS), /not in a log/);
    });
  });
}
