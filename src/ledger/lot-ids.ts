// Lot ids live in the recorder's namespace: `USCC:local-id`. Enterprises refer to their own lots
// by the local part; another party's lot (one shipped to them) by the full id.

const QUALIFIED = /^[0-9A-HJ-NP-RTUW-Y]{18}:/;

export function qualifyLotId(reference: string, recorder: string): string {
  return QUALIFIED.test(reference) ? reference : `${recorder}:${reference}`;
}

export function isQualifiedLotId(reference: string): boolean {
  return QUALIFIED.test(reference);
}

export function lotNamespace(qualifiedId: string): string {
  return qualifiedId.slice(0, 18);
}
