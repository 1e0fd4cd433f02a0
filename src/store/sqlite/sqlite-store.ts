// The embedded engine: one SQLite file in the data folder, in WAL mode. better-sqlite3 is
// synchronous, so the capture path runs its statements back to back inside one IMMEDIATE
// transaction while holding Kysely's connection, so no other query of this process can
// interleave, and the write lock keeps other processes out until it commits.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { migrate, type MigrationRunner } from '../migrate.ts';
import type { AuditEventRow, CaptureReads, CaptureTransaction, CaptureWriter, FlowRow, LotRow, Store, StoreLocation, VerifyEventRow } from '../store.ts';
import { FLOW_COLUMNS, LOT_COLUMNS, StoreError } from '../store.ts';
import { startWriterThread } from '../writer-thread.ts';
import { captureReads, configureConnection, prepareCaptureStatements, sqliteFilePath, writeCapture, type CaptureStatements } from './capture-statements.ts';
import { siblingModule } from '../../module-url.ts';

/** Captures in progress per database file in this process; see SqliteStore.capture. */
const captureQueues = new Map<string, Promise<void>>();

export async function openSqliteStore(dataDir: string): Promise<Store> {
  const directory = resolve(dataDir);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot use ${directory} as the data folder: ${(error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message}`);
  }
  const path = sqliteFilePath(directory);
  let connection: BetterSqlite3.Database;
  try {
    connection = new BetterSqlite3(path);
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${(error as Error).message}`);
  }
  configureConnection(connection);
  const runner: MigrationRunner = {
    types: { bigint: 'INTEGER', bytes: 'BLOB', clustered: ' WITHOUT ROWID', updatable: '', engine: 'sqlite' },
    async inTransaction(fn) {
      connection.exec('BEGIN IMMEDIATE');
      try {
        await fn({
          exec: async (statement) => void connection.exec(statement),
          query: async <Row>(statement: string) => connection.prepare(statement).all() as Row[],
        });
        connection.exec('COMMIT');
      } catch (error) {
        connection.exec('ROLLBACK');
        throw error;
      }
    },
  };
  try {
    await migrate(runner, path);
  } catch (error) {
    connection.close();
    throw error;
  }
  return new SqliteStore(connection, path, { dataDir: directory });
}

