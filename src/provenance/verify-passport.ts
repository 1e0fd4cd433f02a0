// Public verification of a passport: recomputes everything it can from the passport alone (the
// ledger's signature over it, the inclusion proof from the event's leaf up to the checkpoint's
// root, the checkpoint's signature), and, given the ledger, checks the passport against it (the
// ledger's key, the stored event still hashes to the proven leaf and is the one that made the lot,
// the log's root at the checkpoint's size, the lot, not voided since). Says valid, or exactly what is wrong.
import { canonicalJson } from '../ledger/index.ts';
import { eventLeafHashHex } from '../ledger/canonical.ts';
import { ledgerRoot, ledgerSize } from '../ledger/proofs.ts';
import { verifyInclusion } from '../ledger/merkle.ts';
import { keyIdOf } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { checkpointProblems, ed25519Verifies, ledgerPublicKey } from './checkpoint.ts';
import type { Passport } from './passport.ts';
import { readEventsBySeq } from './reads.ts';

export interface PassportVerification {
  valid: boolean;
  /** Each problem names the field and what is wrong with it. */
  problems: string[];
  /** What was checked, in order. */
  checked: string[];
}

const HEX32 = /^[0-9a-f]{64}$/;

function shapeProblems(p: Record<string, any>): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => { if (!ok) problems.push(what); };
  need(p['type'] === 'RareEarthProductPassport', 'type must be RareEarthProductPassport');
  need(typeof p['lot']?.id === 'string' && Number.isSafeInteger(p['lot']?.massGrams), 'lot must have an id and whole massGrams');
  const e = p['evidence'];
  need(Number.isSafeInteger(e?.event?.seq) && typeof e?.event?.party === 'string', 'evidence.event must have seq and party');
  need(Number.isSafeInteger(e?.inclusionProof?.treeSize) && HEX32.test(e?.inclusionProof?.leafHash) && Array.isArray(e?.inclusionProof?.path) && e.inclusionProof.path.every((h: unknown) => typeof h === 'string' && HEX32.test(h)), 'evidence.inclusionProof must have treeSize, leafHash and a path of 32-byte hex hashes');
  const c = e?.checkpoint;
  need(typeof c?.origin === 'string' && Number.isSafeInteger(c?.treeSize) && HEX32.test(c?.rootHash) && typeof c?.note === 'string' && typeof c?.signature === 'string' && typeof c?.keyId === 'string' && typeof c?.publicJwk?.x === 'string', 'evidence.checkpoint must have origin, treeSize, rootHash, note, keyId, publicJwk and signature');
  need(typeof p['signature']?.value === 'string' && typeof p['signature']?.keyId === 'string' && typeof p['signature']?.publicJwk?.x === 'string', 'signature must have keyId, publicJwk and value');
  return problems;
}

export async function verifyPassport(passport: unknown, options: { store?: Store } = {}): Promise<PassportVerification> {
  const checked: string[] = [];
  if (passport === null || typeof passport !== 'object' || Array.isArray(passport)) {
    return { valid: false, problems: ['a passport is a JSON object'], checked };
  }
  checked.push('shape');
  const shape = shapeProblems(passport as Record<string, any>);
  if (shape.length > 0) return { valid: false, problems: shape, checked };
  const p = passport as Passport;
  const problems: string[] = [];
  const { event, inclusionProof, checkpoint } = p.evidence;

  checked.push('passport signature');
  const { signature, ...unsigned } = p;
  if ((await keyIdOf(signature.publicJwk)) !== signature.keyId) problems.push(`signature.keyId ${signature.keyId} is not the thumbprint of signature.publicJwk`);
  if (!ed25519Verifies(signature.publicJwk, canonicalJson(unsigned), signature.value)) {
    problems.push('signature does not verify: the passport was changed after the ledger signed it');
  }
  if (signature.keyId !== checkpoint.keyId) problems.push(`signature.keyId ${signature.keyId} differs from the checkpoint's key ${checkpoint.keyId}`);

  checked.push('checkpoint signature');
  problems.push(...await checkpointProblems(checkpoint));

  checked.push('inclusion proof');
  if (inclusionProof.treeSize !== checkpoint.treeSize) problems.push(`evidence.inclusionProof.treeSize ${inclusionProof.treeSize} differs from the checkpoint's ${checkpoint.treeSize}`);
  else if (event.seq >= checkpoint.treeSize) problems.push(`evidence.event.seq ${event.seq} is beyond the checkpoint's ${checkpoint.treeSize} events`);
  else if (!verifyInclusion(Buffer.from(inclusionProof.leafHash, 'hex'), event.seq, checkpoint.treeSize, inclusionProof.path.map((h) => Buffer.from(h, 'hex')), Buffer.from(checkpoint.rootHash, 'hex'))) {
    problems.push(`evidence.inclusionProof does not lead from the leaf of event ${event.seq} to the checkpoint's root`);
  }

  if (options.store !== undefined) problems.push(...await ledgerProblems(options.store, p, checked));
  return { valid: problems.length === 0, problems, checked };
}

