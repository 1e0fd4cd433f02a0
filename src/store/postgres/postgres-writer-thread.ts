// The writer thread of a pipelined capture on PostgreSQL: its own connection, documents committed
// in groups under the ledger lock, so building the COPY text and waiting on the server's round
// trips happen beside the ledger's work, not between its documents (measured: a writer on the
// applying thread itself captures about a fifth fewer events per second).
import pg from 'pg';
import { parentPort, workerData } from 'node:worker_threads';
import { serveWrites, type WriterThreadData } from '../writer-thread.ts';
import { connectionOptions, groupWriter } from './capture-statements.ts';

const { store } = workerData as WriterThreadData;
const client = new pg.Client(connectionOptions(store.databaseUrl!, store.postgres?.schema));
await client.connect();
await serveWrites(parentPort!, groupWriter(client));