class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly db: Kysely<Database>;
  readonly location: string;
  readonly spec: StoreLocation;
  readonly reads: CaptureReads;
  readonly #connection: BetterSqlite3.Database;
  readonly #statements: ReturnType<typeof prepareStatements>;
  readonly #capture: CaptureStatements;

  constructor(connection: BetterSqlite3.Database, path: string, spec: StoreLocation) {
    this.spec = spec;
    this.#connection = connection;
    this.location = path;
    this.db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
    this.#statements = prepareStatements(connection);
    this.#capture = prepareCaptureStatements(connection);
    this.reads = captureReads(this.#capture);
  }

  openCaptureWriter(): Promise<CaptureWriter> {
    return startWriterThread(siblingModule('./sqlite-writer-thread.ts', import.meta.url), this.spec);
  }

  async readEventsForVerify(fromSeq: number, toSeq: number): Promise<VerifyEventRow[]> {
    return this.#statements.readEventsForVerify.all(fromSeq, toSeq) as VerifyEventRow[];
  }

  async readEventsForAudit(fromSeq: number, toSeq: number): Promise<AuditEventRow[]> {
    return this.#statements.readEventsForAudit.all(fromSeq, toSeq) as AuditEventRow[];
  }

  async readFlowsForAudit(fromSeq: number, toSeq: number): Promise<FlowRow[]> {
    return this.#statements.readFlowsForAudit.all(fromSeq, toSeq) as FlowRow[];
  }

  async readLotVersionsForAudit(afterId: string, limit: number): Promise<[id: string, updatedSeq: number][]> {
    return this.#statements.readLotVersionsForAudit.all(afterId, limit) as [string, number][];
  }

  async readLotRowsForAudit(ids: readonly string[]): Promise<LotRow[]> {
    const rows: LotRow[] = [];
    for (let start = 0; start < ids.length; start += AUDIT_LOT_IDS_PER_READ) {
      const chunk = ids.slice(start, start + AUDIT_LOT_IDS_PER_READ);
      const statement = chunk.length === AUDIT_LOT_IDS_PER_READ
        ? this.#statements.readLotRowsForAudit
        : this.#connection.prepare(`${READ_LOT_ROWS} (${chunk.map(() => '?').join(',')})`).raw(true);
      for (const row of statement.all(...chunk)) rows.push(row as LotRow);
    }
    return rows;
  }

  async capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T> {
    return this.#queued(() => this.#captureNow(fn));
  }

  async registryTransaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.#queued(() => this.db.connection().execute(async (db) => {
      // IMMEDIATE takes the write lock before the first read, so another process's change cannot
      // come between what fn reads and what it writes.
      await sql`BEGIN IMMEDIATE`.execute(db);
      try {
        const result = await fn(db);
        await sql`COMMIT`.execute(db);
        return result;
      } catch (error) {
        if (this.#connection.inTransaction) await sql`ROLLBACK`.execute(db);
        throw error;
      }
    }));
  }

  /** Runs one write transaction of this process's stores on this file at a time. */
  async #queued<T>(run: () => Promise<T>): Promise<T> {
    // Two stores of one process on the same file would block each other inside SQLite's busy
    // wait, which stops the thread that holds the lock; queue them here instead.
    const previous = captureQueues.get(this.location) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const queued = previous.then(() => mine);
    captureQueues.set(this.location, queued);
    await previous;
    try {
      return await run();
    } finally {
      release();
      if (captureQueues.get(this.location) === queued) captureQueues.delete(this.location);
    }
  }

  async #captureNow<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async () => {
      const connection = this.#connection;
      connection.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.#transaction());
        connection.exec('COMMIT');
        return result;
      } catch (error) {
        if (connection.inTransaction) connection.exec('ROLLBACK');
        throw error;
      }
    });
  }

  #transaction(): CaptureTransaction {
    const statements = this.#capture;
    return {
      ...this.reads,
      async write(changes) {
        writeCapture(statements, changes);
      },
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

/** Ids per statement when the deep check reads lots by id: a fixed count, so one prepared statement
 * serves every full chunk (a JSON array through json_each took 10–25% longer per lot). */
const AUDIT_LOT_IDS_PER_READ = 500;
const READ_LOT_ROWS = `SELECT ${LOT_COLUMNS.join(', ')} FROM lots WHERE id IN`;

function prepareStatements(connection: BetterSqlite3.Database) {
  return {
    readEventsForVerify: connection.prepare(
      `SELECT seq, event_id, document_id, party_id, recorded_at, body, lower(hex(leaf_hash)), lower(hex(chain_hash)), kind, event_time
       FROM events WHERE seq >= ? AND seq < ? ORDER BY seq`,
    ).raw(true),
    readEventsForAudit: connection.prepare(`SELECT seq, event_id, document_id, party_id, body FROM events WHERE seq >= ? AND seq < ? ORDER BY seq`).raw(true),
    readFlowsForAudit: connection.prepare(`SELECT ${FLOW_COLUMNS.join(', ')} FROM lot_flows WHERE seq >= ? AND seq < ? ORDER BY seq, ordinal`).raw(true),
    readLotVersionsForAudit: connection.prepare(`SELECT id, updated_seq FROM lots WHERE id > ? ORDER BY id LIMIT ?`).raw(true),
    readLotRowsForAudit: connection.prepare(`${READ_LOT_ROWS} (${new Array<string>(AUDIT_LOT_IDS_PER_READ).fill('?').join(',')})`).raw(true),
  };
}
