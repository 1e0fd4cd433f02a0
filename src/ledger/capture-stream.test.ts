import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputRefused } from '../problems.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MINE, MINER, SEPARATOR, signAs, type Keys } from '../testing/fixtures.ts';
import { captureStream, listLots, PreparePool, verifyLedger, type CaptureResult, type LedgerEvent } from './index.ts';
import { CapturePipeline } from './capture-stream.ts';
import { revokeKey } from '../registry/keys-admin.ts';

const T = '2024-06-01T08:00:00+08:00';
const extract = (id: string): LedgerEvent => ({
  id: `x-${id}`, kind: 'extract', time: T, facility: MINE,
  lot: { id, product: 'concentrate-bayan-obo', massGrams: 1000, composition: { Ce: 250, La: 120 } },
});

for (const engine of engines()) {
  describe(`captureStream with a prepare pool on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    let pool: PreparePool;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      pool = new PreparePool(2);
    });
    after(async () => {
      await pool.close();
      await t.cleanup();
    });

    test('records documents in order, each depending on the one before', async () => {
      const texts = [
        JSON.stringify(await signAs(keys[MINER]!, [extract('S-1')])),
        JSON.stringify(await signAs(keys[MINER]!, [{ id: 'ship-S-1', kind: 'ship', time: T, lot: 'S-1', massGrams: 400, to: SEPARATOR, shipmentLot: 'S-1a' }])),
        JSON.stringify(await signAs(keys[SEPARATOR]!, [{ id: 'recv-S-1a', kind: 'receive', time: T, lot: `${MINER}:S-1a`, massGrams: 400 }])),
      ];
      const results = [];
      for await (const result of captureStream(t.store, texts, pool)) results.push(result);
      assert.deepEqual(results.map((r) => r.events[0]!.seq), [0, 1, 2]);
      const held = await listLots(t.store, { holder: SEPARATOR });
      assert.equal(held.lots[0]?.massGramsRemaining, 400);
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('stops at the first refused document: the ones before are recorded, the rest are not', async () => {
      const texts = [
        JSON.stringify(await signAs(keys[MINER]!, [extract('S-2')])),
        '{ this is not json',
        JSON.stringify(await signAs(keys[MINER]!, [extract('S-3')])),
      ];
      const results = [];
      await assert.rejects(async () => {
        for await (const result of captureStream(t.store, texts, pool)) results.push(result);
      }, (error: Error) => error instanceof InputRefused && /not valid JSON/.test(error.problems[0]!.reason));
      assert.equal(results.length, 1);
      const mine = await listLots(t.store, { holder: MINER });
      assert.ok(mine.lots.some((l) => l.id === `${MINER}:S-2`));
      assert.ok(!mine.lots.some((l) => l.id === `${MINER}:S-3`));
    });

    const lotOf = async (id: string) => (await t.store.db.selectFrom('lots').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
    const eventCount = async () => Number((await t.store.db.selectFrom('events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const collect = async (texts: AsyncIterable<string> | Iterable<string>) => {
      const results: CaptureResult[] = [];
      let error: unknown;
      try {
        for await (const result of captureStream(t.store, texts, pool)) results.push(result);
      } catch (caught) {
        error = caught;
      }
      return { results, error };
    };
    const shipment = (id: string, lot: string, massGrams: number): LedgerEvent => ({ id, kind: 'ship', time: T, lot, massGrams, to: SEPARATOR, shipmentLot: `${lot}-${id}` });

    test('a document resent within the stream, while its first copy may still be in flight, is a replay', async () => {
      const first = JSON.stringify(await signAs(keys[MINER]!, [extract('P-1')]));
      const { results, error } = await collect([first, JSON.stringify(await signAs(keys[MINER]!, [extract('P-2')])), first]);
      assert.equal(error, undefined);
      assert.equal(results[2]!.replayed, true);
      assert.deepEqual(results[2]!.events, results[0]!.events);
      assert.equal(results[1]!.events[0]!.seq, results[0]!.events[0]!.seq + 1);
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('a refused document in mid-stream: the ones before are recorded, it and the rest are not', async () => {
      const before = await eventCount();
      const { results, error } = await collect([
        JSON.stringify(await signAs(keys[MINER]!, [extract('P-3')])),
        JSON.stringify(await signAs(keys[MINER]!, [shipment('ps-3', 'P-3', 600)])),
        JSON.stringify(await signAs(keys[MINER]!, [shipment('ps-3b', 'P-3', 600)])),
        JSON.stringify(await signAs(keys[MINER]!, [extract('P-4')])),
      ]);
      assert.equal(results.length, 2);
      assert.ok(error instanceof InputRefused, String(error));
      assert.equal(error.problems[0]!.path, 'document.events[0].massGrams');
      assert.match(error.problems[0]!.reason, /600 g asked of lot .* 400 g left/);
      assert.equal(await eventCount(), before + 2);
      assert.equal((await lotOf(`${MINER}:P-3`)).mass_grams_remaining, 400);
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('a new lot named like one that exists, committed or still in flight, is refused by name', async () => {
      await captureAs(t.store, keys[MINER]!, [extract('P-16')]);
      for (const texts of [
        [JSON.stringify(await signAs(keys[MINER]!, [{ ...extract('P-16'), id: 'x-P-16-again' }]))],
        [JSON.stringify(await signAs(keys[MINER]!, [extract('P-17')])), JSON.stringify(await signAs(keys[MINER]!, [{ ...extract('P-17'), id: 'x-P-17-again' }]))],
      ]) {
        const { results, error } = await collect(texts);
        assert.equal(results.length, texts.length - 1);
        assert.ok(error instanceof InputRefused, String(error));
        assert.equal(error.problems[0]!.path, 'document.events[0].lot.id');
        assert.match(error.problems[0]!.reason, /already exists/);
      }
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('an event id reused with other content within the stream is refused', async () => {
      const { results, error } = await collect([
        JSON.stringify(await signAs(keys[MINER]!, [extract('P-5')])),
        JSON.stringify(await signAs(keys[MINER]!, [{ ...extract('P-6'), id: 'x-P-5' }])),
      ]);
      assert.equal(results.length, 1);
      assert.ok(error instanceof InputRefused, String(error));
      assert.match(error.problems[0]!.reason, /already recorded .* different content/);
    });

    test('a correction of an event in the document just before it', async () => {
      const { error } = await collect([
        JSON.stringify(await signAs(keys[MINER]!, [extract('P-7'), shipment('ps-7', 'P-7', 600)])),
        JSON.stringify(await signAs(keys[MINER]!, [{ id: 'fix-7', kind: 'correct', time: T, corrects: 'ps-7', reason: 'wrong amount',
          replacement: { id: 'fix-7', kind: 'ship', time: T, lot: 'P-7', massGrams: 500, to: SEPARATOR, shipmentLot: 'P-7-fix-7' } }])),
        JSON.stringify(await signAs(keys[MINER]!, [shipment('ps-7b', 'P-7', 500)])),
      ]);
      assert.equal(error, undefined);
      assert.equal((await lotOf(`${MINER}:P-7-ps-7`)).status, 'void');
      assert.equal((await lotOf(`${MINER}:P-7`)).mass_grams_remaining, 0);
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('another process writing the same ledger mid-stream: every document is recorded once, in a valid log', async () => {
      const other = await t.reopen();
      try {
        const before = await eventCount();
        const ids = ['P-8', 'P-9', 'P-10', 'P-11', 'P-12', 'P-13', 'P-14', 'P-15'];
        const texts = await Promise.all(ids.map(async (id) => JSON.stringify(await signAs(keys[MINER]!, [extract(id)]))));
        // The stream reads a few documents ahead, so by the sixth the first ones are in flight.
        async function* interleaved() {
          for (const [i, text] of texts.entries()) {
            yield text;
            if (i === 5) await captureAs(other, keys[MINER]!, [extract('P-other')]);
          }
        }
        const { results, error } = await collect(interleaved());
        assert.equal(error, undefined);
        assert.equal(results.length, ids.length);
        assert.equal(await eventCount(), before + ids.length + 1);
        assert.equal(new Set(results.map((r) => r.events[0]!.seq)).size, ids.length);
        const report = await verifyLedger(t.store);
        assert.equal(report.ok, true, report.broken?.reason);
      } finally {
        await other.close();
      }
    });

    test('documents committed together, each changing lots made before, all take the straight path', async () => {
      const ids = ['G-1', 'G-2', 'G-3', 'G-4', 'G-5', 'G-6', 'G-7', 'G-8'];
      await captureAs(t.store, keys[MINER]!, ids.map(extract));
      // The writer commits the documents queued behind a commit in one transaction; the locked
      // path (store.capture) is only for documents whose write was refused.
      let locked = 0;
      const counted = new Proxy(t.store, {
        get(store, key) {
          if (key === 'capture') return (...args: Parameters<typeof store.capture>) => (locked += 1, store.capture(...args));
          const value = Reflect.get(store, key, store) as unknown;
          return typeof value === 'function' ? value.bind(store) : value;
        },
      });
      const texts = await Promise.all(ids.map(async (id) => JSON.stringify(await signAs(keys[MINER]!, [shipment(`gs-${id}`, id, 300)]))));
      const results: CaptureResult[] = [];
      for await (const result of captureStream(counted, texts, pool)) results.push(result);
      assert.equal(results.length, ids.length);
      assert.equal(locked, 0);
      for (const id of ids) assert.equal((await lotOf(`${MINER}:${id}`)).mass_grams_remaining, 700);
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('a key revoked by another process while the stream keeps the registry it read: the next document is refused', async () => {
      const own = await makeTestStore(engine);
      const other = await own.reopen();
      const pipeline = new CapturePipeline(own.store, await own.store.openCaptureWriter(), () => new Date());
      try {
        const ownKeys = await loadFixtureRegistry(own.store);
        const miner = ownKeys[MINER]!;
        assert.equal(await pipeline.offer(await pool.prepare(JSON.stringify(await signAs(miner, [extract('R-1')])))), true);
        for await (const result of pipeline.drain()) assert.equal(result.events.length, 1);
        await revokeKey(other, miner.kid, new Date(), 'the key file was lost');
        // The registry read for the first document is still kept, so this one is applied: its
        // write finds the registry changed, and the locked path checks it again.
        await pipeline.offer(await pool.prepare(JSON.stringify(await signAs(miner, [extract('R-2')]))));
        await assert.rejects(async () => {
          for await (const result of pipeline.drain()) assert.fail(`recorded ${result.documentId}`);
        }, (error: Error) => error instanceof InputRefused && error.problems[0]!.path === 'document.keyId' && /revoked/.test(error.problems[0]!.reason));
        const events = await own.store.db.selectFrom('events').select('event_id').execute();
        assert.deepEqual(events.map((e) => e.event_id), ['x-R-1']);
      } finally {
        await pipeline.close();
        await other.close();
        await own.cleanup();
      }
    });

    test('refusals from the pool name the event and field like captureDocument', async () => {
      const signed = await signAs(keys[MINER]!, [extract('S-4')]);
      const bad = { ...signed, document: { ...signed.document, events: [{ ...extract('S-4'), time: '2024-13-01T00:00:00Z' }] } };
      const error = await pool.prepare(JSON.stringify(bad)).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof InputRefused);
      assert.equal(error.problems[0]!.path, 'document.events[0].time');
      assert.equal(error.problems[0]!.event, 0);
    });
  });
}
