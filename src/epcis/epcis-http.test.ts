// The EPCIS door on a real server on loopback, on every engine at hand: capture jobs (rollback and
// proceed, surviving a restart), single-event capture, the events query with its filters, paging
// and who sees what, named queries, subscriptions delivered to a real receiver with signed
// callbacks, the published epcis2.js client, and every route's refusals.
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { createRequire } from 'node:module';
// epcis2.js ships its types in a folder its package.json does not name.
import type * as Epcis2 from '../../node_modules/epcis2.js/@types/epcis2.js/index.d.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { DOCUMENT_BYTES_MAX } from '../limits.ts';
import type { Store } from '../store/index.ts';
import { buildServer, type App } from '../server/server.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { gs1CaptureDocument, gs1ObjectEvent } from '../testing/epcis-documents.ts';
import { apiCaller, fixtureTokens, listenOnLoopback } from '../testing/http.ts';
import { MINE, MINER, SEPARATOR, loadFixtureRegistry, type Keys } from '../testing/fixtures.ts';
import { EPCIS_CONTEXT, callbackSignature, createCaptureJob, lotUri, signEpcisCapture, toEpcisEvent, type EpcisEvent } from './index.ts';

const COMPOSITION = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 };
const extract = (id: string, lot: string, time = '2024-06-03T08:00:00+08:00'): LedgerEvent => ({ id, kind: 'extract', time, facility: MINE, lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: COMPOSITION } });
const ship = (id: string, lot: string, massGrams: number): LedgerEvent => ({ id, kind: 'ship', time: '2024-06-10T14:30:00+08:00', lot, massGrams, to: SEPARATOR, shipmentLot: `${lot}-S` });
const documentOf = (events: LedgerEvent[], party = MINER) => ({
  '@context': EPCIS_CONTEXT, type: 'EPCISDocument', schemaVersion: '2.0', creationDate: '2024-06-30T12:00:00+08:00', epcisBody: { eventList: events.map((e) => toEpcisEvent(e, party)) },
});
const withoutRecordTime = ({ recordTime: _r, ...event }: EpcisEvent) => event;
const { CaptureResponse, EPCISDocument, capture: clientCapture } = createRequire(import.meta.url)('epcis2.js') as typeof Epcis2;

