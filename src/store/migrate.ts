import { MIGRATIONS, SCHEMA_VERSION_LATEST, type ColumnTypes } from './migrations.ts';
import { StoreError } from './store.ts';

export interface MigrationSession {
  exec(statement: string): Promise<void>;
  query<Row>(statement: string): Promise<Row[]>;
}

/** What each engine provides so that the migration logic is written once. */
export interface MigrationRunner {
  types: ColumnTypes;
  /** Runs fn in one transaction that excludes every other migrating process. */
  inTransaction(fn: (session: MigrationSession) => Promise<void>): Promise<void>;
}

/** Brings the schema up to date, recording each applied version; refuses a database that a newer
 * Ytterby has written, since this version cannot know what that schema means. */
export async function migrate(runner: MigrationRunner, location: string): Promise<number> {
  let version = 0;
  await runner.inTransaction(async (session) => {
    await session.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
    );
    const rows = await session.query<{ version: number | string | null }>(`SELECT MAX(version) AS version FROM schema_migrations`);
    const current = Number(rows[0]?.version ?? 0);
    if (current > SCHEMA_VERSION_LATEST) {
      throw new StoreError(
        `the database at ${location} has schema version ${current}, written by a newer Ytterby; ` +
          `this version understands schema versions up to ${SCHEMA_VERSION_LATEST}. Upgrade Ytterby, or point --data or DATABASE_URL elsewhere.`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      for (const statement of migration.statements(runner.types)) await session.exec(statement);
      await session.exec(
        `INSERT INTO schema_migrations (version, name, applied_at) VALUES (${migration.version}, '${migration.name.replaceAll("'", "''")}', '${new Date().toISOString()}')`,
      );
    }
    version = Math.max(current, SCHEMA_VERSION_LATEST);
  });
  return version;
}
