// Liveness and readiness, for load balancers and orchestrators: no token, no data.
import { sql } from 'kysely';
import { Type } from '@sinclair/typebox';
import { SCHEMA_VERSION_LATEST, type Store } from '../../store/index.ts';
import type { App } from '../server.ts';

export async function healthRoutes(app: App, store: Store): Promise<void> {
  app.get('/health', { schema: { tags: ['health'], summary: 'the process is up', security: [], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({ status: 'ok' as const }));
  app.get('/ready', {
    schema: { tags: ['health'], summary: 'the database answers and its schema is current', security: [], response: { 200: Type.Object({ status: Type.Literal('ready'), engine: Type.String(), schemaVersion: Type.Integer() }), 503: Type.Object({ status: Type.Literal('unavailable'), reason: Type.String() }) } },
  }, async (_request, reply) => {
    try {
      await sql`SELECT 1`.execute(store.db);
      const row = await store.db.selectFrom('schema_migrations').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
      const version = Number(row?.version ?? 0);
      if (version !== SCHEMA_VERSION_LATEST) return reply.status(503).send({ status: 'unavailable' as const, reason: `schema version ${version}, expected ${SCHEMA_VERSION_LATEST}` });
      return { status: 'ready' as const, engine: store.engine, schemaVersion: version };
    } catch (error) {
      return reply.status(503).send({ status: 'unavailable' as const, reason: (error as Error).message });
    }
  });
}
