// The writer thread of a pipelined capture on SQLite: its own connection to the ledger file, one
// IMMEDIATE transaction per document, so SQLite's writing and fsync run beside the ledger's work.
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { serveWrites, type WriterThreadData } from '../writer-thread.ts';
import { configureConnection, prepareCaptureStatements, sqliteFilePath, writeCapture } from './capture-statements.ts';

const { store } = workerData as WriterThreadData;
const connection = new BetterSqlite3(sqliteFilePath(store.dataDir!));
configureConnection(connection);
const statements = prepareCaptureStatements(connection);
const sql = (text: string) => connection.prepare(text);
const begin = sql('BEGIN IMMEDIATE');
const savepoint = sql('SAVEPOINT document');
const release = sql('RELEASE document');
const undo = sql('ROLLBACK TO document');
const commit = sql('COMMIT');

await serveWrites(parentPort!, {
  // IMMEDIATE: take the write lock before reading the head, so the checks and the writes are one.
  begin: async () => void begin.run(),
  async write(changes) {
    savepoint.run();
    try {
      writeCapture(statements, changes);
    } catch (error) {
      undo.run();
      throw error;
    } finally {
      release.run();
    }
  },
  commit: async () => void commit.run(),
  async rollback() {
    if (connection.inTransaction) connection.exec('ROLLBACK');
  },
});
