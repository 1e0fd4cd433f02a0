// Runs a storage test on every engine at hand: SQLite always, PostgreSQL when DATABASE_URL is set
// (in a schema of its own, dropped afterwards), so the same assertions hold on both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore, type Engine, type Store } from '../store/index.ts';

export interface TestStore {
  store: Store;
  /** Opens another store on the same data (another "process"). */
  reopen(): Promise<Store>;
  /** How a `ytterby` process of its own reaches the same data: its `--data` folder and its
   * environment (DATABASE_URL naming the test's schema, or unset for SQLite). */
  processAccess: { dataDir: string; env: NodeJS.ProcessEnv };
  cleanup(): Promise<void>;
}

export function engines(): Engine[] {
  const url = process.env['DATABASE_URL'];
  return url === undefined || url === '' ? ['sqlite'] : ['sqlite', 'postgres'];
}

export async function makeTestStore(engine: Engine): Promise<TestStore> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'ytterby-test-'));
    const store = await openStore({ dataDir });
    const env = { ...process.env };
    delete env['DATABASE_URL'];
    return {
      store,
      reopen: () => openStore({ dataDir }),
      processAccess: { dataDir, env },
      async cleanup() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const databaseUrl = process.env['DATABASE_URL']!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl, postgres: { schema } });
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    store,
    reopen: () => openStore({ databaseUrl, postgres: { schema } }),
    // --data is ignored when DATABASE_URL is set; the folder named is the system's temporary one.
    processAccess: { dataDir: tmpdir(), env: { ...process.env, DATABASE_URL: url.toString() } },
    async cleanup() {
      await store.close();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