for (const engine of engines()) {
  describe(`EPCIS over HTTP on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let app: App;
    let base: string;
    let keys: Keys;
    const tokens: Record<string, string> = {};

    const call = apiCaller(() => base);
    const captureAs = async (token: string, document: unknown, signature: string | undefined, behaviour?: 'rollback' | 'proceed') =>
      call('POST', '/epcis/capture', { token, body: document, headers: { ...(signature === undefined ? {} : { 'ytterby-signature': signature }), ...(behaviour === undefined ? {} : { 'gs1-capture-error-behaviour': behaviour }) } });
    const finished = async (location: string, token = tokens['miner']!) => {
      for (let i = 0; i < 200; i += 1) {
        const job = await call('GET', location, { token });
        if (job.body!['running'] === false) return job.body!;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`${location} did not finish`);
    };
    const events = async (query: string, token = tokens['regulator']!) => call('GET', `/epcis/events${query}`, { token });
    const eventList = (body: Record<string, any> | undefined) => body!['epcisBody']['queryResults']['resultsBody']['eventList'] as EpcisEvent[];

    before(async () => {
      t = await makeTestStore(engine);
      store = t.store;
      keys = await loadFixtureRegistry(store);
      Object.assign(tokens, await fixtureTokens(store));
      app = await buildServer(store, { rateLimitPerMinute: 100_000 });
      base = await listenOnLoopback(app);
    });
    after(async () => {
      await app.close();
      await t.cleanup();
    });

    test('a signed capture is accepted with 202 and a job; the job records every event; the query returns each event as it was sent', async () => {
      const document = documentOf([extract('x-1', 'C-1'), ship('s-1', 'C-1', 400_000)]);
      const accepted = await captureAs(tokens['miner']!, document, await signEpcisCapture(document, keys[MINER]!));
      assert.equal(accepted.status, 202);
      const location = accepted.headers.get('location')!;
      assert.match(location, /^\/epcis\/capture\/cap-/);
      const job = await finished(location);
      assert.deepEqual({ ...job, createdAt: 'x', finishedAt: 'y' }, { captureID: location.split('/').pop(), createdAt: 'x', finishedAt: 'y', running: false, success: true, captureErrorBehaviour: 'rollback', errors: [], 'ytb:eventsRecorded': 2 });
      const found = await events('?EQ_bizStep=shipping|https://ytterby.example/epcis/bizstep/mining', tokens['miner']);
      assert.equal(found.status, 200);
      assert.equal(found.body!['type'], 'EPCISQueryDocument');
      const list = eventList(found.body);
      assert.deepEqual(list.map(withoutRecordTime), document.epcisBody.eventList);
      assert.ok(list.every((e) => typeof e['recordTime'] === 'string'));
      // The same capture again is harmless: the ledger answers with the original result.
      const again = await captureAs(tokens['miner']!, document, await signEpcisCapture(document, keys[MINER]!));
      assert.equal((await finished(again.headers.get('location')!))['success'], true);
      assert.equal(eventList((await events('')).body).length, 2);
      const jobs = await call('GET', '/epcis/capture', { token: tokens['miner'] });
      assert.equal(jobs.body!.length, 2);
    });

    test('query filters, paging by nextPageToken, and who sees what', async () => {
      const more = [extract('x-2', 'C-2', '2024-07-01T08:00:00+08:00'), extract('x-3', 'C-3', '2024-07-02T08:00:00+08:00'), extract('x-4', 'C-4', '2024-07-03T08:00:00+08:00')];
      const document = documentOf(more);
      await finished((await captureAs(tokens['miner']!, document, await signEpcisCapture(document, keys[MINER]!))).headers.get('location')!);
      const ids = (body: Record<string, any> | undefined) => eventList(body).map((e) => (e['eventID'] as string).split('/').pop());
      assert.deepEqual(ids((await events('?eventType=ObjectEvent&GE_eventTime=2024-07-01T08:00:00%2B08:00&LT_eventTime=2024-07-03T00:00:00Z')).body), ['x-2', 'x-3']);
      assert.deepEqual(ids((await events(`?MATCH_epcClass=${encodeURIComponent(lotUri(`${MINER}:C-1`))}`)).body), ['x-1', 's-1']);
      assert.deepEqual(ids((await events(`?MATCH_anyEPCClass=${encodeURIComponent(lotUri(`${MINER}:C-3`))}&EQ_action=ADD`)).body), ['x-3']);
      assert.deepEqual(ids((await events('?EQ_bizStep=shipping&GT_quantity=399.999&LT_quantity=400.001')).body), ['s-1']);
      assert.deepEqual(ids((await events('?EQ_quantity=400')).body), ['s-1']);
      assert.deepEqual(ids((await events('?EQ_disposition=https://ref.gs1.org/cbv/Disp-in_transit')).body), ['s-1']);
      assert.deepEqual(ids((await events(`?EQ_bizLocation=${encodeURIComponent(`https://ytterby.example/id/facility/${MINE}`)}&EQ_eventID=${encodeURIComponent(`https://ytterby.example/id/event/${MINER}/x-4`)}`)).body), ['x-4']);
      assert.deepEqual(ids((await events('?eventType=TransformationEvent')).body), []);
      assert.deepEqual(ids((await events('?MATCH_epc=urn:epc:id:sgtin:0614141.107346.2017')).body), []);
      assert.deepEqual(ids((await events(`?GE_recordTime=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).body), []);

      // Pages of two, by the Link header's token, until there is none.
      const seen: string[] = [];
      let path: string | undefined = '/epcis/events?eventType=ObjectEvent&perPage=2';
      while (path !== undefined) {
        const page = await call('GET', path, { token: tokens['auditor'] });
        assert.equal(page.status, 200);
        seen.push(...ids(page.body) as string[]);
        path = /^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '')?.[1];
      }
      assert.deepEqual(seen, ['x-1', 's-1', 'x-2', 'x-3', 'x-4']);
      // With an event-time bound the answer is in event-time order, and pages follow it.
      const timed: string[] = [];
      path = '/epcis/events?GE_eventTime=2024-06-01T00:00:00Z&perPage=1&EQ_action=ADD';
      while (path !== undefined) {
        const page = await call('GET', path, { token: tokens['regulator'] });
        timed.push(...ids(page.body) as string[]);
        path = /^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '')?.[1];
      }
      assert.deepEqual(timed, ['x-1', 'x-2', 'x-3', 'x-4']);
      const first = await call('GET', '/epcis/events?perPage=2', { token: tokens['regulator'] });
      const token = new URL(`http://x${/^<([^>]+)>/.exec(first.headers.get('link')!)![1]}`).searchParams.get('nextPageToken')!;
      const otherQuery = await call('GET', `/epcis/events?perPage=2&eventType=ObjectEvent&nextPageToken=${token}`, { token: tokens['regulator'] });
      assert.equal(otherQuery.status, 400);
      assert.match(otherQuery.body!['problems'][0]['reason'], /belongs to another query/);
      assert.equal((await call('GET', `/epcis/events?perPage=2&nextPageToken=${token}`, { token: tokens['miner'] })).status, 400);
      assert.equal((await call('GET', '/epcis/events?nextPageToken=garbage', { token: tokens['regulator'] })).status, 400);

      // An enterprise sees its own events only; the association has no access to events.
      assert.deepEqual(eventList((await events('', tokens['separator'])).body), []);
      assert.equal((await events('', tokens['association'])).status, 403);
      assert.equal((await call('GET', '/epcis/events')).status, 401);
      const bad = await events('?GE_eventTime=yesterday&EQ_colour=red&perPage=5000');
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body!['problems'].map((p: { path: string }) => p.path), ['query.GE_eventTime', 'query.EQ_colour', 'query.perPage']);
    });

    test('capture refusals: no token, wrong role, not EPCIS, unsigned, oversized; a document of generic GS1 objects passes the schema and is refused by the ledger', async () => {
      const document = documentOf([extract('x-9', 'C-9')]);
      const signature = await signEpcisCapture(document, keys[MINER]!);
      assert.equal((await captureAs('', document, signature)).status, 401);
      assert.equal((await call('POST', '/epcis/capture', { body: document })).status, 401);
      const regulator = await captureAs(tokens['regulator']!, document, signature);
      assert.equal(regulator.status, 403);
      assert.equal(regulator.body!['type'], 'urn:ytterby:problem:forbidden');

      const invalid = await captureAs(tokens['miner']!, gs1CaptureDocument([{ ...gs1ObjectEvent(), action: 'MOVE' }]), signature);
      assert.equal(invalid.status, 400);
      assert.equal(invalid.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.match(invalid.body!['detail'], /not an EPCIS 2.0 document/);
      assert.ok(invalid.body!['problems'].some((p: { path: string; reason: string }) => p.path === 'epcisBody.eventList[0].action' && /OBSERVE, ADD, DELETE/.test(p.reason)));
      assert.equal((await call('POST', '/epcis/capture', { token: tokens['miner'], raw: '{"type":', headers: { 'ytterby-signature': signature } })).status, 400);

      const unsigned = await captureAs(tokens['miner']!, document, undefined);
      assert.equal(unsigned.status, 400);
      assert.equal(unsigned.body!['problems'][0]['path'], 'headers.ytterby-signature');
      assert.match((await captureAs(tokens['miner']!, document, `${signature},${signature}`)).body!['problems'][0]['reason'], /holds 2 signatures; a rollback capture of 1 events needs 1/);
      const huge = await call('POST', '/epcis/capture', { token: tokens['miner'], raw: `{"type":"EPCISDocument","x":"${'a'.repeat(DOCUMENT_BYTES_MAX)}"}`, headers: { 'ytterby-signature': signature } });
      assert.equal(huge.status, 413);

      // Passes the schema stage (202), refused at the ledger stage, nothing recorded.
      const generic = gs1CaptureDocument() as { epcisBody: { eventList: unknown[] } };
      const genericJob = await finished((await captureAs(tokens['miner']!, generic, Array(generic.epcisBody.eventList.length).fill('-').join(','), 'proceed')).headers.get('location')!);
      assert.equal(genericJob['success'], false);
      assert.equal(genericJob['ytb:eventsRecorded'], 0);
      assert.equal(genericJob['errors'].length, generic.epcisBody.eventList.length);
      assert.match(JSON.stringify(genericJob['errors'][0]), /epcisBody.eventList\[0\].*(must be a Ytterby lot|not a step Ytterby records|is required)/);

      // Signed with the miner's key, sent by the separator: the ledger refuses the signer.
      const forged = await finished((await captureAs(tokens['separator']!, document, signature)).headers.get('location')!, tokens['separator']);
      assert.equal(forged['success'], false);
      assert.ok(forged['errors'][0]['problems'].some((p: { path: string }) => p.path === 'Ytterby-Signature' || p.path.startsWith('epcisBody')), JSON.stringify(forged['errors']));
      // Another enterprise's job is absent to it.
      assert.equal((await call('GET', `/epcis/capture/${forged['captureID']}`, { token: tokens['miner'] })).status, 404);
      assert.equal((await call('GET', '/epcis/capture/cap-none', { token: tokens['miner'] })).status, 404);
      assert.equal(eventList((await events(`?EQ_eventID=${encodeURIComponent(`https://ytterby.example/id/event/${MINER}/x-9`)}`)).body).length, 0);
    });

    test('rollback records nothing of a capture with a refused event; proceed records the good events and reports the bad one', async () => {
      const document = documentOf([extract('x-20', 'C-20'), ship('s-20', 'C-404', 1)]);
      const rolledBack = await finished((await captureAs(tokens['miner']!, document, await signEpcisCapture(document, keys[MINER]!))).headers.get('location')!);
      assert.equal(rolledBack['success'], false);
      assert.equal(rolledBack['ytb:eventsRecorded'], 0);
      assert.match(JSON.stringify(rolledBack['errors']), /epcisBody.eventList\[1\]/);
      assert.equal(eventList((await events(`?MATCH_anyEPCClass=${encodeURIComponent(lotUri(`${MINER}:C-20`))}`)).body).length, 0);

      const proceeded = await finished((await captureAs(tokens['miner']!, document, await signEpcisCapture(document, keys[MINER]!, 'proceed'), 'proceed')).headers.get('location')!);
      assert.equal(proceeded['success'], false);
      assert.equal(proceeded['captureErrorBehaviour'], 'proceed');
      assert.equal(proceeded['ytb:eventsRecorded'], 1);
      assert.equal(proceeded['errors'].length, 1);
      assert.equal(proceeded['errors'][0]['problems'][0]['path'], 'epcisBody.eventList[1]');
      assert.equal(eventList((await events(`?MATCH_anyEPCClass=${encodeURIComponent(lotUri(`${MINER}:C-20`))}`)).body).length, 1);
    });

    test('POST /epcis/events records one event at once, or refuses it with the reason', async () => {
      const event = { '@context': EPCIS_CONTEXT, ...toEpcisEvent(extract('x-30', 'C-30'), MINER) };
      const sign = (e: EpcisEvent) => signEpcisCapture({ creationDate: e['eventTime'] as string, epcisBody: { eventList: [e] } }, keys[MINER]!);
      const created = await call('POST', '/epcis/events', { token: tokens['miner'], body: event, headers: { 'content-type': 'application/ld+json', 'ytterby-signature': await sign(event) } });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const found = await call('GET', created.headers.get('location')!, { token: tokens['miner'] });
      assert.deepEqual(eventList(found.body).map(withoutRecordTime), [toEpcisEvent(extract('x-30', 'C-30'), MINER)]);
      const again = { ...event, eventID: 'urn:uuid:5b0c1f7e-8d6a-4c3b-9e2f-7a1d0c4b3e21' };
      const twice = await call('POST', '/epcis/events', { token: tokens['miner'], body: again, headers: { 'ytterby-signature': await sign(again) } });
      assert.equal(twice.status, 400);
      assert.match(JSON.stringify(twice.body!['problems']), /already exists|exists already|already/);
      const notEvent = await call('POST', '/epcis/events', { token: tokens['miner'], body: { type: 'EPCISDocument' }, headers: { 'ytterby-signature': 'a..b' } });
      assert.equal(notEvent.status, 400);
      assert.equal((await call('POST', '/epcis/events', { token: tokens['auditor'], body: event, headers: { 'ytterby-signature': 'a..b' } })).status, 403);
    });

    test('named queries: made, listed, run by name, deleted; another party\'s query is absent', async () => {
      const made = await call('POST', '/epcis/queries', { token: tokens['miner'], body: { name: 'miner-shipments', query: { EQ_bizStep: 'shipping' } } });
      assert.equal(made.status, 201);
      assert.equal(made.headers.get('location'), '/epcis/queries/miner-shipments');
      assert.equal((await call('POST', '/epcis/queries', { token: tokens['miner'], body: { name: 'miner-shipments', query: {} } })).status, 400);
      const badQuery = await call('POST', '/epcis/queries', { token: tokens['miner'], body: { name: 'bad', query: { EQ_nothing: 'x' } } });
      assert.equal(badQuery.status, 400);
      assert.equal(badQuery.body!['problems'][0]['path'], 'body.query.EQ_nothing');
      assert.deepEqual((await call('GET', '/epcis/queries', { token: tokens['miner'] })).body!.map((q: { name: string }) => q.name), ['miner-shipments']);
      assert.deepEqual((await call('GET', '/epcis/queries', { token: tokens['separator'] })).body, []);
      assert.equal((await call('GET', '/epcis/queries/miner-shipments', { token: tokens['separator'] })).status, 404);
      assert.equal((await call('GET', '/epcis/queries/miner-shipments', { token: tokens['regulator'] })).status, 200);
      const run = await call('GET', '/epcis/queries/miner-shipments/events', { token: tokens['miner'] });
      assert.deepEqual(eventList(run.body).map((e) => e['bizStep']), ['shipping']);
      assert.equal(run.body!['epcisBody']['queryResults']['queryName'], 'miner-shipments');
      assert.equal((await call('DELETE', '/epcis/queries/miner-shipments', { token: tokens['separator'] })).status, 404);
      assert.equal((await call('DELETE', '/epcis/queries/miner-shipments', { token: tokens['miner'] })).status, 204);
      assert.equal((await call('GET', '/epcis/queries/miner-shipments/events', { token: tokens['miner'] })).status, 404);
    });

    test('a subscription posts each capture\'s new events to a real receiver, signed with HMAC-SHA256', async () => {
      const received: { body: string; signature: string }[] = [];
      const receiver: Server = createServer((request, response) => {
        let body = '';
        request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        request.on('end', () => {
          received.push({ body, signature: String(request.headers['ytterby-signature']) });
          response.writeHead(204).end();
        });
      });
      await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
      try {
        const dest = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
        assert.equal((await call('POST', '/epcis/queries', { token: tokens['miner'], body: { name: 'miner-mining', query: { EQ_bizStep: 'https://ytterby.example/epcis/bizstep/mining' } } })).status, 201);
        const secret = 'a-shared-secret-of-the-receiver';
        const refused = await call('POST', '/epcis/queries/miner-mining/subscriptions', { token: tokens['miner'], body: { dest: 'ftp://x', signatureToken: secret } });
        assert.equal(refused.status, 400);
        assert.equal(refused.body!['problems'][0]['path'], 'body.dest');
        assert.equal((await call('POST', '/epcis/queries/miner-mining/subscriptions', { token: tokens['separator'], body: { dest, signatureToken: secret } })).status, 404);
        const made = await call('POST', '/epcis/queries/miner-mining/subscriptions', { token: tokens['miner'], body: { dest, signatureToken: secret, stream: true } });
        assert.equal(made.status, 201);

        const document = documentOf([extract('x-40', 'C-40'), ship('s-40', 'C-40', 1_000)]);
        await finished((await captureAs(tokens['miner']!, document, await signEpcisCapture(document, keys[MINER]!))).headers.get('location')!);
        for (let i = 0; i < 200 && received.length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 25));
        assert.equal(received.length, 1);
        const [callback] = received;
        const at = Number(/^t=(\d+),/.exec(callback!.signature)![1]);
        assert.equal(callback!.signature, callbackSignature(secret, callback!.body, at));
        const delivered = JSON.parse(callback!.body) as Record<string, any>;
        assert.equal(delivered['epcisBody']['queryResults']['subscriptionID'], made.body!['subscriptionID']);
        // Only what is new since the subscription, and only what the query asks for.
        assert.deepEqual(eventList(delivered).map(withoutRecordTime), [document.epcisBody.eventList[0]]);
        const listed = await call('GET', '/epcis/queries/miner-mining/subscriptions', { token: tokens['miner'] });
        assert.equal(listed.body![0]['lastError'], null);
        assert.equal((await call('DELETE', `/epcis/queries/miner-mining/subscriptions/${made.body!['subscriptionID']}`, { token: tokens['miner'] })).status, 204);
      } finally {
        await new Promise((resolve) => receiver.close(resolve));
      }
    });

    test('the published epcis2.js client captures and follows its job to the end', async () => {
      const document = documentOf([extract('x-50', 'C-50')]);
      const options = { apiUrl: `${base}/epcis/`, headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens['miner']}`, 'ytterby-signature': await signEpcisCapture(document, keys[MINER]!) }, timeout: 5_000 };
      const response = await clientCapture(new EPCISDocument(document), options);
      assert.equal(response.status, 202);
      const job = new CaptureResponse(response);
      await job.pollForTheCaptureToFinish(40, 50, options);
      assert.equal(job.getRunningStatus(), false);
      assert.equal(job.getSuccessStatus(), true, JSON.stringify(job.getErrors()));
      assert.equal(eventList((await events(`?MATCH_anyEPCClass=${encodeURIComponent(lotUri(`${MINER}:C-50`))}`)).body).length, 1);
    });

    test('every route refuses a missing token (401) and a role it is not for (403); bodies that are not what a route takes are 400', async () => {
      const routes: [string, string, unknown?][] = [
        ['POST', '/epcis/capture', {}], ['GET', '/epcis/capture'], ['GET', '/epcis/capture/cap-x'], ['POST', '/epcis/events', {}], ['GET', '/epcis/events'],
        ['POST', '/epcis/queries', { name: 'q', query: {} }], ['GET', '/epcis/queries'], ['GET', '/epcis/queries/q'], ['DELETE', '/epcis/queries/q'], ['GET', '/epcis/queries/q/events'],
        ['POST', '/epcis/queries/q/subscriptions', { dest: 'http://127.0.0.1:1/', signatureToken: 'sixteen-characters' }], ['GET', '/epcis/queries/q/subscriptions'], ['DELETE', '/epcis/queries/q/subscriptions/sub-x'],
      ];
      for (const [method, path, body] of routes) {
        const missing = await call(method, path, body === undefined ? {} : { body });
        assert.equal(missing.status, 401, `${method} ${path}`);
        const wrongRole = await call(method, path, { token: path.startsWith('/epcis/capture') || (method === 'POST' && path === '/epcis/events') ? tokens['auditor'] : tokens['association'], ...(body === undefined ? {} : { body }) });
        assert.equal(wrongRole.status, 403, `${method} ${path}`);
        assert.equal(wrongRole.body!['type'], 'urn:ytterby:problem:forbidden');
      }
      const noName = await call('POST', '/epcis/queries', { token: tokens['regulator'], body: { query: {} } });
      assert.equal(noName.status, 400);
      assert.equal(noName.body!['problems'][0]['path'], 'body.name');
      assert.equal((await call('POST', '/epcis/queries', { token: tokens['regulator'], body: { name: 'a b', query: {} } })).status, 400);
      assert.equal((await call('POST', '/epcis/queries', { token: tokens['regulator'], body: { name: 'r-q', query: {} } })).status, 201);
      const shortSecret = await call('POST', '/epcis/queries/r-q/subscriptions', { token: tokens['regulator'], body: { dest: 'http://127.0.0.1:1/', signatureToken: 'short' } });
      assert.equal(shortSecret.status, 400);
      assert.equal(shortSecret.body!['problems'][0]['path'], 'body.signatureToken');
      const scheduled = await call('POST', '/epcis/queries/r-q/subscriptions', { token: tokens['regulator'], body: { dest: 'http://127.0.0.1:1/', signatureToken: 'sixteen-characters', stream: false } });
      assert.equal(scheduled.status, 400);
      const behaviour = await call('POST', '/epcis/capture', { token: tokens['miner'], body: documentOf([extract('x-70', 'C-70')]), headers: { 'gs1-capture-error-behaviour': 'sometimes', 'ytterby-signature': 'a..b' } });
      assert.equal(behaviour.status, 400);
      assert.equal(behaviour.body!['problems'][0]['path'], 'headers.gs1-capture-error-behaviour');
      const hugeEvent = await call('POST', '/epcis/events', { token: tokens['miner'], raw: `{"type":"ObjectEvent","x":"${'a'.repeat(DOCUMENT_BYTES_MAX)}"}` });
      assert.equal(hugeEvent.status, 413);
    });

    test('a job a stopped server left running is run when the server starts again', async () => {
      const document = documentOf([extract('x-60', 'C-60')]);
      const id = await createCaptureJob(store, { party: MINER, tokenId: 'tok-gone', behaviour: 'rollback', document: JSON.stringify(document), signatures: [await signEpcisCapture(document, keys[MINER]!)] });
      const other = await t.reopen();
      const restarted = await buildServer(other);
      try {
        await restarted.ready();
        let job = await restarted.inject({ method: 'GET', url: `/epcis/capture/${id}`, headers: { authorization: `Bearer ${tokens['miner']}` } });
        for (let i = 0; i < 200 && job.json<{ running: boolean }>().running; i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 25));
          job = await restarted.inject({ method: 'GET', url: `/epcis/capture/${id}`, headers: { authorization: `Bearer ${tokens['miner']}` } });
        }
        assert.deepEqual({ running: job.json<{ running: boolean }>().running, success: job.json<{ success: boolean }>().success }, { running: false, success: true });
      } finally {
        await restarted.close();
        await other.close();
      }
    });
  });
}
