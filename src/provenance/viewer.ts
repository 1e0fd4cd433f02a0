// Who is asking, and what they may see (DESIGN.md "Interfaces", roles). One place for the rules, so
// the server, the CLI and the tests apply the same ones.
import type { LotState } from '../store/index.ts';
import { lotNamespace } from '../ledger/lot-ids.ts';

export const VIEWER_ROLES = ['regulator', 'auditor', 'association', 'enterprise', 'public'] as const;
export type ViewerRole = (typeof VIEWER_ROLES)[number];

export interface Viewer {
  role: ViewerRole;
  /** The enterprise's USCC; required for, and only for, the enterprise role. */
  party?: string;
}

/** Why the provenance area refused a request: the server maps `kind` to 400, 403 and 404. */
export class ProvenanceRefused extends Error {
  override readonly name = 'ProvenanceRefused';
  constructor(
    readonly kind: 'bad-input' | 'forbidden' | 'not-found' | 'gone',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function checkViewer(viewer: unknown): Viewer {
  const v = viewer as Partial<Viewer> | null;
  if (v === null || typeof v !== 'object' || !VIEWER_ROLES.includes(v.role as ViewerRole)) {
    throw new ProvenanceRefused('bad-input', `viewer.role must be one of ${VIEWER_ROLES.join(', ')}`);
  }
  if (v.role === 'enterprise' && (typeof v.party !== 'string' || v.party === '')) throw new ProvenanceRefused('bad-input', 'an enterprise viewer names its party (USCC)');
  if (v.role !== 'enterprise' && v.party !== undefined) throw new ProvenanceRefused('bad-input', `a ${v.role} viewer names no party`);
  return v as Viewer;
}

/** Regulators and auditors see every identity; everyone else sees only their own. */
export function seesAll(viewer: Viewer): boolean {
  return viewer.role === 'regulator' || viewer.role === 'auditor';
}

/** Whether the viewer may see this party's identity (name, USCC, facilities, lot ids). */
export function seesParty(viewer: Viewer, partyId: string): boolean {
  return seesAll(viewer) || (viewer.role === 'enterprise' && viewer.party === partyId);
}

/** A lot that does not exist and a lot the viewer may not see are refused alike, word for word,
 * so that no answer tells whether another party's lot id exists (docs/api.md). */
export function lotNotFound(lotId: string): ProvenanceRefused {
  return new ProvenanceRefused('not-found', `no lot ${lotId}${lotId.includes(':') ? '' : '; lot ids are qualified by their maker, USCC:local-id'}`);
}

/** Lots an enterprise knows by its own records: made, held or received by it. */
export function isOwnLot(viewer: Viewer, lot: LotState): boolean {
  if (viewer.role !== 'enterprise') return false;
  return lot.holderId === viewer.party || lot.previousHolderId === viewer.party || lotNamespace(lot.id) === viewer.party || lot.destinationId === viewer.party;
}

/** The lot, when the viewer may know of it; otherwise the refusal of a lot that does not exist. An
 * enterprise knows its own lots; the other roles are refused by role before any lot is read. */
export function visibleLot(viewer: Viewer, lotId: string, lot: LotState | undefined): LotState {
  if (lot === undefined || (viewer.role === 'enterprise' && !isOwnLot(viewer, lot))) throw lotNotFound(lotId);
  return lot;
}

/** Who traces lots at all: regulators and auditors any lot, an enterprise its own (visibleLot).
 * Refused by role alone, before the lot is read, so the answer is the same for every lot id. */
export function assertMayTrace(viewer: Viewer): void {
  if (seesAll(viewer) || viewer.role === 'enterprise') return;
  throw new ProvenanceRefused('forbidden', `a ${viewer.role} viewer may not trace lots; ${viewer.role === 'public' ? 'passports are verified publicly' : 'the association sees statistics'}`);
}

/** Who issues passports at all: regulators, auditors and enterprises (each for the lots it made,
 * assertMakes). Refused by role alone, before the lot is read. */
export function assertMayIssuePassport(viewer: Viewer): void {
  if (seesAll(viewer) || viewer.role === 'enterprise') return;
  throw new ProvenanceRefused('forbidden', `a ${viewer.role} viewer does not issue passports; a lot's maker, a regulator or an auditor does`);
}

/** A passport publishes the event that made the lot, so an enterprise issues (or reads back) the
 * passports of lots it made only. Asked once the lot is known to be visible to the viewer, whose
 * records name it already: the refusal says no more than they do. */
export function assertMakes(viewer: Viewer, lot: LotState): void {
  if (seesAll(viewer) || lotNamespace(lot.id) === viewer.party) return;
  throw new ProvenanceRefused('forbidden', `a passport publishes the event that made its lot, so only the lot's maker, a regulator or an auditor issues it`);
}
