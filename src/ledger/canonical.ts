// Canonical JSON (RFC 8785, JCS): the exact bytes that are signed, hashed and chained.
import { createHash, hash } from 'node:crypto';
import { leafHashHex } from './merkle.ts';

/** RFC 8785 for any JSON value: object keys sorted by UTF-16 code units (JavaScript's default
 * sort), strings and finite numbers as ECMAScript's JSON.stringify writes them, no white space.
 * Written here rather than taken from a package because it runs on every event of the capture
 * path: the value is put in canonical key order (a walk that allocates nothing when it already is,
 * as the documents signDocument and the browser write are) and JSON.stringify, which writes
 * strings and numbers exactly as RFC 8785 says, does the rest in native code. */
export function canonicalJson(value: unknown): string {
  try {
    return JSON.stringify(inCanonicalOrder(value));
  } catch (error) {
    if (error instanceof IntegerKeys) return canonicalJsonByHand(value);
    throw error;
  }
}

/** The value with its objects' keys in canonical order, where JavaScript can hold them so; a
 * document sent in this order is canonicalized without a copy when it is captured. */
export function withCanonicalKeyOrder<T>(value: T): T {
  try {
    return inCanonicalOrder(value) as T;
  } catch (error) {
    if (error instanceof IntegerKeys) return value;
    throw error;
  }
}

/** JavaScript lists an object's array-index keys first, in numeric order ("9" before "10"), so no
 * object can hold them in RFC 8785's order: such values are written out by hand. */
class IntegerKeys extends Error {}

function isArrayIndex(key: string): boolean {
  return /^(?:0|[1-9]\d{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;
}

function canonicalJsonByHand(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(inCanonicalOrder(value));
  if (Array.isArray(value)) return `[${value.map(canonicalJsonByHand).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record).sort().filter((key) => record[key] !== undefined);
  return `{${members.map((key) => `${JSON.stringify(key)}:${canonicalJsonByHand(record[key])}`).join(',')}}`;
}

/** The value itself when its objects' keys are already in canonical order; otherwise a copy whose
 * objects are. Refuses what has no JSON form instead of letting JSON.stringify drop or change it. */
function inCanonicalOrder(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${value} has no JSON form`);
      return value;
    case 'object':
      if (value === null) return value;
      break;
    default:
      throw new TypeError(`a ${typeof value} has no JSON form`);
  }
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const member = inCanonicalOrder(value[i]);
      if (member !== value[i]) (copy ??= value.slice())[i] = member;
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length > 0 && isArrayIndex(keys[0]!)) throw new IntegerKeys();
  let canonical = Object.getPrototypeOf(record) === Object.prototype || Object.getPrototypeOf(record) === null;
  const members: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i += 1) {
    const member = record[keys[i]!];
    if (member === undefined) {
      canonical = false;
      continue;
    }
    members[i] = inCanonicalOrder(member);
    if (members[i] !== member || (i > 0 && keys[i - 1]! > keys[i]!)) canonical = false;
  }
  if (canonical) return record;
  const order = keys.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  const sorted: Record<string, unknown> = {};
  for (const i of order) {
    if (members[i] === undefined) continue;
    // Assigned, a member named __proto__ would set the copy's prototype and vanish from its JSON.
    if (keys[i] === '__proto__') Object.defineProperty(sorted, '__proto__', { value: members[i], enumerable: true, writable: true, configurable: true });
    else sorted[keys[i]!] = members[i];
  }
  return sorted;
}

export function sha256(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(data).digest();
}

/** The bytes of an event's Merkle leaf: the event as its recorder signed it, the document it came
 * in and its place there, and the recorder. Everything in it is known before the event has a place
 * in the log, so leaves can be hashed off the writer's path; the chain (below) binds the place and
 * the time of recording. Built by hand in JCS key order: every part is already canonical. */
export function leafEntry(documentId: string, index: number, partyId: string, body: string): string {
  return `{"document":${JSON.stringify(documentId)},"event":${body},"index":${index},"party":${JSON.stringify(partyId)}}`;
}

/** The Merkle leaf hash of an event, RFC 9162's SHA-256(0x00 ‖ entry), in hex: a digest as hex
 * costs less than crypto's own Buffer for it, which is allocated natively. */
export function eventLeafHashHex(documentId: string, index: number, partyId: string, body: string): string {
  return leafHashHex(leafEntry(documentId, index, partyId, body));
}

/** The hash chain, in hex: SHA-256(previous chain hash ‖ leaf hash ‖ seq as 8 bytes big-endian ‖
 * recording time as UTF-8), so each link fixes the event's content, its place and its time. In hex
 * because verify reads hashes so, and the capture writes it into its buffer of chain hashes more
 * cheaply than crypto allocates a Buffer of its own; the previous hash as bytes or hex. */
export function chainHashHex(previous: Buffer | string, leaf: Buffer, seq: number, recordedAt: string): string {
  return hash('sha256', chainInput(previous, leaf, seq, recordedAt), 'hex');
}

/** The bytes a link hashes, in one buffer reused from call to call (the hash copies nothing out). */
let link = Buffer.alloc(0);

function chainInput(previous: Buffer | string, leaf: Buffer, seq: number, recordedAt: string): Buffer {
  if (link.length !== 72 + recordedAt.length) link = Buffer.alloc(72 + recordedAt.length);
  if (typeof previous === 'string') link.write(previous, 0, 'hex');
  else previous.copy(link, 0);
  leaf.copy(link, 32);
  // seq < 2^53: the high and low 32-bit halves, big-endian, without a BigInt per event.
  link.writeUInt32BE(Math.floor(seq / 2 ** 32), 64);
  link.writeUInt32BE(seq % 2 ** 32, 68);
  link.write(recordedAt, 72, 'latin1');
  return link;
}

