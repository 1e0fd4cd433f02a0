// Every error the API returns is an RFC 7807 problem: a type, a title, the status, what went wrong
// in words, and, for refused input, each problem at its field.
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { InputRefused, type Problem } from '../problems.ts';
import { textFlaw } from '../schemas.ts';
import { ProvenanceRefused } from '../provenance/viewer.ts';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  problems?: Problem[];
}

const TYPE = 'urn:ytterby:problem:';

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly kind: string,
    readonly title: string,
    message: string,
    readonly problems?: Problem[],
  ) {
    super(message);
  }
}

export function unauthorized(detail: string): HttpProblem {
  return new HttpProblem(401, 'unauthorized', 'Unauthorized', detail);
}

export function forbidden(detail: string): HttpProblem {
  return new HttpProblem(403, 'forbidden', 'Forbidden', detail);
}

export function notFound(detail: string): HttpProblem {
  return new HttpProblem(404, 'not-found', 'Not Found', detail);
}

export function unavailable(detail: string): HttpProblem {
  return new HttpProblem(503, 'unavailable', 'Service Unavailable', detail);
}

/** Maps what the areas throw to a problem; anything unexpected is a 500 that says nothing inside. */
export function problemOf(error: unknown, request: FastifyRequest): ProblemDetails {
  const base = { instance: request.url };
  if (error instanceof HttpProblem) {
    return { type: `${TYPE}${error.kind}`, title: error.title, status: error.status, detail: error.message, ...base, ...(error.problems === undefined ? {} : { problems: error.problems }) };
  }
  if (error instanceof InputRefused) {
    return { type: `${TYPE}refused`, title: 'Refused', status: 400, detail: error.message.split('\n')[0]!, problems: [...error.problems], ...base };
  }
  if (error instanceof ProvenanceRefused) {
    const status = error.kind === 'forbidden' ? 403 : error.kind === 'not-found' ? 404 : error.kind === 'gone' ? 410 : 400;
    return { type: `${TYPE}${error.kind}`, title: titleOf(status), status, detail: error.message, ...base };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation !== undefined) {
    const where = fastifyError.validationContext ?? 'body';
    const problems = fastifyError.validation.map((v) => {
      const segments = (v.instancePath ?? '').split('/').slice(1);
      const missing = v.keyword === 'required' ? String((v.params as { missingProperty?: string }).missingProperty) : undefined;
      const extra = v.keyword === 'additionalProperties' ? String((v.params as { additionalProperty?: string }).additionalProperty) : undefined;
      const path = [where, ...segments, ...(missing === undefined ? [] : [missing]), ...(extra === undefined ? [] : [extra])].join('.');
      const reason = missing !== undefined ? 'is required' : extra !== undefined ? 'is not a known field' : (v.message ?? 'is invalid');
      return { path, reason };
    }).filter((problem, i, all) => all.findIndex((p) => p.path === problem.path) === i);
    return { type: `${TYPE}invalid-request`, title: 'Bad Request', status: 400, detail: `the request's ${where} is not valid`, problems, ...base };
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const kind = status === 413 ? 'too-large' : status === 429 ? 'rate-limited' : status === 415 ? 'unsupported-media-type' : 'bad-request';
    // Fastify's JSON parser refuses prototype members as it refuses bad syntax, and says only the latter.
    const detail = fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
      ? 'the body is not valid JSON, or holds a member named "__proto__" (or a "constructor" with a "prototype"), which no body of the API may'
      : fastifyError.message;
    return { type: `${TYPE}${kind}`, title: titleOf(status), status, detail, ...base };
  }
  return { type: `${TYPE}internal`, title: 'Internal Server Error', status: 500, detail: 'the server failed; the error is in its log', ...base };
}

function titleOf(status: number): string {
  return ({ 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 410: 'Gone', 413: 'Payload Too Large', 414: 'URI Too Long', 415: 'Unsupported Media Type', 429: 'Too Many Requests' } as Record<number, string>)[status] ?? 'Bad Request';
}

