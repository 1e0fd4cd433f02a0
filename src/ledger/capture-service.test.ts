// The server's capture: documents asked for concurrently are each answered on their own, in the
// order asked, with a refusal in the middle leaving the others recorded, on every engine.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { MINE, MINER, loadFixtureRegistry, signAs, type Keys } from '../testing/fixtures.ts';
import { InputRefused } from '../problems.ts';
import { CaptureService } from './capture-service.ts';
import { verifyLedger } from './verify-ledger.ts';

const extract = (id: string, lot: string) => ({ id, kind: 'extract' as const, time: '2024-06-03T08:00:00+08:00', facility: MINE, lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { La: 130_000, Ce: 250_000 } } });

for (const engine of engines()) {
  describe(`CaptureService on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    let service: CaptureService;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      service = await CaptureService.open(t.store);
    });
    after(async () => {
      await service.close();
      await t.cleanup();
    });

    test('answers each of twenty concurrent documents; a refused one in the middle changes nothing else', async () => {
      const texts = [];
      for (let d = 0; d < 20; d += 1) {
        const events = d === 7
          ? [{ id: 'bad', kind: 'dispose' as const, time: '2024-06-05T08:00:00+08:00', lot: 'never-made', massGrams: 1, method: 'landfill' as const }]
          : Array.from({ length: 50 }, (_, i) => extract(`d${d}-${i}`, `l${d}-${i}`));
        texts.push(JSON.stringify(await signAs(keys[MINER]!, events)));
      }
      const prepared = await Promise.all(texts.map((text) => service.prepare(text)));
      const outcomes = await Promise.allSettled(prepared.map((p) => service.record(p)));
      outcomes.forEach((outcome, d) => {
        if (d === 7) {
          assert.equal(outcome.status, 'rejected');
          assert.ok((outcome as PromiseRejectedResult).reason instanceof InputRefused);
        } else {
          assert.equal(outcome.status, 'fulfilled', String((outcome as PromiseRejectedResult).reason));
        }
      });
      const seqs = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.events[0]!.seq] : []));
      assert.deepEqual(seqs, [...seqs].sort((a, b) => a - b), 'recorded in the order asked');
      const events = await t.store.db.selectFrom('events').select('seq').execute();
      assert.equal(events.length, 19 * 50);
      assert.ok((await verifyLedger(t.store)).ok);
      const again = await service.record(prepared[3]!);
      assert.equal(again.replayed, true, 'a document sent again is a replay');
    });

    test('refuses a malformed document when preparing it, recording nothing', async () => {
      await assert.rejects(service.prepare('{"document": 1'), InputRefused);
    });
  });
}
