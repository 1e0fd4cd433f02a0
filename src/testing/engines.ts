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
    return {
      store,
      reopen: () => openStore({ dataDir }),
      async cleanup() {
        await store.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const databaseUrl = process.env['DATABASE_URL']!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const store = await openStore({ databaseUrl, postgres: { schema } });
  return {
    store,
    reopen: () => openStore({ databaseUrl, postgres: { schema } }),
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
