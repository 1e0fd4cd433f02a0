// The reporting routes on a real server on loopback, on every engine at hand: template, preview,
// the browser's signing (the same WebCrypto module the web app bundles), submission, calendar, and
// their refusals (wrong role, another party, missing token, oversized body).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPORT_FILE_BYTES_MAX } from '../limits.ts';
import { buildServer, type App } from '../server/server.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { fixtureTokens, listenOnLoopback } from '../testing/http.ts';
import { loadFixtureRegistry, MINE, MINER, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import { parseKeyFile, signCanonicalDocument, type KeyFile } from './index.ts';
import { fillTemplate, minerMonth } from './reporting-fixtures.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

for (const engine of engines()) {
  describe(`reporting routes on ${engine}`, () => {
    let t: TestStore;
    let app: App;
    let base: string;
    let keys: Keys;
    let key: KeyFile;
    const tokens: Record<string, string> = {};
    const call = async (method: string, path: string, token: string | undefined, body?: { type: string; data: BodyInit }) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { ...(token === undefined ? {} : { authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { 'content-type': body.type }) },
        ...(body === undefined ? {} : { body: body.data }),
      });
      const type = response.headers.get('content-type') ?? '';
      return { status: response.status, type, body: type.includes('json') ? (await response.json()) as Record<string, any> : undefined, bytes: type.includes('json') ? undefined : new Uint8Array(await response.arrayBuffer()) };
    };

    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      key = parseKeyFile(JSON.stringify(keys[MINER])) as KeyFile;
      Object.assign(tokens, await fixtureTokens(t.store));
      app = await buildServer(t.store, { rateLimitPerMinute: 10_000 });
      base = await listenOnLoopback(app);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    it('template, preview, sign in the browser\'s way, submit once; the calendar shows it', async () => {
      const template = await call('GET', '/api/reporting/template?format=xlsx&period=2024-06', tokens['miner']);
      assert.equal(template.status, 200);
      assert.equal(template.type, XLSX);
      const csv = await call('GET', '/api/reporting/template?format=csv&sheet=ship', tokens['miner']);
      assert.match(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes), /^\uFEFF编号 Ref\.,日期 Date/);
      const filled = await fillTemplate(template.bytes!, minerMonth(MINE, SEPARATOR, 2));
      const preview = await call('POST', `/api/reporting/preview?name=june.xlsx&keyId=${encodeURIComponent(key.kid)}`, tokens['miner'], { type: XLSX, data: new Uint8Array(filled) });
      assert.equal(preview.status, 200);
      assert.deepEqual(preview.body!['problems'], []);
      assert.deepEqual(preview.body!['counts'], { new: 5, corrected: 0, unchanged: 0 });
      const { canonical, documentId } = preview.body!['document'] as { canonical: string; documentId: string };
      const signed = await signCanonicalDocument(canonical, documentId, key);
      const submitted = await call('POST', '/api/reporting/submit?source=spreadsheet', tokens['miner'], { type: 'application/json', data: signed });
      assert.equal(submitted.status, 201, JSON.stringify(submitted.body));
      assert.equal(submitted.body!['documentId'], documentId);
      const again = await call('POST', '/api/reporting/submit?source=spreadsheet', tokens['miner'], { type: 'application/json', data: signed });
      assert.equal(again.status, 200);
      assert.equal(again.body!['replayed'], true);
      const rePreview = await call('POST', `/api/reporting/preview?name=june.xlsx&keyId=${encodeURIComponent(key.kid)}`, tokens['miner'], { type: XLSX, data: new Uint8Array(filled) });
      assert.deepEqual(rePreview.body!['counts'], { new: 0, corrected: 0, unchanged: 5 });
      assert.equal(rePreview.body!['document'], undefined);

      const own = await call('GET', '/api/reporting/calendar?from=2024-06&to=2024-06', tokens['miner']);
      assert.equal(own.body!['parties'].length, 1);
      assert.equal(own.body!['parties'][0]['months'][0]['events'], 5);
      const all = await call('GET', '/api/reporting/calendar?from=2024-06&to=2024-06', tokens['regulator']);
      assert.equal(all.body!['parties'].length, 4);
    });

    it('a form\'s rows get the same preview, with problems at their fields', async () => {
      const form = await call('POST', '/api/reporting/preview-rows', tokens['miner'], {
        type: 'application/json',
        data: JSON.stringify({ keyId: key.kid, sheets: [{ sheet: 'adjust', rows: [{ ref: 'F1', date: '2024-06-30', lot: 'BC-2024-06-00001', deltaKg: '-1.5', reason: 'count' }] }] }),
      });
      assert.equal(form.status, 200);
      assert.deepEqual(form.body!['problems'], []);
      const bad = await call('POST', '/api/reporting/preview-rows', tokens['miner'], {
        type: 'application/json',
        data: JSON.stringify({ keyId: key.kid, sheets: [{ sheet: 'adjust', rows: [{ ref: 'F2', date: '2024-06-30', lot: 'BC-2024-06-00001', deltaKg: '-9999999', reason: 'count' }] }] }),
      });
      assert.deepEqual(bad.body!['problems'].map((p: { field?: string; column?: string }) => p.column), ['deltaKg']);
    });

    it('refuses a missing token, the wrong role, another party\'s document and an oversized upload', async () => {
      assert.equal((await call('GET', '/api/reporting/template?format=xlsx', undefined)).status, 401);
      assert.equal((await call('GET', '/api/reporting/template?format=xlsx', tokens['regulator'])).status, 403);
      assert.equal((await call('GET', '/api/reporting/calendar', tokens['association'])).status, 403);
      assert.equal((await call('GET', `/api/reporting/calendar?party=${MINER}`, tokens['separator'])).status, 404);
      const template = await call('GET', '/api/reporting/template?format=xlsx&period=2024-07', tokens['miner']);
      const filled = await fillTemplate(template.bytes!, minerMonth(MINE, SEPARATOR, 1, '2024-07'));
      const preview = await call('POST', `/api/reporting/preview?name=july.xlsx&keyId=${encodeURIComponent(key.kid)}`, tokens['miner'], { type: XLSX, data: new Uint8Array(filled) });
      const { canonical, documentId } = preview.body!['document'] as { canonical: string; documentId: string };
      const signed = await signCanonicalDocument(canonical, documentId, key);
      const foreign = await call('POST', '/api/reporting/submit?source=form', tokens['separator'], { type: 'application/json', data: signed });
      assert.equal(foreign.status, 403);
      const tampered = signed.replace('"massGrams":120000000', '"massGrams":120000001');
      const refused = await call('POST', '/api/reporting/submit?source=form', tokens['miner'], { type: 'application/json', data: tampered });
      assert.equal(refused.status, 400);
      assert.equal(refused.body!['problems'][0]['path'], 'signature');
      const huge = new Uint8Array(REPORT_FILE_BYTES_MAX + 1);
      const tooLarge = await call('POST', `/api/reporting/preview?name=big.xlsx&keyId=${encodeURIComponent(key.kid)}`, tokens['miner'], { type: XLSX, data: huge });
      assert.equal(tooLarge.status, 413);
      assert.equal(tooLarge.body!['type'], 'urn:ytterby:problem:too-large');
      const notReport = await call('POST', `/api/reporting/preview?name=notes.csv&keyId=${encodeURIComponent(key.kid)}`, tokens['miner'], { type: 'text/csv', data: 'hello,world\n' });
      assert.equal(notReport.status, 200);
      assert.match(notReport.body!['problems'][0]['en'], /cannot tell which sheet this CSV is/);
      assert.equal((await t.store.reads.readHead()).size, 5, 'nothing but the June report was recorded');
    });
  });
}
