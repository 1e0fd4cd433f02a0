// The one storage interface. Areas read through `db` (Kysely, typed once for both engines);
// the capture path, the only writer of the ledger, goes through `capture`, whose hot statements
// each engine implements in its own folder.
import type { Kysely } from 'kysely';
import type { Attribution, CustodyModel } from '../domain/attribution.ts';
import type { Database, LotFlowsTable } from './schema.ts';

export type Engine = 'sqlite' | 'postgres';

/** A lot as the ledger works with it: element grams parsed, JSON kept out of the callers. */
export interface LotState {
  id: string;
  holderId: string;
  product: string;
  massGrams: number;
  massGramsRemaining: number;
  elements: Record<string, number>;
  status: LotStatus;
  destinationId: string | null;
  /** Who held the lot before its last receipt; lets a correction undo that receipt. */
  previousHolderId: string | null;
  createdSeq: number;
  updatedSeq: number;
  /** Where the lot's material came from, per source and element, as made (plus any stock added
   * since by adjustment): its grams add up to the grams the lot was made with. Null for a lot
   * recorded before attribution was kept. */
  origin: Attribution | null;
  /** The chain-of-custody model the lot was made under; null as for origin. */
  custody: CustodyModel | null;
  /** Set when the stored row no longer hashes to the state hash the capture wrote with it: it was
   * altered outside the ledger, and no capture may build on it (LotBook refuses it). */
  stateAltered?: true;
}

/** active: held and usable; in_transit: shipped, awaiting receipt by destinationId;
 * exhausted: nothing remains; void: its creating event was corrected away. */
export type LotStatus = 'active' | 'in_transit' | 'exhausted' | 'void';

export interface LedgerHead {
  /** Number of events in the log; the next event's seq. */
  size: number;
  /** Chain hash of the last event, or 32 zero bytes for an empty log. */
  chainHash: Buffer;
  /** Hashes of the complete Merkle subtrees along the right edge, largest first. */
  frontier: Buffer[];
}

export interface RecordedEventRef {
  seq: number;
  eventId: string;
  documentId: string;
  recordedAt: string;
  body: string;
}

/** A document's rows as the engines write them: positional, in the tables' column order, so the
 * same batch can be bound to a statement, turned into COPY text or posted to a writer thread. */
export type DocumentRow = [id: string, partyId: string, keyId: string, signature: string, createdAt: string, recordedAt: string, firstSeq: number, eventCount: number];
/** An event without its two hashes, which travel packed in CaptureWrite.leafHashes/chainHashes. */
export type EventRow = [seq: number, partyId: string, eventId: string, documentId: string, kind: string, eventTime: string, recordedAt: string, body: string];
export type LotRow = [
  id: string, holderId: string, product: string, massGrams: number, massGramsRemaining: number, elements: string, status: string,
  destinationId: string | null, previousHolderId: string | null, createdSeq: number, updatedSeq: number, origin: string | null,
  custody: string | null, stateHash: string | null,
];
export type FlowRow = [seq: number, ordinal: number, lotId: string, direction: number, massGrams: number, elements: string];
/** The lots and lot_flows tables' columns in LotRow's and FlowRow's order. */
export const LOT_COLUMNS = [
  'id', 'holder_id', 'product', 'mass_grams', 'mass_grams_remaining', 'elements', 'status', 'destination_id',
  'previous_holder_id', 'created_seq', 'updated_seq', 'origin', 'custody', 'state_hash',
] as const;
export const FLOW_COLUMNS = ['seq', 'ordinal', 'lot_id', 'direction', 'mass_grams', 'elements'] as const;
export type MerkleNodeRow = [level: number, idx: number, hash: Buffer];
/** A rule's finding raised by the document itself (src/supervision), in the alerts table's column order. */
export type AlertRow = [
  id: string, fingerprint: string, ruleId: string, severity: string, partyId: string, period: string, subject: string,
  summary: string, evidence: string, status: string, assignee: string | null, raisedAt: string, raisedBy: string, seq: number | null,
  updatedAt: string, version: number,
];
export const ALERT_COLUMNS = [
  'id', 'fingerprint', 'rule_id', 'severity', 'party_id', 'period', 'subject', 'summary', 'evidence', 'status', 'assignee',
  'raised_at', 'raised_by', 'seq', 'updated_at', 'version',
] as const;

/** Where the log ends: what a document's changes were computed against, and what they leave. */
export interface HeadRef {
  size: number;
  chainHash: Buffer;
}

export const HASH_BYTES = 32;

export interface CaptureWrite {
  /** The head the changes were computed against; the write is refused (StaleHeadError) unless the
   * stored head is still exactly this, so no other writer can have moved a lot in between. */
  expectedHead: HeadRef;
  document: DocumentRow;
  events: EventRow[];
  /** Each event's leaf hash, 32 bytes each, in event order, in one buffer of its own (a pooled
   * Buffer would drag its whole 8 KiB pool through every postMessage). */
  leafHashes: Buffer;
  chainHashes: Buffer;
  /** Lots this document created: inserted, so a lot id that exists already is refused by the
   * database even where the capture did not read it (the pipelined path reads only the lots a
   * document uses, not the ids it names for new ones). */
  newLots: LotRow[];
  /** Lots made by earlier documents, as this one leaves them: updated in place. */
  changedLots: LotRow[];
  flows: FlowRow[];
  merkleNodes: MerkleNodeRow[];
  /** Findings of the capture-time rules, written in the same transaction; one already raised
   * (same fingerprint) is left as it is. */
  alerts: AlertRow[];
  head: LedgerHead;
  recordedAt: string;
  /** The registry version (migration 9) the document was checked against: the write is refused
   * (StaleHeadError) if the registry has changed since. Null when the registry was read for this
   * document alone, just before its transaction. */
  registryVersion: number | null;
}

