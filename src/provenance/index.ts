// Provenance: where a lot came from, where it went, how much of it is recycled, and its passport.
// The server and the CLI call these; each takes the viewer whose rights it applies.
export { traceBackward, traceForward, type Trace, type TraceOptions, type TraceLot, type TraceEdge, type TraceEvent } from './trace.ts';
export { recycledContent, recycledContentOf, CRMA_RECYCLED_ELEMENTS, RECYCLED_CONTENT_METHOD, type RecycledContent, type ElementRecycledContent } from './recycled-content.ts';
export { buildPassport, PASSPORT_CONTEXT, type Passport, type PassportOptions, type IssuedPassport } from './passport.ts';
export { issuePassport, lotPassport, passportByLink, qrPng, type StoredPassport } from './passport-store.ts';
export { verifyPassport, type PassportVerification } from './verify-passport.ts';
export { signCheckpoint, ledgerPublicKey, type Checkpoint } from './checkpoint.ts';
export { digitalLinkUri, gtinOfLocalId, DEFAULT_RESOLVER } from './digital-link.ts';
export { ProvenanceRefused, VIEWER_ROLES, checkViewer, type Viewer, type ViewerRole } from './viewer.ts';
export type { OriginEntry, PartyView, FacilityView } from './present.ts';
export { checkAttribution, type AttributionCheck } from './check-attribution.ts';
export { traceMineOutput, yearPeriod, type MineOutputQuery, type MineOutputTrace } from './trace-output.ts';
