// The single write path of the ledger. Every door (CLI, REST, EPCIS, spreadsheet) ends here:
// check the document, check its signature against the registry, then in one transaction apply
// its events to the lots they touch, chain and hash them, and write everything, or nothing.
// A stream of documents takes the pipelined form of the same path (capture-stream.ts).
import { InputRefused, type Problem } from '../problems.ts';
import { keyUnusableReason, partyRecordOf, type KeyRecord } from '../registry/queries.ts';
import { versionsOf } from '../registry/history.ts';
import { DuplicateEventError, type CaptureReads, type CaptureTransaction, type CaptureWrite, type RecordedEventRef, type Store } from '../store/index.ts';
import { applyDocument, lotIdsOf, referencedFacilities, shipTargets, type CaptureResult } from './apply-document.ts';
import { prepareDocument, type PreparedDocument } from './prepare-document.ts';
import type { CaptureDocument, LedgerEvent } from './document-schema.ts';
import type { CorrectionTarget, RegistryView } from './lot-book.ts';
import { loadDocumentSupervision, type DocumentSupervision } from '../supervision/capture-rules.ts';
import { MerkleAccumulator } from './merkle.ts';
import { signatureProblem } from './signing.ts';
import { registryReads, type RegistryReads } from './registry-reads.ts';

export type { CaptureResult } from './apply-document.ts';

export interface CaptureOptions {
  /** The ledger's clock; tests and the generator set it. */
  now?: Date;
}

export async function captureDocument(store: Store, input: unknown, options: CaptureOptions = {}): Promise<CaptureResult> {
  const now = options.now ?? new Date();
  return capturePrepared(store, prepareDocument(input, now), { now });
}

/** The writer's half of a capture, for a document prepared by prepareDocument (on any thread). */
export async function capturePrepared(store: Store, prepared: PreparedDocument, options: CaptureOptions = {}): Promise<CaptureResult> {
  const now = options.now ?? new Date();
  const { document, bodies } = prepared;
  const recorder = document.party;
  const registry = await signedDocumentRegistry(registryReads(store.db), prepared, now);

  // Most documents are new, so the path below looks for earlier copies of their events only when
  // something fails: the events' unique index refuses a repeated id at write time, and a replayed
  // document usually fails its hard rules first (its lots exist already). Either way the capture
  // is then retried from the start, looking for the earlier copies first.
  const attempt = (lookFirst: boolean) => store.capture(async (tx) => {
    if (lookFirst) {
      const recorded = await tx.findEvents(recorder, document.events.map((e) => e.id));
      if (recorded.length > 0) {
        const problems: Problem[] = [];
        const original = replayResult(document, bodies, recorded, problems);
        if (original === undefined) throw refusal(problems);
        const head = await tx.readHead();
        return { ...original, treeSize: head.size, root: MerkleAccumulator.fromFrontier(head.size, head.frontier).root().toString('hex') };
      }
    }
    const corrections = await loadCorrections(tx, recorder, document.events);
    const { used, created } = lotIdsOf(document.events, recorder, corrections);
    const lots = await tx.readLots([...used, ...created]);
    const head = await tx.readHead();
    const applied = applyDocument({ prepared, registry, lots, corrections, head, recordedAt: now.toISOString() });
    if ('problems' in applied) {
      if (!lookFirst) throw new LookForReplay();
      throw refusal(applied.problems);
    }
    await writeOrLookForReplay(tx, !lookFirst, applied.changes);
    return applied.result;
  });
  try {
    return await attempt(false);
  } catch (error) {
    if (!(error instanceof LookForReplay)) throw error;
    return attempt(true);
  }
}

/** The first attempt failed in a way an earlier copy of the document would explain. */
class LookForReplay extends Error {}

async function writeOrLookForReplay(tx: CaptureTransaction, firstAttempt: boolean, changes: CaptureWrite): Promise<void> {
  try {
    await tx.write(changes);
  } catch (error) {
    if (firstAttempt && error instanceof DuplicateEventError) throw new LookForReplay();
    throw error;
  }
}

export function refusal(problems: Problem[]): InputRefused {
  return new InputRefused(`the document was refused (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was recorded`, sortProblems(problems));
}

/** What the capture path needs of the registry for one document: the hard rules' view, and the
 * capture-time supervision rules with the facts they check against. */
export interface DocumentRegistry extends RegistryView {
  supervision: DocumentSupervision;
  /** The registry version it was read at (RegistryReads.version). */
  version: number | null;
}

