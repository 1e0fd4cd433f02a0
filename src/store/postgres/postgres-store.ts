// The server engine: PostgreSQL through a pg pool. Captures first take one transaction-scoped
// advisory lock, so they are serialized across every process sharing the database, and write each
// table's rows with one COPY per document.
import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { migrate, type MigrationRunner } from '../migrate.ts';
import type { AuditEventRow, CaptureReads, CaptureTransaction, CaptureWriter, FlowRow, LotRow, Store, StoreLocation, VerifyEventRow } from '../store.ts';
import { FLOW_COLUMNS, LOT_COLUMNS, StoreError } from '../store.ts';
import { startWriterThread } from '../writer-thread.ts';
import { captureReads, connectionOptions, LEDGER_LOCK, writeCapture } from './capture-statements.ts';
import { siblingModule } from '../../module-url.ts';


export interface PostgresOptions {
  /** Tables live in this schema (created if missing); tests use one schema each. */
  schema?: string;
  poolSize?: number;
}


export async function openPostgresStore(databaseUrl: string, options: PostgresOptions = {}): Promise<Store> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`schema name ${JSON.stringify(schema)} must be lower-case letters, digits and underscores`);
  }
  const pool = new pg.Pool({ ...connectionOptions(databaseUrl, schema), max: options.poolSize ?? 4 });
  const location = redactUrl(databaseUrl) + (schema === undefined ? '' : ` (schema ${schema})`);
  try {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (error) {
      throw new StoreError(`cannot reach PostgreSQL at ${location}: ${(error as Error).message}. Is the server running, and is DATABASE_URL right?`);
    }
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      const runner: MigrationRunner = {
        types: { bigint: 'BIGINT', bytes: 'BYTEA', clustered: '', updatable: ' WITH (fillfactor = 70)', engine: 'postgres' },
        async inTransaction(fn) {
          await client.query('BEGIN');
          try {
            // One migrating process at a time, whichever opens first.
            await client.query(`SELECT pg_advisory_xact_lock(hashtext('ytterby-migrations'))`);
            await fn({
              exec: async (statement) => void (await client.query(statement)),
              query: async <Row>(statement: string) => (await client.query(statement)).rows as Row[],
            });
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          }
        },
      };
      await migrate(runner, location);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool, location, { databaseUrl, postgres: options });
}

function redactUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return 'postgres (unparseable DATABASE_URL)';
  }
}

class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly db: Kysely<Database>;
  readonly location: string;
  readonly spec: StoreLocation;
  readonly reads: CaptureReads;
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool, location: string, spec: StoreLocation) {
    this.location = location;
    this.spec = spec;
    this.#pool = pool;
    this.db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    this.reads = captureReads(pool);
  }

  openCaptureWriter(): Promise<CaptureWriter> {
    return startWriterThread(siblingModule('./postgres-writer-thread.ts', import.meta.url), this.spec);
  }

  async readEventsForVerify(fromSeq: number, toSeq: number): Promise<VerifyEventRow[]> {
    const result = await this.#pool.query<VerifyEventRow>({
      // Prepared once per connection: verify runs it once per batch, hundreds of times.
      name: 'ytterby-read-events-for-verify',
      // Ordered here rather than by the server: until the table has been analyzed, as after a bulk
      // capture, the server plans a bitmap scan and a sort, which cost it more than the rest of
      // verify's reading (116,000 against 177,000 events/s once analyzed). Rows come in the order
      // they were appended, which is seq order, so the check below almost never sorts.
      text: `SELECT seq, event_id, document_id, party_id, recorded_at, body, encode(leaf_hash, 'hex'), encode(chain_hash, 'hex'), kind, event_time
             FROM events WHERE seq >= $1 AND seq < $2`,
      values: [fromSeq, toSeq],
      rowMode: 'array',
    });
    const rows = result.rows;
    for (let i = 1; i < rows.length; i += 1) {
      if (rows[i - 1]![0] > rows[i]![0]) return rows.sort((a, b) => a[0] - b[0]);
    }
    return rows;
  }

  async readEventsForAudit(fromSeq: number, toSeq: number): Promise<AuditEventRow[]> {
    const result = await this.#pool.query<AuditEventRow>({
      name: 'ytterby-read-events-for-audit',
      text: `SELECT seq, event_id, document_id, party_id, body FROM events WHERE seq >= $1 AND seq < $2 ORDER BY seq`,
      values: [fromSeq, toSeq],
      rowMode: 'array',
    });
    return result.rows;
  }

  async readFlowsForAudit(fromSeq: number, toSeq: number): Promise<FlowRow[]> {
    const result = await this.#pool.query<FlowRow>({
      name: 'ytterby-read-flows-for-audit',
      text: `SELECT ${FLOW_COLUMNS.join(', ')} FROM lot_flows WHERE seq >= $1 AND seq < $2 ORDER BY seq, ordinal`,
      values: [fromSeq, toSeq],
      rowMode: 'array',
    });
    return result.rows;
  }

  async readLotVersionsForAudit(afterId: string, limit: number): Promise<[id: string, updatedSeq: number][]> {
    const result = await this.#pool.query<[string, number]>({
      name: 'ytterby-read-lot-versions-for-audit',
      text: `SELECT id, updated_seq FROM lots WHERE id > $1 ORDER BY id LIMIT $2`,
      values: [afterId, limit],
      rowMode: 'array',
    });
    return result.rows;
  }

  async readLotRowsForAudit(ids: readonly string[]): Promise<LotRow[]> {
    const result = await this.#pool.query<LotRow>({
      name: 'ytterby-read-lot-rows-for-audit',
      text: `SELECT ${LOT_COLUMNS.join(', ')} FROM lots WHERE id = ANY($1::text[])`,
      values: [ids],
      rowMode: 'array',
    });
    return result.rows;
  }

  async registryTransaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      // The row every capture reads FOR SHARE to check the registry it judged by: an import holds it
      // from its first read to its commit, so imports run one at a time and no capture is judged
      // halfway through one.
      await sql`SELECT version FROM registry_version WHERE id = 1 FOR UPDATE`.execute(trx);
      return fn(trx);
    });
  }

  async capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query(LEDGER_LOCK);
        const transaction: CaptureTransaction = { ...captureReads(client), write: (changes) => writeCapture(client, changes) };
        const result = await fn(transaction);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
