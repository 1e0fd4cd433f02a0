// Applies a prepared document to the lots it touches and extends the log with it: the changes to
// write and the result to return, or the hard-rule problems that refuse it. Pure: the caller
// reads the lots and the head (in a locked transaction, or from its pipeline's own view) and
// writes what this returns.
import { MERKLE_STORED_LEVEL_MIN } from '../limits.ts';
import type { Problem } from '../problems.ts';
import { lotToRow } from '../store/lot-rows.ts';
import type { CaptureWrite, EventRow, FlowRow, LedgerHead, LotRow, LotState, MerkleNodeRow } from '../store/index.ts';
import { HASH_BYTES } from '../store/index.ts';
import { chainHashHex } from './canonical.ts';
import type { LedgerEvent, PlainEvent } from './document-schema.ts';
import { EventRefused, LotBook, type CorrectionTarget, type FlowDraft } from './lot-book.ts';
import type { DocumentRegistry } from './capture-document.ts';
import { qualifyLotId } from './lot-ids.ts';
import { MerkleAccumulator } from './merkle.ts';
import type { PreparedDocument } from './prepare-document.ts';

export interface CaptureResult {
  documentId: string;
  recordedAt: string;
  /** True when this exact document was recorded before: nothing new was written. */
  replayed: boolean;
  events: { id: string; seq: number }[];
  /** Log size and Merkle root right after this document; for a replay, the current ones. */
  treeSize: number;
  root: string;
}

export interface AppliedDocument {
  changes: CaptureWrite;
  /** The lots as this document leaves them (also in changes.lots, as rows). */
  lots: LotState[];
  result: CaptureResult;
}

export interface ApplyInput {
  prepared: PreparedDocument;
  registry: DocumentRegistry;
  /** Every lot the document and its corrections' targets touch, as they stand before it. */
  lots: Iterable<LotState>;
  corrections: ReadonlyMap<string, CorrectionTarget>;
  head: LedgerHead;
  recordedAt: string;
}

export function applyDocument(input: ApplyInput): AppliedDocument | { problems: Problem[] } {
  const { prepared, head, recordedAt } = input;
  const { document, documentId, leafHashes } = prepared;
  const before = new Map<string, LotState>();
  for (const lot of input.lots) before.set(lot.id, lot);
  const book = new LotBook(before.values(), input.registry);
  const { flows, eventFlows, problems } = applyEvents(book, document.events, head.size, input.corrections);
  if (problems.length > 0) return { problems };
  const lots = book.changedLots();
  // Lots made by this document are shown to the rules as it leaves them; their product and origin
  // are what they were made with.
  const made = new Map(lots.map((lot) => [lot.id, lot]));
  const supervised = input.registry.supervision.check({
    events: document.events,
    eventTimes: prepared.eventTimes,
    firstSeq: head.size,
    flows: eventFlows,
    lot: (id) => before.get(id) ?? made.get(id),
    corrections: input.corrections,
    recordedAt,
  });
  if (supervised.problems.length > 0) return { problems: supervised.problems };

  const merkleNodes: MerkleNodeRow[] = [];
  const accumulator = MerkleAccumulator.fromFrontier(head.size, head.frontier, (level, idx, hash) => {
    if (level >= MERKLE_STORED_LEVEL_MIN) merkleNodes.push([level, idx, hash]);
  });
  const count = document.events.length;
  const chainHashes = Buffer.alloc(count * HASH_BYTES);
  const events: EventRow[] = new Array(count);
  let previous = head.chainHash;
  for (let index = 0; index < count; index += 1) {
    const seq = head.size + index;
    const leaf = leafHashes.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
    accumulator.push(leaf);
    chainHashes.write(chainHashHex(previous, leaf, seq, recordedAt), index * HASH_BYTES, 'hex');
    previous = chainHashes.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
    const event = document.events[index]!;
    events[index] = [seq, document.party, event.id, documentId, event.kind, prepared.eventTimes[index]!, recordedAt, prepared.bodies[index]!];
  }
  const newLots: LotRow[] = [];
  const changedLots: LotRow[] = [];
  for (const lot of lots) (lot.createdSeq >= head.size ? newLots : changedLots).push(lotToRow(lot));
  const root = accumulator.root();
  return {
    changes: {
      expectedHead: { size: head.size, chainHash: head.chainHash },
      document: [documentId, document.party, document.keyId, prepared.signature, document.createdAt, recordedAt, head.size, count],
      events,
      leafHashes,
      chainHashes,
      newLots,
      changedLots,
      flows,
      merkleNodes,
      alerts: supervised.alerts,
      head: { size: head.size + count, chainHash: previous, frontier: accumulator.frontier() },
      recordedAt,
      registryVersion: input.registry.version,
    },
    lots,
    result: {
      documentId,
      recordedAt,
      replayed: false,
      events: document.events.map((event, index) => ({ id: event.id, seq: head.size + index })),
      treeSize: accumulator.size,
      root: root.toString('hex'),
    },
  };
}

