// Forward trace of a mine's output over a period: the roots are the lots extracted there in the
// period (by instant, whatever the offset; corrected extractions by their replacement), the walk
// reaches what one trace per root would, each lot once at its least depth, paged the same way.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MAGNET_MAKER, MINE, MINER, SEPARATION_PLANT, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { ProvenanceRefused, traceForward, traceMineOutput, yearPeriod } from './index.ts';

const REGULATOR = { role: 'regulator' } as const;
const T = '2024-06-01T08:00:00+08:00';
const ore = (id: string, time: string): LedgerEvent => ({
  id: `x-${id}`, kind: 'extract', time, facility: MINE, lot: { id, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { Nd: 100_000, Pr: 30_000 } },
});
const YEAR = yearPeriod(2024);

for (const engine of engines()) {
  describe(`forward trace of a mine's output on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      await captureAs(t.store, keys[MINER]!, [
        ore('A', '2024-01-01T00:30:00+08:00'), // 2023-12-31 in UTC, 2024 in China: in
        ore('B', T),
        ore('C', '2025-01-01T07:00:00+08:00'), // 2024-12-31 in UTC, 2025 in China: out
        ore('E', T),
        { id: 's-A', kind: 'ship', time: T, lot: 'A', massGrams: 600_000, to: SEPARATOR, shipmentLot: 'A-s' },
        { id: 's-B', kind: 'ship', time: T, lot: 'B', massGrams: 500_000, to: SEPARATOR, shipmentLot: 'B-s' },
        { id: 's-C', kind: 'ship', time: '2025-01-02T08:00:00+08:00', lot: 'C', massGrams: 500_000, to: SEPARATOR, shipmentLot: 'C-s' },
      ]);
      // E was recorded with the wrong mass: corrected by an extraction of E2, which replaces it.
      await captureAs(t.store, keys[MINER]!, [{ id: 'fix-E', kind: 'correct', time: T, corrects: 'x-E', reason: 'weighbridge error',
        replacement: { id: 'fix-E', kind: 'extract', time: T, facility: MINE, lot: { id: 'E2', product: 'concentrate-bayan-obo', massGrams: 900_000, composition: { Nd: 90_000 } } } }]);
      await captureAs(t.store, keys[SEPARATOR]!, [
        { id: 'r-A', kind: 'receive', time: T, lot: `${MINER}:A-s`, massGrams: 600_000 },
        { id: 'r-B', kind: 'receive', time: T, lot: `${MINER}:B-s`, massGrams: 500_000 },
        { id: 'r-C', kind: 'receive', time: '2025-01-02T09:00:00+08:00', lot: `${MINER}:C-s`, massGrams: 500_000 },
        // A-s at depth 1 and B-s, the same oxide from both, and C-s (another year's ore) into it too.
        { id: 'sep-1', kind: 'process', time: '2025-01-03T08:00:00+08:00', facility: SEPARATION_PLANT,
          inputs: [{ lot: `${MINER}:A-s`, massGrams: 600_000 }, { lot: `${MINER}:B-s`, massGrams: 200_000 }, { lot: `${MINER}:C-s`, massGrams: 500_000 }],
          outputs: [{ id: 'NdPr-1', product: 'oxide-ndpr', massGrams: 200_000, composition: { Nd: 150_000, Pr: 40_000 } }] },
        { id: 's-O', kind: 'ship', time: '2025-01-04T08:00:00+08:00', lot: 'NdPr-1', massGrams: 100_000, to: MAGNET_MAKER, shipmentLot: 'NdPr-1-s' },
      ]);
    });
    after(async () => t.cleanup());

    test('the year\'s extractions, as China reckons the year, and every lot they reached once at its least depth', async () => {
      const trace = await traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: REGULATOR, limit: 1000 });
      assert.equal(trace.rootsTotal, 3);
      assert.equal(trace.facility, MINE);
      assert.deepEqual(trace.lots.map((l) => [l.ref, l.depth]), [
        [`${MINER}:A`, 0], [`${MINER}:B`, 0], [`${MINER}:E2`, 0],
        [`${MINER}:A-s`, 1], [`${MINER}:B-s`, 1],
        [`${SEPARATOR}:NdPr-1`, 2],
        [`${SEPARATOR}:NdPr-1-s`, 3],
      ]);
      assert.deepEqual([trace.lotsTotal, trace.complete, trace.depthReached, trace.next], [7, true, false, undefined]);
      // The same lots as one trace per root, each at the least depth any root reaches it.
      const union = new Map<string, number>();
      for (const root of ['A', 'B', 'E2']) {
        for (const lot of (await traceForward(t.store, `${MINER}:${root}`, { viewer: REGULATOR, limit: 1000 })).lots) {
          union.set(lot.ref, Math.min(union.get(lot.ref) ?? Infinity, lot.depth));
        }
      }
      assert.deepEqual(new Map(trace.lots.map((l) => [l.ref, l.depth])), union);
      assert.ok(trace.edges.some((e) => e.lot === `${MINER}:A` && e.flow === 'out'));
      assert.ok(trace.events.some((e) => e.kind === 'process' && e.facility === SEPARATION_PLANT));
    });

    test('pages through in order, each lot once; depth and period bounds', async () => {
      const seen: string[] = [];
      let offset: number | undefined = 0;
      while (offset !== undefined) {
        const page: Awaited<ReturnType<typeof traceMineOutput>> = await traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: REGULATOR, limit: 3, offset });
        assert.equal(page.lotsTotal, 7);
        seen.push(...page.lots.map((l) => l.ref));
        offset = page.next;
      }
      assert.equal(seen.length, 7);
      assert.equal(new Set(seen).size, 7);
      const shallow = await traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: REGULATOR, depthMax: 1 });
      assert.deepEqual([shallow.lotsTotal, shallow.depthReached], [5, true]);
      const next = await traceMineOutput(t.store, { facility: MINE, ...yearPeriod(2025) }, { viewer: REGULATOR });
      assert.deepEqual([next.rootsTotal, next.lots[0]!.ref], [1, `${MINER}:C`]);
      const none = await traceMineOutput(t.store, { facility: MINE, ...yearPeriod(2020) }, { viewer: REGULATOR });
      assert.deepEqual([none.rootsTotal, none.lotsTotal, none.lots, none.complete], [0, 0, [], true]);
      // The period compares instants: the first hour of 2024 in China is the last of 2023 in UTC.
      const utc = await traceMineOutput(t.store, { facility: MINE, from: '2023-12-31T16:00:00Z', to: '2023-12-31T17:00:00Z' }, { viewer: REGULATOR });
      assert.deepEqual(utc.lots.filter((l) => l.depth === 0).map((l) => l.ref), [`${MINER}:A`]);
    });

    test('the mine\'s owner sees its own lots, and beyond them references; others are refused', async () => {
      const own = await traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: { role: 'enterprise', party: MINER } });
      assert.equal(own.lotsTotal, 7);
      assert.ok(own.lots.some((l) => l.ref === `${MINER}:A-s`));
      assert.ok(own.lots.every((l) => l.ref.startsWith(`${MINER}:`) || /^lot#\d+$/.test(l.ref)));
      assert.ok(own.lots.some((l) => /^lot#\d+$/.test(l.ref)));
      const refused = async (promise: Promise<unknown>, kind: string) => {
        await assert.rejects(promise, (error: unknown) => error instanceof ProvenanceRefused && error.kind === kind);
      };
      await refused(traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: { role: 'enterprise', party: SEPARATOR } }), 'forbidden');
      await refused(traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: { role: 'public' } }), 'forbidden');
      await refused(traceMineOutput(t.store, { facility: SEPARATION_PLANT, ...YEAR }, { viewer: REGULATOR }), 'bad-input');
      await refused(traceMineOutput(t.store, { facility: 'no-such-mine', ...YEAR }, { viewer: REGULATOR }), 'not-found');
      await refused(traceMineOutput(t.store, { facility: MINE, from: YEAR.to, to: YEAR.from }, { viewer: REGULATOR }), 'bad-input');
      await refused(traceMineOutput(t.store, { facility: MINE, from: '2024-01-01', to: YEAR.to }, { viewer: REGULATOR }), 'bad-input');
      await refused(traceMineOutput(t.store, { facility: MINE, ...YEAR }, { viewer: REGULATOR, limit: 0 }), 'bad-input');
    });
  });
}
