// Every error the server answers is an RFC 7807 problem, including those answered before any route
// runs: by Fastify (a URL that does not decode, an unknown route, a body it cannot parse or that is
// too large) and by Node's HTTP parser (headers beyond its bound, bytes that are not HTTP). A real
// server on loopback, raw sockets where fetch would not send the request.
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { maxHeaderSize } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { DOCUMENT_BYTES_MAX } from '../limits.ts';
import { makeTestStore, type TestStore } from '../testing/engines.ts';
import { apiCaller, fixtureTokens, listenOnLoopback } from '../testing/http.ts';
import { loadFixtureRegistry, MINER } from '../testing/fixtures.ts';
import { buildServer, type App } from './server.ts';

const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Writes `request` on a fresh connection and reads the whole answer (the server closes it). */
function rawExchange(base: string, request: string): Promise<{ status: number; headers: Map<string, string>; body: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, body] = [text.slice(0, text.indexOf('\r\n\r\n')), text.slice(text.indexOf('\r\n\r\n') + 4)];
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine!.split(' ')[1]), headers, body: JSON.parse(body) as Record<string, unknown> });
    });
  });
}

describe('every error is a problem (RFC 7807)', () => {
  let t: TestStore;
  let app: App;
  let base: string;
  const tokens: Record<string, string> = {};
  const call = apiCaller(() => base);

  before(async () => {
    t = await makeTestStore('sqlite');
    await loadFixtureRegistry(t.store);
    Object.assign(tokens, await fixtureTokens(t.store));
    app = await buildServer(t.store, { rateLimitPerMinute: 10_000 });
    base = await listenOnLoopback(app);
  });
  after(async () => {
    await app.close();
    await t.cleanup();
  });

  const answers: [string, () => ReturnType<typeof call>, number, string, RegExp][] = [
    ['an unknown route', () => call('GET', '/api/nowhere', { token: tokens['regulator'] }), 404, 'not-found', /no route GET \/api\/nowhere/],
    ['an unknown method on a known path', () => call('DELETE', '/api/lots', { token: tokens['regulator'] }), 404, 'not-found', /no route DELETE \/api\/lots/],
    ['an unknown EPCIS route', () => call('GET', '/epcis/nowhere'), 404, 'not-found', /no route GET \/epcis\/nowhere/],
    ['a path whose percent-encoding is not UTF-8', () => call('GET', '/api/lots/%E0%A4%A', { token: tokens['regulator'] }), 400, 'bad-request', /percent-encoded part of it is not UTF-8/],
    ['a body that is not JSON', () => call('POST', '/api/stats/drill-down', { token: tokens['regulator'], raw: '{"measures": [' }), 400, 'bad-request', /not valid JSON/],
    ['a JSON body with a __proto__ member', () => call('POST', '/api/stats/drill-down', { token: tokens['regulator'], raw: '{"measures":["extracted"],"__proto__":{"x":1}}' }), 400, 'bad-request', /holds a member named "__proto__"/],
    ['an empty JSON body', () => call('POST', '/api/stats/drill-down', { token: tokens['regulator'], raw: '' }), 400, 'bad-request', /cannot be empty/],
    ['a body of a type the route does not read', () => call('POST', '/api/stats/drill-down', { token: tokens['regulator'], raw: '<a/>', headers: { 'content-type': 'text/xml' } }), 415, 'unsupported-media-type', /Unsupported Media Type/],
    ['a body over the limit', () => call('POST', '/api/stats/drill-down', { token: tokens['regulator'], raw: `"${'x'.repeat(DOCUMENT_BYTES_MAX)}"` }), 413, 'too-large', /too large/],
    ['a capture over the limit', () => call('POST', '/api/capture', { token: tokens['miner'], raw: `{"document":{"party":"${MINER}","x":"${'a'.repeat(DOCUMENT_BYTES_MAX)}"},"signature":"x"}` }), 413, 'too-large', /too large/],
  ];
  for (const [what, answer, status, kind, detail] of answers) {
    test(`${what}: ${status} ${kind}`, async () => {
      const got = await answer();
      assert.equal(got.status, status, JSON.stringify(got.body));
      assert.equal(got.headers.get('content-type'), PROBLEM_TYPE);
      assert.equal(got.body!['type'], `urn:ytterby:problem:${kind}`);
      assert.equal(got.body!['status'], status);
      assert.equal(typeof got.body!['title'], 'string');
      assert.match(got.body!['detail'], detail);
    });
  }

  test('a lot id as long as the capture format allows reaches its route (Fastify\'s default bound on a path parameter is 100)', async () => {
    const id = `${MINER}:${'萤'.repeat(200)}`;
    const got = await call('GET', `/api/lots/${encodeURIComponent(id)}`, { token: tokens['regulator'] });
    assert.equal(got.status, 404);
    assert.equal(got.body!['detail'], `no lot ${id}`);
  });

  test('headers beyond Node\'s bound: 431 as a problem, written on the socket', async () => {
    const got = await rawExchange(base, `GET /api/lots HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(maxHeaderSize)}\r\n\r\n`);
    assert.equal(got.status, 431);
    assert.equal(got.headers.get('content-type'), PROBLEM_TYPE);
    assert.equal(Number(got.headers.get('content-length')), Buffer.byteLength(JSON.stringify(got.body)));
    assert.deepEqual(got.body, {
      type: 'urn:ytterby:problem:headers-too-large', title: 'Request Header Fields Too Large', status: 431,
      detail: `the request's headers are larger than the server accepts (${maxHeaderSize / 1024} KiB in all)`,
    });
  });

  test('bytes that are not HTTP: 400 as a problem, written on the socket', async () => {
    for (const request of ['HELLO\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n']) {
      const got = await rawExchange(base, request);
      assert.equal(got.status, 400);
      assert.equal(got.headers.get('content-type'), PROBLEM_TYPE);
      assert.deepEqual(got.body, { type: 'urn:ytterby:problem:bad-request', title: 'Bad Request', status: 400, detail: 'the request is not well-formed HTTP/1.1' });
    }
  });
});