export interface AppliedEvents {
  /** The rows of lot_flows the events make, in order. */
  flows: FlowRow[];
  /** Each event's own movements (a correction's, without the undoing of its target). */
  eventFlows: FlowDraft[][];
  problems: Problem[];
}

/** Applies a document's events, the first as `firstSeq`, to the book: the one loop that both a
 * capture and the deep check's replay of the log (audit-ledger.ts) run, so that the state the
 * replay expects is made exactly as the capture made it. */
export function applyEvents(book: LotBook, events: readonly LedgerEvent[], firstSeq: number, corrections: ReadonlyMap<string, CorrectionTarget>): AppliedEvents {
  const flows: FlowRow[] = [];
  const eventFlows: FlowDraft[][] = new Array(events.length);
  const problems: Problem[] = [];
  events.forEach((event, index) => {
    const seq = firstSeq + index;
    try {
      const target = event.kind === 'correct' ? corrections.get(event.corrects) : undefined;
      const drafts = book.apply(event, seq, target);
      // A correction's first movements undo its target; the rules see only its replacement's.
      eventFlows[index] = target === undefined ? drafts : drafts.slice(target.flows.length);
      drafts.forEach((flow, ordinal) => {
        flows.push([seq, ordinal, flow.lotId, flow.direction, flow.massGrams, JSON.stringify(flow.elements)]);
      });
    } catch (error) {
      if (!(error instanceof EventRefused)) throw error;
      problems.push({ path: `document.events[${index}].${error.field}`, reason: error.reason, event: index });
    }
  });
  return { flows, eventFlows, problems };
}

function plainEvents(event: LedgerEvent): PlainEvent[] {
  if (event.kind !== 'correct') return [event];
  return event.replacement === undefined ? [] : [event.replacement];
}

/** The lots a document touches: those it uses that it did not create itself (and those its
 * corrections' targets touched), and the ids it names for the lots it creates, which the locked
 * path reads too, to refuse an id that exists with a precise reason. */
export function lotIdsOf(events: readonly LedgerEvent[], recorder: string, corrections: ReadonlyMap<string, CorrectionTarget>): { used: string[]; created: string[] } {
  const lots = new DocumentLots(recorder);
  for (const event of events) lots.collect(event);
  for (const target of corrections.values()) {
    for (const flow of target.flows) lots.used.add(flow.lot_id);
    // The target's lots exist already, whatever it did to them.
    const own = new DocumentLots(recorder);
    own.collect(target.event);
    for (const id of [...own.used, ...own.created]) lots.used.add(id);
  }
  for (const id of lots.used) lots.created.delete(id);
  return { used: [...lots.used], created: [...lots.created] };
}

class DocumentLots {
  readonly used = new Set<string>();
  readonly created = new Set<string>();
  readonly #recorder: string;

  constructor(recorder: string) {
    this.#recorder = recorder;
  }

  collect(event: LedgerEvent): void {
    for (const e of plainEvents(event)) {
      switch (e.kind) {
        case 'extract':
        case 'import':
        case 'collect':
          this.#create(e.lot.id);
          break;
        case 'process':
          for (const input of e.inputs) this.#use(input.lot);
          for (const output of e.outputs) this.#create(output.id);
          break;
        case 'ship':
          this.#use(e.lot);
          if (e.shipmentLot !== undefined) this.#create(e.shipmentLot);
          break;
        default:
          this.#use(e.lot);
      }
    }
  }

  /** A lot the document made before using it need not be read: if its id existed already, the
   * document is refused when the new lot is written. */
  #use(id: string): void {
    const qualified = qualifyLotId(id, this.#recorder);
    if (!this.created.has(qualified)) this.used.add(qualified);
  }

  #create(id: string): void {
    this.created.add(qualifyLotId(id, this.#recorder));
  }
}

export function referencedFacilities(events: readonly LedgerEvent[]): string[] {
  return events.flatMap(plainEvents).flatMap((e) => ('facility' in e && e.facility !== undefined ? [e.facility] : []));
}

export function shipTargets(events: readonly LedgerEvent[]): string[] {
  return events.flatMap(plainEvents).flatMap((e) => (e.kind === 'ship' ? [e.to] : e.kind === 'deliver' && e.customer.id !== undefined ? [e.customer.id] : []));
}
