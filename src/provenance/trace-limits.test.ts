// Traces on larger graphs: wide fan-out paged through, long chains cut at the depth bound, a
// diamond counted once at its least depth, and a walk cut at its row bound.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MINE, MINER, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { walkLineage } from '../store/index.ts';
import { TRACE_DEPTH_MAX } from '../limits.ts';
import { traceBackward, traceForward } from './index.ts';

const T = '2024-06-01T08:00:00+08:00';
const SPLITS = 300;
const CHAIN = 70;
const REGULATOR = { role: 'regulator' } as const;
const ore = (id: string, massGrams: number): LedgerEvent => ({
  id: `x-${id}`, kind: 'extract', time: T, facility: MINE, lot: { id, product: 'concentrate-bayan-obo', massGrams, composition: { Nd: massGrams / 10 } },
});
const step = (id: string, inputs: [string, number][], output: string, massGrams: number): LedgerEvent => ({
  id, kind: 'process', time: T, facility: MINE, inputs: inputs.map(([lot, m]) => ({ lot, massGrams: m })),
  outputs: [{ id: output, product: 'concentrate-bayan-obo', massGrams, composition: { Nd: massGrams / 10 } }],
});

for (const engine of engines()) {
  describe(`trace limits on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      const fan: LedgerEvent[] = [ore('F', SPLITS * 1_000)];
      for (let i = 0; i < SPLITS; i += 1) fan.push({ id: `s-${i}`, kind: 'ship', time: T, lot: 'F', massGrams: 1_000, to: SEPARATOR, shipmentLot: `F-${i}` });
      const chain: LedgerEvent[] = [ore('L0', 10_000)];
      for (let i = 0; i < CHAIN; i += 1) chain.push(step(`p-${i}`, [[`L${i}`, 10_000]], `L${i + 1}`, 10_000));
      const diamond = [ore('D0', 1_000), step('d-1', [['D0', 500]], 'D1', 500), step('d-2', [['D0', 200], ['D1', 500]], 'D2', 700)];
      await captureAs(t.store, keys[MINER]!, [...fan, ...chain, ...diamond]);
    });
    after(async () => t.cleanup());

    test(`a fan-out of ${SPLITS} lots pages through exactly once each`, async () => {
      const seen: string[] = [];
      let offset: number | undefined = 0;
      let pages = 0;
      while (offset !== undefined) {
        const page: Awaited<ReturnType<typeof traceForward>> = await traceForward(t.store, `${MINER}:F`, { viewer: REGULATOR, limit: 100, offset });
        assert.equal(page.lotsTotal, SPLITS + 1);
        assert.ok(page.lots.length <= 100);
        // Each page carries the edges of its own lots: the split events out of F on the first page.
        if (offset === 0) assert.equal(page.edges.filter((e) => e.flow === 'out').length, SPLITS);
        seen.push(...page.lots.map((l) => l.ref));
        offset = page.next;
        pages += 1;
      }
      assert.equal(pages, 4);
      assert.equal(new Set(seen).size, SPLITS + 1);
      assert.equal(seen[0], `${MINER}:F`);
    });

    test(`a chain of ${CHAIN} steps stops at depth ${TRACE_DEPTH_MAX} and says so`, async () => {
      const full = await traceBackward(t.store, `${MINER}:L${CHAIN}`, { viewer: REGULATOR, limit: 1000 });
      assert.equal(full.lotsTotal, TRACE_DEPTH_MAX + 1);
      assert.equal(full.depthReached, true);
      assert.equal(full.lots.at(-1)!.ref, `${MINER}:L${CHAIN - TRACE_DEPTH_MAX}`);
      const short = await traceBackward(t.store, `${MINER}:L${CHAIN}`, { viewer: REGULATOR, depthMax: 10 });
      assert.deepEqual([short.lotsTotal, short.depthReached, short.complete], [11, true, true]);
      const whole = await traceBackward(t.store, `${MINER}:L5`, { viewer: REGULATOR });
      assert.deepEqual([whole.lotsTotal, whole.depthReached], [6, false]);
      const forward = await traceForward(t.store, `${MINER}:L0`, { viewer: REGULATOR, depthMax: 0 });
      assert.deepEqual(forward.lots.map((l) => l.ref), [`${MINER}:L0`]);
    });

    test('a lot reached by two paths is listed once, at its least depth', async () => {
      const trace = await traceBackward(t.store, `${MINER}:D2`, { viewer: REGULATOR });
      assert.deepEqual(trace.lots.map((l) => [l.ref, l.depth]), [[`${MINER}:D2`, 0], [`${MINER}:D0`, 1], [`${MINER}:D1`, 1]]);
      assert.equal(trace.lotsTotal, 3);
    });

    test('a walk cut at its row bound says it is incomplete', async () => {
      const page = await walkLineage(t.store.db, { root: `${MINER}:F`, direction: 'forward', depthMax: TRACE_DEPTH_MAX, walkLotsMax: 50, offset: 0, limit: 1000 });
      assert.deepEqual([page.lotsTotal, page.walkCut, page.lots.length], [50, true, 50]);
      const uncut = await walkLineage(t.store.db, { root: `${MINER}:F`, direction: 'forward', depthMax: TRACE_DEPTH_MAX, walkLotsMax: 1000, offset: 0, limit: 10 });
      assert.deepEqual([uncut.lotsTotal, uncut.walkCut, uncut.lots.length], [SPLITS + 1, false, 10]);
    });
  });
}
