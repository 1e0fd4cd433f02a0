// One chunk of the log, an aligned range [start, end), checked reading each of its rows once: the
// events are all there; each still hashes to its leaf, says in its copied columns what its body
// says, and belongs to the document covering its place; each chain hash follows from the stored
// one before it (the chunk's first from the stored link of event start - 1, so the chunks together
// cover the whole chain); every document starting here hashes to its id and carries a valid
// signature by a key of its recorder; and every stored Merkle node inside the range matches the
// leaves below it. verify-ledger.ts combines the chunks.
//
// Two streams of checks run over the rows, as two separate passes once did, and the chunk reports
// the earlier of their first breaks (by seq; structure first on a tie):
// - structure: contiguity, the chain and the Merkle nodes; it breaks at the event where it fails;
// - content: leaves, the columns copied from each event's body, documents and signatures, in log
//   order; a document's problem is found at its last event but named at its first, so content goes
//   on after a structure break until the document open there is complete, as it may break earlier.
import { MERKLE_STORED_LEVEL_MIN, VERIFY_BATCH_EVENTS } from '../limits.ts';
import { findKey, type KeyRecord } from '../registry/queries.ts';
import { dateTimeMs } from '../schemas.ts';
import type { Store, VerifyEventRow } from '../store/index.ts';
import { ZERO_HASH } from '../store/index.ts';
import { canonicalTopLevelStrings, chainHashHex, DocumentHasher, leafEntry } from './canonical.ts';
import { leafHashHex, MerkleAccumulator } from './merkle.ts';
import { signatureProblem } from './signing.ts';
import type { BrokenLink } from './verify-ledger.ts';

export interface ChunkTask {
  /** The first seq: a multiple of 2^level. */
  start: number;
  /** One past the last seq: start + 2^level, or the log's size for its last chunk. */
  end: number;
  /** The chunk is (at most) a complete subtree of 2^level leaves; stored nodes up to this level are checked here. */
  level: number;
  /** The log's size by its head: a document running past `end` is read up to here at most. */
  logSize: number;
  /** The capture format of the stored documents (document-schema.ts's CAPTURE_FORMAT), given
   * rather than imported: its schemas cost a worker a third of a second of CPU to load. */
  format: string;
}

export type ChunkBreak = BrokenLink & { seq: number };

export type ChunkReport =
  | {
    /** The chunk's first broken link; its seq is in [start, end). */
    broken: ChunkBreak;
    /** Documents starting in the chunk that verified before it broke. */
    documents: number;
  }
  | {
    broken?: undefined;
    documents: number;
    /** The chunk's complete subtrees (one for a whole chunk), largest first, hashes in hex. */
    subtrees: { level: number; hash: string }[];
    /** Chain hash (hex) of the chunk's last event. */
    chainHash: string;
  };

/** Keys by id, fetched once per verify: a few keys sign a million events. */
export type KeyCache = Map<string, KeyRecord | undefined>;

type StoredDocument = { id: string; party_id: string; key_id: string; signature: string; created_at: string; first_seq: number; event_count: number };

interface OpenDocument {
  row: StoredDocument;
  first: number;
  /** One past its last seq. */
  end: number;
  /** Started in this chunk and checked here: its events are hashed as they come. */
  hasher: DocumentHasher | undefined;
}

export async function verifyChunk(store: Store, task: ChunkTask, keys: KeyCache): Promise<ChunkReport> {
  const check = new ChunkCheck(store, task, keys, await readDocuments(store, task.start, task.end), await readStoredNodes(store, task));
  await check.run();
  return check.report();
}

class ChunkCheck {
  readonly #store: Store;
  readonly #task: ChunkTask;
  readonly #keys: KeyCache;
  readonly #documents: StoredDocument[];
  #nextDocument = 0;
  #open: OpenDocument | undefined;
  #verifiedDocuments = 0;
  #structure: ChunkBreak | undefined;
  #content: ChunkBreak | undefined;
  /** The chain hash (hex) the next event must follow from. */
  #chain = ZERO_HASH.toString('hex');
  readonly #accumulator: MerkleAccumulator;
  #nodeProblem: string | undefined;
  readonly #copiedColumns = new CopiedColumns();

