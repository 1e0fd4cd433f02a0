import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engines, makeTestStore } from '../testing/engines.ts';
import { SCHEMA_VERSION_LATEST } from './index.ts';

for (const engine of engines()) {
  describe(`migrations on ${engine}`, () => {
    test('record the schema version, are idempotent, and refuse a database from a newer Ytterby', async () => {
      const t = await makeTestStore(engine);
      try {
        const versions = await t.store.db.selectFrom('schema_migrations').select('version').execute();
        assert.deepEqual(versions.map((v) => Number(v.version)), Array.from({ length: SCHEMA_VERSION_LATEST }, (_, i) => i + 1));
        const again = await t.reopen();
        await again.close();
        await sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${SCHEMA_VERSION_LATEST + 1}, 'from the future', '2030-01-01T00:00:00Z')`.execute(t.store.db);
        await assert.rejects(t.reopen(), (error: Error) => {
          assert.match(error.message, new RegExp(`schema version ${SCHEMA_VERSION_LATEST + 1}, written by a newer Ytterby`));
          assert.match(error.message, /Upgrade Ytterby/);
          return true;
        });
      } finally {
        await t.cleanup();
      }
    });
  });
}
