// The single write path of the ledger. Every door (CLI, REST, EPCIS, spreadsheet) ends here:
// check the document, check its signature against the registry, then in one transaction apply
// its events to the lots they touch, chain and hash them, and write everything, or nothing.
import { MERKLE_STORED_LEVEL_MIN } from '../limits.ts';
import { InputRefused, type Problem } from '../problems.ts';
import { findFacilities, findKey, findParties, keyUnusableReason } from '../registry/queries.ts';
import { DuplicateEventError, type CaptureTransaction, type RecordedEventRef, type Store } from '../store/index.ts';
import type { EventsTable, LotFlowsTable, MerkleNodesTable } from '../store/schema.ts';
import { chainHash } from './canonical.ts';
import { prepareDocument, type PreparedDocument } from './prepare-document.ts';
import type { CaptureDocument, LedgerEvent, PlainEvent } from './document-schema.ts';
import { EventRefused, LotBook, type CorrectionTarget } from './lot-book.ts';
import { qualifyLotId } from './lot-ids.ts';
import { MerkleAccumulator } from './merkle.ts';
import { signatureProblem } from './signing.ts';

export interface CaptureOptions {
  /** The ledger's clock; tests and the generator set it. */
  now?: Date;
}

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

export async function captureDocument(store: Store, input: unknown, options: CaptureOptions = {}): Promise<CaptureResult> {
  const now = options.now ?? new Date();
  return capturePrepared(store, prepareDocument(input, now), { now });
}

