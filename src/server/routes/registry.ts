// The registry over HTTP: parties for everyone signed in; a party's licences, facilities, quotas and
// keys for regulators, auditors and the party itself.
import { Type } from '@sinclair/typebox';
import { listParties, partyDetail } from '../../registry/index.ts';
import { PARTY_PAGE_MAX } from '../../limits.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { forbidden, notFound } from '../problems.ts';
import { OpenObject, PROBLEM_RESPONSES, PageLimit, principalOf } from './context.ts';

const PartySummary = Type.Object({
  id: Type.String(), kind: Type.String(), roles: Type.Array(Type.String()), nameZh: Type.String(), nameEn: Type.String(),
  region: Type.String(), groupId: Type.Union([Type.String(), Type.Null()]), status: Type.String(),
});

export async function registryRoutes(app: App, store: Store): Promise<void> {
  app.get('/api/parties', {
    config: { policy: 'registry:read' },
    schema: {
      tags: ['registry'], summary: 'parties (enterprises, groups, authorities), a page at a time',
      querystring: Type.Object({
        kind: Type.Optional(Type.String({ maxLength: 40 })), role: Type.Optional(Type.String({ maxLength: 40 })), region: Type.Optional(Type.String({ pattern: '^\\d{2,6}$' })),
        after: Type.Optional(Type.String({ maxLength: 40 })), limit: PageLimit(PARTY_PAGE_MAX, 100),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ parties: Type.Array(PartySummary), next: Type.Optional(Type.String()) }), ...PROBLEM_RESPONSES },
    },
  }, async (request) => listParties(store, request.query));

  app.get('/api/parties/:id', {
    config: { policy: 'registry:detail' },
    schema: { tags: ['registry'], summary: 'one party with its licences, facilities, quotas and keys', params: Type.Object({ id: Type.String({ maxLength: 40 }) }), response: { 200: OpenObject, ...PROBLEM_RESPONSES } },
  }, async (request) => {
    const principal = principalOf(request);
    if (principal.role === 'enterprise' && principal.party !== request.params.id) throw forbidden('an enterprise reads its own registry entry; other parties are listed at /api/parties');
    const party = await partyDetail(store, request.params.id);
    if (party === undefined) throw notFound(`no party ${request.params.id}`);
    return party;
  });
}
