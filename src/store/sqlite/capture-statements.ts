// The capture path's statements on SQLite, shared by the store's own capture transactions and by
// the writer thread of a pipelined capture (sqlite-writer-thread.ts), so both write identically.
import { join, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { headFrontierFromText, headFrontierToText, lotFromRow } from '../lot-rows.ts';
import type { LotFlowsTable, LotsTable } from '../schema.ts';
import type { CaptureReads, CaptureWrite, LedgerHead, RecordedEventRef } from '../store.ts';
import { ALERT_COLUMNS, DuplicateEventError, HASH_BYTES, StaleHeadError, staleHead, staleRegistry, StoreError, ZERO_HASH } from '../store.ts';

/** SQLite's limit on host parameters per statement is 32,766; stay well inside it. */
const IN_LIST_CHUNK = 500;

export const SQLITE_FILE_NAME = 'ytterby.db';

/** Here rather than beside the store, so that the writer thread opens the file without loading the
 * store's query builder and migrations. */
export function sqliteFilePath(dataDir: string): string {
  return join(resolve(dataDir), SQLITE_FILE_NAME);
}

/** The pragmas every connection to a ledger file runs with. */
export function configureConnection(connection: BetterSqlite3.Database): void {
  connection.pragma('journal_mode = WAL');
  // FULL: a ledger must not lose a committed document on power loss; one fsync per commit.
  connection.pragma('synchronous = FULL');
  connection.pragma('busy_timeout = 30000');
  connection.pragma('foreign_keys = ON');
}

export type CaptureStatements = ReturnType<typeof prepareCaptureStatements>;

export function prepareCaptureStatements(connection: BetterSqlite3.Database) {
  const inLists = new Map<string, BetterSqlite3.Statement>();
  return {
    /** `prefix (?, ?, …)` with `count` placeholders, prepared once per distinct count. */
    inList(prefix: string, count: number): BetterSqlite3.Statement {
      const key = `${prefix}:${count}`;
      let statement = inLists.get(key);
      if (statement === undefined) {
        statement = connection.prepare(`${prefix} (${new Array<string>(count).fill('?').join(',')})`);
        inLists.set(key, statement);
      }
      return statement;
    },
    readHead: connection.prepare(`SELECT size, chain_hash, frontier FROM ledger_head WHERE id = 1`),
    readRegistryVersion: connection.prepare(`SELECT version FROM registry_version WHERE id = 1`).pluck(),
    insertDocument: connection.prepare(
      `INSERT INTO documents (id, party_id, key_id, signature, created_at, recorded_at, first_seq, event_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: connection.prepare(
      `INSERT INTO events (seq, party_id, event_id, document_id, kind, event_time, recorded_at, body, leaf_hash, chain_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertLot: connection.prepare(
      `INSERT INTO lots (id, holder_id, product, mass_grams, mass_grams_remaining, elements, status, destination_id,
         previous_holder_id, created_seq, updated_seq, origin, custody, state_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateLot: connection.prepare(
      `UPDATE lots SET holder_id = ?, product = ?, mass_grams = ?, mass_grams_remaining = ?, elements = ?, status = ?,
         destination_id = ?, previous_holder_id = ?, updated_seq = ?, origin = ?, state_hash = ?
       WHERE id = ? AND created_seq = ?`,
    ),
    readFlows: connection.prepare(`SELECT * FROM lot_flows WHERE seq = ? ORDER BY ordinal`),
    insertFlow: connection.prepare(
      `INSERT INTO lot_flows (seq, ordinal, lot_id, direction, mass_grams, elements) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertNode: connection.prepare(`INSERT INTO merkle_nodes (level, idx, hash) VALUES (?, ?, ?)`),
    insertAlert: connection.prepare(
      `INSERT INTO alerts (${ALERT_COLUMNS.join(', ')}) VALUES (${ALERT_COLUMNS.map(() => '?').join(', ')})
       ON CONFLICT (fingerprint) DO NOTHING`,
    ),
    writeHead: connection.prepare(
      `INSERT INTO ledger_head (id, size, chain_hash, frontier, updated_at) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET size = excluded.size, chain_hash = excluded.chain_hash,
         frontier = excluded.frontier, updated_at = excluded.updated_at`,
    ),
  };
}

export function captureReads(statements: CaptureStatements): CaptureReads {
  return {
    async readHead(): Promise<LedgerHead> {
      return readHeadNow(statements);
    },
    async readRegistryVersion() {
      return statements.readRegistryVersion.get() as number;
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
  };
}

function readHeadNow(statements: CaptureStatements): LedgerHead {
  const row = statements.readHead.get() as { size: number; chain_hash: Buffer; frontier: string } | undefined;
  if (row === undefined) return { size: 0, chainHash: ZERO_HASH, frontier: [] };
  return { size: row.size, chainHash: row.chain_hash, frontier: headFrontierFromText(row.frontier) };
}

/** Writes one document's changes; the caller holds the write transaction. */
export function writeCapture(statements: CaptureStatements, changes: CaptureWrite): void {
  const stored = readHeadNow(statements);
  const expected = changes.expectedHead;
  if (stored.size !== expected.size || !stored.chainHash.equals(expected.chainHash)) {
    throw new StaleHeadError(staleHead(stored.size, expected.size));
  }
  if (changes.registryVersion !== null) {
    const version = statements.readRegistryVersion.get() as number;
    if (version !== changes.registryVersion) throw new StaleHeadError(staleRegistry(version, changes.registryVersion));
  }
  statements.insertDocument.run(changes.document);
  try {
    const { events, leafHashes, chainHashes } = changes;
    for (let i = 0; i < events.length; i += 1) {
      const at = i * HASH_BYTES;
      statements.insertEvent.run(...events[i]!, leafHashes.subarray(at, at + HASH_BYTES), chainHashes.subarray(at, at + HASH_BYTES));
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' && /events\.party_id, events\.event_id/.test((error as Error).message)) {
      throw new DuplicateEventError('an event id was recorded before', { cause: error });
    }
    throw error;
  }
  for (const lot of changes.newLots) {
    try {
      statements.insertLot.run(lot);
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new StoreError(`lot ${lot[0]} exists already`, { cause: error });
      throw error;
    }
  }
  for (const lot of changes.changedLots) {
    const [id, holder, product, mass, remaining, elements, status, destination, previousHolder, createdSeq, updatedSeq, origin, , stateHash] = lot;
    if (statements.updateLot.run(holder, product, mass, remaining, elements, status, destination, previousHolder, updatedSeq, origin, stateHash, id, createdSeq).changes !== 1) throw new StoreError(`assertion: lot ${id}, made at seq ${createdSeq}, is not in the database`);
  }
  for (const flow of changes.flows) statements.insertFlow.run(flow);
  for (const node of changes.merkleNodes) statements.insertNode.run(node);
  for (const alert of changes.alerts) statements.insertAlert.run(alert);
  const head = changes.head;
  statements.writeHead.run(head.size, head.chainHash, headFrontierToText(head.frontier), changes.recordedAt);
}
