// The HTTP API: Fastify, with TypeBox schemas that both validate requests and describe the API
// (OpenAPI 3.1 at /api/openapi.json, a docs page at /api/docs), bearer tokens, RFC 7807 errors,
// security headers, rate limits, and a scheduled run of the period rules.
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type RawReplyDefaultExpression, type RawRequestDefaultExpression, type RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { DOCUMENT_BYTES_MAX, URL_PARAM_CHARS_MAX } from '../limits.ts';
import { CaptureService } from '../ledger/capture-service.ts';
import type { Store } from '../store/index.ts';
import { runCheck } from '../supervision/index.ts';
import { refreshStats } from '../stats/index.ts';
import { allows, type Policy } from './policies.ts';
import { answerClientError, forbidden, frameworkProblem, noRouteProblem, problemOf, sendProblem, unauthorized, unavailable, requestTextProblem } from './problems.ts';
import { authenticate, type Principal } from './tokens.ts';
import { registerRoutes } from './routes/index.ts';
import { webRoutes } from './web.ts';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** Who may call the route; absent for the few public routes (health, passport verification). */
    policy?: Policy;
  }
}

export interface ServerOptions {
  /** Structured JSON logs (pino); false in tests. */
  logger?: boolean;
  /** Requests per minute per token (or per address without one). */
  rateLimitPerMinute?: number;
  /** Run the period rules this often (ms); off when absent. */
  checkEveryMs?: number;
  /** Where the public reaches this server: passports' GS1 Digital Links and QR codes name it. */
  publicUrl?: string;
}

export async function buildServer(store: Store, options: ServerOptions = {}): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    // One line per request, written when it is answered, in place of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: DOCUMENT_BYTES_MAX,
    routerOptions: { maxParamLength: URL_PARAM_CHARS_MAX },
    // Every error is a problem (RFC 7807), including those Fastify and Node's parser answer
    // before a route runs.
    frameworkErrors: (error, request, reply) => sendProblem(reply, frameworkProblem(error, request)),
    clientErrorHandler: answerClientError,
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false } },
    // Fastify's own 503 while closing is its JSON, not a problem: answered below instead.
    return503OnClosing: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Once closing, every answer ends its connection. A keep-alive connection whose request was in
  // flight would otherwise hold the close for Fastify's 72 s keep-alive, and a request arriving on
  // one is refused as a problem the client can retry elsewhere.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (!closing) return;
    reply.header('connection', 'close');
    throw unavailable('the server is stopping; send the request again to another server or once this one restarts');
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });

  if (options.logger === true) {
    app.addHook('onResponse', async (request, reply) => {
      request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Number(reply.elapsedTime.toFixed(1)), token: request.principal?.tokenId }, 'request');
    });
  }
  app.setErrorHandler((error, request, reply) => {
    const problem = problemOf(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, problem);
  });
  app.setNotFoundHandler((request, reply) => sendProblem(reply, noRouteProblem(request)));

  const headers = securityHeaders({
    // The docs page runs the Swagger UI's own scripts and styles from this server.
    contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] } },
  });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
  await app.register(rateLimit, {
    max: options.rateLimitPerMinute ?? 1_200,
    timeWindow: 60_000,
    keyGenerator: (request) => request.headers.authorization ?? request.ip,
    errorResponseBuilder: (_request, context) => ({ statusCode: 429, name: 'RateLimited', message: `at most ${context.max} requests a minute; try again in ${context.after}` }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Ytterby API · 稀土产业链追溯与监管平台', version: '0.1.0', description: 'The ledger, registry, provenance and supervision of the rare earth industry chain. Errors are RFC 7807 problem details.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token from `ytterby tokens create`' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (policy === undefined) return;
    const header = request.headers.authorization;
    if (header === undefined) throw unauthorized('this route needs a bearer token (Authorization: Bearer …)');
    const match = /^Bearer (\S+)$/.exec(header);
    if (match === null) throw unauthorized('the Authorization header must be "Bearer" and a token');
    const principal = await authenticate(store, match[1]!);
    if (principal === undefined) throw unauthorized('the token is unknown, revoked or expired');
    if (!allows(policy, principal.role)) throw forbidden(`a ${principal.role} token may not call ${request.method} ${request.routeOptions.url}`);
    request.principal = principal;
  });

  app.addHook('preValidation', async (request) => {
    const problem = requestTextProblem(request);
    if (problem !== undefined) throw problem;
  });

  const capture = await CaptureService.open(store);
  // Closing waits for the requests in flight, then for the documents they asked to record.
  app.addHook('onClose', async () => capture.close());
  await registerRoutes(app, store, capture, options.publicUrl);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // Last: the app answers every path the API and EPCIS do not.
  await webRoutes(app);

  if (options.checkEveryMs !== undefined) scheduleChecks(app, store, options.checkEveryMs);
  return app;
}

/** Helmet's headers, the same for every response (no per-request CSP nonces), so worked out once:
 * @fastify/helmet would build helmet's middleware anew for each request. */
function securityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const collect = { setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value), removeHeader: () => undefined };
  helmet(options)({} as IncomingMessage, collect as unknown as ServerResponse, (error?: unknown) => {
    if (error !== undefined) throw error;
  });
  return headers;
}

/** The period rules on a timer, with the statistics brought up to date first, so a dashboard read
 * finds little to catch up on: one run at a time, findings raised once, the outcome logged. */
function scheduleChecks(app: App, store: Store, everyMs: number): void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    refreshStats(store)
      .then(() => runCheck(store))
      .then((report) => app.log.info({ check: { events: report.events, findings: report.findings, raised: report.raised, seconds: report.seconds } }, 'scheduled check'))
      .catch((error: unknown) => app.log.error({ err: error }, 'scheduled check failed'))
      .finally(() => {
        running = false;
      });
  }, everyMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
