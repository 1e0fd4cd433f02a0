// One shape for every refusal: what is wrong, where, and why, so the CLI, the API and the web
// app can all point at the exact field.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { TSchema, Static } from '@sinclair/typebox';
import { IDENTIFIER_PATTERN, identifierFlaw, TEXT_PATTERN, textFlaw } from './schemas.ts';

export interface Problem {
  /** Where: a path into the input, e.g. `events[3].inputs[0].massGrams`. */
  path: string;
  /** Why, in plain words. */
  reason: string;
  /** The event's index in its document, when the problem is about one event. */
  event?: number;
}

export function formatProblem(problem: Problem): string {
  return problem.path === '' ? problem.reason : `${problem.path}: ${problem.reason}`;
}

/** An input was refused; nothing was written. */
export class InputRefused extends Error {
  override readonly name = 'InputRefused';
  readonly problems: readonly Problem[];

  constructor(summary: string, problems: readonly Problem[]) {
    const shown = problems.slice(0, 20).map((p) => `  - ${formatProblem(p)}`);
    const more = problems.length > 20 ? [`  … and ${problems.length - 20} more`] : [];
    super([summary, ...shown, ...more].join('\n'));
    this.problems = problems;
  }
}

// verbose: an error carries the value it is about, so a refusal can say which character is wrong.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });

export interface Validator<T extends TSchema> {
  /** The problems of `value` against the schema, paths prefixed by `pathPrefix`. */
  problems(value: unknown, pathPrefix?: string): Problem[];
  is(value: unknown): value is Static<T>;
}

/** Compiled on first use: the CLI and the server load every area's schemas whatever they are asked
 * to do, and compiling them all took most of a command's start. */
export function compileValidator<T extends TSchema>(schema: T): Validator<T> {
  let compiled: ValidateFunction<Static<T>> | undefined;
  const validate = (value: unknown): value is Static<T> => (compiled ??= ajv.compile(schema) as ValidateFunction<Static<T>>)(value);
  return {
    is: (value): value is Static<T> => validate(value),
    problems(value, pathPrefix = '') {
      if (validate(value)) return [];
      return (compiled!.errors ?? []).map((error) => problemFromAjv(error, pathPrefix));
    },
  };
}

function problemFromAjv(error: ErrorObject, pathPrefix: string): Problem {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  let path = pathPrefix;
  for (const segment of segments) path += /^\d+$/.test(segment) ? `[${segment}]` : path === '' ? segment : `.${segment}`;
  const params = error.params as Record<string, unknown>;
  let reason = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') {
    const extra = String(params['additionalProperty']);
    return { path: path === '' ? extra : `${path}.${extra}`, reason: 'is not a known field' };
  }
  if (error.keyword === 'required') {
    const missing = String(params['missingProperty']);
    return { path: path === '' ? missing : `${path}.${missing}`, reason: 'is required' };
  }
  if (error.keyword === 'enum') reason = `must be one of ${(params['allowedValues'] as unknown[]).map(String).join(', ')}`;
  if (error.keyword === 'const') reason = `must be ${JSON.stringify(params['allowedValue'])}`;
  if (error.keyword === 'pattern') reason = patternReason(String(params['pattern']), error.data);
  if (error.keyword === 'not') reason = 'must not be zero';
  return { path, reason };
}

function patternReason(pattern: string, value: unknown): string {
  const flaw = typeof value !== 'string' ? undefined : pattern === IDENTIFIER_PATTERN ? identifierFlaw(value) : pattern === TEXT_PATTERN ? textFlaw(value) : undefined;
  return flaw ?? `has the wrong form (expected ${describePattern(pattern)})`;
}

function describePattern(pattern: string): string {
  if (pattern.startsWith('^\\d{4}-\\d{2}-\\d{2}T')) return 'an ISO 8601 date-time with a time zone, e.g. 2024-06-01T08:00:00+08:00';
  if (pattern === '^[0-9A-HJ-NP-RTUW-Y]{18}$') return 'an 18-character unified social credit code';
  if (pattern === '^[A-Z]{2}$') return 'an ISO 3166-1 alpha-2 country code';
  return `pattern ${pattern}`;
}