/** The proven event must be the one that made the lot: the lot's id and mass as the event states them. */
function madeLotProblems(p: Passport, bodyText: string, maker: string): string[] {
  const body = JSON.parse(bodyText) as Record<string, any>;
  const made = body['kind'] === 'correct' ? body['replacement'] : body;
  const qualify = (id: unknown) => (typeof id === 'string' && id.includes(':') ? id : `${maker}:${String(id)}`);
  const lots: { id: string; massGrams: number }[] = [];
  if (made?.lot !== undefined && typeof made.lot === 'object') lots.push({ id: qualify(made.lot.id), massGrams: made.lot.massGrams });
  if (Array.isArray(made?.outputs)) for (const o of made.outputs) lots.push({ id: qualify(o.id), massGrams: o.massGrams });
  if (made?.kind === 'ship' && made.shipmentLot !== undefined) lots.push({ id: qualify(made.shipmentLot), massGrams: made.massGrams });
  const match = lots.find((l) => l.id === p.lot.id);
  if (match === undefined) return [`the ledger's event ${p.evidence.event.seq} (a ${String(body['kind'])} event) does not make lot ${p.lot.id}`];
  // A positive stock adjustment after the lot was made adds to its mass; the event states the mass as made.
  if (match.massGrams > p.lot.massGrams) return [`lot.massGrams ${p.lot.massGrams} is less than the ${match.massGrams} g the event made`];
  return [];
}

async function ledgerProblems(store: Store, p: Passport, checked: string[]): Promise<string[]> {
  const problems: string[] = [];
  const { event, inclusionProof, checkpoint } = p.evidence;
  checked.push('ledger key');
  const key = await ledgerPublicKey(store);
  if (key.keyId !== p.signature.keyId) problems.push(`signature.keyId ${p.signature.keyId} is not this ledger's key ${key.keyId}`);

  checked.push('ledger event');
  const stored = (await readEventsBySeq(store.db, [event.seq])).get(event.seq);
  if (stored === undefined) {
    problems.push(`the ledger has no event ${event.seq}`);
  } else {
    const storedLeaf = await store.db.selectFrom('events').select('leaf_hash').where('seq', '=', event.seq).executeTakeFirstOrThrow();
    const document = await store.db.selectFrom('documents').select('first_seq').where('id', '=', stored.documentId).executeTakeFirst();
    const index = document === undefined ? -1 : event.seq - Number(document.first_seq);
    const recomputed = eventLeafHashHex(stored.documentId, index, stored.partyId, stored.bodyText);
    if (stored.partyId !== event.party) problems.push(`the ledger's event ${event.seq} was recorded by ${stored.partyId}, not by ${event.party}`);
    if (recomputed !== inclusionProof.leafHash) {
      problems.push(`the ledger's event ${event.seq} (${stored.eventId}) no longer hashes to the leaf the passport proves (${inclusionProof.leafHash.slice(0, 16)}…): the ledger's record of it was altered`);
    }
    if (storedLeaf.leaf_hash.toString('hex') !== recomputed) problems.push(`the ledger's stored leaf hash of event ${event.seq} does not match its content: run ytterby verify`);
    problems.push(...madeLotProblems(p, stored.bodyText, stored.partyId));
  }

  checked.push('ledger root at the checkpoint');
  const size = await ledgerSize(store);
  if (checkpoint.treeSize > size) problems.push(`the checkpoint claims ${checkpoint.treeSize} events; the ledger has ${size}`);
  else {
    const root = (await ledgerRoot(store, checkpoint.treeSize)).toString('hex');
    if (root !== checkpoint.rootHash) problems.push(`the ledger's root at ${checkpoint.treeSize} events is ${root.slice(0, 16)}…, not the checkpoint's ${checkpoint.rootHash.slice(0, 16)}…: the log was rewritten`);
  }

  checked.push('ledger lot');
  const lot = await store.db.selectFrom('lots').select(['product', 'status']).where('id', '=', p.lot.id).executeTakeFirst();
  if (lot === undefined) problems.push(`the ledger has no lot ${p.lot.id}`);
  else if (lot.product !== p.product.code) problems.push(`the ledger's lot ${p.lot.id} is ${lot.product}, not ${p.product.code}`);
  else if (lot.status === 'void') problems.push(`the ledger's lot ${p.lot.id} was voided by a correction: the passport is withdrawn`);
  return problems;
}
