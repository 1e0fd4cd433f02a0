// Existence cannot be probed: every route keyed by a lot answers another party's lot exactly as a
// lot that does not exist (docs/api.md), for an enterprise and for the roles refused by policy,
// whether the lot is active or voided with a passport kept; the regulator still sees everything.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { apiCaller, fixtureTokens, listenOnLoopback, type ApiAnswer } from '../testing/http.ts';
import { captureAs, loadFixtureRegistry, MAGNET_MAKER, MINE, MINER } from '../testing/fixtures.ts';
import { buildServer, type App } from './server.ts';

const T = '2024-06-03T08:00:00+08:00';
const GTIN = '06901234567892';
const extract = (id: string, lot: string) => ({ id, kind: 'extract' as const, time: T, facility: MINE, lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { La: 130_000, Ce: 250_000 } } });

/** Every route keyed by a lot id, as [method, path]. */
const LOT_ROUTES: [string, (id: string) => string][] = [
  ['GET', (id) => `/api/lots/${id}`],
  ['GET', (id) => `/api/lots/${id}/trace`],
  ['GET', (id) => `/api/lots/${id}/trace?direction=forward`],
  ['GET', (id) => `/api/lots/${id}/recycled-content`],
  ['GET', (id) => `/api/lots/${id}/passport`],
  ['GET', (id) => `/api/lots/${id}/passport?gtin=${GTIN}`],
  ['POST', (id) => `/api/lots/${id}/passport?gtin=${GTIN}`],
];

/** The answer with the lot id it was asked about put as {id}: the one thing two answers about two
 * different ids may differ by. */
function normalized(answer: ApiAnswer, id: string): string {
  return JSON.stringify({ status: answer.status, contentType: answer.headers.get('content-type'), body: answer.body })
    .replaceAll(encodeURIComponent(id), '{id}').replaceAll(id, '{id}');
}

for (const engine of engines()) {
  describe(`lot routes hide other parties' lots on ${engine}`, () => {
    let t: TestStore;
    let app: App;
    let base: string;
    const tokens: Record<string, string> = {};
    const call = apiCaller(() => base);
    const ACTIVE = `${MINER}:V-1`;
    const VOIDED = `${MINER}:V-2`;
    const MISSING = [`${MINER}:none`, `${MAGNET_MAKER}:none`, 'none'];

    before(async () => {
      t = await makeTestStore(engine);
      const keys = await loadFixtureRegistry(t.store);
      Object.assign(tokens, await fixtureTokens(t.store));
      app = await buildServer(t.store, { rateLimitPerMinute: 100_000 });
      base = await listenOnLoopback(app);
      await captureAs(t.store, keys[MINER]!, [extract('x-1', 'V-1'), extract('x-2', 'V-2')]);
      // V-2's passport is kept, then a correction voids V-2: its kept passport is withdrawn (410 to
      // whoever may see it), which must not show through to whoever may not.
      assert.equal((await call('GET', `/api/lots/${encodeURIComponent(VOIDED)}/passport?gtin=${GTIN}`, { token: tokens['miner'] })).status, 200);
      await captureAs(t.store, keys[MINER]!, [{ id: 'x-2-void', kind: 'correct', time: T, corrects: 'x-2', reason: 'recorded twice' }]);
      assert.equal((await call('GET', `/api/lots/${encodeURIComponent(VOIDED)}/passport`, { token: tokens['miner'] })).status, 410);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    for (const caller of ['separator', 'association', 'public']) {
      test(`as ${caller}: another party's lot, active or voided, answers as a lot that does not exist, on every lot route`, async () => {
        for (const [method, path] of LOT_ROUTES) {
          const ask = (id: string) => call(method, path(encodeURIComponent(id)), { token: tokens[caller] });
          const missing = await ask(MISSING[0]!);
          assert.equal(missing.status, caller === 'separator' ? 404 : 403, `${method} ${path('{id}')}: ${JSON.stringify(missing.body)}`);
          assert.equal(missing.body!['type'], caller === 'separator' ? 'urn:ytterby:problem:not-found' : 'urn:ytterby:problem:forbidden');
          for (const id of [ACTIVE, VOIDED, ...MISSING.slice(1)]) {
            const hidden = await ask(id);
            if (id.includes(':')) assert.equal(normalized(hidden, id), normalized(missing, MISSING[0]!), `${method} ${path('{id}')} of ${id}`);
            else assert.equal(hidden.status, missing.status, `${method} ${path('{id}')} of ${id}`);
          }
        }
      });
    }

    test('the regulator sees every lot; a lot that does not exist is the same 404 to every caller', async () => {
      const id = encodeURIComponent(ACTIVE);
      for (const path of [`/api/lots/${id}`, `/api/lots/${id}/trace`, `/api/lots/${id}/trace?direction=forward`, `/api/lots/${id}/recycled-content`]) {
        assert.equal((await call('GET', path, { token: tokens['regulator'] })).status, 200, path);
      }
      assert.equal((await call('GET', `/api/lots/${encodeURIComponent(VOIDED)}/passport`, { token: tokens['regulator'] })).status, 410);
      assert.equal((await call('GET', `/api/lots/${id}/passport`, { token: tokens['miner'] })).status, 400, 'the maker is asked for the GTIN a lot id that is no LGTIN lacks');
      for (const [method, path] of LOT_ROUTES) {
        const asRegulator = await call(method, path(encodeURIComponent(MISSING[0]!)), { token: tokens['regulator'] });
        const asEnterprise = await call(method, path(encodeURIComponent(MISSING[0]!)), { token: tokens['separator'] });
        assert.equal(normalized(asRegulator, MISSING[0]!), normalized(asEnterprise, MISSING[0]!), `${method} ${path('{id}')}`);
        assert.equal(asRegulator.body!['detail'], `no lot ${MISSING[0]}`);
      }
    });
  });
}
