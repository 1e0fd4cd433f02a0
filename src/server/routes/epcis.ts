// EPCIS 2.0 under /epcis (GS1 REST binding; docs/epcis.md): capture jobs, single-event capture,
// the events query with paging, named queries and their subscriptions. A door to the ledger, not
// a second one: captures go through the capture service, queries read the log.
import { Type } from '@sinclair/typebox';
import type { CaptureService } from '../../ledger/capture-service.ts';
import { EVENTS_PER_DOCUMENT_MAX } from '../../limits.ts';
import type { Store } from '../../store/index.ts';
import {
  PageTokenRefused, QUERY_PAGE_DEFAULT, QUERY_PAGE_MAX, UNSIGNED, createCaptureJob, createNamedQuery, deleteNamedQuery, deliverSubscriptions, epcisSchemaProblems,
  getCaptureJob, getNamedQuery, listCaptureJobs, listNamedQueries, listSubscriptions, pageToken, parseEpcisQuery, queryDocument, queryEvents, readPageToken,
  recordCapture, refreshEpcisIndex, runCaptureJob, runningCaptureJobs, signaturesNeeded, subscribe, unsubscribe, type EpcisDocument, type EpcisEvent, type EpcisQuery, type ErrorBehaviour, type PagePosition,
} from '../../epcis/index.ts';
import type { Problem } from '../../problems.ts';
import type { App } from '../server.ts';
import { HttpProblem, notFound } from '../problems.ts';
import type { Principal } from '../tokens.ts';
import { OpenObject, PROBLEM_RESPONSES, principalOf } from './context.ts';

/** Subscriptions are also served on a timer, for events recorded through the other doors. */
const DELIVERY_EVERY_MS = 5_000;

const SIGNATURE = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/;

function badRequest(detail: string, problems: Problem[]): HttpProblem {
  return new HttpProblem(400, 'invalid-epcis', 'Bad Request', detail, problems);
}

const Headers = Type.Object({
  'ytterby-signature': Type.Optional(Type.String({ maxLength: 2_000_000, description: 'detached JWS (EdDSA) over each ledger document the capture becomes, comma-separated (docs/epcis.md)' })),
  'gs1-capture-error-behaviour': Type.Optional(Type.String({ enum: ['rollback', 'proceed'] })),
});

/** The signatures the capture comes with, one per ledger document it becomes. */
function signaturesOf(header: string | undefined, epcis: EpcisDocument, behaviour: ErrorBehaviour): string[] {
  const needed = signaturesNeeded(epcis, behaviour);
  if (header === undefined) {
    throw badRequest('an EPCIS capture is recorded only when signed by its enterprise; nothing was recorded', [{
      path: 'headers.ytterby-signature',
      reason: `is required: a detached JWS (EdDSA, kid = your registered key) over the id of each ledger document the capture becomes (${needed} for ${behaviour}); see docs/epcis.md`,
    }]);
  }
  const signatures = header.split(',').map((s) => s.trim());
  if (signatures.length !== needed) {
    throw badRequest('the capture\'s signatures do not fit it; nothing was recorded', [{ path: 'headers.ytterby-signature', reason: `holds ${signatures.length} signatures; a ${behaviour} capture of ${epcis.epcisBody.eventList.length} events needs ${needed}` }]);
  }
  const bad = signatures.findIndex((s) => !SIGNATURE.test(s) && !(behaviour === 'proceed' && s === UNSIGNED));
  if (bad >= 0) throw badRequest('the capture\'s signatures do not fit it; nothing was recorded', [{ path: `headers.ytterby-signature[${bad}]`, reason: 'is not a detached JWS (header..signature)' }]);
  return signatures;
}

function checkedDocument(body: unknown): EpcisDocument {
  const problems = epcisSchemaProblems(body);
  if (problems.length > 0) throw badRequest('the body is not an EPCIS 2.0 document (GS1 EPCIS JSON schema); nothing was recorded', problems);
  const epcis = body as EpcisDocument;
  if (epcis.epcisBody.eventList.length === 0) throw badRequest('the capture holds no events; nothing was recorded', [{ path: 'epcisBody.eventList', reason: 'must hold at least one event' }]);
  if (epcis.epcisBody.eventList.length > EVENTS_PER_DOCUMENT_MAX) throw badRequest('the capture is too large; nothing was recorded', [{ path: 'epcisBody.eventList', reason: `holds at most ${EVENTS_PER_DOCUMENT_MAX} events; split the capture` }]);
  return epcis;
}

