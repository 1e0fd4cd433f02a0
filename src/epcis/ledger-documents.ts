// An EPCIS capture as the ledger documents it becomes, and how their recorder signs them. With
// rollback the capture is one document (all or nothing, as the ledger records a document); with
// proceed each event is a document of its own, so the good ones are recorded and the bad ones
// refused one by one. Either way each document is signed by the enterprise, as every ledger
// document is: the signature header carries one detached JWS per document (docs/epcis.md).
import type { JWK } from 'jose';
import type { Problem } from '../problems.ts';
import { CAPTURE_FORMAT, documentIdOf, signDocumentId, type CaptureDocument, type LedgerEvent } from '../ledger/index.ts';
import { fromEpcisEvent } from './from-epcis.ts';
import type { EpcisEvent } from './to-epcis.ts';

export type ErrorBehaviour = 'rollback' | 'proceed';

/** The signature header's entry for an event its enterprise did not sign (proceed only). */
export const UNSIGNED = '-';

/** An EPCIS document that passed the schema stage. */
export interface EpcisDocument {
  creationDate: string;
  epcisBody: { eventList: EpcisEvent[] };
}

/** One ledger document of a capture, with the indexes of the EPCIS events it holds. */
export interface LedgerUnit {
  eventIndexes: number[];
  document?: CaptureDocument;
  /** Why the unit's events cannot be recorded, before the ledger sees them. */
  problems: Problem[];
}

export function eventPath(index: number): string {
  return `epcisBody.eventList[${index}]`;
}

/** The capture's ledger documents for `party` signing with `keyIds` (one per unit). */
export function ledgerUnits(epcis: EpcisDocument, party: string, behaviour: ErrorBehaviour, keyIds: readonly string[]): LedgerUnit[] {
  const mapped = epcis.epcisBody.eventList.map((event, index) => fromEpcisEvent(event, party, eventPath(index)));
  const documentOf = (events: LedgerEvent[], keyId: string): CaptureDocument => ({ format: CAPTURE_FORMAT, party, keyId, createdAt: epcis.creationDate, events });
  if (behaviour === 'rollback') {
    const problems = mapped.flatMap((m) => ('problems' in m ? m.problems : []));
    const eventIndexes = mapped.map((_m, i) => i);
    if (problems.length > 0) return [{ eventIndexes, problems }];
    return [{ eventIndexes, document: documentOf(mapped.map((m) => (m as { event: LedgerEvent }).event), keyIds[0]!), problems: [] }];
  }
  return mapped.map((m, i) => ('problems' in m ? { eventIndexes: [i], problems: m.problems } : { eventIndexes: [i], document: documentOf([m.event], keyIds[i]!), problems: [] }));
}

/** How many signatures a capture needs: one per ledger document it becomes. */
export function signaturesNeeded(epcis: EpcisDocument, behaviour: ErrorBehaviour): number {
  return behaviour === 'rollback' ? 1 : epcis.epcisBody.eventList.length;
}

/** The value of the Ytterby-Signature header for an EPCIS capture, as its enterprise makes it
 * with its registered key: a detached JWS over the id of each ledger document, comma-separated
 * in event order. Refuses when an event cannot be a Ytterby event. */
export async function signEpcisCapture(epcis: EpcisDocument, key: { party: string; kid: string; privateJwk: unknown }, behaviour: ErrorBehaviour = 'rollback'): Promise<string> {
  const units = ledgerUnits(epcis, key.party, behaviour, Array.from({ length: signaturesNeeded(epcis, behaviour) }, () => key.kid));
  const signatures: string[] = [];
  for (const unit of units) {
    if (unit.document !== undefined) signatures.push(await signDocumentId(documentIdOf(unit.document), key.privateJwk as JWK, key.kid));
    // With proceed, an event that cannot be recorded is left unsigned ("-") and refused alone.
    else if (behaviour === 'proceed') signatures.push(UNSIGNED);
    else throw new Error(`the capture cannot be signed: ${unit.problems.map((p) => `${p.path}: ${p.reason}`).join('; ')}`);
  }
  return signatures.join(',');
}

/** The key id a detached JWS names in its protected header. */
export function keyIdOfSignature(signature: string): string | undefined {
  try {
    const header = JSON.parse(Buffer.from(signature.split('.')[0]!, 'base64url').toString('utf8')) as { kid?: unknown };
    return typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}
