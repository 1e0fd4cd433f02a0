// Product passports: a JSON-LD document about one lot, safe to publish (no upstream enterprise is
// named), with the ledger's proof that the event that made the lot is in the log (its leaf, not its
// body, which names the maker's suppliers), a checkpoint of
// the log signed by the ledger, and the ledger's signature over the whole passport, so the origin
// and recycled shares it states (which the ledger computed, not the enterprise) are vouched for too.
import QRCode from 'qrcode';
import { productByCode, type Composition } from '../domain/index.ts';
import { canonicalJson, proveInclusion } from '../ledger/index.ts';
import { lotNamespace } from '../ledger/lot-ids.ts';
import type { PublicJwk } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { ed25519Sign, ledgerKey, signCheckpoint, type Checkpoint } from './checkpoint.ts';
import { DEFAULT_RESOLVER, digitalLinkUri, gtinOfLocalId } from './digital-link.ts';
import { originEntries, type OriginEntry } from './present.ts';
import { readEventsBySeq, readLot, readRegistry } from './reads.ts';
import { recycledContentOf, type RecycledContent } from './recycled-content.ts';
import { assertMakes, assertMayIssuePassport, checkViewer, ProvenanceRefused, type Viewer } from './viewer.ts';
import { attributedTotals, parseSource } from '../domain/index.ts';

export const PASSPORT_CONTEXT = {
  '@vocab': 'https://w3id.org/ytterby/passport#',
  schema: 'https://schema.org/',
  gs1: 'https://ref.gs1.org/voc/',
  id: '@id',
  type: '@type',
  issued: { '@id': 'schema:dateCreated', '@type': 'schema:DateTime' },
  product: 'schema:itemOffered',
  hsCode: 'schema:hasMeasurement',
  gtin: 'gs1:gtin',
} as const;

export interface PassportEvidence {
  /** The event that made the lot: its place in the log and its recorder (the lot's maker). Its body
   * is not published, since it names the maker's suppliers; the ledger checks it (verifyPassport
   * with the store) against the leaf proven here. */
  event: { seq: number; party: string; kind: string; time: string };
  inclusionProof: { treeSize: number; leafHash: string; path: string[] };
  checkpoint: Checkpoint;
}

export interface Passport {
  '@context': typeof PASSPORT_CONTEXT;
  type: 'RareEarthProductPassport';
  id: string;
  gtin: string;
  issued: string;
  product: { code: string; nameEn: string; nameZh: string; hsCode: string; category: string };
  lot: { id: string; massGrams: number; compositionGrams: Composition; madeAt: string; maker: { id: string; nameEn: string; nameZh: string; region: string } };
  custodyModel: string | null;
  origin: OriginEntry[];
  recycledContent: Omit<RecycledContent, 'lot'>;
  evidence: PassportEvidence;
  /** The ledger's Ed25519 signature over the canonical JSON (RFC 8785) of everything above. */
  signature: { keyId: string; publicJwk: PublicJwk; value: string };
}

export interface PassportOptions {
  viewer: Viewer;
  /** The product's GTIN-14, when the lot's id is not an LGTIN. */
  gtin?: string;
  /** Resolver domain of the Digital Link. */
  resolver?: string;
  /** Issue time; default now. */
  issued?: string;
}

export interface IssuedPassport {
  passport: Passport;
  digitalLink: string;
  qrSvg: string;
}

/** Regulators and auditors issue passports for any lot, an enterprise for lots it made: the
 * passport shows the event that made the lot, which must be the viewer's own to publish. */
export async function buildPassport(store: Store, lotId: string, options: PassportOptions): Promise<IssuedPassport> {
  const viewer = checkViewer(options?.viewer);
  assertMayIssuePassport(viewer);
  const lot = await readLot(store.db, lotId, viewer);
  assertMakes(viewer, lot);
  const maker = lotNamespace(lot.id);
  if (lot.status === 'void') throw new ProvenanceRefused('bad-input', `lot ${lot.id} was voided by a correction`);
  const product = productByCode(lot.product)!;
  const localId = lot.id.slice(maker.length + 1);
  const fromId = gtinOfLocalId(localId);
  const gtin = options.gtin ?? fromId?.gtin;
  if (gtin === undefined) throw new ProvenanceRefused('bad-input', `lot ${lot.id} is not named by an LGTIN, so its passport needs the product's GTIN (gtin)`);
  const digitalLink = digitalLinkUri(options.resolver ?? DEFAULT_RESOLVER, gtin, fromId?.lot ?? localId);
  const issued = options.issued ?? new Date().toISOString();
  if (Number.isNaN(Date.parse(issued))) throw new ProvenanceRefused('bad-input', `issued ${JSON.stringify(issued)} is not an ISO 8601 date-time`);

  const event = (await readEventsBySeq(store.db, [lot.createdSeq])).get(lot.createdSeq);
  if (event === undefined) throw new Error(`assertion: lot ${lot.id} was made at seq ${lot.createdSeq}, which is not in the log`);
  const checkpoint = await signCheckpoint(store);
  const proof = await proveInclusion(store, event.seq, checkpoint.treeSize);
  if (proof.root !== checkpoint.rootHash) throw new Error('assertion: the inclusion proof and the checkpoint disagree on the root');
  const mineFacilities = Object.keys(lot.origin ?? {}).flatMap((key) => { const s = parseSource(key); return s.type === 'mine' ? [s.facility] : []; });
  const registry = await readRegistry(store.db, [maker], mineFacilities);
  const makerRecord = registry.parties.get(maker);
  const composition = lot.origin === null ? lot.elements : attributedTotals(lot.origin);
  const { lot: _lot, ...recycled } = recycledContentOf(lot);

  const unsigned: Omit<Passport, 'signature'> = {
    '@context': PASSPORT_CONTEXT,
    type: 'RareEarthProductPassport',
    id: digitalLink,
    gtin,
    issued,
    product: { code: product.code, nameEn: product.names.en, nameZh: product.names.zh, hsCode: product.hsCode, category: product.category },
    lot: {
      id: lot.id, massGrams: lot.massGrams, compositionGrams: composition, madeAt: event.time,
      maker: { id: maker, nameEn: makerRecord?.nameEn ?? '', nameZh: makerRecord?.nameZh ?? '', region: makerRecord?.region ?? '' },
    },
    custodyModel: lot.custody,
    // Public: sums by source type, region and country, never an upstream facility or enterprise.
    origin: lot.origin === null ? [{ type: 'untraced', elements: lot.elements }] : originEntries(lot.origin, registry.facilities, false),
    recycledContent: recycled,
    evidence: {
      event: { seq: event.seq, party: event.partyId, kind: event.kind, time: event.time },
      inclusionProof: { treeSize: proof.treeSize, leafHash: proof.leafHash, path: proof.path },
      checkpoint,
    },
  };
  const key = await ledgerKey(store);
  const passport: Passport = { ...unsigned, signature: { keyId: key.kid, publicJwk: key.publicJwk, value: ed25519Sign(key.privateJwk, canonicalJson(unsigned)) } };
  const qrSvg = await QRCode.toString(digitalLink, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return { passport, digitalLink, qrSvg };
}
