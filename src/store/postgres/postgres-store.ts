// The server engine: PostgreSQL through a pg pool. Captures first take one transaction-scoped
// advisory lock, so they are serialized across every process sharing the database, and write each
// table's rows in one statement from arrays (unnest), one round trip per table per document.
import pg from 'pg';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import type { Database, LotsTable } from '../schema.ts';
import { migrate, type MigrationRunner } from '../migrate.ts';
import { headFrontierFromText, headFrontierToText, lotFromRow, lotToRow } from '../lot-rows.ts';
import type { CaptureTransaction, CaptureWrite, LedgerHead, Store } from '../store.ts';
import { ZERO_HASH } from '../store.ts';

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
    const client = await pool.connect();
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      const runner: MigrationRunner = {
        types: { bigint: 'BIGINT', bytes: 'BYTEA', clustered: '' },
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
  return new PostgresStore(pool, location);
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

  constructor(pool: pg.Pool, location: string) {
    this.location = location;
    this.db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  }

  async capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext('ytterby-ledger-head'))`.execute(trx);
      return fn(postgresCaptureTransaction(trx));
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function postgresCaptureTransaction(trx: Transaction<Database>): CaptureTransaction {
  return {
    async readHead(): Promise<LedgerHead> {
      const row = await trx.selectFrom('ledger_head').select(['size', 'chain_hash', 'frontier']).where('id', '=', 1).executeTakeFirst();
      if (row === undefined) return { size: 0, chainHash: ZERO_HASH, frontier: [] };
      return { size: Number(row.size), chainHash: row.chain_hash, frontier: headFrontierFromText(row.frontier) };
    },
    async findEvents(partyId, eventIds) {
      if (eventIds.length === 0) return [];
      const rows = await sql<{ seq: number; event_id: string; document_id: string; recorded_at: string; body: string }>`
        SELECT seq, event_id, document_id, recorded_at, body FROM events
        WHERE party_id = ${partyId} AND event_id = ANY(${eventIds as string[]}::text[])`.execute(trx);
      return rows.rows.map((row) => ({ seq: Number(row.seq), eventId: row.event_id, documentId: row.document_id, recordedAt: row.recorded_at, body: row.body }));
    },
    async readLots(ids) {
      if (ids.length === 0) return [];
      const rows = await sql<LotsTable>`SELECT * FROM lots WHERE id = ANY(${ids as string[]}::text[])`.execute(trx);
      return rows.rows.map(lotFromRow);
    },
    async readFlows(seq) {
      return trx.selectFrom('lot_flows').selectAll().where('seq', '=', seq).orderBy('ordinal').execute();
    },
    async write(changes: CaptureWrite) {
      const d = changes.document;
      await trx.insertInto('documents').values(d).execute();
      const e = changes.events;
      await sql`INSERT INTO events (seq, party_id, event_id, document_id, kind, event_time, recorded_at, body, leaf_hash, chain_hash)
        SELECT * FROM unnest(
          ${e.map((x) => x.seq)}::bigint[], ${e.map((x) => x.party_id)}::text[], ${e.map((x) => x.event_id)}::text[],
          ${e.map((x) => x.document_id)}::text[], ${e.map((x) => x.kind)}::text[], ${e.map((x) => x.event_time)}::text[],
          ${e.map((x) => x.recorded_at)}::text[], ${e.map((x) => x.body)}::text[], ${e.map((x) => x.leaf_hash)}::bytea[],
          ${e.map((x) => x.chain_hash)}::bytea[])`.execute(trx);
      if (changes.lots.length > 0) {
        const l = changes.lots.map(lotToRow);
        await sql`INSERT INTO lots (id, holder_id, product, mass_grams, mass_grams_remaining, elements, status, destination_id,
            previous_holder_id, created_seq, updated_seq)
          SELECT * FROM unnest(
            ${l.map((x) => x.id)}::text[], ${l.map((x) => x.holder_id)}::text[], ${l.map((x) => x.product)}::text[],
            ${l.map((x) => x.mass_grams)}::bigint[], ${l.map((x) => x.mass_grams_remaining)}::bigint[], ${l.map((x) => x.elements)}::text[],
            ${l.map((x) => x.status)}::text[], ${l.map((x) => x.destination_id)}::text[],
            ${l.map((x) => x.previous_holder_id)}::text[], ${l.map((x) => x.created_seq)}::bigint[],
            ${l.map((x) => x.updated_seq)}::bigint[])
          ON CONFLICT (id) DO UPDATE SET holder_id = excluded.holder_id, mass_grams = excluded.mass_grams,
            mass_grams_remaining = excluded.mass_grams_remaining, elements = excluded.elements, status = excluded.status,
            destination_id = excluded.destination_id, previous_holder_id = excluded.previous_holder_id,
            updated_seq = excluded.updated_seq`.execute(trx);
      }
      const f = changes.flows;
      if (f.length > 0) {
        await sql`INSERT INTO lot_flows (seq, ordinal, lot_id, direction, mass_grams, elements)
          SELECT * FROM unnest(${f.map((x) => x.seq)}::bigint[], ${f.map((x) => x.ordinal)}::int[], ${f.map((x) => x.lot_id)}::text[], ${f.map((x) => x.direction)}::int[],
            ${f.map((x) => x.mass_grams)}::bigint[], ${f.map((x) => x.elements)}::text[])`.execute(trx);
      }
      const n = changes.merkleNodes;
      if (n.length > 0) {
        await sql`INSERT INTO merkle_nodes (level, idx, hash)
          SELECT * FROM unnest(${n.map((x) => x.level)}::int[], ${n.map((x) => x.idx)}::bigint[], ${n.map((x) => x.hash)}::bytea[])`.execute(trx);
      }
      const h = changes.head;
      await sql`INSERT INTO ledger_head (id, size, chain_hash, frontier, updated_at)
        VALUES (1, ${h.size}, ${h.chainHash}, ${headFrontierToText(h.frontier)}, ${changes.recordedAt})
        ON CONFLICT (id) DO UPDATE SET size = excluded.size, chain_hash = excluded.chain_hash,
          frontier = excluded.frontier, updated_at = excluded.updated_at`.execute(trx);
    },
  };
}
