// Canonical JSON (RFC 8785, JCS): the exact bytes that are signed, hashed and chained.
import canonicalizeModule from 'canonicalize';
import { createHash } from 'node:crypto';

const canonicalizeFunction = canonicalizeModule as unknown as (value: unknown) => string | undefined;

export function canonicalJson(value: unknown): string {
  const text = canonicalizeFunction(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

export function sha256(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The bytes of an event's Merkle leaf: the event as its recorder signed it, and where and when
 * the ledger recorded it. Built by hand in JCS key order: every part is already canonical. */
export function leafEntry(seq: number, documentId: string, partyId: string, recordedAt: string, body: string): string {
  return `{"document":${JSON.stringify(documentId)},"event":${body},"party":${JSON.stringify(partyId)},"recordedAt":${JSON.stringify(recordedAt)},"seq":${seq}}`;
}

export function chainHash(previous: Buffer, leaf: Buffer): Buffer {
  return createHash('sha256').update(previous).update(leaf).digest();
}

/** The canonical document whose events are already canonical: JCS of an array is its members
 * joined by commas, so a stored document can be re-serialized without re-parsing its events. */
export function canonicalDocument(header: { format: string; party: string; keyId: string; createdAt: string }, eventBodies: readonly string[]): string {
  return `{"createdAt":${JSON.stringify(header.createdAt)},"events":[${eventBodies.join(',')}],"format":${JSON.stringify(header.format)},"keyId":${JSON.stringify(header.keyId)},"party":${JSON.stringify(header.party)}}`;
}