export interface DocumentHeader {
  format: string;
  party: string;
  keyId: string;
  createdAt: string;
}

/** The canonical document whose events are already canonical: JCS of an array is its members
 * joined by commas, so a stored document can be re-serialized without re-parsing its events. */
export function canonicalDocument(header: DocumentHeader, eventBodies: readonly string[]): string {
  return `${documentHead(header)}${eventBodies.join(',')}${documentTail(header)}`;
}

/** The document's id: SHA-256 of canonicalDocument, in hex. */
export function documentIdOf(header: DocumentHeader, eventBodies: readonly string[]): string {
  const hasher = new DocumentHasher(header);
  for (const body of eventBodies) hasher.add(body);
  return hasher.digestHex();
}

/** Hashes canonicalDocument's bytes as its events come, without building the text: the joined
 * text of a thousand events cost six times as much to hash as the events one by one (1.6 against
 * 0.25 µs per event), and capture and verify both hash every document. */
export class DocumentHasher {
  readonly #hash = createHash('sha256');
  readonly #tail: string;
  #events = 0;

  constructor(header: DocumentHeader) {
    this.#hash.update(documentHead(header));
    this.#tail = documentTail(header);
  }

  get events(): number {
    return this.#events;
  }

  add(body: string): void {
    if (this.#events > 0) this.#hash.update(',');
    this.#hash.update(body);
    this.#events += 1;
  }

  digestHex(): string {
    return this.#hash.update(this.#tail).digest('hex');
  }
}

function documentHead(header: DocumentHeader): string {
  return `{"createdAt":${JSON.stringify(header.createdAt)},"events":[`;
}

function documentTail(header: DocumentHeader): string {
  return `],"format":${JSON.stringify(header.format)},"keyId":${JSON.stringify(header.keyId)},"party":${JSON.stringify(header.party)}}`;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const BACKSLASH = 0x5c;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** The string members named `keys` at the top level of an object as canonicalJson wrote it (no
 * white space), in the order of `keys`; a member missing or not a string reads as undefined. It
 * reads the text without building the object: verify reads three members of every event body,
 * where JSON.parse would make every nested object too (0.7–0.8 µs a body against 0.3 on the
 * bench's, `npm run bench:verify`). It does not validate: verify trusts a body's shape once it
 * hashes to its leaf. */
export function canonicalTopLevelStrings(json: string, keys: readonly string[]): (string | undefined)[] {
  const values = new Array<string | undefined>(keys.length).fill(undefined);
  if (json.charCodeAt(0) !== OPEN_OBJECT) throw new SyntaxError('canonical JSON object expected: it does not start with {');
  if (json.charCodeAt(1) === CLOSE_OBJECT) return values;
  let at = 1;
  let missing = keys.length;
  while (true) {
    if (json.charCodeAt(at) !== QUOTE) throw new SyntaxError(`canonical JSON object expected: no member name at ${at}`);
    const keyClose = closingQuote(json, at);
    if (json.charCodeAt(keyClose + 1) !== COLON) throw new SyntaxError(`canonical JSON object expected: no colon at ${keyClose + 1}`);
    const valueStart = keyClose + 2;
    const valueEnd = endOfValue(json, valueStart);
    const wanted = keys.indexOf(stringAt(json, at, keyClose));
    if (wanted >= 0 && values[wanted] === undefined && json.charCodeAt(valueStart) === QUOTE) {
      values[wanted] = stringAt(json, valueStart, valueEnd - 1);
      if (--missing === 0) return values;
    }
    const next = json.charCodeAt(valueEnd);
    if (next === CLOSE_OBJECT && valueEnd === json.length - 1) return values;
    if (next !== COMMA) throw new SyntaxError(`canonical JSON object expected: no comma or closing brace at ${valueEnd}`);
    at = valueEnd + 1;
  }
}

/** The index of the quote closing the string opened at `open`: the next one not escaped, which is
 * one preceded by an even number of backslashes. */
export function closingQuote(json: string, open: number): number {
  for (let at = json.indexOf('"', open + 1); at !== -1; at = json.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (json.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
  }
  throw new SyntaxError(`canonical JSON expected: the string at ${open} is not closed`);
}

function stringAt(json: string, open: number, close: number): string {
  const text = json.slice(open + 1, close);
  return text.includes('\\') ? (JSON.parse(json.slice(open, close + 1)) as string) : text;
}

/** The index just after the value starting at `start`. */
function endOfValue(json: string, start: number): number {
  const first = json.charCodeAt(start);
  if (first === QUOTE) return closingQuote(json, start) + 1;
  if (first === OPEN_OBJECT || first === OPEN_ARRAY) {
    let depth = 0;
    for (let at = start; at < json.length; at += 1) {
      const c = json.charCodeAt(at);
      if (c === QUOTE) at = closingQuote(json, at);
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth += 1;
      else if ((c === CLOSE_OBJECT || c === CLOSE_ARRAY) && --depth === 0) return at + 1;
    }
    throw new SyntaxError(`canonical JSON expected: the value at ${start} is not closed`);
  }
  // A number, true, false or null runs to the comma or brace after it.
  let at = start;
  while (at < json.length && json.charCodeAt(at) !== COMMA && json.charCodeAt(at) !== CLOSE_OBJECT) at += 1;
  return at;
}