  constructor(store: Store, task: ChunkTask, keys: KeyCache, documents: StoredDocument[], storedNodes: Map<string, Buffer>) {
    this.#store = store;
    this.#task = task;
    this.#keys = keys;
    this.#documents = documents;
    this.#accumulator = new MerkleAccumulator((level, index, hash) => {
      if (level < MERKLE_STORED_LEVEL_MIN) return;
      // The chunk starts at a multiple of 2^task.level, so its local indexes shift into global ones.
      const idx = task.start / 2 ** level + index;
      const stored = storedNodes.get(`${level}:${idx}`);
      if (stored === undefined || !stored.equals(hash)) this.#nodeProblem ??= `stored Merkle node level ${level} index ${idx} ${stored === undefined ? 'is missing' : 'does not match the events below it'}`;
    });
  }

  async run(): Promise<void> {
    const { start, end } = this.#task;
    if (start > 0) {
      const before = (await this.#store.readEventsForVerify(start - 1, start))[0];
      // The chunk before names the missing event, at a smaller seq.
      if (before === undefined) this.#structure = { seq: start, reason: `event ${start} cannot be chained: event ${start - 1} is missing` };
      else this.#chain = before[7];
    }
    const covering = this.#documents[0];
    if (covering !== undefined && covering.first_seq < start) {
      // Begun in an earlier chunk, which checks it; its events here are checked as any others.
      this.#open = { row: covering, first: covering.first_seq, end: covering.first_seq + covering.event_count, hasher: undefined };
      this.#nextDocument = 1;
    }
    let seq = start;
    for await (const batch of eventBatches(this.#store, start, end)) {
      for (const row of batch) {
        if (row[0] !== seq) {
          // Content stops here without naming anything: a gap is the structure stream's to name.
          this.#structure ??= { seq, eventId: row[1], reason: `event ${seq} is missing: the log jumps from ${seq - 1} to ${row[0]}` };
          return;
        }
        if (this.#structure === undefined) this.#checkStructure(row);
        this.#content = this.#contentProblem(row);
        if (this.#content !== undefined) return;
        if (seq === this.#open!.end - 1 && !(await this.#closeDocument())) return;
        seq += 1;
        if (!this.#contentStillNeeded()) return;
      }
    }
    if (seq < end) {
      this.#structure ??= await missingFrom(this.#store, seq, this.#task.logSize);
      return;
    }
    if (this.#open?.hasher !== undefined) await this.#finishDocument(this.#open, this.#open.hasher);
  }

  report(): ChunkReport {
    const [structure, content] = [this.#structure, this.#content];
    const broken = structure !== undefined && (content === undefined || structure.seq <= content.seq) ? structure : content;
    if (broken !== undefined) return { broken, documents: this.#verifiedDocuments };
    return {
      documents: this.#verifiedDocuments,
      subtrees: this.#accumulator.subtrees().map(({ level, hash }) => ({ level, hash: hash.toString('hex') })),
      chainHash: this.#chain,
    };
  }

  #checkStructure([seq, eventId, , , recordedAt, , leafHex, chainHex]: VerifyEventRow): void {
    const leaf = Buffer.from(leafHex, 'hex');
    const chained = chainHashHex(this.#chain, leaf, seq, recordedAt);
    if (chained !== chainHex) {
      this.#structure = { seq, eventId, reason: `event ${seq} (${eventId}) breaks the hash chain: its chain hash does not follow from the previous event, its leaf, its place and its recording time` };
      return;
    }
    this.#chain = chained;
    this.#accumulator.push(leaf);
    if (this.#nodeProblem !== undefined) this.#structure = { seq, reason: this.#nodeProblem };
  }

  /** The event belongs to the document covering its place, still hashes to its leaf, and its copied
   * columns say what its body says. */
  #contentProblem(row: VerifyEventRow): ChunkBreak | undefined {
    const [seq, eventId, documentId, partyId, , body, leafHex] = row;
    if (this.#open === undefined) {
      const next = this.#documents[this.#nextDocument];
      if (next !== undefined && next.first_seq < seq) {
        return { seq: next.first_seq, documentId: next.id, reason: `document ${next.id} starts at seq ${next.first_seq}, inside the document before it` };
      }
      if (next === undefined || next.first_seq !== seq) return { seq, eventId, documentId, reason: `event ${seq} does not start a recorded document, but the previous document ended before it` };
      this.#nextDocument += 1;
      this.#open = { row: next, first: next.first_seq, end: next.first_seq + next.event_count, hasher: next.first_seq >= this.#task.start ? documentHasher(this.#task.format, next) : undefined };
    }
    const open = this.#open;
    const doc = open.row;
    if (documentId !== doc.id || partyId !== doc.party_id) {
      return { seq, eventId, documentId, reason: `event ${seq} claims document ${documentId} of ${partyId}, but seq ${seq} belongs to document ${doc.id} of ${doc.party_id}` };
    }
    if (leafHashHex(leafEntry(doc.id, seq - open.first, doc.party_id, body)) !== leafHex) {
      return { seq, eventId, documentId, reason: `event ${seq} (${eventId}) was altered: its content no longer matches its leaf hash` };
    }
    const copied = this.#copiedColumns.problem(row);
    if (copied !== undefined) return { seq, eventId, documentId, reason: `event ${seq} (${eventId}) was altered: ${copied}` };
    open.hasher?.add(body);
    return undefined;
  }

  /** At a document's last event: checks it if it started in this chunk; false when it is broken. */
  async #closeDocument(): Promise<boolean> {
    const open = this.#open!;
    this.#open = undefined;
    if (open.hasher === undefined) return true;
    const problem = await documentProblem(this.#store, open.row, open.hasher.digestHex(), this.#keys);
    if (problem === null) {
      this.#verifiedDocuments += 1;
      return true;
    }
    this.#content = { seq: open.first, documentId: open.row.id, reason: problem };
    return false;
  }

  /** After a structure break, content goes on only to finish the document open at the break, if
   * it started before the break and in this chunk: its problem, if any, is the earlier one. */
  #contentStillNeeded(): boolean {
    const [structure, open] = [this.#structure, this.#open];
    return structure === undefined || (open !== undefined && open.hasher !== undefined && open.first < structure.seq);
  }

  /** The rest of a document that runs past the chunk: its events are checked as the chunk's are
   * (their bodies are the document's), but a problem among them is left for the chunk holding them
   * to name, at the event, which is before this document's problem would be found. */
  async #finishDocument(open: OpenDocument, hasher: DocumentHasher): Promise<void> {
    const { end, logSize } = this.#task;
    let seq = end;
    for await (const batch of eventBatches(this.#store, end, Math.min(open.end, logSize))) {
      for (const row of batch) {
        if (row[0] !== seq || this.#contentProblem(row) !== undefined) return;
        seq += 1;
      }
    }
    if (seq === open.end) await this.#closeDocument();
    else if (seq === logSize) this.#content = { seq: open.first, documentId: open.row.id, reason: `document ${open.row.id} lists ${open.row.event_count} events but the log ends after ${hasher.events}` };
  }
}

const COPIED_MEMBERS = ['id', 'kind', 'time'] as const;

/** The columns copied from an event's body when it was recorded (its id, kind and time in UTC),
 * which readers select by and so trust, still say what the signed body says: the body is hashed,
 * they are not. */
class CopiedColumns {
  // A document's events often share their times, and reading one costs more than finding the
  // body's members: the last signed time read and its UTC form are kept.
  #lastSignedTime = '';
  #lastUtc = '';

  problem([, eventId, , , , body, , , kind, eventTime]: VerifyEventRow): string | undefined {
    const [signedId, signedKind, signedTime = ''] = canonicalTopLevelStrings(body, COPIED_MEMBERS);
    if (eventId !== signedId) return `its event_id column reads ${eventId}, but its signed body says ${signedId}`;
    if (kind !== signedKind) return `its kind column reads ${kind}, but its signed body says ${signedKind}`;
    if (signedTime !== this.#lastSignedTime) {
      // Read as capture read it when it filled the column.
      const ms = dateTimeMs(signedTime);
      this.#lastUtc = ms === undefined ? '' : new Date(ms).toISOString();
      this.#lastSignedTime = signedTime;
    }
    if (eventTime !== this.#lastUtc) return `its event_time column reads ${eventTime}, but its signed body says ${signedTime} (${this.#lastUtc || 'not a real date-time'})`;
    return undefined;
  }
}

/** Rows [from, to) in batches, the next batch read while this one is checked. */
async function* eventBatches(store: Store, from: number, to: number): AsyncGenerator<VerifyEventRow[]> {
  const read = (at: number) => (at < to ? store.readEventsForVerify(at, Math.min(at + VERIFY_BATCH_EVENTS, to)) : undefined);
  let at = from;
  let next = read(at);
  try {
    while (next !== undefined) {
      const batch = await next;
      at = Math.min(at + VERIFY_BATCH_EVENTS, to);
      next = read(at);
      yield batch;
    }
  } finally {
    // A batch read ahead and left unread when the checks stop early must not fail unhandled.
    next?.catch(() => undefined);
  }
}

/** The structure break for rows that run out at `seq`, before the chunk's end. */
async function missingFrom(store: Store, seq: number, logSize: number): Promise<ChunkBreak> {
  const later = await store.db.selectFrom('events').select('seq').where('seq', '>', seq).orderBy('seq').limit(1).executeTakeFirst();
  if (later === undefined) return { seq, reason: `the head says the log has ${logSize} events, but ${seq} were found` };
  return { seq, reason: `event ${seq} is missing: the log jumps from ${seq - 1} to ${Number(later.seq)}` };
}

/** The document covering `start`, if any, then those starting in (start, end), in order. */
async function readDocuments(store: Store, start: number, end: number): Promise<StoredDocument[]> {
  const columns = ['id', 'party_id', 'key_id', 'signature', 'created_at', 'first_seq', 'event_count'] as const;
  const covering = await store.db.selectFrom('documents').select(columns).where('first_seq', '<=', start).orderBy('first_seq', 'desc').limit(1).executeTakeFirst();
  const rest = await store.db.selectFrom('documents').select(columns).where('first_seq', '>', start).where('first_seq', '<', end).orderBy('first_seq').execute();
  const rows = covering !== undefined && Number(covering.first_seq) + Number(covering.event_count) > start ? [covering, ...rest] : rest;
  return rows.map((row) => ({ ...row, first_seq: Number(row.first_seq), event_count: Number(row.event_count) }));
}

/** Stored nodes of the levels checked here whose subtrees lie inside the chunk, by `level:idx`. */
async function readStoredNodes(store: Store, task: ChunkTask): Promise<Map<string, Buffer>> {
  const nodes = new Map<string, Buffer>();
  if (task.level < MERKLE_STORED_LEVEL_MIN) return nodes;
  const rows = await store.db.selectFrom('merkle_nodes').select(['level', 'idx', 'hash'])
    .where((eb) => eb.or(Array.from({ length: task.level - MERKLE_STORED_LEVEL_MIN + 1 }, (_, i) => {
      const level = MERKLE_STORED_LEVEL_MIN + i;
      return eb.and([eb('level', '=', level), eb('idx', '>=', task.start / 2 ** level), eb('idx', '<', Math.floor(task.end / 2 ** level))]);
    })))
    .execute();
  for (const row of rows) nodes.set(`${row.level}:${row.idx}`, row.hash);
  return nodes;
}

function documentHasher(format: string, doc: StoredDocument): DocumentHasher {
  return new DocumentHasher({ format, party: doc.party_id, keyId: doc.key_id, createdAt: doc.created_at });
}

async function documentProblem(store: Store, doc: StoredDocument, hashHex: string, keys: KeyCache): Promise<string | null> {
  if (hashHex !== doc.id) return `document ${doc.id} was altered: its events or header no longer hash to its id`;
  if (!keys.has(doc.key_id)) keys.set(doc.key_id, await findKey(store.db, doc.key_id));
  const key = keys.get(doc.key_id);
  if (key === undefined) return `document ${doc.id} is signed with key ${doc.key_id}, which is not in the registry`;
  if (key.partyId !== doc.party_id) return `document ${doc.id} of ${doc.party_id} is signed with key ${doc.key_id} of ${key.partyId}`;
  const bad = await signatureProblem(doc.id, doc.signature, key.publicJwk, key.id);
  return bad === null ? null : `the signature of document ${doc.id} ${bad}`;
}
