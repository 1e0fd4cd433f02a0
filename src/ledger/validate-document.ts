// Shape and static checks of a signed capture document, before anything is read or written.
import { Type, type TSchema } from '@sinclair/typebox';
import { CLOCK_SKEW_MS_MAX, DOCUMENT_BYTES_MAX, EVENT_TIME_MIN } from '../limits.ts';
import { compileValidator, type Problem, type Validator } from '../problems.ts';
import { isRealDateTime, StringEnum } from '../schemas.ts';
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
  const envelopeProblems = envelopeValidator.problems(document, 'document').map(withEventIndex);
  if (envelopeProblems.length > 0) return { problems: envelopeProblems };
  const doc = document as CaptureDocument;
  const problems: Problem[] = [];
  timeProblem(doc.createdAt, now, 'document.createdAt', problems);
  const firstIndexOfId = new Map<string, number>();
  doc.events.forEach((event, index) => {
    const path = `document.events[${index}]`;
    const shapeProblems = eventShapeProblems(event, path).map((p) => ({ ...p, event: index }));
    problems.push(...shapeProblems);
    if (shapeProblems.length === 0) {
      timeProblem(event.time, now, `${path}.time`, problems, index);
      if (event.kind === 'correct' && event.replacement !== undefined) {
        timeProblem(event.replacement.time, now, `${path}.replacement.time`, problems, index);
        if (event.replacement.id !== event.id) {
          problems.push({ path: `${path}.replacement.id`, reason: `a replacement keeps the correction's id (${event.id})`, event: index });
        }
      }
      const first = firstIndexOfId.get(event.id);
      if (first !== undefined) problems.push({ path: `${path}.id`, reason: `event id ${event.id} is used twice in this document (also events[${first}])`, event: index });
      else firstIndexOfId.set(event.id, index);
    }
  });
  return { document: doc, signature, problems };
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

function timeProblem(value: string, now: Date, path: string, problems: Problem[], event?: number): void {
  const at = Date.parse(value);
  const push = (reason: string) => problems.push(event === undefined ? { path, reason } : { path, reason, event });
  if (Number.isNaN(at) || !isRealDateTime(value)) push(`${value} is not a real date-time`);
  else if (at > now.getTime() + CLOCK_SKEW_MS_MAX) push(`${value} is in the future (the ledger's clock reads ${now.toISOString()})`);
  else if (at < Date.parse(EVENT_TIME_MIN)) push(`${value} is before ${EVENT_TIME_MIN}, earlier than any record the system accepts`);
}