/** Reads of the capture path: inside a capture transaction they see its locked state; through
 * Store.reads they see what is committed. */
export interface CaptureReads {
  readHead(): Promise<LedgerHead>;
  readRegistryVersion(): Promise<number>;
  findEvents(partyId: string, eventIds: readonly string[]): Promise<RecordedEventRef[]>;
  readLots(ids: readonly string[]): Promise<LotState[]>;
  readFlows(seq: number): Promise<LotFlowsTable[]>;
}

/** Operations available inside one capture transaction. The head is locked for the whole
 * transaction, so captures are serialized across processes and the lots read here cannot
 * change underneath until it commits. */
export interface CaptureTransaction extends CaptureReads {
  write(changes: CaptureWrite): Promise<void>;
}

/** Commits documents in the order submitted, on a thread (and connection) of its own, so the
 * ledger can apply the next document while the engine writes this one. Each document is one
 * transaction; one refused write refuses every later one (their expected heads no longer hold). */
export interface CaptureWriter {
  /** Resolves when the document is committed. */
  submit(changes: CaptureWrite): Promise<void>;
  /** Waits for what was submitted, then stops the thread. */
  close(): Promise<void>;
}

/** Where a store's data is: enough to open the same data again, e.g. from a worker thread. */
export interface StoreLocation {
  /** The data folder of the embedded engine (default ./data). */
  dataDir?: string;
  /** A PostgreSQL connection string; when set it wins over dataDir. */
  databaseUrl?: string;
  postgres?: { schema?: string; poolSize?: number };
}

/** An event as verify reads it, with its hashes in lowercase hex: text costs less to read than a
 * Buffer per hash, which is made on its own (native) allocation. `kind` and `eventTime` are the
 * columns readers select and order by, copied from the signed body when it was recorded. */
export type VerifyEventRow = [
  seq: number, eventId: string, documentId: string, partyId: string, recordedAt: string, body: string, leafHash: string, chainHash: string,
  kind: string, eventTime: string,
];

/** An event as the deep check (src/ledger/audit-ledger.ts) replays it. */
export type AuditEventRow = [seq: number, eventId: string, documentId: string, partyId: string, body: string];

export interface Store {
  readonly engine: Engine;
  /** How to open this store again. */
  readonly spec: StoreLocation;
  readonly db: Kysely<Database>;
  /** Where the data lives, safe to print (no password). */
  readonly location: string;
  /** Events with fromSeq ≤ seq < toSeq, in order, with everything verify checks: read as arrays, for speed. */
  readEventsForVerify(fromSeq: number, toSeq: number): Promise<VerifyEventRow[]>;
  /** Events with fromSeq ≤ seq < toSeq, in order, with what the deep check replays: its recorder,
   * document and body. */
  readEventsForAudit(fromSeq: number, toSeq: number): Promise<AuditEventRow[]>;
  /** lot_flows rows with fromSeq ≤ seq < toSeq, ordered by seq and ordinal, as LotRow arrays: what
   * the deep check (src/ledger/audit-ledger.ts) compares with its replay of the log. */
  readFlowsForAudit(fromSeq: number, toSeq: number): Promise<FlowRow[]>;
  /** Up to `limit` lots whose ids sort after `afterId` (the engine's order), ordered by id, each
   * with the seq of the event that last changed it. */
  readLotVersionsForAudit(afterId: string, limit: number): Promise<[id: string, updatedSeq: number][]>;
  /** The lots of these ids, as rows, in no particular order. */
  readLotRowsForAudit(ids: readonly string[]): Promise<LotRow[]>;
  /** The capture path's reads of committed state, outside any transaction. */
  readonly reads: CaptureReads;
  /** Runs fn in one write transaction; everything it wrote is rolled back if it throws. */
  capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T>;
  /** Runs fn in one write transaction that no other registry change, in any process, runs beside
   * (and no capture commits in the middle of): what fn reads is the state its writes build on. */
  registryTransaction<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>;
  /** A writer thread for pipelined capture (see CaptureWriter). */
  openCaptureWriter(): Promise<CaptureWriter>;
  close(): Promise<void>;
}

export const ZERO_HASH = Buffer.alloc(32);

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** The write found an event id its recorder has used before (the events' unique index). */
export class DuplicateEventError extends StoreError {}

/** The stored head is not the one a write was computed against: another writer came first; or
 * the registry changed after the document was checked against it. */
export class StaleHeadError extends StoreError {}

export function staleHead(storedSize: number, expectedSize: number): string {
  return `the log has ${storedSize} events, not the ${expectedSize} this document was applied to: another writer came first`;
}

export function staleRegistry(stored: number, expected: number): string {
  return `the registry is at version ${stored}, not the ${expected} this document was checked against: it changed meanwhile`;
}
