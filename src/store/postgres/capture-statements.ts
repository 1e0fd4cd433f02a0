// The capture path's statements on PostgreSQL, shared by the store's own capture transactions and
// by the writer thread of a pipelined capture (postgres-writer-thread.ts), so both write
// identically: each table's rows in one COPY per document.
import type pg from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { headFrontierFromText, headFrontierToText, lotFromRow } from '../lot-rows.ts';
import type { LotFlowsTable, LotsTable } from '../schema.ts';
import type { CaptureReads, CaptureWrite, LedgerHead } from '../store.ts';
import type { GroupWriter } from '../group-commit.ts';
import { ALERT_COLUMNS, DuplicateEventError, HASH_BYTES, StaleHeadError, StoreError, ZERO_HASH } from '../store.ts';

/** Serializes captures across every process sharing the database, for one transaction. */
export const LEDGER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('ytterby-ledger-head'))`;

type Queryable = pg.Pool | pg.PoolClient | pg.Client;

export function captureReads(db: Queryable): CaptureReads {
  return {
    readHead: () => readHead(db),
    async findEvents(partyId, eventIds) {
      if (eventIds.length === 0) return [];
      const { rows } = await db.query<{ seq: number; event_id: string; document_id: string; recorded_at: string; body: string }>(
        `SELECT seq, event_id, document_id, recorded_at, body FROM events WHERE party_id = $1 AND event_id = ANY($2::text[])`,
        [partyId, eventIds],
      );
      return rows.map((row) => ({ seq: Number(row.seq), eventId: row.event_id, documentId: row.document_id, recordedAt: row.recorded_at, body: row.body }));
    },
    async readLots(ids) {
      if (ids.length === 0) return [];
      const { rows } = await db.query<LotsTable>(`SELECT * FROM lots WHERE id = ANY($1::text[])`, [ids]);
      return rows.map(lotFromRow);
    },
    async readFlows(seq) {
      const { rows } = await db.query<LotFlowsTable>(`SELECT * FROM lot_flows WHERE seq = $1 ORDER BY ordinal`, [seq]);
      return rows;
    },
  };
}

async function readHead(db: Queryable): Promise<LedgerHead> {
  const { rows } = await db.query<{ size: number; chain_hash: Buffer; frontier: string }>(`SELECT size, chain_hash, frontier FROM ledger_head WHERE id = 1`);
  const row = rows[0];
  if (row === undefined) return { size: 0, chainHash: ZERO_HASH, frontier: [] };
  return { size: Number(row.size), chainHash: row.chain_hash, frontier: headFrontierFromText(row.frontier) };
}

/** Group commits on a connection of their own (see group-commit.ts). */
export function groupWriter(client: pg.Client): GroupWriter {
  return {
    async begin() {
      if (!clientsWithStage.has(client)) {
        await client.query(CREATE_LOTS_STAGE);
        clientsWithStage.add(client);
      }
      await client.query(`BEGIN; ${LEDGER_LOCK}`);
    },
    async write(changes) {
      try {
        await writeCapture(client, changes, 'SAVEPOINT document');
      } catch (error) {
        await client.query('ROLLBACK TO SAVEPOINT document');
        throw error;
      } finally {
        await client.query('RELEASE SAVEPOINT document');
      }
    },
    commit: async () => void (await client.query('COMMIT')),
    rollback: async () => void (await client.query('ROLLBACK')),
  };
}

const CREATE_LOTS_STAGE = `CREATE TEMP TABLE IF NOT EXISTS lots_stage (LIKE lots) ON COMMIT DELETE ROWS`;

/** Connections whose session has the lots staging table for good: created outside a transaction,
 * which a rollback would otherwise take back with it. */
const clientsWithStage = new WeakSet<pg.PoolClient | pg.Client>();

/** Writes one document's changes; the caller holds the transaction and the ledger lock. */
/** Writes one document's changes; the caller holds the transaction and the ledger lock. The
 * statements that are not COPYs travel in two simple queries, values written as literals, since
 * each round trip to the server is a wait on the capture's critical path. `first` (a savepoint)
 * runs in the same round trip as the head check. */
export async function writeCapture(client: pg.PoolClient | pg.Client, changes: CaptureWrite, first?: string): Promise<void> {
  const expected = changes.expectedHead;
  const opening = await simpleQuery(client, [
    ...(first === undefined ? [] : [first]),
    `SELECT size, encode(chain_hash, 'hex') AS chain_hash FROM ledger_head WHERE id = 1`,
    `INSERT INTO documents (id, party_id, key_id, signature, created_at, recorded_at, first_seq, event_count) VALUES (${literals(client, changes.document)})`,
  ]);
  const head = opening[first === undefined ? 0 : 1]!.rows[0] as { size: number; chain_hash: string } | undefined;
  const storedSize = head === undefined ? 0 : Number(head.size);
  const storedChain = head === undefined ? ZERO_HASH.toString('hex') : head.chain_hash;
  if (storedSize !== expected.size || storedChain !== expected.chainHash.toString('hex')) {
    throw new StaleHeadError(`the log has ${storedSize} events, not the ${expected.size} this document was applied to: another writer came first`);
  }
  try {
    const { events, leafHashes, chainHashes } = changes;
    await copyRows(client, 'events', EVENT_COLUMNS, events.length, (i) => {
      const at = i * HASH_BYTES;
      return `${copyFields(events[i]!)}\t${byteaField(leafHashes.subarray(at, at + HASH_BYTES))}\t${byteaField(chainHashes.subarray(at, at + HASH_BYTES))}`;
    });
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'events_party_event') throw new DuplicateEventError('an event id was recorded before', { cause: error });
    throw error;
  }
  await copyRows(client, 'lot_flows', FLOW_COLUMNS, changes.flows.length, (i) => copyFields(changes.flows[i]!));
  await copyRows(client, 'merkle_nodes', NODE_COLUMNS, changes.merkleNodes.length, (i) => copyFields(changes.merkleNodes[i]!));
  try {
    await copyRows(client, 'lots', LOT_COLUMNS, changes.newLots.length, (i) => copyFields(changes.newLots[i]!));
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === '23505' && constraint === 'lots_pkey') throw new StoreError('a new lot\'s id exists already', { cause: error });
    throw error;
  }
  const closing: string[] = [];
  if (changes.changedLots.length > 0) {
    // COPY cannot update: stage the lots in a temporary table, then update from it in one statement.
    if (!clientsWithStage.has(client)) await client.query(CREATE_LOTS_STAGE);
    await copyRows(client, 'lots_stage', LOT_COLUMNS, changes.changedLots.length, (i) => copyFields(changes.changedLots[i]!));
    closing.push(`UPDATE lots SET holder_id = s.holder_id, product = s.product, mass_grams = s.mass_grams,
        mass_grams_remaining = s.mass_grams_remaining, elements = s.elements, status = s.status, destination_id = s.destination_id,
        previous_holder_id = s.previous_holder_id, updated_seq = s.updated_seq, origin = s.origin
      FROM lots_stage s WHERE lots.id = s.id AND lots.created_seq = s.created_seq`);
    // The stage empties itself only at commit, and a group commit writes several documents in
    // one transaction: the next document must not find this one's lots there.
    closing.push('DELETE FROM lots_stage');
  }
  if (changes.alerts.length > 0) {
    closing.push(`INSERT INTO alerts (${ALERT_COLUMNS.join(', ')})
      VALUES ${changes.alerts.map((alert) => `(${literals(client, alert)})`).join(', ')}
      ON CONFLICT (fingerprint) DO NOTHING`);
  }
  const h = changes.head;
  closing.push(`INSERT INTO ledger_head (id, size, chain_hash, frontier, updated_at)
     VALUES (1, ${literals(client, [h.size, h.chainHash, headFrontierToText(h.frontier), changes.recordedAt])})
     ON CONFLICT (id) DO UPDATE SET size = excluded.size, chain_hash = excluded.chain_hash,
       frontier = excluded.frontier, updated_at = excluded.updated_at`);
  const results = await simpleQuery(client, closing);
  if (changes.changedLots.length > 0 && results[0]!.rowCount !== changes.changedLots.length) {
    throw new StoreError(`assertion: ${changes.changedLots.length - (results[0]!.rowCount ?? 0)} changed lot(s) are not in the database`);
  }
}

/** Several statements in one round trip (the simple query protocol); one result per statement. */
async function simpleQuery(client: pg.PoolClient | pg.Client, statements: string[]): Promise<pg.QueryResult[]> {
  const result = (await client.query(statements.join(';\n'))) as pg.QueryResult | pg.QueryResult[];
  return Array.isArray(result) ? result : [result];
}

/** Values as SQL literals, for statements sent without parameters: strings quoted by the driver's
 * own escaping, bytes through decode(), numbers as they are (all safe integers here). */
function literals(client: pg.PoolClient | pg.Client, values: readonly (string | number | Buffer | null)[]): string {
  return values.map((value) => {
    if (value === null) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isSafeInteger(value)) throw new StoreError(`assertion: ${value} is not a safe integer`);
      return String(value);
    }
    if (Buffer.isBuffer(value)) return `decode('${value.toString('hex')}', 'hex')`;
    return client.escapeLiteral(value);
  }).join(', ');
}

const EVENT_COLUMNS = ['seq', 'party_id', 'event_id', 'document_id', 'kind', 'event_time', 'recorded_at', 'body', 'leaf_hash', 'chain_hash'] as const;
const FLOW_COLUMNS = ['seq', 'ordinal', 'lot_id', 'direction', 'mass_grams', 'elements'] as const;
const NODE_COLUMNS = ['level', 'idx', 'hash'] as const;
const LOT_COLUMNS = [
  'id', 'holder_id', 'product', 'mass_grams', 'mass_grams_remaining', 'elements', 'status', 'destination_id',
  'previous_holder_id', 'created_seq', 'updated_seq', 'origin', 'custody',
] as const;

/** COPY … FROM STDIN in text format: the server's fastest way in, several times an INSERT's rate. */
async function copyRows(client: pg.PoolClient | pg.Client, table: string, columns: readonly string[], count: number, line: (i: number) => string): Promise<void> {
  if (count === 0) return;
  let text = '';
  for (let i = 0; i < count; i += 1) text += `${line(i)}\n`;
  await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)));
}

function copyFields(row: readonly unknown[]): string {
  let text = '';
  for (let i = 0; i < row.length; i += 1) text += (i === 0 ? '' : '\t') + copyField(row[i]);
  return text;
}

function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  if (Buffer.isBuffer(value)) return byteaField(value);
  const text = String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!) : text;
}

function byteaField(bytes: Buffer): string {
  return `\\\\x${bytes.toString('hex')}`;
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
