import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { InputRefused } from '../problems.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { loadFixtureRegistry, MINE, MINER, SEPARATOR, signAs, type Keys } from '../testing/fixtures.ts';
import { captureStream, listLots, PreparePool, verifyLedger, type LedgerEvent } from './index.ts';

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
