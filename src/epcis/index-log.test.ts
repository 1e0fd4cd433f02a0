import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { LedgerEvent } from '../ledger/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MINE, MINER } from '../testing/fixtures.ts';
import { refreshEpcisIndex } from './index-log.ts';
import { INDEX_ANALYZE_EVENTS_MIN } from './limits.ts';

const extracts = (from: number, count: number): LedgerEvent[] => Array.from({ length: count }, (_, i) => ({
  id: `x-${from + i}`, kind: 'extract', time: '2024-06-01T08:00:00+08:00', facility: MINE,
  lot: { id: `c-${from + i}`, product: 'concentrate-bayan-obo', massGrams: 1000, composition: { Ce: 250, La: 120 } },
}));

for (const engine of engines().filter((e) => e === 'postgres')) {
  describe(`the EPCIS query index on ${engine}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await makeTestStore(engine);
    });
    afterEach(async () => t.cleanup());

    const analyzed = async () => {
      const { rows } = await sql<{ relname: string; analyzed: boolean }>`
        SELECT relname, last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables
        WHERE relname IN ('epcis_events', 'epcis_classes') AND schemaname = current_schema()`.execute(t.store.db);
      return Object.fromEntries(rows.map((row) => [row.relname, row.analyzed]));
    };

    test('a catch-up that grows the index by a tenth or more renews its statistics, so its queries are planned for its size', async () => {
      const keys = await loadFixtureRegistry(t.store);
      await captureAs(t.store, keys[MINER]!, extracts(0, 100));
      await refreshEpcisIndex(t.store);
      assert.deepEqual(await analyzed(), { epcis_events: false, epcis_classes: false }, 'a small catch-up leaves it to autovacuum');

      await captureAs(t.store, keys[MINER]!, extracts(100, INDEX_ANALYZE_EVENTS_MIN));
      await refreshEpcisIndex(t.store);
      assert.deepEqual(await analyzed(), { epcis_events: true, epcis_classes: true });
    });
  });
}