/** Checks the signer (refusing the document if it does not hold) and reads what the hard rules and
 * the capture-time supervision rules need of the registry: the recorder's facilities, licences and
 * quotas, and the parties it ships or delivers to. */
export async function signedDocumentRegistry(registry: RegistryReads, prepared: PreparedDocument, now: Date): Promise<DocumentRegistry> {
  await checkSigner(registry, prepared.document, prepared.documentId, prepared.signature, now);
  return documentRegistry(registry, prepared.document);
}

/** What the hard rules and the capture-time rules need of the registry for a document whose signer
 * has been checked (or, in a dry run, whose key has: checkRecorderKey). */
export async function documentRegistry(registry: RegistryReads, document: CaptureDocument): Promise<DocumentRegistry> {
  const facilityIds = referencedFacilities(document.events);
  const partyIds = [document.party, ...shipTargets(document.events)];
  const [facilities, parties, history] = await Promise.all([
    registry.facilities(facilityIds),
    registry.parties(partyIds),
    registry.history(partyIds, facilityIds),
  ]);
  const supervision = await loadDocumentSupervision(registry, document, parties, facilities, history);
  const recorder = document.party;
  return {
    supervision,
    version: registry.version,
    recorder,
    facilityKind: (id: string) => {
      const facility = facilities.get(id);
      return facility !== undefined && facility.partyId === recorder ? facility.kind : undefined;
    },
    partyStatus: (id: string, atMs: number) => {
      const party = parties.get(id);
      return party === undefined ? undefined : versionsOf(history, 'parties', party, id, partyRecordOf).at(atMs).status;
    },
    partyRoles: (id: string, atMs: number) => {
      const party = parties.get(id);
      return party === undefined ? undefined : versionsOf(history, 'parties', party, id, partyRecordOf).at(atMs).roles;
    },
  };
}

async function checkSigner(registry: RegistryReads, document: CaptureDocument, documentId: string, signature: string, now: Date): Promise<void> {
  const key = await checkRecorderKey(registry, document, now);
  const bad = await signatureProblem(documentId, signature, key.publicJwk, key.id);
  if (bad !== null) throw new InputRefused('the document was refused; nothing was recorded', [{ path: 'signature', reason: bad }]);
}

/** Refuses the document unless its party is registered and active and its key is the party's and
 * usable at `now`; returns the key. Everything about the signer but the signature itself. */
export async function checkRecorderKey(registry: RegistryReads, document: CaptureDocument, now: Date): Promise<KeyRecord> {
  const parties = await registry.parties([document.party]);
  const party = parties.get(document.party);
  const refuse = (path: string, reason: string): never => {
    throw new InputRefused('the document was refused; nothing was recorded', [{ path, reason }]);
  };
  if (party === undefined) return refuse('document.party', `no party ${document.party} in the registry`);
  if (party.status !== 'active') {
    // A party suspended today still files what it did while it was active (its last month's data
    // is due by the 10th); only events dated after the change are refused.
    const versions = versionsOf(await registry.history([document.party], []), 'parties', party, party.id, partyRecordOf);
    document.events.forEach((event, i) => {
      const standing = event.kind === 'correct' ? event.replacement ?? event : event;
      const status = versions.at(Date.parse(standing.time)).status;
      if (status !== 'active') refuse(`document.events[${i}].time`, `party ${document.party} was ${status} at ${standing.time} and may not record what it did then`);
    });
  }
  const key = await registry.key(document.keyId);
  if (key === undefined) return refuse('document.keyId', `no registered key ${document.keyId}`);
  const unusable = keyUnusableReason(key, document.party, now);
  if (unusable !== null) refuse('document.keyId', unusable);
  return key;
}

/** When every event of the document was recorded before with the same content, the original
 * result; otherwise adds a problem for each event already recorded and returns undefined. */
export function replayResult(
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

/** The recorded events that the document's corrections name, with their lot movements. */
export async function loadCorrections(reads: CaptureReads, recorder: string, events: readonly LedgerEvent[]): Promise<Map<string, CorrectionTarget>> {
  const ids = events.flatMap((e) => (e.kind === 'correct' ? [e.corrects] : []));
  const targets = new Map<string, CorrectionTarget>();
  if (ids.length === 0) return targets;
  for (const found of await reads.findEvents(recorder, ids)) {
    targets.set(found.eventId, { seq: found.seq, event: JSON.parse(found.body) as LedgerEvent, flows: await reads.readFlows(found.seq) });
  }
  return targets;
}

function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.event ?? -1) - (b.event ?? -1));
}
