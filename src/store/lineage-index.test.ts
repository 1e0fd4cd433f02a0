// The in-memory lineage catches up with what is recorded after it was built, corrections that void
// lots included, and answers as an index built afresh would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MINE, MINER, SEPARATION_PLANT, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { LineageIndex, lineageIndex } from './lineage-index.ts';
import { walkLineage } from './lineage.ts';

const T = '2024-06-01T08:00:00+08:00';
const ore = (id: string): LedgerEvent => ({
  id: `x-${id}`, kind: 'extract', time: T, facility: MINE, lot: { id, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { Nd: 100_000, Pr: 30_000 } },
});
const BOUNDS = { depthMax: 64, walkLotsMax: 1_000, offset: 0, limit: 1_000 } as const;

for (const engine of engines()) {
  describe(`lineage index on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    const forwardFrom = async (lot: string) =>
      (await walkLineage(t.store.db, { root: `${MINER}:${lot}`, direction: 'forward', ...BOUNDS })).lots.map((l) => `${l.id}@${l.depth}`);

    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      await captureAs(t.store, keys[MINER]!, [ore('A'), ore('B'),
        { id: 's-A', kind: 'ship', time: T, lot: 'A', massGrams: 600_000, to: SEPARATOR, shipmentLot: 'A-s' }]);
    });
    after(async () => t.cleanup());

    test('later captures and a correction that voids a lot are seen by the next walk', async () => {
      assert.deepEqual(await forwardFrom('A'), [`${MINER}:A@0`, `${MINER}:A-s@1`]);

      await captureAs(t.store, keys[MINER]!, [
        { id: 'fix-s-A', kind: 'correct', time: T, corrects: 's-A', reason: 'shipped the wrong lot' },
        { id: 's-B', kind: 'ship', time: T, lot: 'B', massGrams: 500_000, to: SEPARATOR, shipmentLot: 'B-s' },
      ]);
      await captureAs(t.store, keys[SEPARATOR]!, [
        { id: 'r-B', kind: 'receive', time: T, lot: `${MINER}:B-s`, massGrams: 500_000 },
        { id: 'sep-1', kind: 'process', time: T, facility: SEPARATION_PLANT, inputs: [{ lot: `${MINER}:B-s`, massGrams: 500_000 }],
          outputs: [{ id: 'NdPr-1', product: 'oxide-ndpr', massGrams: 100_000, composition: { Nd: 75_000, Pr: 20_000 } }] },
      ]);

      assert.deepEqual(await forwardFrom('A'), [`${MINER}:A@0`], 'the voided shipment lot is no one\'s child');
      assert.deepEqual(await forwardFrom('B'), [`${MINER}:B@0`, `${MINER}:B-s@1`, `${SEPARATOR}:NdPr-1@2`]);
      const back = await walkLineage(t.store.db, { root: `${SEPARATOR}:NdPr-1`, direction: 'backward', ...BOUNDS });
      assert.deepEqual(back.lots.map((l) => `${l.id}@${l.depth}`), [`${SEPARATOR}:NdPr-1@0`, `${MINER}:B-s@1`, `${MINER}:B@2`]);
    });

    test('answers as an index built afresh from the whole log', async () => {
      const caughtUp = await lineageIndex(t.store.db);
      const fresh = new LineageIndex(t.store.db);
      await fresh.catchUp();
      assert.equal(fresh.lotCount, caughtUp.lotCount);
      const numbered = (index: LineageIndex) => Array.from({ length: index.lotCount }, (_, lot) => index.lotId(lot));
      assert.deepEqual(numbered(caughtUp), numbered(fresh), 'lots are numbered alike, so pages come in the same order');
      for (let lot = 0; lot < fresh.lotCount; lot++) {
        assert.deepEqual(caughtUp.madeByOf(caughtUp.lotNumber(fresh.lotId(lot))!), fresh.madeByOf(lot), `the edge into ${fresh.lotId(lot)}`);
        for (const direction of ['backward', 'forward'] as const) {
          const named = (index: LineageIndex) => index.walk([index.lotNumber(fresh.lotId(lot))!], direction, 64, 1_000).levels
            .map((level) => [...level].map((n) => index.lotId(n)).sort());
          assert.deepEqual(named(caughtUp), named(fresh), `${direction} from ${fresh.lotId(lot)}`);
        }
      }
    });

    test('a walk\'s edges carry the grams the ledger\'s flows moved', async () => {
      const { lots } = await walkLineage(t.store.db, { root: `${SEPARATOR}:NdPr-1`, direction: 'backward', ...BOUNDS });
      const flows = await t.store.db.selectFrom('lot_flows').select(['lot_id', 'seq', 'direction', 'mass_grams']).where('lot_id', 'in', lots.map((l) => l.id)).execute();
      const grams = (lotId: string, seq: number, direction: number) => flows.filter((f) => f.lot_id === lotId && Number(f.seq) === seq && Number(f.direction) === direction)
        .reduce((sum, f) => sum + Number(f.mass_grams), 0);
      for (const lot of lots) {
        assert.ok(lot.madeBy !== null, `${lot.id} was made by a recorded flow`);
        assert.equal(lot.madeBy.massGrams, grams(lot.id, lot.madeBy.seq, 1), `into ${lot.id}`);
        for (const feed of lot.feeds) assert.equal(feed.massGrams, grams(lot.id, feed.seq, -1), `out of ${lot.id} at ${feed.seq}`);
      }
      assert.deepEqual(lots.map((l) => [l.madeBy?.massGrams, l.feeds.map((f) => f.massGrams)]), [[100_000, []], [500_000, [500_000]], [1_000_000, [500_000]]]);
    });

    test('a walk stops at its bound on lots and says so', async () => {
      const index = await lineageIndex(t.store.db);
      const root = index.lotNumber(`${MINER}:B`)!;
      assert.deepEqual(index.walk([root], 'forward', 64, 2).levels.map((l) => l.length), [1, 1]);
      assert.equal(index.walk([root], 'forward', 64, 2).cut, true);
      assert.equal(index.walk([root], 'forward', 64, 3).cut, false);
    });
  });
}
