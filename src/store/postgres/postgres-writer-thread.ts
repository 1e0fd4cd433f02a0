// The writer thread of a pipelined capture on PostgreSQL: its own connection, one transaction per
// document under the ledger lock, so building the COPY text and the server's round trips run
// beside the ledger's work instead of between its documents.
import pg from 'pg';
import { parentPort, workerData } from 'node:worker_threads';
import { serveWrites, type WriterThreadData } from '../writer-thread.ts';
import { LEDGER_LOCK, writeCapture } from './capture-statements.ts';
import { connectionOptions } from './postgres-store.ts';

const { store } = workerData as WriterThreadData;
const client = new pg.Client(connectionOptions(store.databaseUrl!, store.postgres?.schema));
await client.connect();

await serveWrites(parentPort!, {
  async begin() {
    await client.query('BEGIN');
    await client.query(LEDGER_LOCK);
  },
  async write(changes) {
    await client.query('SAVEPOINT document');
    try {
      await writeCapture(client, changes);
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT document');
      throw error;
    } finally {
      await client.query('RELEASE SAVEPOINT document');
    }
  },
  commit: async () => void (await client.query('COMMIT')),
  rollback: async () => void (await client.query('ROLLBACK')),
});
