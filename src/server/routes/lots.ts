// Lots, their traces, recycled content and passports over HTTP. The provenance area applies the
// viewer's rights (an enterprise sees its own lots and, upstream, only regions and source types).
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../schemas.ts';
import { listLots } from '../../ledger/index.ts';
import { LOTS_PAGE_MAX, TRACE_DEPTH_MAX, TRACE_PAGE_MAX } from '../../limits.ts';
import { issuePassport, lotPassport, passportByLink, recycledContent, traceBackward, traceForward, verifyPassport, type StoredPassport } from '../../provenance/index.ts';
import { visibleLot } from '../../provenance/viewer.ts';
import type { LotStatus, Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { LotReads } from '../lot-reads.ts';
import { OpenObject, PROBLEM_RESPONSES, PageLimit, principalOf } from './context.ts';

const Lot = Type.Object({
  id: Type.String(), holderId: Type.String(), product: Type.String(), massGrams: Type.Integer(), massGramsRemaining: Type.Integer(),
  elements: Type.Record(Type.String(), Type.Integer()), status: Type.String(), destinationId: Type.Union([Type.String(), Type.Null()]),
  previousHolderId: Type.Union([Type.String(), Type.Null()]), createdSeq: Type.Integer(), updatedSeq: Type.Integer(),
  origin: Type.Union([Type.Record(Type.String(), Type.Record(Type.String(), Type.Integer())), Type.Null()]), custody: Type.Union([Type.String(), Type.Null()]),
});
const LotId = Type.Object({ id: Type.String({ minLength: 1, maxLength: 240 }) });

export async function lotRoutes(app: App, store: Store, publicUrl?: string): Promise<void> {
  const lotReads = new LotReads((ids) => store.reads.readLots(ids));
  app.get('/api/lots', {
    config: { policy: 'lots:read' },
    schema: {
      tags: ['lots'], summary: 'lots, a page at a time; an enterprise sees the lots it holds',
      querystring: Type.Object({
        holder: Type.Optional(Type.String({ maxLength: 40 })), status: Type.Optional(StringEnum(['active', 'in_transit', 'exhausted', 'void'] as const)),
        product: Type.Optional(Type.String({ maxLength: 100 })), after: Type.Optional(Type.String({ maxLength: 240 })), limit: PageLimit(LOTS_PAGE_MAX, 100),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ lots: Type.Array(Lot), next: Type.Optional(Type.String()) }), ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { status, ...rest } = request.query;
    // An enterprise lists what it holds, whatever holder it names.
    const holder = principal.role === 'enterprise' ? principal.party : rest.holder;
    return listLots(store, { ...rest, ...(holder === undefined ? {} : { holder }), ...(status === undefined ? {} : { status: status as LotStatus }) });
  });

  app.get('/api/lots/:id', {
    config: { policy: 'lots:read' },
    schema: { tags: ['lots'], summary: 'one lot: holder, mass, composition, status, origin attribution', params: LotId, response: { 200: Lot, ...PROBLEM_RESPONSES } },
  }, async (request) => {
    // A lot the caller may not see is reported as absent, so ids cannot be probed.
    return visibleLot(principalOf(request), request.params.id, await lotReads.read(request.params.id));
  });

  app.get('/api/lots/:id/trace', {
    config: { policy: 'provenance:read' },
    schema: {
      tags: ['provenance'], summary: 'where the lot came from (backward) or went (forward): lots, edges, events, parties, facilities, a page at a time', params: LotId,
      querystring: Type.Object({
        direction: Type.Optional(StringEnum(['backward', 'forward'] as const)),
        depth: Type.Optional(Type.Integer({ minimum: 1, maximum: TRACE_DEPTH_MAX })), limit: PageLimit(TRACE_PAGE_MAX, 200), offset: Type.Optional(Type.Integer({ minimum: 0 })),
      }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const { direction, depth, limit, offset } = request.query;
    const options = { viewer: principalOf(request), limit, ...(depth === undefined ? {} : { depthMax: depth }), ...(offset === undefined ? {} : { offset }) };
    return direction === 'forward' ? traceForward(store, request.params.id, options) : traceBackward(store, request.params.id, options);
  });

  app.get('/api/lots/:id/recycled-content', {
    config: { policy: 'provenance:read' },
    schema: { tags: ['provenance'], summary: 'pre- and post-consumer recycled shares per element (EU CRMA Art. 29), with the method', params: LotId, response: { 200: OpenObject, ...PROBLEM_RESPONSES } },
  }, async (request) => recycledContent(store, request.params.id, { viewer: principalOf(request) }));

  const PassportAnswer = Type.Object({ passport: OpenObject, digitalLink: Type.String(), qrSvg: Type.String(), issuedAt: Type.String() });
  const GtinQuery = Type.Object({ gtin: Type.Optional(Type.String({ pattern: '^\\d{14}$' })) }, { additionalProperties: false });
  const answer = (kept: StoredPassport) => ({ passport: kept.passport as unknown as Record<string, unknown>, digitalLink: kept.digitalLink, qrSvg: kept.qrSvg, issuedAt: kept.issuedAt });
  const passportRoutes = [
    ['GET', 'the lot\'s product passport, issued and kept on first request: JSON-LD with its GS1 Digital Link and QR code (SVG)', lotPassport],
    ['POST', 'issue the lot\'s passport anew, anchored to the log as it is now; it replaces the kept one', issuePassport],
  ] as const;
  for (const [method, summary, passportOf] of passportRoutes) {
    app.route({
      method, url: '/api/lots/:id/passport',
      config: { policy: 'passport:issue' },
      schema: { tags: ['provenance'], summary, params: LotId, querystring: GtinQuery, response: { 200: PassportAnswer, ...PROBLEM_RESPONSES } },
      handler: async (request) => answer(await passportOf(store, request.params.id, {
        viewer: principalOf(request), ...(publicUrl === undefined ? {} : { resolver: publicUrl }), ...(request.query.gtin === undefined ? {} : { gtin: request.query.gtin }),
      })),
    });
  }

  // The GS1 Digital Link's path (/01/{gtin}/10/{lot}) under /api/passports: what a QR code leads to.
  app.get('/api/passports/01/:gtin/10/:batch', {
    schema: {
      tags: ['provenance'], summary: 'the published passport a GS1 Digital Link names (public, no token); 410 once its lot is voided', security: [],
      params: Type.Object({ gtin: Type.String({ pattern: '^\\d{14}$' }), batch: Type.String({ minLength: 1, maxLength: 20 }) }),
      response: { 200: PassportAnswer, 404: PROBLEM_RESPONSES[404], 410: PROBLEM_RESPONSES[404] },
    },
  }, async (request) => answer(await passportByLink(store, request.params.gtin, request.params.batch)));

  app.post('/api/passports/verify', {
    schema: {
      tags: ['provenance'], summary: 'verify a passport against this ledger: valid, or exactly what is wrong (public, no token)', security: [],
      body: OpenObject, response: { 200: OpenObject, 400: PROBLEM_RESPONSES[400] },
    },
  }, async (request) => verifyPassport(request.body, { store }));
}
