import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MINE, MINER, type Keys } from '../testing/fixtures.ts';
import { MERKLE_STORED_LEVEL_MIN } from '../limits.ts';
import { ledgerRoot, proveConsistency, proveInclusion, verifyLedger, type LedgerEvent, type VerifyReport } from './index.ts';
import { chainHashHex } from './canonical.ts';
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
      // Columns copied from the signed body, which statistics, supervision and drill-downs read.
      ['an event time column', `UPDATE events SET event_time = '2020-06-01T00:00:00.000Z' WHERE seq = 90`, 90, /event 90 .* was altered: its event_time column reads 2020-06-01T00:00:00.000Z, but its signed body says/],
      ['a kind column', `UPDATE events SET kind = 'dispose' WHERE seq = 40`, 40, /event 40 .* was altered: its kind column reads dispose, but its signed body says/],
      ['an event id column', `UPDATE events SET event_id = 'not-the-signed-id' WHERE seq = 60`, 60, /event 60 \(not-the-signed-id\) was altered: its event_id column reads not-the-signed-id, but its signed body says/],
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

    // Chunks of 64 events: the documents of 97 events cross chunk boundaries (the one at 97 spans
    // three chunks), and the stored Merkle node of level 8 lies above the chunks, so this thread
    // checks it from the chunks' subtree hashes. Chunks of 1 and 16 push every boundary further.
    const headOf = async () => (await t.store.db.selectFrom('ledger_head').selectAll().executeTakeFirstOrThrow());
    const chainBefore = async (seq: number) => seq === 0
      ? '0'.repeat(64)
      : (await t.store.db.selectFrom('events').select('chain_hash').where('seq', '=', seq - 1).executeTakeFirstOrThrow()).chain_hash.toString('hex');

    test('a log in many chunks verifies to the root and chain head of the whole log', async () => {
      const head = await headOf();
      const whole = await verifyLedger(t.store, { parallel: false });
      assert.equal(whole.root, (await ledgerRoot(t.store, EVENTS)).toString('hex'));
      assert.equal(whole.chainHead, head.chain_hash.toString('hex'));
      for (const [chunkEvents, parallel] of [[1, false], [16, true], [64, true], [64, false], [256, true], [512, true]] as const) {
        const progress: number[] = [];
        const report = await verifyLedger(t.store, { chunkEvents, parallel, onProgress: (done, total) => {
          assert.equal(total, EVENTS);
          progress.push(done);
        } });
        assert.deepEqual(report, whole, `chunks of ${chunkEvents}, parallel ${parallel}`);
        const expected = Array.from({ length: Math.ceil(EVENTS / chunkEvents) }, (_, i) => Math.min((i + 1) * chunkEvents, EVENTS));
        assert.deepEqual(progress, expected);
      }
      for (const chunkEvents of [48, 0.5, 0]) await assert.rejects(verifyLedger(t.store, { chunkEvents }), /power of two/);
    });

    const chunkedCases: [string, string, number | undefined, RegExp][] = [
      ...cases,
      ['a Merkle node, deleted', `DELETE FROM merkle_nodes`, 255, /Merkle node level 8 index 0 is missing/],
      ['an event body inside a document that began two chunks before', `UPDATE events SET body = replace(body, '"massGrams":1000', '"massGrams":9000') WHERE seq = 193`, 193, /event 193 .* was altered/],
      ['a stray Merkle node', `INSERT INTO merkle_nodes (level, idx, hash) SELECT 8, 7, hash FROM merkle_nodes`, undefined, /1 stored Merkle node\(s\) cover events that do not exist, e\.g\. 8:7/],
      ['the head chain hash', `UPDATE ledger_head SET chain_hash = (SELECT chain_hash FROM events WHERE seq = 0)`, undefined, /the head chain hash does not match/],
      ['the last event, deleted', `DELETE FROM events WHERE seq = ${EVENTS - 1}`, EVENTS - 1, new RegExp(`the head says the log has ${EVENTS} events, but ${EVENTS - 1} were found`)],
    ];
    for (const [what, statement, seq, reason] of chunkedCases) {
      test(`names ${what} in a log of many chunks as in one chunk`, async () => {
        await tamper(statement);
        const whole = await verifyLedger(t.store, { parallel: false });
        assert.equal(whole.ok, false);
        assert.match(whole.broken!.reason, reason);
        assert.equal(whole.broken!.seq, seq);
        const before = seq ?? EVENTS;
        assert.equal(whole.events, before);
        assert.equal(whole.chainHead, await chainBefore(before));
        if (before < 256) assert.equal(whole.root, (await ledgerRoot(t.store, before)).toString('hex'));
        for (const [chunkEvents, parallel] of [[16, false], [64, true]] as const) {
          const report: VerifyReport = await verifyLedger(t.store, { chunkEvents, parallel });
          assert.deepEqual(report, whole, `chunks of ${chunkEvents}`);
        }
      });
    }

    test('chainHashHex hashes previous ‖ leaf ‖ seq (8 bytes big-endian) ‖ recording time, the previous hash given as bytes or hex', () => {
      const previous = Buffer.alloc(32, 7);
      const leaf = Buffer.alloc(32, 9);
      for (const [seq, at] of [[0, '2024-06-01T00:00:00.000Z'], [2 ** 32 + 5, 'x'.repeat(200)], [2 ** 53 - 1, '']] as const) {
        const place = Buffer.alloc(8);
        place.writeBigUInt64BE(BigInt(seq));
        const expected = createHash('sha256').update(previous).update(leaf).update(place).update(at, 'utf8').digest('hex');
        assert.equal(chainHashHex(previous, leaf, seq, at), expected);
        assert.equal(chainHashHex(previous.toString('hex'), leaf, seq, at), expected);
      }
    });

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