/** The writer's half of a capture, for a document prepared by prepareDocument (on any thread). */
export async function capturePrepared(store: Store, prepared: PreparedDocument, options: CaptureOptions = {}): Promise<CaptureResult> {
  const now = options.now ?? new Date();
  const { document, signature, documentId, leafHashes } = prepared;
  const eventBodies = prepared.bodies;
  const problems: Problem[] = [];
  await checkSigner(store, document, documentId, signature, now);

  const facilities = await findFacilities(store.db, referencedFacilities(document.events));
  const parties = await findParties(store.db, document.events.flatMap((e) => shipTargets(e)));
  const recorder = document.party;
  const registry = {
    recorder,
    facilityKind: (id: string) => {
      const facility = facilities.get(id);
      return facility !== undefined && facility.partyId === recorder ? facility.kind : undefined;
    },
    partyStatus: (id: string) => parties.get(id)?.status,
  };

  // Most documents are new, so the path below looks for earlier copies of their events only when
  // something fails: the events' unique index refuses a repeated id at write time, and a replayed
  // document usually fails its hard rules first (its lots exist already). Either way the capture
  // is then retried from the start, looking for the earlier copies first.
  const attempt = (lookFirst: boolean) => store.capture(async (tx) => {
    const replay = async (): Promise<CaptureResult | undefined> => {
      const recorded = await tx.findEvents(recorder, document.events.map((e) => e.id));
      if (recorded.length === 0) return undefined;
      const original = replayResult(document, eventBodies, recorded, problems);
      if (original === undefined) throw refusal(problems);
      const head = await tx.readHead();
      return { ...original, treeSize: head.size, root: MerkleAccumulator.fromFrontier(head.size, head.frontier).root().toString('hex') };
    };
    if (lookFirst) {
      const original = await replay();
      if (original !== undefined) return original;
    }
    const corrections = await loadCorrections(tx, recorder, document.events);
    const lotIds = new Set<string>();
    document.events.forEach((event) => {
      for (const id of referencedLots(event, recorder)) lotIds.add(id);
    });
    for (const target of corrections.values()) {
      for (const flow of target.flows) lotIds.add(flow.lot_id);
      for (const id of referencedLots(target.event, recorder)) lotIds.add(id);
    }
    const book = new LotBook(await tx.readLots([...lotIds]), registry);
    const head = await tx.readHead();
    const flows: LotFlowsTable[] = [];
    const skipped = new Set(problems.flatMap((p) => (p.event === undefined ? [] : [p.event])));
    document.events.forEach((event, index) => {
      if (skipped.has(index)) return;
      const seq = head.size + index;
      try {
        const target = event.kind === 'correct' ? corrections.get(event.corrects) : undefined;
        book.apply(event, seq, target).forEach((flow, ordinal) => {
          flows.push({ seq, ordinal, lot_id: flow.lotId, direction: flow.direction, mass_grams: flow.massGrams, elements: JSON.stringify(flow.elements) });
        });
      } catch (error) {
        if (!(error instanceof EventRefused)) throw error;
        problems.push({ path: `document.events[${index}].${error.field}`, reason: error.reason, event: index });
      }
    });
    if (problems.length > 0) {
      if (!lookFirst) throw new LookForReplay();
      throw refusal(problems);
    }

    const recordedAt = now.toISOString();
    const merkleNodes: MerkleNodesTable[] = [];
    const accumulator = MerkleAccumulator.fromFrontier(head.size, head.frontier, (level, idx, hash) => {
      if (level >= MERKLE_STORED_LEVEL_MIN) merkleNodes.push({ level, idx, hash });
    });
    let previous = head.chainHash;
    const events: EventsTable[] = document.events.map((event, index) => {
      const seq = head.size + index;
      const body = eventBodies[index]!;
      const leaf = leafHashes[index]!;
      accumulator.push(leaf);
      previous = chainHash(previous, leaf, seq, recordedAt);
      return {
        seq, party_id: recorder, event_id: event.id, document_id: documentId, kind: event.kind,
        event_time: prepared.eventTimes[index]!, recorded_at: recordedAt, body, leaf_hash: leaf, chain_hash: previous,
      };
    });
    await writeOrLookForReplay(tx, !lookFirst, {
      document: {
        id: documentId, party_id: recorder, key_id: document.keyId, signature, created_at: document.createdAt,
        recorded_at: recordedAt, first_seq: head.size, event_count: events.length,
      },
      events,
      lots: book.changedLots(),
      flows,
      merkleNodes,
      head: { size: head.size + events.length, chainHash: previous, frontier: accumulator.frontier() },
      recordedAt,
    });
    return {
      documentId,
      recordedAt,
      replayed: false,
      events: events.map((e) => ({ id: e.event_id, seq: e.seq })),
      treeSize: accumulator.size,
      root: accumulator.root().toString('hex'),
    };
  });
  try {
    return await attempt(false);
  } catch (error) {
    if (!(error instanceof LookForReplay)) throw error;
    problems.length = 0;
    return attempt(true);
  }
}

/** The first attempt failed in a way an earlier copy of the document would explain. */
class LookForReplay extends Error {}

async function writeOrLookForReplay(tx: CaptureTransaction, firstAttempt: boolean, changes: Parameters<CaptureTransaction['write']>[0]): Promise<void> {
  try {
    await tx.write(changes);
  } catch (error) {
    if (firstAttempt && error instanceof DuplicateEventError) throw new LookForReplay();
    throw error;
  }
}

function refusal(problems: Problem[]): InputRefused {
  return new InputRefused(`the document was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was recorded`, sortProblems(problems));
}

async function checkSigner(store: Store, document: CaptureDocument, documentId: string, signature: string, now: Date): Promise<void> {
  const parties = await findParties(store.db, [document.party]);
  const party = parties.get(document.party);
  const refuse = (path: string, reason: string) => {
    throw new InputRefused('the document was refused; nothing was recorded', [{ path, reason }]);
  };
  if (party === undefined) refuse('document.party', `no party ${document.party} in the registry`);
  else if (party.status !== 'active') refuse('document.party', `party ${document.party} is ${party.status} and may not record`);
  const key = await findKey(store.db, document.keyId);
  if (key === undefined) return refuse('document.keyId', `no registered key ${document.keyId}`);
  const unusable = keyUnusableReason(key, document.party, now);
  if (unusable !== null) refuse('document.keyId', unusable);
  const bad = await signatureProblem(documentId, signature, key.publicJwk, key.id);
  if (bad !== null) refuse('signature', bad);
}