function pageOf(request: { query: unknown }): { query: EpcisQuery; perPage: number; token?: string } {
  const params = request.query as Record<string, unknown>;
  const parsed = parseEpcisQuery(params);
  const problems = 'problems' in parsed ? [...parsed.problems] : [];
  const perPageText = params['perPage'];
  const perPage = perPageText === undefined ? QUERY_PAGE_DEFAULT : Number(perPageText);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > QUERY_PAGE_MAX) problems.push({ path: 'query.perPage', reason: `must be a whole number from 1 to ${QUERY_PAGE_MAX}` });
  const token = params['nextPageToken'];
  if (token !== undefined && typeof token !== 'string') problems.push({ path: 'query.nextPageToken', reason: 'must be given once' });
  if (problems.length > 0 || 'problems' in parsed) throw badRequest('the query was refused', problems);
  return { query: parsed.query, perPage, ...(token === undefined ? {} : { token: token as string }) };
}

export async function epcisRoutes(app: App, store: Store, capture: CaptureService): Promise<void> {
  const running = new Set<Promise<void>>();
  const closing = new AbortController();
  let delivering: Promise<void> | undefined;
  const deliver = () => {
    delivering ??= deliverSubscriptions(store)
      .catch((error: unknown) => app.log.error({ err: error }, 'subscription delivery failed'))
      .finally(() => {
        delivering = undefined;
      });
    return delivering;
  };
  const runJob = (id: string) => {
    const job = runCaptureJob(store, capture, id)
      .then(deliver)
      .catch((error: unknown) => app.log.error({ err: error, captureID: id }, 'capture job failed'))
      .finally(() => running.delete(job));
    running.add(job);
  };
  // Jobs a stopped server left running are run again; the ledger answers a replay with its original result.
  // The query index catches up with the log from the start, so a first query after a large load
  // (the demo year) does not wait for it.
  app.addHook('onReady', async () => {
    for (const id of await runningCaptureJobs(store)) runJob(id);
    const indexing = refreshEpcisIndex(store, closing.signal)
      .catch((error: unknown) => app.log.error({ err: error }, 'the EPCIS query index could not catch up'))
      .finally(() => running.delete(indexing));
    running.add(indexing);
  });
  const timer = setInterval(() => void deliver(), DELIVERY_EVERY_MS);
  timer.unref();
  app.addHook('onClose', async () => {
    clearInterval(timer);
    closing.abort();
    await Promise.allSettled([...running, delivering]);
  });

  await app.register(async (scope) => {
    // EPCIS documents are JSON-LD; they parse as JSON.
    scope.addContentTypeParser('application/ld+json', { parseAs: 'string' }, scope.getDefaultJsonParser('error', 'error'));

    scope.post('/epcis/capture', {
      config: { policy: 'capture:write' },
      schema: {
        tags: ['epcis'], summary: 'capture an EPCIS 2.0 document: 202 and a capture job (GS1-Capture-Error-Behaviour rollback or proceed); signed by the enterprise (docs/epcis.md)',
        headers: Headers, body: OpenObject, response: { 202: Type.Object({ captureID: Type.String() }), ...PROBLEM_RESPONSES, 413: PROBLEM_RESPONSES[400] },
      },
    }, async (request, reply) => {
      const principal = principalOf(request);
      const epcis = checkedDocument(request.body);
      const behaviour = (request.headers['gs1-capture-error-behaviour'] ?? 'rollback') as ErrorBehaviour;
      const signatures = signaturesOf(request.headers['ytterby-signature'] as string | undefined, epcis, behaviour);
      const id = await createCaptureJob(store, { party: principal.party!, tokenId: principal.tokenId, behaviour, document: JSON.stringify(epcis), signatures });
      runJob(id);
      return reply.status(202).header('location', `/epcis/capture/${id}`).send({ captureID: id });
    });

    scope.post('/epcis/events', {
      config: { policy: 'capture:write' },
      schema: {
        tags: ['epcis'], summary: 'capture one EPCIS event at once (its eventTime is its ledger document\'s createdAt); signed by the enterprise',
        headers: Headers, body: OpenObject, response: { 201: OpenObject, ...PROBLEM_RESPONSES, 413: PROBLEM_RESPONSES[400] },
      },
    }, async (request, reply) => {
      const principal = principalOf(request);
      const problems = epcisSchemaProblems(request.body, 'event');
      if (problems.length > 0) throw badRequest('the body is not an EPCIS 2.0 event (GS1 EPCIS JSON schema); nothing was recorded', problems);
      const event = request.body as EpcisEvent;
      const epcis: EpcisDocument = { creationDate: event['eventTime'] as string, epcisBody: { eventList: [event] } };
      const signatures = signaturesOf(request.headers['ytterby-signature'] as string | undefined, epcis, 'rollback');
      const outcome = await recordCapture(capture, epcis, principal.party!, 'rollback', signatures);
      if (outcome === undefined) throw new Error('the capture service closed during the capture');
      const error = outcome.errors[0];
      if (error !== undefined) throw badRequest('the event was refused by the ledger; nothing was recorded', error.problems.map((p) => ({ ...p, path: p.path.replace(/^epcisBody\.eventList\[0\]/, 'body') })));
      void deliver();
      const eventID = event['eventID'] as string;
      return reply.status(201).header('location', `/epcis/events?EQ_eventID=${encodeURIComponent(eventID)}`).send({ eventID });
    });
  });

  app.get('/epcis/capture', {
    config: { policy: 'capture:write' },
    schema: { tags: ['epcis'], summary: 'the enterprise\'s latest capture jobs', response: { 200: Type.Array(OpenObject), ...PROBLEM_RESPONSES } },
  }, async (request) => listCaptureJobs(store, principalOf(request).party!));

  app.get('/epcis/capture/:captureID', {
    config: { policy: 'capture:write' },
    schema: { tags: ['epcis'], summary: 'a capture job: running, success, errors (GS1 CaptureJob)', params: Type.Object({ captureID: Type.String({ maxLength: 60 }) }), response: { 200: OpenObject, ...PROBLEM_RESPONSES } },
  }, async (request) => {
    const job = await getCaptureJob(store, principalOf(request).party!, request.params.captureID);
    // Another enterprise's job is reported as absent, so ids cannot be probed.
    if (job === undefined) throw notFound(`no capture job ${request.params.captureID}`);
    return job;
  });

  const answer = async (principal: Principal, page: ReturnType<typeof pageOf>, queryName: string, reply: { header: (name: string, value: string) => unknown }, path: string, params: Record<string, unknown>) => {
    let after: PagePosition | undefined;
    if (page.token !== undefined) {
      try {
        after = readPageToken(page.token, page.query, principal);
      } catch (error) {
        if (error instanceof PageTokenRefused) throw badRequest('the page token was refused', [{ path: 'query.nextPageToken', reason: error.message }]);
        throw error;
      }
    }
    const found = await queryEvents(store, principal, page.query, { perPage: page.perPage, ...(after === undefined ? {} : { after }) });
    if (found.more && found.last !== undefined) {
      const next = new URLSearchParams({ ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])), perPage: String(page.perPage), nextPageToken: pageToken(found.last, page.query, principal) });
      reply.header('link', `<${path}?${next.toString()}>; rel="next"`);
    }
    // Sent as text: a generic object schema would have the serializer walk every event's fields.
    reply.header('content-type', 'application/json; charset=utf-8');
    return queryDocument(found.events, queryName);
  };

  app.get('/epcis/events', {
    config: { policy: 'lots:read' },
    schema: {
      tags: ['epcis'], summary: 'events by the EPCIS query parameters (eventType, GE_/LT_eventTime and recordTime, EQ_bizStep, EQ_disposition, EQ_bizLocation, MATCH_*, EQ_eventID, quantities), perPage, nextPageToken (Link rel="next")',
      querystring: Type.Object({}, { additionalProperties: true }), response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request, reply) => {
    const { nextPageToken: _token, perPage: _perPage, ...params } = request.query as Record<string, unknown>;
    return answer(principalOf(request), pageOf(request), 'SimpleEventQuery', reply, '/epcis/events', params);
  });

  const QueryName = Type.Object({ queryName: Type.String({ minLength: 1, maxLength: 100, pattern: '^[A-Za-z0-9_.~-]+$' }) });

  app.post('/epcis/queries', {
    config: { policy: 'lots:read' },
    schema: {
      tags: ['epcis'], summary: 'name a query (its parameters as GET /epcis/events takes them)',
      body: Type.Object({ name: QueryName.properties.queryName, query: Type.Record(Type.String(), Type.String({ maxLength: 10_000 })) }, { additionalProperties: false }),
      response: { 201: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request, reply) => {
    const made = await createNamedQuery(store, principalOf(request), request.body.name, request.body.query);
    return reply.status(201).header('location', `/epcis/queries/${made.name}`).send(made);
  });

  app.get('/epcis/queries', {
    config: { policy: 'lots:read' },
    schema: { tags: ['epcis'], summary: 'the named queries the caller sees', response: { 200: Type.Array(OpenObject), ...PROBLEM_RESPONSES } },
  }, async (request) => listNamedQueries(store, principalOf(request)));

  app.get('/epcis/queries/:queryName', {
    config: { policy: 'lots:read' },
    schema: { tags: ['epcis'], summary: 'one named query', params: QueryName, response: { 200: OpenObject, ...PROBLEM_RESPONSES } },
  }, async (request) => {
    const named = await getNamedQuery(store, principalOf(request), request.params.queryName);
    if (named === undefined) throw notFound(`no query ${request.params.queryName}`);
    return { name: named.name, query: named.query, createdAt: named.createdAt };
  });

  app.delete('/epcis/queries/:queryName', {
    config: { policy: 'lots:read' },
    schema: { tags: ['epcis'], summary: 'delete a named query and its subscriptions', params: QueryName, response: { 204: Type.Null(), ...PROBLEM_RESPONSES } },
  }, async (request, reply) => {
    if (!(await deleteNamedQuery(store, principalOf(request), request.params.queryName))) throw notFound(`no query ${request.params.queryName}`);
    return reply.status(204).send(null);
  });

  app.get('/epcis/queries/:queryName/events', {
    config: { policy: 'lots:read' },
    schema: {
      tags: ['epcis'], summary: 'run a named query: the events the caller may see, a page at a time', params: QueryName,
      querystring: Type.Object({ perPage: Type.Optional(Type.String()), nextPageToken: Type.Optional(Type.String()) }, { additionalProperties: false }), response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request, reply) => {
    const principal = principalOf(request);
    const named = await getNamedQuery(store, principal, request.params.queryName);
    if (named === undefined) throw notFound(`no query ${request.params.queryName}`);
    const page = { ...pageOf({ query: { perPage: request.query.perPage, nextPageToken: request.query.nextPageToken } }), query: named.parsed };
    return answer(principal, page, named.name, reply, `/epcis/queries/${named.name}/events`, {});
  });

  app.post('/epcis/queries/:queryName/subscriptions', {
    config: { policy: 'lots:read' },
    schema: {
      tags: ['epcis'], summary: 'subscribe a webhook to a named query: each capture\'s new events are POSTed to dest, signed with HMAC-SHA256 of signatureToken (Ytterby-Signature)', params: QueryName,
      body: Type.Object({
        dest: Type.String({ maxLength: 2_000 }), signatureToken: Type.String({ minLength: 16, maxLength: 200 }), stream: Type.Optional(Type.Boolean()),
        reportIfEmpty: Type.Optional(Type.Boolean()), schedule: Type.Optional(OpenObject), initialRecordTime: Type.Optional(Type.String({ maxLength: 40 })),
      }, { additionalProperties: false }),
      response: { 201: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request, reply) => {
    const made = await subscribe(store, principalOf(request), request.params.queryName, request.body);
    if (made === undefined) throw notFound(`no query ${request.params.queryName}`);
    return reply.status(201).header('location', `/epcis/queries/${request.params.queryName}/subscriptions/${made.subscriptionID}`).send(made);
  });

  app.get('/epcis/queries/:queryName/subscriptions', {
    config: { policy: 'lots:read' },
    schema: { tags: ['epcis'], summary: 'a named query\'s subscriptions', params: QueryName, response: { 200: Type.Array(OpenObject), ...PROBLEM_RESPONSES } },
  }, async (request) => {
    const found = await listSubscriptions(store, principalOf(request), request.params.queryName);
    if (found === undefined) throw notFound(`no query ${request.params.queryName}`);
    return found;
  });

  app.delete('/epcis/queries/:queryName/subscriptions/:subscriptionID', {
    config: { policy: 'lots:read' },
    schema: {
      tags: ['epcis'], summary: 'end a subscription', params: Type.Object({ ...QueryName.properties, subscriptionID: Type.String({ maxLength: 60 }) }),
      response: { 204: Type.Null(), ...PROBLEM_RESPONSES },
    },
  }, async (request, reply) => {
    if (!(await unsubscribe(store, principalOf(request), request.params.queryName, request.params.subscriptionID))) throw notFound(`no subscription ${request.params.subscriptionID} of query ${request.params.queryName}`);
    return reply.status(204).send(null);
  });
}
