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

/** Lots an enterprise knows by its own records: made, held or received by it. */
/** A passport publishes the event that made the lot, so only the lot's maker, a regulator or an
 * auditor issues it (or reads back the one kept for it). */
export function assertMayIssuePassport(viewer: Viewer, lotId: string): void {
  const maker = lotNamespace(lotId);
  if (seesParty(viewer, maker)) return;
  throw new ProvenanceRefused('forbidden', `a passport of lot ${lotId} publishes the event that made it, so only its maker ${maker}, a regulator or an auditor issues it`);
}

export function isOwnLot(viewer: Viewer, lot: LotState): boolean {
  if (viewer.role !== 'enterprise') return false;
  return lot.holderId === viewer.party || lot.previousHolderId === viewer.party || lotNamespace(lot.id) === viewer.party || lot.destinationId === viewer.party;
}

/** Traces and attribution of a lot: regulators and auditors any lot; an enterprise its own. */
export function assertMayTrace(viewer: Viewer, lot: LotState): void {
  if (seesAll(viewer) || isOwnLot(viewer, lot)) return;
  if (viewer.role === 'enterprise') throw new ProvenanceRefused('forbidden', `lot ${lot.id} is not one of ${viewer.party}'s lots; an enterprise traces the lots it made, holds or received`);
  throw new ProvenanceRefused('forbidden', `a ${viewer.role} viewer may not trace lots; ${viewer.role === 'public' ? 'passports are verified publicly' : 'the association sees statistics'}`);
}
