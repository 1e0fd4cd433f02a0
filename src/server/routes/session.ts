// The caller's own session: who the token is, for which party, and the policies its role is
// granted, so the web app shows each role the pages the API lets it read (the API still decides).
import { Type } from '@sinclair/typebox';
import { policiesOf } from '../policies.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { PROBLEM_RESPONSES, principalOf } from './context.ts';

const Session = Type.Object({
  name: Type.String(), role: Type.String(), policies: Type.Array(Type.String()),
  party: Type.Union([Type.Object({ id: Type.String(), nameZh: Type.String(), nameEn: Type.String(), region: Type.String() }), Type.Null()]),
});

export async function sessionRoutes(app: App, store: Store): Promise<void> {
  app.get('/api/session', {
    config: { policy: 'session:read' },
    schema: { tags: ['session'], summary: 'the token\'s name, role, party and the policies it is granted', response: { 200: Session, ...PROBLEM_RESPONSES } },
  }, async (request) => {
    const principal = principalOf(request);
    const partyId = principal.role === 'enterprise' ? principal.party : undefined;
    const party = partyId === undefined ? undefined
      : await store.db.selectFrom('parties').select(['id', 'name_zh', 'name_en', 'region']).where('id', '=', partyId).executeTakeFirst();
    return {
      name: principal.name, role: principal.role, policies: policiesOf(principal.role),
      party: party === undefined ? null : { id: party.id, nameZh: party.name_zh, nameEn: party.name_en, region: party.region },
    };
  });
}
