// The server engine: PostgreSQL through a pg pool. Captures first take one transaction-scoped
// advisory lock, so they are serialized across every process sharing the database, and write each
// table's rows with one COPY per document.
import pg from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect } from 'kysely';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, LotFlowsTable, LotsTable } from '../schema.ts';
import { migrate, type MigrationRunner } from '../migrate.ts';
import { headFrontierFromText, headFrontierToText, lotFromRow, lotToRow } from '../lot-rows.ts';
import type { CaptureTransaction, CaptureWrite, EventContentRow, EventLinkRow, LedgerHead, Store, StoreLocation } from '../store.ts';
import { DuplicateEventError, StoreError, ZERO_HASH } from '../store.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

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
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 4,
    // Grams and sequence numbers stay below 2^53 (limits.ts), so 64-bit integers read as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID || oid === NUMERIC_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
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
        types: { bigint: 'BIGINT', bytes: 'BYTEA', clustered: '', updatable: ' WITH (fillfactor = 70)' },
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
  readonly #pool: pg.Pool;

  constructor(pool: pg.Pool, location: string, spec: StoreLocation) {
    this.location = location;
    this.spec = spec;
    this.#pool = pool;
    this.db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }

  async readEventLinks(fromSeq: number, limit: number): Promise<EventLinkRow[]> {
    const result = await this.#pool.query<EventLinkRow>({
      text: `SELECT seq, event_id, recorded_at, leaf_hash, chain_hash FROM events WHERE seq >= $1 ORDER BY seq LIMIT $2`,
      values: [fromSeq, limit],
      rowMode: 'array',
    });
    return result.rows;
  }

  async readEventContents(fromSeq: number, limit: number): Promise<EventContentRow[]> {
    const result = await this.#pool.query<EventContentRow>({
      text: `SELECT seq, event_id, document_id, party_id, body, leaf_hash FROM events WHERE seq >= $1 ORDER BY seq LIMIT $2`,
      values: [fromSeq, limit],
      rowMode: 'array',
    });
    return result.rows;
  }

  async capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      try {
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('ytterby-ledger-head'))`);
        const result = await fn(postgresCaptureTransaction(client));
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

function postgresCaptureTransaction(client: pg.PoolClient): CaptureTransaction {
  return {
    async readHead(): Promise<LedgerHead> {
      const { rows } = await client.query<{ size: number; chain_hash: Buffer; frontier: string }>(`SELECT size, chain_hash, frontier FROM ledger_head WHERE id = 1`);
      const row = rows[0];
      if (row === undefined) return { size: 0, chainHash: ZERO_HASH, frontier: [] };
      return { size: Number(row.size), chainHash: row.chain_hash, frontier: headFrontierFromText(row.frontier) };
    },
    async findEvents(partyId, eventIds) {
      if (eventIds.length === 0) return [];
      const { rows } = await client.query<{ seq: number; event_id: string; document_id: string; recorded_at: string; body: string }>(
        `SELECT seq, event_id, document_id, recorded_at, body FROM events WHERE party_id = $1 AND event_id = ANY($2::text[])`,
        [partyId, eventIds],
      );
      return rows.map((row) => ({ seq: Number(row.seq), eventId: row.event_id, documentId: row.document_id, recordedAt: row.recorded_at, body: row.body }));
    },
    async readLots(ids) {
      if (ids.length === 0) return [];
      const { rows } = await client.query<LotsTable>(`SELECT * FROM lots WHERE id = ANY($1::text[])`, [ids]);
      return rows.map(lotFromRow);
    },
    async readFlows(seq) {
      const { rows } = await client.query<LotFlowsTable>(`SELECT * FROM lot_flows WHERE seq = $1 ORDER BY ordinal`, [seq]);
      return rows;
    },
    async write(changes: CaptureWrite) {
      const d = changes.document;
      await client.query(
        `INSERT INTO documents (id, party_id, key_id, signature, created_at, recorded_at, first_seq, event_count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [d.id, d.party_id, d.key_id, d.signature, d.created_at, d.recorded_at, d.first_seq, d.event_count],
      );
      try {
        await copyRows(client, 'events', EVENT_COLUMNS, changes.events);
      } catch (error) {
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code === '23505' && constraint === 'events_party_event') throw new DuplicateEventError('an event id was recorded before', { cause: error });
        throw error;
      }
      await copyRows(client, 'lot_flows', FLOW_COLUMNS, changes.flows);
      await copyRows(client, 'merkle_nodes', NODE_COLUMNS, changes.merkleNodes);
      if (changes.lots.length > 0) {
        // COPY cannot upsert: stage the lots in a temporary table, then merge them in one statement.
        await client.query(`CREATE TEMP TABLE IF NOT EXISTS lots_stage (LIKE lots) ON COMMIT DELETE ROWS`);
        await copyRows(client, 'lots_stage', LOT_COLUMNS, changes.lots.map(lotToRow));
        await client.query(`INSERT INTO lots SELECT * FROM lots_stage
          ON CONFLICT (id) DO UPDATE SET holder_id = excluded.holder_id, mass_grams = excluded.mass_grams,
            mass_grams_remaining = excluded.mass_grams_remaining, elements = excluded.elements, status = excluded.status,
            destination_id = excluded.destination_id, previous_holder_id = excluded.previous_holder_id,
            updated_seq = excluded.updated_seq`);
      }
      const h = changes.head;
      await client.query(
        `INSERT INTO ledger_head (id, size, chain_hash, frontier, updated_at) VALUES (1, $1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET size = excluded.size, chain_hash = excluded.chain_hash,
           frontier = excluded.frontier, updated_at = excluded.updated_at`,
        [h.size, h.chainHash, headFrontierToText(h.frontier), changes.recordedAt],
      );
    },
  };
}

const EVENT_COLUMNS = ['seq', 'party_id', 'event_id', 'document_id', 'kind', 'event_time', 'recorded_at', 'body', 'leaf_hash', 'chain_hash'] as const;
const FLOW_COLUMNS = ['seq', 'ordinal', 'lot_id', 'direction', 'mass_grams', 'elements'] as const;
const NODE_COLUMNS = ['level', 'idx', 'hash'] as const;
const LOT_COLUMNS = [
  'id', 'holder_id', 'product', 'mass_grams', 'mass_grams_remaining', 'elements', 'status', 'destination_id',
  'previous_holder_id', 'created_seq', 'updated_seq',
] as const;

/** COPY … FROM STDIN in text format: the server's fastest way in, several times an INSERT's rate. */
async function copyRows<Row extends object>(client: pg.PoolClient, table: string, columns: readonly (keyof Row & string)[], rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return;
  let text = '';
  for (const row of rows) {
    for (let i = 0; i < columns.length; i += 1) text += (i === 0 ? '' : '\t') + copyField(row[columns[i]!]);
    text += '\n';
  }
  await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}

function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : text;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
