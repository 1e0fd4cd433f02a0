// The routes the web app added to the API (GET /api/session, /api/reports…, /api/flows) and how the
// server answers the app's paths, on a small demo year: each route's answer, its policy, and its
// refusals as RFC 7807 problems.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { runDemo } from '../sim/index.ts';
import type { Store } from '../store/index.ts';
import { makeTestStore, type TestStore } from '../testing/engines.ts';
import { buildServer, type App } from '../server/server.ts';
import { createToken } from '../server/tokens.ts';
import { webRoutes } from '../server/web.ts';
import { ensureBundle } from './bundle.ts';

describe('web app routes', () => {
  let t: TestStore;
  let store: Store;
  let app: App;
  const tokens: Record<string, string> = {};
  const get = async (url: string, token?: string) => {
    const response = await app.inject({ method: 'GET', url, headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, headers: response.headers, text: response.body, json: () => response.json() as Record<string, any> };
  };

  before(async () => {
    t = await makeTestStore('sqlite');
    store = t.store;
    await runDemo(store, { year: 2024, seed: 2, scale: 0.001 });
    const party = (await store.db.selectFrom('parties').select('id').where('kind', '=', 'enterprise').orderBy('id').executeTakeFirstOrThrow()).id;
    for (const role of ['regulator', 'association', 'public'] as const) tokens[role] = (await createToken(store, { name: `${role} user`, role })).token;
    tokens['enterprise'] = (await createToken(store, { name: 'an enterprise', role: 'enterprise', party })).token;
    // The server reads the bundle when it starts.
    await ensureBundle();
    app = await buildServer(store, { rateLimitPerMinute: 10_000 });
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  test('a session says who the token is and which policies it holds; any token may ask, none is refused', async () => {
    const regulator = (await get('/api/session', tokens['regulator'])).json();
    assert.equal(regulator['role'], 'regulator');
    assert.equal(regulator['party'], null);
    assert.ok(regulator['policies'].includes('checks:run'));
    const enterprise = (await get('/api/session', tokens['enterprise'])).json();
    assert.equal(enterprise['role'], 'enterprise');
    assert.match(enterprise['party'].nameZh, /\S/);
    assert.ok(!enterprise['policies'].includes('stats:read'));
    assert.deepEqual((await get('/api/session', tokens['public'])).json()['policies'], ['session:read', 'passport:verify']);
    assert.equal((await get('/api/session')).status, 401);
  });

  test('reports: the months with figures, the annual report as data, its HTML page and a table as CSV', async () => {
    const periods = (await get('/api/reports', tokens['association'])).json();
    assert.equal(periods['from'], '2024-01');
    assert.deepEqual(periods['years'], [2024]);
    const report = (await get('/api/reports/2024', tokens['association'])).json();
    assert.ok(report['tables'].some((table: { id: string }) => table.id === 'production-monthly'));
    const html = await get('/api/reports/2024/report.html?region=150000', tokens['regulator']);
    assert.equal(html.status, 200);
    assert.match(html.headers['content-disposition'] as string, /attachment; filename="ytterby-report-2024-150000\.html"/);
    assert.match(html.text, /<!doctype html>/i);
    const csv = await get('/api/reports/2024/csv/quota-use', tokens['regulator']);
    assert.equal(csv.status, 200);
    assert.match(csv.headers['content-type'] as string, /^text\/csv/);
    assert.match(csv.text, /持有者 \/ Holder/);
  });

  test('reports and flows refuse what they cannot answer, each with its reason', async () => {
    const table = await get('/api/reports/2024/csv/no-such-table', tokens['regulator']);
    assert.equal(table.status, 404);
    assert.match(table.json()['detail'], /the report has no table no-such-table; it has production, /);
    const region = await get('/api/reports/2024?region=159999', tokens['regulator']);
    assert.equal(region.status, 400);
    assert.match(region.json()['detail'], /region 159999 is not a GB\/T 2260 code/);
    assert.equal((await get('/api/reports/24', tokens['regulator'])).status, 400);
    const backwards = await get('/api/flows?from=2024-06&to=2024-01', tokens['regulator']);
    assert.equal(backwards.status, 400);
    assert.match(backwards.json()['detail'], /from 2024-06 is after to 2024-01/);
    assert.equal((await get('/api/flows?from=2024-01&to=2024-12&element=Xx', tokens['regulator'])).status, 400);
    assert.equal((await get('/api/reports', tokens['enterprise'])).status, 403);
    assert.equal((await get('/api/flows?from=2024-01&to=2024-12', tokens['enterprise'])).status, 403);
  });

  test('element flows in oxide of one element are a part of the flows of all rare earths', async () => {
    const all = (await get('/api/flows?from=2024-01&to=2024-12', tokens['association'])).json();
    const nd = (await get('/api/flows?from=2024-01&to=2024-12&element=Nd', tokens['association'])).json();
    assert.equal(all['element'], null);
    assert.equal(nd['element'], 'Nd');
    const total = (flows: Record<string, any>) => (flows['links'] as { reoGrams: number }[]).reduce((sum, link) => sum + link.reoGrams, 0);
    assert.ok(total(nd) > 0);
    assert.ok(total(nd) < total(all));
  });

  test('the app answers its own paths with its page; the API\'s, EPCIS\'s and health paths keep their own answers', async () => {
    for (const path of ['/', '/alerts/AL-1', '/01/06901234567892/10/L1']) {
      const page = await get(path);
      assert.equal(page.status, 200, path);
      assert.match(page.headers['content-type'] as string, /^text\/html/);
      assert.match(page.headers['content-security-policy'] as string, /script-src 'self'/);
    }
    for (const path of ['/api/nowhere', '/epcis/nowhere', '/health/x']) {
      const missing = await get(path);
      assert.equal(missing.status, 404, path);
      assert.equal(missing.json()['type'], 'urn:ytterby:problem:not-found');
    }
  });

  test('without a built bundle, the app\'s paths say how to build it', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'ytterby-no-bundle-'));
    const bare = Fastify().withTypeProvider<TypeBoxTypeProvider>() as unknown as App;
    try {
      await webRoutes(bare, empty);
      const page = await bare.inject({ method: 'GET', url: '/dashboard' });
      assert.equal(page.statusCode, 503);
      assert.match(page.body, /npm run build:web/);
    } finally {
      await bare.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
