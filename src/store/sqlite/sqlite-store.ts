// The embedded engine: one SQLite file in the data folder, in WAL mode. better-sqlite3 is
// synchronous, so the capture path runs its statements back to back inside one IMMEDIATE
// transaction while holding Kysely's connection, so no other query of this process can
// interleave, and the write lock keeps other processes out until it commits.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../schema.ts';
import { migrate, type MigrationRunner } from '../migrate.ts';
import { headFrontierFromText, headFrontierToText, lotFromRow, lotToRow } from '../lot-rows.ts';
import type { CaptureTransaction, CaptureWrite, EventContentRow, EventLinkRow, LedgerHead, RecordedEventRef, Store, StoreLocation } from '../store.ts';
import { DuplicateEventError, StoreError, ZERO_HASH } from '../store.ts';
import type { LotFlowsTable, LotsTable } from '../schema.ts';

export const SQLITE_FILE_NAME = 'ytterby.db';

/** Captures in progress per database file in this process; see SqliteStore.capture. */
const captureQueues = new Map<string, Promise<void>>();

/** SQLite's limit on host parameters per statement is 32,766; stay well inside it. */
const IN_LIST_CHUNK = 500;

export async function openSqliteStore(dataDir: string): Promise<Store> {
  const directory = resolve(dataDir);
  try {
    mkdirSync(directory, { recursive: true });
  } catch (error) {
    throw new StoreError(`cannot use ${directory} as the data folder: ${(error as NodeJS.ErrnoException).code === 'EEXIST' || (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message}`);
  }
  const path = join(directory, SQLITE_FILE_NAME);
  let connection: BetterSqlite3.Database;
  try {
    connection = new BetterSqlite3(path);
  } catch (error) {
    throw new StoreError(`cannot open the database ${path}: ${(error as Error).message}`);
  }
  connection.pragma('journal_mode = WAL');
  // FULL: a ledger must not lose a committed document on power loss; one fsync per document.
  connection.pragma('synchronous = FULL');
  connection.pragma('busy_timeout = 30000');
  connection.pragma('foreign_keys = ON');
  const runner: MigrationRunner = {
    types: { bigint: 'INTEGER', bytes: 'BLOB', clustered: ' WITHOUT ROWID', updatable: '' },
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
  readonly #connection: BetterSqlite3.Database;
  readonly #statements: ReturnType<typeof prepareStatements>;

  constructor(connection: BetterSqlite3.Database, path: string, spec: StoreLocation) {
    this.spec = spec;
    this.#connection = connection;
    this.location = path;
    this.db = new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
    this.#statements = prepareStatements(connection);
  }

  async readEventLinks(fromSeq: number, limit: number): Promise<EventLinkRow[]> {
    return this.#statements.readEventLinks.all(fromSeq, limit) as EventLinkRow[];
  }

  async readEventContents(fromSeq: number, limit: number): Promise<EventContentRow[]> {
    return this.#statements.readEventContents.all(fromSeq, limit) as EventContentRow[];
  }

  async capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T> {
    // Two stores of one process on the same file would block each other inside SQLite's busy
    // wait, which stops the thread that holds the lock; queue them here instead.
    const previous = captureQueues.get(this.location) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const queued = previous.then(() => mine);
    captureQueues.set(this.location, queued);
    await previous;
    try {
      return await this.#captureNow(fn);
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
    const statements = this.#statements;
    return {
      async readHead(): Promise<LedgerHead> {
        const row = statements.readHead.get() as { size: number; chain_hash: Buffer; frontier: string } | undefined;
        if (row === undefined) return { size: 0, chainHash: ZERO_HASH, frontier: [] };
        return { size: row.size, chainHash: row.chain_hash, frontier: headFrontierFromText(row.frontier) };
      },
      async findEvents(partyId, eventIds) {
        const found: RecordedEventRef[] = [];
        for (let start = 0; start < eventIds.length; start += IN_LIST_CHUNK) {
          const chunk = eventIds.slice(start, start + IN_LIST_CHUNK);
          const rows = statements.inList(
            `SELECT seq, event_id, document_id, recorded_at, body FROM events WHERE party_id = ? AND event_id IN`,
            chunk.length,
          ).all(partyId, ...chunk) as { seq: number; event_id: string; document_id: string; recorded_at: string; body: string }[];
          for (const row of rows) {
            found.push({ seq: row.seq, eventId: row.event_id, documentId: row.document_id, recordedAt: row.recorded_at, body: row.body });
          }
        }
        return found;
      },
      async readLots(ids) {
        const lots = [];
        for (let start = 0; start < ids.length; start += IN_LIST_CHUNK) {
          const chunk = ids.slice(start, start + IN_LIST_CHUNK);
          const rows = statements.inList(`SELECT * FROM lots WHERE id IN`, chunk.length).all(...chunk) as LotsTable[];
          for (const row of rows) lots.push(lotFromRow(row));
        }
        return lots;
      },
      async readFlows(seq) {
        return statements.readFlows.all(seq) as LotFlowsTable[];
      },
      async write(changes: CaptureWrite) {
        const d = changes.document;
        statements.insertDocument.run(
          d.id, d.party_id, d.key_id, d.signature, d.created_at, d.recorded_at, d.first_seq, d.event_count,
        );
        try {
          for (const e of changes.events) {
            statements.insertEvent.run(
              e.seq, e.party_id, e.event_id, e.document_id, e.kind, e.event_time, e.recorded_at, e.body, e.leaf_hash, e.chain_hash,
            );
          }
        } catch (error) {
          if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /events\.party_id, events\.event_id/.test((error as Error).message)) {
            throw new DuplicateEventError('an event id was recorded before', { cause: error });
          }
          throw error;
        }
        for (const lot of changes.lots) {
          const r = lotToRow(lot);
          statements.upsertLot.run(
            r.id, r.holder_id, r.product, r.mass_grams, r.mass_grams_remaining, r.elements, r.status, r.destination_id,
            r.previous_holder_id, r.created_seq, r.updated_seq,
          );
        }
        for (const f of changes.flows) statements.insertFlow.run(f.seq, f.ordinal, f.lot_id, f.direction, f.mass_grams, f.elements);
        for (const n of changes.merkleNodes) statements.insertNode.run(n.level, n.idx, n.hash);
        const h = changes.head;
        statements.writeHead.run(h.size, h.chainHash, headFrontierToText(h.frontier), changes.recordedAt);
      },
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function placeholders(count: number): string {
  return new Array<string>(count).fill('?').join(',');
}

function prepareStatements(connection: BetterSqlite3.Database) {
  const inLists = new Map<string, BetterSqlite3.Statement>();
  return {
    /** `prefix (?, ?, …)` with `count` placeholders, prepared once per distinct count. */
    inList(prefix: string, count: number): BetterSqlite3.Statement {
      const key = `${prefix}:${count}`;
      let statement = inLists.get(key);
      if (statement === undefined) {
        statement = connection.prepare(`${prefix} (${placeholders(count)})`);
        inLists.set(key, statement);
      }
      return statement;
    },
    readHead: connection.prepare(`SELECT size, chain_hash, frontier FROM ledger_head WHERE id = 1`),
    readEventLinks: connection.prepare(`SELECT seq, event_id, recorded_at, leaf_hash, chain_hash FROM events WHERE seq >= ? ORDER BY seq LIMIT ?`).raw(true),
    readEventContents: connection.prepare(`SELECT seq, event_id, document_id, party_id, body, leaf_hash FROM events WHERE seq >= ? ORDER BY seq LIMIT ?`).raw(true),
    insertDocument: connection.prepare(
      `INSERT INTO documents (id, party_id, key_id, signature, created_at, recorded_at, first_seq, event_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: connection.prepare(
      `INSERT INTO events (seq, party_id, event_id, document_id, kind, event_time, recorded_at, body, leaf_hash, chain_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertLot: connection.prepare(
      `INSERT INTO lots (id, holder_id, product, mass_grams, mass_grams_remaining, elements, status, destination_id,
         previous_holder_id, created_seq, updated_seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET holder_id = excluded.holder_id, mass_grams = excluded.mass_grams,
         mass_grams_remaining = excluded.mass_grams_remaining, elements = excluded.elements, status = excluded.status,
         destination_id = excluded.destination_id, previous_holder_id = excluded.previous_holder_id,
         updated_seq = excluded.updated_seq`,
    ),
    readFlows: connection.prepare(`SELECT * FROM lot_flows WHERE seq = ? ORDER BY ordinal`),
    insertFlow: connection.prepare(
      `INSERT INTO lot_flows (seq, ordinal, lot_id, direction, mass_grams, elements) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertNode: connection.prepare(`INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)`),
    writeHead: connection.prepare(
      `INSERT INTO ledger_head (id, size, chain_hash, frontier, updated_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET size = excluded.size, chain_hash = excluded.chain_hash,
         frontier = excluded.frontier, updated_at = excluded.updated_at`,
    ),
  };
}
