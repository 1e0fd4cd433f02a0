// GS1 Digital Link URIs (GS1 Digital Link standard 1.x) through GS1's own reference SDK,
// digital-link.js, which checks the syntax against the standard's ABNF grammar and the GTIN's
// check digit, offline.
import { createRequire } from 'node:module';
import { ProvenanceRefused } from './viewer.ts';

interface DigitalLinkObject {
  toWebUriString(): string;
  isValid(): boolean;
  getIdentifier(): Record<string, string>;
  getKeyQualifiers(): Record<string, string>;
}

const { DigitalLink } = createRequire(import.meta.url)('digital-link.js') as {
  DigitalLink: (input: string | { domain: string; identifier: Record<string, string>; keyQualifiers?: Record<string, string> }) => DigitalLinkObject;
};

/** The default resolver domain; a deployment passes its own. */
export const DEFAULT_RESOLVER = 'https://id.ytterby.example';

/** GS1 AI (10) batch/lot: up to 20 characters of GS1's "AI encodable character set 82". */
const BATCH_LOT = /^[!"%-?A-Z_a-z]{1,20}$/;

/** A lot's local id as a GTIN and batch/lot when it is written as a GS1 element string
 * ("(01)…(10)…") or an LGTIN URN (urn:epc:class:lgtin:CompanyPrefix.ItemRef.Lot). */
export function gtinOfLocalId(localId: string): { gtin: string; lot: string } | undefined {
  const elementString = /^\(01\)(\d{14})\(10\)(.+)$/.exec(localId);
  if (elementString !== null) return { gtin: elementString[1]!, lot: elementString[2]! };
  const lgtin = /^urn:epc:class:lgtin:(\d+)\.(\d+)\.(.+)$/.exec(localId);
  if (lgtin !== null && lgtin[1]!.length + lgtin[2]!.length === 13) {
    const digits = `${lgtin[2]![0]}${lgtin[1]}${lgtin[2]!.slice(1)}`;
    return { gtin: `${digits}${gs1CheckDigit(digits)}`, lot: decodeURIComponent(lgtin[3]!) };
  }
  return undefined;
}

/** The GS1 check digit (mod 10, weights 3 and 1 from the right) of a GTIN's other digits. */
export function gs1CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export function digitalLinkUri(resolver: string, gtin: string, lot: string): string {
  if (!/^\d{14}$/.test(gtin)) throw new ProvenanceRefused('bad-input', `GTIN ${JSON.stringify(gtin)} must be 14 digits (GTIN-14; pad shorter GTINs with leading zeros)`);
  if (!BATCH_LOT.test(lot)) throw new ProvenanceRefused('bad-input', `lot ${JSON.stringify(lot)} cannot be a GS1 batch/lot (AI 10): at most 20 characters of GS1's character set 82`);
  let domain: URL;
  try {
    domain = new URL(resolver);
  } catch {
    throw new ProvenanceRefused('bad-input', `resolver ${JSON.stringify(resolver)} is not a URL`);
  }
  if (domain.protocol !== 'https:' && domain.protocol !== 'http:') throw new ProvenanceRefused('bad-input', `resolver ${resolver} must be an http(s) URL`);
  const link = DigitalLink({ domain: resolver.replace(/\/+$/, ''), identifier: { '01': gtin }, keyQualifiers: { '10': lot } });
  if (!link.isValid()) throw new ProvenanceRefused('bad-input', `GTIN ${gtin} with lot ${lot} is not a valid GS1 Digital Link (check the GTIN's check digit)`);
  return link.toWebUriString();
}
