// The capture path's statements on PostgreSQL, shared by the store's own capture transactions and
// by the writer thread of a pipelined capture (postgres-writer-thread.ts), so both write
// identically: each table's rows in one COPY per document.
import pg from 'pg';
import { headFrontierFromText, headFrontierToText, lotFromRow } from '../lot-rows.ts';
import type { LotFlowsTable, LotsTable } from '../schema.ts';
import type { CaptureReads, CaptureWrite, LedgerHead } from '../store.ts';
import type { GroupWriter } from '../group-commit.ts';
import { ALERT_COLUMNS, DuplicateEventError, FLOW_COLUMNS, LOT_COLUMNS, HASH_BYTES, StaleHeadError, staleHead, staleRegistry, StoreError, ZERO_HASH } from '../store.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** How every connection to the ledger is made: the pool's and a writer thread's alike. Here rather
 * than beside the store, so that the writer thread connects without loading the store's query
 * builder and migrations. */
export function connectionOptions(databaseUrl: string, schema: string | undefined): pg.ClientConfig {
  return {
    connectionString: databaseUrl,
    // Grams and sequence numbers stay below 2^53 (limits.ts), so 64-bit integers read as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID || oid === NUMERIC_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  };
}

/** Serializes captures across every process sharing the database, for one transaction. */
export const LEDGER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('ytterby-ledger-head'))`;

type Queryable = pg.Pool | pg.PoolClient | pg.Client;

export function captureReads(db: Queryable): CaptureReads {
  return {
    readHead: () => readHead(db),
    async readRegistryVersion() {
      const { rows } = await db.query<{ version: number }>(`SELECT version FROM registry_version WHERE id = 1`);
      return Number(rows[0]!.version);
    },
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
      // Named, so each connection plans it once: a lot read over HTTP is mostly this statement. The
      // columns are listed because a prepared SELECT * breaks if the table's columns change.
      const { rows } = await db.query<LotsTable>({ name: 'ytterby-read-lots', text: `SELECT ${LOT_COLUMNS.join(', ')} FROM lots WHERE id = ANY($1::text[])`, values: [ids] });
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

/** Group commits on a connection of their own (see group-commit.ts). A group's BEGIN and its
 * COMMIT travel in its first and last documents' scripts, so a group of one document is one round
 * trip; each document's rows are encoded as it is queued, while the server writes the one before. */
export function groupWriter(client: pg.Client): GroupWriter {
  const scripts = new WeakMap<CaptureWrite, CaptureScript>();
  let opening = '';
  let committed = false;
  let lost: unknown;
  return {
    queued(changes) {
      try {
        scripts.set(changes, captureScript(client, changes));
      } catch {
        // Left for write(), which encodes the document again and refuses it with the same error.
      }
    },
    async begin() {
      await ensureLotsStage(client);
      opening = `BEGIN; ${LEDGER_LOCK}; `;
      committed = false;
      lost = undefined;
    },
    async write(changes, last) {
      const script = scripts.get(changes) ?? captureScript(client, changes);
      scripts.delete(changes);
      try {
        await script.run(client, `${opening}SAVEPOINT document`, last ? 'RELEASE SAVEPOINT document; COMMIT' : 'RELEASE SAVEPOINT document');
        committed = last;
      } catch (error) {
        const refused = refusal(error, changes);
        // A refused document stops its script before the release, so its savepoint is still
        // there; if it is not (the transaction itself failed), the whole group is lost.
        await client.query('ROLLBACK TO SAVEPOINT document; RELEASE SAVEPOINT document').catch(() => (lost ??= refused));
        throw refused;
      } finally {
        opening = '';
      }
    },
    async commit() {
      if (lost !== undefined) throw lost;
      if (!committed) await client.query('COMMIT');
    },
    rollback: async () => void (await client.query('ROLLBACK')),
  };
}

const CREATE_LOTS_STAGE = `CREATE TEMP TABLE IF NOT EXISTS lots_stage (LIKE lots) ON COMMIT DELETE ROWS`;

/** Connections whose session has the lots staging table for good: created outside a transaction,
 * which a rollback would otherwise take back with it. */
const clientsWithStage = new WeakSet<pg.PoolClient | pg.Client>();

/** SQLSTATEs of the script's own checks (class YT, not one of PostgreSQL's). */
const STALE_HEAD = 'YT001';
const STALE_REGISTRY = 'YT002';
const LOTS_MISSING = 'YT003';

/** Writes one document's changes inside the caller's transaction, which holds the ledger lock. */
export async function writeCapture(client: pg.PoolClient | pg.Client, changes: CaptureWrite): Promise<void> {
  // Inside the caller's transaction, so not remembered: a rollback would take the table with it.
  if (changes.changedLots.length > 0 && !clientsWithStage.has(client)) await client.query(CREATE_LOTS_STAGE);
  try {
    await captureScript(client, changes).run(client);
  } catch (error) {
    throw refusal(error, changes);
  }
}

async function ensureLotsStage(client: pg.PoolClient | pg.Client): Promise<void> {
  if (clientsWithStage.has(client)) return;
  await client.query(CREATE_LOTS_STAGE);
  clientsWithStage.add(client);
}

/**
 * A document's writes as one script sent in one go: its statements as one simple query, followed on
 * the wire by the data of each COPY in it, without waiting for the server to ask for it. Sent
 * statement by statement, a document took eight round trips, and on two cores shared with the
 * capture's threads each one waited for the server to be scheduled. Every check runs in the
 * server (the head, the registry version, the changed lots' count) and raises, so a refused
 * document stops at its first failure with nothing after it run, and a savepoint opened
 * in the same script (CaptureScript.run) is still there to roll back to.
 */
function captureScript(client: pg.PoolClient | pg.Client, changes: CaptureWrite): CaptureScript {
  const script = new CaptureScript();
  const expected = changes.expectedHead;
  const expectedHash = `'\\x${expected.chainHash.toString('hex')}'::bytea`;
  script.statement(`DO $$DECLARE stored_size bigint; stored_hash bytea; BEGIN
    SELECT size, chain_hash INTO stored_size, stored_hash FROM ledger_head WHERE id = 1;
    IF coalesce(stored_size, 0) <> ${expected.size} OR coalesce(stored_hash, '\\x${ZERO_HASH.toString('hex')}'::bytea) <> ${expectedHash} THEN
      RAISE EXCEPTION USING ERRCODE = '${STALE_HEAD}', MESSAGE = 'stale head', DETAIL = coalesce(stored_size, 0)::text;
    END IF;
  END$$`);
  if (changes.registryVersion !== null) {
    // FOR SHARE: a change to the registry (its trigger updates this row) waits for this commit.
    script.statement(`DO $$DECLARE stored bigint; BEGIN
      SELECT version INTO stored FROM registry_version WHERE id = 1 FOR SHARE;
      IF stored <> ${changes.registryVersion} THEN
        RAISE EXCEPTION USING ERRCODE = '${STALE_REGISTRY}', MESSAGE = 'stale registry', DETAIL = stored::text;
      END IF;
    END$$`);
  }
  script.statement(`INSERT INTO documents (id, party_id, key_id, signature, created_at, recorded_at, first_seq, event_count) VALUES (${literals(client, changes.document)})`);
  const { events, leafHashes, chainHashes } = changes;
  script.copy('events', EVENT_COLUMNS, events.length, (copy, i) => {
    const at = i * HASH_BYTES;
    copy.fields(events[i]!, EVENT_TYPES);
    copy.bytes(leafHashes.subarray(at, at + HASH_BYTES));
    copy.bytes(chainHashes.subarray(at, at + HASH_BYTES));
  });
  script.copy('lot_flows', FLOW_COLUMNS, changes.flows.length, (copy, i) => copy.fields(changes.flows[i]!, FLOW_TYPES));
  script.copy('merkle_nodes', NODE_COLUMNS, changes.merkleNodes.length, (copy, i) => copy.fields(changes.merkleNodes[i]!, NODE_TYPES));
  script.copy('lots', LOT_COLUMNS, changes.newLots.length, (copy, i) => copy.fields(changes.newLots[i]!, LOT_TYPES));
  if (changes.changedLots.length > 0) {
    // COPY cannot update: stage the lots in a temporary table, then update from it in one statement.
    script.copy('lots_stage', LOT_COLUMNS, changes.changedLots.length, (copy, i) => copy.fields(changes.changedLots[i]!, LOT_TYPES));
    script.statement(`DO $$DECLARE updated bigint; BEGIN
      UPDATE lots SET holder_id = s.holder_id, product = s.product, mass_grams = s.mass_grams,
        mass_grams_remaining = s.mass_grams_remaining, elements = s.elements, status = s.status, destination_id = s.destination_id,
        previous_holder_id = s.previous_holder_id, updated_seq = s.updated_seq, origin = s.origin, state_hash = s.state_hash
      FROM lots_stage s WHERE lots.id = s.id AND lots.created_seq = s.created_seq;
      GET DIAGNOSTICS updated = ROW_COUNT;
      IF updated <> ${changes.changedLots.length} THEN
        RAISE EXCEPTION USING ERRCODE = '${LOTS_MISSING}', MESSAGE = 'changed lots missing', DETAIL = (${changes.changedLots.length} - updated)::text;
      END IF;
    END$$`);
    // The stage empties itself only at commit, and a group commit writes several documents in
    // one transaction: the next document must not find this one's lots there.
    script.statement('DELETE FROM lots_stage');
  }
  if (changes.alerts.length > 0) {
    script.statement(`INSERT INTO alerts (${ALERT_COLUMNS.join(', ')})
      VALUES ${changes.alerts.map((alert) => `(${literals(client, alert)})`).join(', ')}
      ON CONFLICT (fingerprint) DO NOTHING`);
  }
  const h = changes.head;
  script.statement(`INSERT INTO ledger_head (id, size, chain_hash, frontier, updated_at)
     VALUES (1, ${literals(client, [h.size, h.chainHash, headFrontierToText(h.frontier), changes.recordedAt])})
     ON CONFLICT (id) DO UPDATE SET size = excluded.size, chain_hash = excluded.chain_hash,
       frontier = excluded.frontier, updated_at = excluded.updated_at`);
  return script;
}

/** The store's error for what the server refused, or the server's own error if unforeseen. */
function refusal(error: unknown, changes: CaptureWrite): unknown {
  const { code, constraint, detail } = error as { code?: string; constraint?: string; detail?: string };
  switch (code) {
    case STALE_HEAD: return new StaleHeadError(staleHead(Number(detail), changes.expectedHead.size));
    case STALE_REGISTRY: return new StaleHeadError(staleRegistry(Number(detail), changes.registryVersion!));
    case LOTS_MISSING: return new StoreError(`assertion: ${detail} changed lot(s) are not in the database`);
    case '23505':
      if (constraint === 'events_party_event') return new DuplicateEventError('an event id was recorded before', { cause: error });
      if (constraint === 'lots_pkey') return new StoreError('a new lot\'s id exists already', { cause: error });
  }
  return error;
}

/** Statements sent as one simple query, each COPY's rows following the query on the wire. The
 * protocol allows it: the server reads a COPY's data when it reaches that statement, and if a
 * statement fails it skips the rest of the query and drops the COPY data still to come. */
class CaptureScript {
  readonly #statements: string[] = [];
  readonly #copies: Buffer[] = [];

  statement(text: string): void {
    this.#statements.push(text);
  }

  /** A binary COPY of `count` rows; nothing if there are none. */
  copy(table: string, columns: readonly string[], count: number, row: (copy: BinaryCopy, i: number) => void): void {
    if (count === 0) return;
    const copy = new BinaryCopy(columns.length);
    for (let i = 0; i < count; i += 1) {
      copy.tuple();
      row(copy, i);
    }
    this.#statements.push(`COPY ${table} (${columns.join(', ')}) FROM STDIN (FORMAT binary)`);
    this.#copies.push(copy.end());
  }

  /** Runs the script, between `opening` and `closing` statements if given (a savepoint and its
   * release), in the same round trip. */
  run(client: pg.PoolClient | pg.Client, opening?: string, closing?: string): Promise<void> {
    const text = [...(opening === undefined ? [] : [opening]), ...this.#statements, ...(closing === undefined ? [] : [closing])].join(';\n');
    return new Promise((resolve, reject) => {
      client.query(new ScriptQuery(text, this.#copies, resolve, reject));
    });
  }
}

type CorkableStream = NodeJS.WritableStream & { cork(): void; uncork(): void };

/** The socket of node-postgres's Connection, which is not its public API (`stream`): package.json
 * pins pg to the version this was written against, and src/store/postgres/pg-internals.test.ts
 * fails if a new one moves it. Checked here too, so that a mismatch is an error that says so, not
 * a capture that hangs. */
export function connectionSocket(connection: pg.Connection): CorkableStream {
  const stream = (connection as unknown as { stream?: Partial<CorkableStream> }).stream;
  if (stream === undefined || typeof stream.write !== 'function' || typeof stream.cork !== 'function' || typeof stream.uncork !== 'function') {
    throw new Error('node-postgres\'s Connection no longer keeps its socket in .stream: the capture writer needs the pg version package.json pins');
  }
  return stream as CorkableStream;
}

/** A query node-postgres runs as given (its Submittable interface): the query message and every
 * COPY's data written at once, the server's answers counted until it is ready again. */
class ScriptQuery implements pg.Submittable {
  readonly #text: string;
  readonly #copies: Buffer[];
  readonly #resolve: () => void;
  readonly #reject: (error: unknown) => void;

  constructor(text: string, copies: Buffer[], resolve: () => void, reject: (error: unknown) => void) {
    this.#text = text;
    this.#copies = copies;
    this.#resolve = resolve;
    this.#reject = reject;
  }

  submit(connection: pg.Connection): void {
    const stream = connectionSocket(connection);
    const textBytes = Buffer.byteLength(this.#text);
    const query = Buffer.allocUnsafe(1 + 4 + textBytes + 1);
    query[0] = 0x51; // 'Q'
    query.writeInt32BE(4 + textBytes + 1, 1);
    query.write(this.#text, 5, 'utf8');
    query[5 + textBytes] = 0;
    stream.cork();
    stream.write(query);
    for (const data of this.#copies) {
      const header = Buffer.allocUnsafe(5);
      header[0] = 0x64; // 'd', CopyData
      header.writeInt32BE(4 + data.length, 1);
      stream.write(header);
      stream.write(data);
      stream.write(COPY_DONE);
    }
    stream.uncork();
  }

  // The COPY data went with the query; the server's request for it needs no answer.
  handleCopyInResponse(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}

  handleError(error: unknown): void {
    this.#reject(error);
  }

  handleReadyForQuery(): void {
    this.#resolve();
  }
}

const COPY_DONE = Buffer.from([0x63, 0, 0, 0, 4]); // 'c', CopyDone

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

// Each column's type as binary COPY writes it: the columns of migrations.ts on PostgreSQL, in order.
const EVENT_COLUMNS = ['seq', 'party_id', 'event_id', 'document_id', 'kind', 'event_time', 'recorded_at', 'body', 'leaf_hash', 'chain_hash'] as const;
/** The event row's; its two hashes follow, from the packed buffers. */
const EVENT_TYPES: readonly FieldType[] = ['int8', 'text', 'text', 'text', 'text', 'text', 'text', 'text'];
const FLOW_TYPES: readonly FieldType[] = ['int8', 'int4', 'text', 'int4', 'int8', 'text'];
const NODE_COLUMNS = ['level', 'idx', 'hash'] as const;
const NODE_TYPES: readonly FieldType[] = ['int4', 'int8', 'bytea'];
const LOT_TYPES: readonly FieldType[] = ['text', 'text', 'text', 'int8', 'int8', 'text', 'text', 'text', 'text', 'int8', 'int8', 'text', 'text', 'text'];

type FieldType = 'int4' | 'int8' | 'text' | 'bytea';

/** The binary COPY stream (PostgreSQL's "COPY" page): a signature, tuples of length-prefixed
 * fields in network byte order, -1 for a NULL, and -1 as the field count that ends it. */
class BinaryCopy {
  static readonly #SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
  #buffer = Buffer.allocUnsafe(1 << 16);
  #at = 0;
  readonly #fieldCount: number;

  constructor(fieldCount: number) {
    this.#fieldCount = fieldCount;
    this.#room(19);
    this.#at += BinaryCopy.#SIGNATURE.copy(this.#buffer, 0);
    this.#at = this.#buffer.writeInt32BE(0, this.#at);
    this.#at = this.#buffer.writeInt32BE(0, this.#at);
  }

  tuple(): void {
    this.#room(2);
    this.#at = this.#buffer.writeInt16BE(this.#fieldCount, this.#at);
  }

  /** The row's values, one for each of `types`. */
  fields(row: readonly unknown[], types: readonly FieldType[]): void {
    for (let i = 0; i < types.length; i += 1) {
      const value = row[i];
      if (value === null || value === undefined) {
        this.#room(4);
        this.#at = this.#buffer.writeInt32BE(-1, this.#at);
        continue;
      }
      switch (types[i]!) {
        case 'text': this.text(value as string); break;
        case 'int4': this.#int4(value as number); break;
        case 'int8': this.#int8(value as number); break;
        case 'bytea': this.bytes(value as Buffer); break;
      }
    }
  }

  text(value: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.#room(4 + 3 * value.length);
    const length = this.#buffer.write(value, this.#at + 4, 'utf8');
    this.#buffer.writeInt32BE(length, this.#at);
    this.#at += 4 + length;
  }

  bytes(value: Buffer): void {
    this.#room(4 + value.length);
    this.#at = this.#buffer.writeInt32BE(value.length, this.#at);
    this.#at += value.copy(this.#buffer, this.#at);
  }

  end(): Buffer {
    this.#room(2);
    this.#at = this.#buffer.writeInt16BE(-1, this.#at);
    return this.#buffer.subarray(0, this.#at);
  }

  #int4(value: number): void {
    this.#room(8);
    this.#at = this.#buffer.writeInt32BE(4, this.#at);
    this.#at = this.#buffer.writeInt32BE(value, this.#at);
  }

  #int8(value: number): void {
    if (!Number.isSafeInteger(value)) throw new StoreError(`assertion: ${value} is not a safe integer`);
    this.#room(12);
    const high = Math.floor(value / 2 ** 32);
    this.#at = this.#buffer.writeInt32BE(8, this.#at);
    this.#at = this.#buffer.writeInt32BE(high, this.#at);
    this.#at = this.#buffer.writeUInt32BE(value - high * 2 ** 32, this.#at);
  }

  #room(bytes: number): void {
    if (this.#at + bytes <= this.#buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.#buffer.length * 2, this.#at + bytes));
    this.#buffer.copy(larger, 0, 0, this.#at);
    this.#buffer = larger;
  }
}
