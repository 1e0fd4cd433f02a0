// Shape and static checks of a signed capture document, before anything is read or written.
import { Type, type TSchema } from '@sinclair/typebox';
import { CLOCK_SKEW_MS_MAX, DOCUMENT_BYTES_MAX, EVENT_TIME_MIN } from '../limits.ts';
import { compileValidator, type Problem, type Validator } from '../problems.ts';
import { dateTimeMs, StringEnum } from '../schemas.ts';
import {
  CaptureDocumentEnvelope,
  CorrectEvent,
  PLAIN_EVENT_SCHEMAS,
  SignedCaptureDocument,
  type CaptureDocument,
  type EventKind,
  type LedgerEvent,
} from './document-schema.ts';

const signedValidator = compileValidator(SignedCaptureDocument);
const envelopeValidator = compileValidator(CaptureDocumentEnvelope);
const PLAIN_KINDS = Object.keys(PLAIN_EVENT_SCHEMAS);
// The replacement is checked on its own against its kind's schema, so its errors name its fields.
const correctShallow = compileValidator(
  Type.Object(
    { ...CorrectEvent.properties, replacement: Type.Optional(Type.Object({ kind: StringEnum(PLAIN_KINDS) })) },
    { additionalProperties: false },
  ),
);
const eventValidators = new Map<string, Validator<TSchema>>(
  Object.entries(PLAIN_EVENT_SCHEMAS).map(([kind, schema]) => [kind, compileValidator(schema)]),
);

export interface CheckedDocument {
  document: CaptureDocument;
  signature: string;
  /** Each event's time in UTC (ISO 8601), the form stored for ordering and range queries. */
  eventTimes: string[];
  problems: Problem[];
}

/** Parses the raw text of a capture file; a syntax error is reported with its position. */
export function parseCaptureText(text: string): { value?: unknown; problems: Problem[] } {
  if (Buffer.byteLength(text, 'utf8') > DOCUMENT_BYTES_MAX) {
    return { problems: [{ path: '', reason: `the document is larger than ${DOCUMENT_BYTES_MAX / 1024 / 1024} MiB; split it into several documents` }] };
  }
  try {
    return { value: JSON.parse(text) as unknown, problems: [] };
  } catch (error) {
    return { problems: [{ path: '', reason: `not valid JSON: ${(error as Error).message}` }] };
  }
}

export function checkDocument(input: unknown, now: Date): CheckedDocument | { problems: Problem[] } {
  const signedProblems = signedValidator.problems(input);
  if (signedProblems.length > 0) return { problems: signedProblems };
  const { document, signature } = input as { document: unknown; signature: string };
  return checkDocumentBody(document, signature, now);
}

/** The document's own checks, apart from the signature's shape: a dry run checks a document
 * before it is signed, with the same rules. */
export function checkDocumentBody(document: unknown, signature: string, now: Date): CheckedDocument | { problems: Problem[] } {
  const envelopeProblems = envelopeValidator.problems(document, 'document').map(withEventIndex);
  if (envelopeProblems.length > 0) return { problems: envelopeProblems };
  const doc = document as CaptureDocument;
  const problems: Problem[] = [];
  const times = new TimeChecker(now);
  times.check(doc.createdAt, 'document.createdAt', problems);
  const eventTimes: string[] = new Array(doc.events.length);
  const firstIndexOfId = new Map<string, number>();
  doc.events.forEach((event, index) => {
    const path = `document.events[${index}]`;
    const shapeProblems = eventShapeProblems(event, path).map((p) => ({ ...p, event: index }));
    problems.push(...shapeProblems);
    if (shapeProblems.length === 0) {
      eventTimes[index] = times.check(event.time, `${path}.time`, problems, index);
      if (event.kind === 'correct' && event.replacement !== undefined) {
        times.check(event.replacement.time, `${path}.replacement.time`, problems, index);
        if (event.replacement.id !== event.id) {
          problems.push({ path: `${path}.replacement.id`, reason: `a replacement keeps the correction's id (${event.id})`, event: index });
        }
      }
      const first = firstIndexOfId.get(event.id);
      if (first !== undefined) problems.push({ path: `${path}.id`, reason: `event id ${event.id} is used twice in this document (also events[${first}])`, event: index });
      else firstIndexOfId.set(event.id, index);
    }
  });
  return { document: doc, signature, eventTimes, problems };
}

function eventShapeProblems(event: LedgerEvent, path: string): Problem[] {
  const kind = event.kind as EventKind;
  if (kind !== 'correct') return eventValidators.get(kind)!.problems(event, path);
  const own = correctShallow.problems(event, path);
  if (own.length > 0 || event.kind !== 'correct' || event.replacement === undefined) return own;
  return eventValidators.get(event.replacement.kind)!.problems(event.replacement, `${path}.replacement`);
}

function withEventIndex(problem: Problem): Problem {
  const match = /^document\.events\[(\d+)\]/.exec(problem.path);
  return match === null ? problem : { ...problem, event: Number(match[1]) };
}

/** Checks date-times against the ledger's clock, each distinct text once: a document's events
 * often share their times (a month's report, a batch of receipts). */
class TimeChecker {
  readonly #nowMs: number;
  readonly #nowText: string;
  readonly #seen = new Map<string, { utc: string; reason?: string }>();

  constructor(now: Date) {
    this.#nowMs = now.getTime();
    this.#nowText = now.toISOString();
  }

  /** The time in UTC (ISO 8601); adds a problem and returns '' when it is not acceptable. */
  check(value: string, path: string, problems: Problem[], event?: number): string {
    let verdict = this.#seen.get(value);
    if (verdict === undefined) {
      verdict = this.#judge(value);
      this.#seen.set(value, verdict);
    }
    if (verdict.reason !== undefined) problems.push(event === undefined ? { path, reason: verdict.reason } : { path, reason: verdict.reason, event });
    return verdict.utc;
  }

  #judge(value: string): { utc: string; reason?: string } {
    const at = dateTimeMs(value);
    if (at === undefined) return { utc: '', reason: `${value} is not a real date-time` };
    if (at > this.#nowMs + CLOCK_SKEW_MS_MAX) return { utc: '', reason: `${value} is in the future (the ledger's clock reads ${this.#nowText})` };
    if (at < EVENT_TIME_MIN_MS) return { utc: '', reason: `${value} is before ${EVENT_TIME_MIN}, earlier than any record the system accepts` };
    return { utc: new Date(at).toISOString() };
  }
}

const EVENT_TIME_MIN_MS = Date.parse(EVENT_TIME_MIN);
