// A server killed in the middle of a capture leaves no partial document: the ledger verifies on
// restart, and the document is either all there or not at all. A real process, killed with SIGKILL.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { verifyLedger } from '../ledger/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { startServing } from '../testing/cli.ts';
import { MINE, MINER, loadFixtureRegistry, signAs, type Keys } from '../testing/fixtures.ts';
import { createToken } from './tokens.ts';

describe('a server killed mid-capture', () => {
  let dir: string;
  let keys: Keys;
  let token: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ytterby-crash-'));
    const store = await openStore({ dataDir: dir });
    keys = await loadFixtureRegistry(store);
    token = (await createToken(store, { name: 'miner', role: 'enterprise', party: MINER })).token;
    await store.close();
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('leaves the document all there or not at all, and the ledger verifies after a restart', async () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({
      id: `k${i}`, kind: 'extract' as const, time: '2024-06-03T08:00:00+08:00', facility: MINE,
      lot: { id: `kc${i}`, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { La: 130_000, Ce: 250_000 } },
    }));
    const body = JSON.stringify(await signAs(keys[MINER]!, events));
    for (const delayMs of [5, 60, 400]) {
      const { child, url } = await startServing(dir, ['serve']);
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const response = fetch(`${url}/api/capture`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body }).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      await exited;
      await response;
      let store: Store | undefined;
      try {
        store = await openStore({ dataDir: dir });
        const report = await verifyLedger(store);
        assert.ok(report.ok, `after a kill at ${delayMs} ms: ${JSON.stringify(report.broken)}`);
        const recorded = (await store.db.selectFrom('events').select('seq').execute()).length;
        assert.ok(recorded === 0 || recorded === events.length, `after a kill at ${delayMs} ms the log holds ${recorded} events: all of the document or none`);
        const lots = (await store.db.selectFrom('lots').select('id').execute()).length;
        assert.equal(lots, recorded, 'lots and events together');
      } finally {
        await store?.close();
      }
    }
  });
});