/** When every event of the document was recorded before with the same content, the original
 * result; otherwise adds a problem for each event already recorded and returns undefined. */
function replayResult(
  document: CaptureDocument,
  bodies: readonly string[],
  recorded: readonly RecordedEventRef[],
  problems: Problem[],
): Omit<CaptureResult, 'treeSize' | 'root'> | undefined {
  const byId = new Map(recorded.map((r) => [r.eventId, r]));
  const sameDocument = recorded.length === document.events.length && new Set(recorded.map((r) => r.documentId)).size === 1;
  let allSame = sameDocument;
  document.events.forEach((event, index) => {
    const earlier = byId.get(event.id);
    if (earlier === undefined) return;
    if (earlier.body !== bodies[index]) {
      allSame = false;
      problems.push({
        path: `document.events[${index}].id`,
        reason: `event ${event.id} was already recorded (seq ${earlier.seq}) with different content; a new event needs a new id, and a change to a recorded event is a correct event`,
        event: index,
      });
    }
  });
  if (allSame) {
    return {
      documentId: recorded[0]!.documentId,
      recordedAt: recorded[0]!.recordedAt,
      replayed: true,
      events: document.events.map((event) => ({ id: event.id, seq: byId.get(event.id)!.seq })),
    };
  }
  document.events.forEach((event, index) => {
    const earlier = byId.get(event.id);
    if (earlier !== undefined && earlier.body === bodies[index]) {
      problems.push({
        path: `document.events[${index}].id`,
        reason: `event ${event.id} was already recorded (seq ${earlier.seq}, document ${earlier.documentId}); resend that document unchanged, or leave this event out`,
        event: index,
      });
    }
  });
  return undefined;
}

async function loadCorrections(tx: CaptureTransaction, recorder: string, events: readonly LedgerEvent[]): Promise<Map<string, CorrectionTarget>> {
  const ids = events.flatMap((e) => (e.kind === 'correct' ? [e.corrects] : []));
  const targets = new Map<string, CorrectionTarget>();
  if (ids.length === 0) return targets;
  for (const found of await tx.findEvents(recorder, ids)) {
    targets.set(found.eventId, { seq: found.seq, event: JSON.parse(found.body) as LedgerEvent, flows: await tx.readFlows(found.seq) });
  }
  return targets;
}

function plainEvents(event: LedgerEvent): PlainEvent[] {
  if (event.kind !== 'correct') return [event];
  return event.replacement === undefined ? [] : [event.replacement];
}

function referencedLots(event: LedgerEvent, recorder: string): string[] {
  const ids: string[] = [];
  for (const e of plainEvents(event)) {
    switch (e.kind) {
      case 'extract':
      case 'import':
      case 'collect':
        ids.push(e.lot.id);
        break;
      case 'process':
        ids.push(...e.inputs.map((i) => i.lot), ...e.outputs.map((o) => o.id));
        break;
      case 'ship':
        ids.push(e.lot, ...(e.shipmentLot === undefined ? [] : [e.shipmentLot]));
        break;
      default:
        ids.push(e.lot);
    }
  }
  return ids.map((id) => qualifyLotId(id, recorder));
}

function referencedFacilities(events: readonly LedgerEvent[]): string[] {
  return events.flatMap(plainEvents).flatMap((e) => ('facility' in e && e.facility !== undefined ? [e.facility] : []));
}

function shipTargets(event: LedgerEvent): string[] {
  return plainEvents(event).flatMap((e) => (e.kind === 'ship' ? [e.to] : []));
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.event ?? -1) - (b.event ?? -1));
}
