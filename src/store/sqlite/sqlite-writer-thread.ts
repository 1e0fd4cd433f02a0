// The writer thread of a pipelined capture on SQLite: its own connection to the ledger file, one
// IMMEDIATE transaction per document, so SQLite's writing and fsync run beside the ledger's work.
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { serveWrites, type WriterThreadData } from '../writer-thread.ts';
import { configureConnection, prepareCaptureStatements, writeCapture } from './capture-statements.ts';
import { sqliteFilePath } from './sqlite-store.ts';

const { store } = workerData as WriterThreadData;
const connection = new BetterSqlite3(sqliteFilePath(store.dataDir!));
configureConnection(connection);
const statements = prepareCaptureStatements(connection);
const writeInTransaction = connection.transaction((changes: Parameters<typeof writeCapture>[1]) => writeCapture(statements, changes));

await serveWrites(parentPort!, async (changes) => {
  // IMMEDIATE: take the write lock before reading the head, so the check and the write are one.
  writeInTransaction.immediate(changes);
});
