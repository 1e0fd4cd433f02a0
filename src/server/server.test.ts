// The HTTP API on a real server on loopback, on every engine at hand: each area's routes, their
// refusals (bad body, wrong role, another party's record, missing token, oversized body), the
// problem details, OpenAPI, security headers, rate limits and a graceful stop.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { verifyLedger } from '../ledger/index.ts';
import { RULES } from '../supervision/index.ts';
import { openStore, type Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { apiCaller, fixtureTokens, listenOnLoopback } from '../testing/http.ts';
import { MAGNET_MAKER, MINE, MINER, SEPARATOR, GROUP, loadFixtureRegistry, signAs, type Keys } from '../testing/fixtures.ts';
import { DOCUMENT_BYTES_MAX, TOKEN_CACHE_MS } from '../limits.ts';
import { buildServer, type App } from './server.ts';
import { authenticate, createToken, revokeToken } from './tokens.ts';

const CONCENTRATE = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 };
const extract = (id: string, lot: string) => ({ id, kind: 'extract' as const, time: '2024-06-03T08:00:00+08:00', facility: MINE, lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: CONCENTRATE } });

for (const engine of engines()) {
  describe(`HTTP API on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let app: App;
    let base: string;
    let keys: Keys;
    const tokens: Record<string, string> = {};

    const call = apiCaller(() => base);

    before(async () => {
      t = await makeTestStore(engine);
      store = t.store;
      keys = await loadFixtureRegistry(store);
      Object.assign(tokens, await fixtureTokens(store));
      app = await buildServer(store, { rateLimitPerMinute: 10_000 });
      base = await listenOnLoopback(app);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    test('health and readiness need no token; every other route names what is missing as a problem', async () => {
      assert.deepEqual((await call('GET', '/health')).body, { status: 'ok' });
      const ready = await call('GET', '/ready');
      assert.equal(ready.body!['status'], 'ready');
      const missing = await call('GET', '/api/lots');
      assert.equal(missing.status, 401);
      assert.equal(missing.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.equal(missing.headers.get('www-authenticate'), 'Bearer realm="ytterby"');
      assert.equal(missing.body!['type'], 'urn:ytterby:problem:unauthorized');
      assert.equal((await call('GET', '/api/lots', { headers: { authorization: 'Basic abc' } })).status, 401);
      assert.equal((await call('GET', '/api/lots', { token: 'ytb_not-a-token' })).status, 401);
      assert.equal((await call('GET', '/api/nowhere', { token: tokens['regulator'] })).status, 404);
    });

    test('a token revoked by another process stops working within the cache\'s time', async () => {
      const made = await createToken(store, { name: 'elsewhere', role: 'auditor' });
      const now = new Date();
      assert.equal((await authenticate(store, made.token, now))?.tokenId, made.id);
      const other = await openStore(store.spec);
      try {
        await revokeToken(other, made.id);
      } finally {
        await other.close();
      }
      assert.equal((await authenticate(store, made.token, new Date(now.getTime() + 1)))?.tokenId, made.id, 'still trusted from the cache');
      assert.equal(await authenticate(store, made.token, new Date(now.getTime() + TOKEN_CACHE_MS + 1)), undefined);
    });

    test('a revoked token stops working at once', async () => {
      const made = await createToken(store, { name: 'temp', role: 'auditor' });
      assert.equal((await call('GET', '/api/parties', { token: made.token })).status, 200);
      await revokeToken(store, made.id);
      assert.equal((await call('GET', '/api/parties', { token: made.token })).status, 401);
      await assert.rejects(revokeToken(store, made.id), /was revoked at/);
      await assert.rejects(createToken(store, { name: 'x', role: 'enterprise' }), /an enterprise token acts for one party/);
      await assert.rejects(createToken(store, { name: 'x', role: 'enterprise', party: GROUP }), /is a group, not an enterprise/);
      await assert.rejects(createToken(store, { name: 'x', role: 'regulator', party: MINER }), /a regulator token acts for no party/);
      await assert.rejects(createToken(store, { name: 'x', role: 'king' }), /role: must be one of/);
      await assert.rejects(createToken(store, { name: '', role: 'auditor' }), /name/);
    });

    test('capture: an enterprise records its own signed document (201), a replay returns the original (200), and nothing else gets in', async () => {
      const signed = await signAs(keys[MINER]!, [extract('h1', 'hc1'), extract('h2', 'hc2')]);
      const first = await call('POST', '/api/capture', { token: tokens['miner'], body: signed });
      assert.equal(first.status, 201, JSON.stringify(first.body));
      assert.equal(first.body!['events'].length, 2);
      const again = await call('POST', '/api/capture', { token: tokens['miner'], body: signed });
      assert.equal(again.status, 200);
      assert.equal(again.body!['replayed'], true);
      assert.equal(again.body!['documentId'], first.body!['documentId']);

      const foreign = await call('POST', '/api/capture', { token: tokens['separator'], body: signed });
      assert.equal(foreign.status, 403);
      assert.match(foreign.body!['detail'], /records for .* not for/);
      assert.equal((await call('POST', '/api/capture', { token: tokens['regulator'], body: signed })).status, 403, 'regulators do not record');

      const spent = await signAs(keys[MINER]!, [{ id: 'h3', kind: 'dispose', time: '2024-06-05T08:00:00+08:00', lot: 'hc1', massGrams: 2_000_000, method: 'landfill' }]);
      const refused = await call('POST', '/api/capture', { token: tokens['miner'], body: spent });
      assert.equal(refused.status, 400);
      assert.equal(refused.body!['type'], 'urn:ytterby:problem:refused');
      assert.equal(refused.body!['problems'][0].path, 'document.events[0].massGrams');

      const malformed = await call('POST', '/api/capture', { token: tokens['miner'], raw: '{"document": ' });
      assert.equal(malformed.status, 400);
      const shapeless = await call('POST', '/api/capture', { token: tokens['miner'], body: { document: { party: MINER }, signature: 'x', extra: 1 } });
      assert.equal(shapeless.status, 400);
      assert.deepEqual(shapeless.body!['problems'].map((p: { path: string }) => p.path), ['extra', 'signature'], 'the capture path names each problem, as for any door');
      const huge = await call('POST', '/api/capture', { token: tokens['miner'], raw: `{"document":{"party":"${MINER}","x":"${'a'.repeat(DOCUMENT_BYTES_MAX)}"},"signature":"x"}` });
      assert.equal(huge.status, 413);
      assert.equal(huge.body!['type'], 'urn:ytterby:problem:too-large');
      const lots = await store.db.selectFrom('lots').select('id').execute();
      assert.deepEqual(lots.map((l) => l.id).sort(), [`${MINER}:hc1`, `${MINER}:hc2`], 'only the good document was recorded');
    });

    test('lots: regulators see any lot, an enterprise its own, and another\'s lot is not found', async () => {
      const id = encodeURIComponent(`${MINER}:hc1`);
      const lot = await call('GET', `/api/lots/${id}`, { token: tokens['auditor'] });
      assert.equal(lot.status, 200);
      assert.equal(lot.body!['massGrams'], 1_000_000);
      assert.equal((await call('GET', `/api/lots/${id}`, { token: tokens['miner'] })).status, 200);
      assert.equal((await call('GET', `/api/lots/${id}`, { token: tokens['separator'] })).status, 404);
      assert.equal((await call('GET', `/api/lots/${id}`, { token: tokens['association'] })).status, 403);
      const own = await call('GET', `/api/lots?holder=${MINER}`, { token: tokens['separator'] });
      assert.deepEqual(own.body!['lots'], [], 'an enterprise lists what it holds, whatever holder it names');
      const page = await call('GET', '/api/lots?limit=1', { token: tokens['regulator'] });
      assert.equal(page.body!['lots'].length, 1);
      assert.ok(page.body!['next'] !== undefined);
      const bad = await call('GET', '/api/lots?limit=5000&status=lost', { token: tokens['regulator'] });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body!['problems'].map((p: { path: string }) => p.path).sort(), ['querystring.limit', 'querystring.status'].sort());
      const trace = await call('GET', `/api/lots/${id}/trace?direction=forward`, { token: tokens['regulator'] });
      assert.equal(trace.status, 200);
      assert.equal(trace.body!['root'], `${MINER}:hc1`);
      assert.equal((await call('GET', `/api/lots/${id}/trace`, { token: tokens['separator'] })).status, 404);
      assert.equal((await call('GET', `/api/lots/${id}/recycled-content`, { token: tokens['miner'] })).status, 200);
      const verify = await call('POST', '/api/passports/verify', { body: { not: 'a passport' } });
      assert.equal(verify.status, 200);
      assert.equal(verify.body!['valid'], false);
    });

    test('passports: issued and kept for the maker and the supervisors, published under the GS1 Digital Link\'s path', async () => {
      const id = encodeURIComponent(`${MINER}:hc1`);
      const gtin = '06901234567892';
      assert.equal((await call('GET', `/api/lots/${id}/passport`, { token: tokens['miner'] })).status, 400, 'a lot id that is not an LGTIN needs the GTIN');
      const issued = await call('GET', `/api/lots/${id}/passport?gtin=${gtin}`, { token: tokens['miner'] });
      assert.equal(issued.status, 200);
      assert.equal(issued.body!['digitalLink'], `https://id.ytterby.example/01/${gtin}/10/hc1`);
      assert.match(issued.body!['qrSvg'], /^<svg/);
      assert.deepEqual((await call('GET', `/api/lots/${id}/passport`, { token: tokens['auditor'] })).body, issued.body, 'kept: read back the same');
      const published = await call('GET', `/api/passports/01/${gtin}/10/hc1`);
      assert.deepEqual([published.status, published.body], [200, issued.body]);
      assert.equal((await call('POST', '/api/passports/verify', { body: published.body!['passport'] })).body!['valid'], true);
      assert.equal((await call('GET', `/api/passports/01/${gtin}/10/none`)).status, 404);
      assert.equal((await call('GET', '/api/passports/01/123/10/hc1')).status, 400);
      assert.equal((await call('GET', `/api/lots/${id}/passport`, { token: tokens['separator'] })).status, 404);
      assert.equal((await call('POST', `/api/lots/${id}/passport`, { token: tokens['association'] })).status, 403);
      const reissued = await call('POST', `/api/lots/${id}/passport?gtin=${gtin}`, { token: tokens['regulator'] });
      assert.equal(reissued.status, 200);
      assert.notEqual(reissued.body!['issuedAt'], issued.body!['issuedAt']);
      assert.deepEqual((await call('GET', `/api/passports/01/${gtin}/10/hc1`)).body, reissued.body);
    });

    test('registry: parties for everyone signed in, a party\'s detail for itself and the supervisors', async () => {
      const parties = await call('GET', '/api/parties?role=miner', { token: tokens['association'] });
      assert.deepEqual(parties.body!['parties'].map((p: { id: string }) => p.id), [MINER]);
      assert.equal((await call('GET', `/api/parties/${MINER}`, { token: tokens['miner'] })).body!['licences'][0].id, 'lic-mining-1');
      assert.equal((await call('GET', `/api/parties/${MINER}`, { token: tokens['separator'] })).status, 403);
      assert.equal((await call('GET', `/api/parties/${MAGNET_MAKER}`, { token: tokens['regulator'] })).status, 200);
      assert.equal((await call('GET', '/api/parties/91000000000000000X', { token: tokens['regulator'] })).status, 404);
      assert.equal((await call('GET', '/api/parties', { token: tokens['public'] })).status, 403);
    });

    test('alerts: a capture-time finding, moved through its case over the API, with the refusals', async () => {
      const signed = await signAs(keys[MINER]!, [{ id: 'h9', kind: 'ship', time: '2024-06-10T08:00:00+08:00', lot: 'hc2', massGrams: 1_000_000, to: SEPARATOR }]);
      assert.equal((await call('POST', '/api/capture', { token: tokens['miner'], body: signed })).status, 201);
      const received = await signAs(keys[SEPARATOR]!, [{ id: 'r9', kind: 'receive', time: '2024-06-12T08:00:00+08:00', lot: `${MINER}:hc2`, massGrams: 800_000 }]);
      assert.equal((await call('POST', '/api/capture', { token: tokens['separator'], body: received })).status, 201);
      const list = await call('GET', '/api/alerts?rule=short-receipt', { token: tokens['regulator'] });
      const [alert] = list.body!['alerts'] as { id: string; party: { id: string } }[];
      assert.equal(alert!.party.id, MINER);
      assert.equal((await call('GET', '/api/alerts', { token: tokens['separator'] })).body!['alerts'].length, 0, 'the alert is about the shipper');
      assert.equal((await call('GET', '/api/alerts', { token: tokens['association'] })).status, 403);
      const act = (token: string, body: unknown) => call('POST', `/api/alerts/${alert!.id}/actions`, { token, body });
      assert.equal((await act(tokens['regulator']!, { action: 'acknowledge' })).status, 200);
      const note = await act(tokens['miner']!, { action: 'note', note: '运输途中遗撒，已报案' });
      assert.equal(note.status, 200);
      assert.equal(note.body!['history'][1].actor, 'miner user');
      assert.equal((await act(tokens['miner']!, { action: 'dismiss', note: 'x' })).status, 403);
      const skipped = await act(tokens['regulator']!, { action: 'resolve', note: 'x' });
      assert.equal(skipped.status, 400);
      assert.match(skipped.body!['problems'][0].reason, /investigating; this one is acknowledged/);
      assert.equal((await act(tokens['regulator']!, { action: 'fly' })).status, 400);
      assert.equal((await call('POST', '/api/alerts/AL-none/actions', { token: tokens['regulator'], body: { action: 'acknowledge' } })).status, 404);
      const check = await call('POST', '/api/checks', { token: tokens['regulator'], body: { period: '2024-06' } });
      assert.equal(check.status, 200);
      assert.equal((await call('POST', '/api/checks', { token: tokens['auditor'], body: {} })).status, 403);
      assert.equal((await call('POST', '/api/checks', { token: tokens['regulator'], body: { period: 'June' } })).status, 400);
      assert.equal((await call('GET', '/api/rules', { token: tokens['auditor'] })).body!.length, RULES.length);
    });

    test('statistics: each dashboard figure for the association, none for an enterprise', async () => {
      for (const figure of ['production', 'deep-processing', 'recycling', 'exports', 'element-flows']) {
        const answer = await call('GET', `/api/stats/${figure}?from=2024-06&to=2024-06`, { token: tokens['association'] });
        assert.equal(answer.status, 200, `${figure}: ${JSON.stringify(answer.body)}`);
        assert.ok(answer.body !== undefined);
      }
      assert.equal((await call('GET', '/api/stats/production?from=2024-06&to=2024-06', { token: tokens['miner'] })).status, 403);
      const drill = await call('POST', '/api/stats/drill-down', { token: tokens['auditor'], body: { measures: ['extracted'], from: '2024-06', to: '2024-06' } });
      assert.equal(drill.status, 200, JSON.stringify(drill.body));
      assert.ok(drill.body!['items'].length > 0, 'the extractions recorded above are behind the figure');
      const badKey = await call('POST', '/api/stats/drill-down', { token: tokens['auditor'], body: { measures: ['gossip'], from: '2024-06', to: '2024-06' } });
      assert.equal(badKey.status, 400);
      const badFigure = await call('GET', '/api/stats/rumours?from=2024-06&to=2024-06', { token: tokens['regulator'] });
      assert.equal(badFigure.status, 400);
      assert.deepEqual(badFigure.body!['problems'].map((p: { path: string }) => p.path), ['params.figure']);
      const badMonth = await call('GET', '/api/stats/production?from=2024-13', { token: tokens['regulator'] });
      assert.deepEqual(badMonth.body!['problems'].map((p: { path: string }) => p.path).sort(), ['querystring.from', 'querystring.to']);
    });

    test('OpenAPI 3.1 describes every route; a docs page; security headers on every answer', async () => {
      const spec = await call('GET', '/api/openapi.json');
      assert.equal(spec.body!['openapi'], '3.1.0');
      for (const path of ['/api/capture', '/api/lots', '/api/lots/{id}', '/api/lots/{id}/trace', '/api/alerts', '/api/alerts/{id}/actions', '/api/parties', '/api/checks']) {
        assert.ok(path in spec.body!['paths'], path);
      }
      const docs = await fetch(`${base}/api/docs/`);
      assert.equal(docs.status, 200);
      assert.match(await docs.text(), /swagger/i);
      assert.equal(spec.headers.get('x-content-type-options'), 'nosniff');
      assert.ok(spec.headers.get('content-security-policy') !== null);
      assert.ok(spec.headers.get('strict-transport-security') !== null);
    });

    test('rate limits answer 429 as a problem', async () => {
      const limited = await buildServer(store, { rateLimitPerMinute: 2 });
      const limitedBase = await listenOnLoopback(limited);
      try {
        const url = `${limitedBase}/health`;
        const statuses = [];
        for (let i = 0; i < 3; i += 1) statuses.push((await fetch(url)).status);
        assert.deepEqual(statuses, [200, 200, 429]);
        const problem = (await (await fetch(url)).json()) as { type: string; detail: string };
        assert.equal(problem.type, 'urn:ytterby:problem:rate-limited');
        assert.match(problem.detail, /at most 2 requests a minute/);
      } finally {
        await limited.close();
      }
    });

    test('a server given its public URL names it in the passports it issues, so their QR codes open its own passport page', async () => {
      const server = await buildServer(store, { publicUrl: 'https://trace.example.cn' });
      try {
        const url = await listenOnLoopback(server);
        const id = encodeURIComponent(`${MINER}:hc1`);
        const answer = await fetch(`${url}/api/lots/${id}/passport?gtin=06901234567892`, { method: 'POST', headers: { authorization: `Bearer ${tokens['miner']}` } });
        assert.equal(answer.status, 200);
        assert.equal(((await answer.json()) as { digitalLink: string }).digitalLink, 'https://trace.example.cn/01/06901234567892/10/hc1');
      } finally {
        await server.close();
      }
    });

    test('a stop finishes the capture in flight, and the ledger verifies', async () => {
      const server = await buildServer(store);
      let arrived!: () => void;
      const inFlight = new Promise<void>((resolve) => (arrived = resolve));
      server.addHook('preHandler', async (request) => {
        if (request.url === '/api/capture') arrived();
      });
      const url = `${await listenOnLoopback(server)}/api/capture`;
      const events = Array.from({ length: 300 }, (_, i) => extract(`g${i}`, `gc${i}`));
      const signed = await signAs(keys[MINER]!, events);
      const response = fetch(url, { method: 'POST', headers: { authorization: `Bearer ${tokens['miner']}`, 'content-type': 'application/json' }, body: JSON.stringify(signed) });
      await inFlight;
      await server.close();
      assert.equal((await response).status, 201);
      const report = await verifyLedger(store);
      assert.ok(report.ok, JSON.stringify(report.broken));
      assert.equal((await store.db.selectFrom('lots').select('id').where('id', '=', `${MINER}:gc299`).execute()).length, 1);
    });

    test('a stop ends each connection with its answer, and a request that arrives while stopping is a 503 problem', async () => {
      const server = await buildServer(store);
      const { hostname, port } = new URL(await listenOnLoopback(server));
      // A request begun before the stop (its headers not yet ended) keeps its connection open.
      const socket = connect(Number(port), hostname);
      await once(socket, 'connect');
      socket.write(`GET /api/openapi.json HTTP/1.1\r\nHost: ${hostname}\r\n`);
      let answer = '';
      socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
      const closed = once(socket, 'close');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      const stopped = server.close();
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.write('Connection: keep-alive\r\n\r\n');
      await stopped;
      await closed;
      // Not held for the keep-alive timeout (72 s in Fastify).
      assert.ok(performance.now() - started < 10_000, `the stop took ${Math.round(performance.now() - started)} ms`);
      const [head, body] = answer.split('\r\n\r\n') as [string, string];
      assert.match(head, /^HTTP\/1\.1 503 /);
      assert.match(head, /\r\nconnection: close\r\n/i);
      assert.match(head, /\r\ncontent-type: application\/problem\+json/i);
      const problem = JSON.parse(body) as { type: string; status: number; detail: string };
      assert.equal(problem.type, 'urn:ytterby:problem:unavailable');
      assert.equal(problem.status, 503);
      assert.match(problem.detail, /stopping/);
    });
  });
}
