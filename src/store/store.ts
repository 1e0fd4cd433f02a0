// The one storage interface. Areas read through `db` (Kysely, typed once for both engines);
// the capture path, the only writer of the ledger, goes through `capture`, whose hot statements
// each engine implements in its own folder.
import type { Kysely } from 'kysely';
import type { Database, DocumentsTable, EventsTable, LotFlowsTable, MerkleNodesTable } from './schema.ts';

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

export interface CaptureWrite {
  document: DocumentsTable;
  events: EventsTable[];
  lots: LotState[];
  flows: LotFlowsTable[];
  merkleNodes: MerkleNodesTable[];
  head: LedgerHead;
  recordedAt: string;
}

/** Operations available inside one capture transaction. The head is locked for the whole
 * transaction, so captures are serialized across processes and the lots read here cannot
 * change underneath until it commits. */
export interface CaptureTransaction {
  readHead(): Promise<LedgerHead>;
  findEvents(partyId: string, eventIds: readonly string[]): Promise<RecordedEventRef[]>;
  readLots(ids: readonly string[]): Promise<LotState[]>;
  readFlows(seq: number): Promise<LotFlowsTable[]>;
  write(changes: CaptureWrite): Promise<void>;
}

/** Where a store's data is: enough to open the same data again, e.g. from a worker thread. */
export interface StoreLocation {
  /** The data folder of the embedded engine (default ./data). */
  dataDir?: string;
  /** A PostgreSQL connection string; when set it wins over dataDir. */
  databaseUrl?: string;
  postgres?: { schema?: string; poolSize?: number };
}

export type EventLinkRow = [seq: number, eventId: string, recordedAt: string, leafHash: Buffer, chainHash: Buffer];
export type EventContentRow = [seq: number, eventId: string, documentId: string, partyId: string, body: string, leafHash: Buffer];

export interface Store {
  readonly engine: Engine;
  /** How to open this store again. */
  readonly spec: StoreLocation;
  readonly db: Kysely<Database>;
  /** Where the data lives, safe to print (no password). */
  readonly location: string;
  /** Events from `fromSeq` on, in order, as the chain needs them: read as arrays, for speed. */
  readEventLinks(fromSeq: number, limit: number): Promise<EventLinkRow[]>;
  /** Events from `fromSeq` on, in order, with what their leaves cover. */
  readEventContents(fromSeq: number, limit: number): Promise<EventContentRow[]>;
  /** Runs fn in one write transaction; everything it wrote is rolled back if it throws. */
  capture<T>(fn: (tx: CaptureTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const ZERO_HASH = Buffer.alloc(32);

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** The write found an event id its recorder has used before (the events' unique index). */
export class DuplicateEventError extends StoreError {}