/** A route that does not exist: the same problem whatever the path and method. */
export function noRouteProblem(request: FastifyRequest): ProblemDetails {
  return { type: `${TYPE}not-found`, title: 'Not Found', status: 404, detail: `no route ${request.method} ${request.url.split('?')[0]}`, instance: request.url };
}

/** The path parameters, query terms and JSON body members that hold what no identifier, term or
 * text may (src/schemas.ts's grammar of free text: control characters, NUL among them, but tabs
 * and line breaks; bidirectional embeddings, overrides and isolates; lone surrogates). A NUL
 * reached PostgreSQL, which refuses it in text (a 500), while SQLite looked it up or kept it:
 * checked here, every route answers alike on both engines. A body read as text or bytes (a
 * capture document, a report file) is left to its own door's checks, which name its fields. */
export function requestTextProblem(request: FastifyRequest): HttpProblem | undefined {
  const problems: Problem[] = [];
  const pending: [string, unknown][] = [['params', request.params], ['querystring', request.query]];
  if (request.body !== null && typeof request.body === 'object' && !Buffer.isBuffer(request.body)) pending.push(['body', request.body]);
  // A stack, not recursion: a body may nest deeper than the call stack goes.
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [path, value] = next;
    if (typeof value === 'string') {
      const flaw = textFlaw(value);
      if (flaw !== undefined) problems.push({ path, reason: flaw });
    } else if (Array.isArray(value)) {
      value.forEach((member, i) => pending.push([`${path}[${i}]`, member]));
    } else if (value !== null && typeof value === 'object') {
      for (const [name, member] of Object.entries(value)) {
        const flaw = textFlaw(name);
        if (flaw !== undefined) problems.push({ path: `${path}.${JSON.stringify(name)}`, reason: `the member's name ${flaw}` });
        pending.push([`${path}.${name}`, member]);
      }
    }
  }
  if (problems.length === 0) return undefined;
  problems.sort((a, b) => (a.path < b.path ? -1 : 1));
  return new HttpProblem(400, 'invalid-request', 'Bad Request', 'the request holds characters no identifier, query term or text may hold', problems);
}

/** What Fastify refuses before any route or hook runs (its `frameworkErrors`): a URL whose
 * percent-encoding is not UTF-8, a path parameter beyond `maxParamLength`. */
export function frameworkProblem(error: FastifyError, request: FastifyRequest): ProblemDetails {
  if (error.code === 'FST_ERR_BAD_URL') {
    return { type: `${TYPE}bad-request`, title: 'Bad Request', status: 400, detail: 'the URL is not valid: a percent-encoded part of it is not UTF-8', instance: request.raw.url ?? '' };
  }
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    return { type: `${TYPE}uri-too-long`, title: titleOf(414), status: 414, detail: 'a part of the path is longer than any identifier the API knows', instance: request.raw.url ?? '' };
  }
  return { type: `${TYPE}internal`, title: 'Internal Server Error', status: 500, detail: 'the server failed; the error is in its log', instance: request.raw.url ?? '' };
}

/** Node's HTTP parser refuses a request before Fastify sees it (its `clientErrorHandler`): headers
 * beyond the server's bound (431), a request that is not HTTP (400), one too slow to arrive (408).
 * There is no reply object yet, so the answer is written on the socket as raw HTTP. */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const detail = status === 431
    ? `the request's headers are larger than the server accepts (${maxHeaderSize / 1024} KiB in all)`
    : status === 408 ? 'the request did not arrive in time' : 'the request is not well-formed HTTP/1.1';
  const kind = status === 431 ? 'headers-too-large' : status === 408 ? 'request-timeout' : 'bad-request';
  const title = STATUS_CODES[status]!;
  const body = JSON.stringify({ type: `${TYPE}${kind}`, title, status, detail } satisfies ProblemDetails);
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  }
  socket.destroy(error);
}

export function sendProblem(reply: FastifyReply, problem: ProblemDetails): FastifyReply {
  if (problem.status === 401) reply.header('www-authenticate', 'Bearer realm="ytterby"');
  return reply.status(problem.status).type('application/problem+json').send(problem);
}
