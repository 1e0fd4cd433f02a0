// Schema building blocks shared by every input Ytterby accepts (capture documents, registry
// files), so an identifier or a date means the same everywhere.
import { Type, type TUnsafe } from '@sinclair/typebox';
import { IDENTIFIER_LENGTH_MAX, TEXT_LENGTH_MAX } from './limits.ts';

/** RFC 3339 date-time with an explicit offset: a record without a time zone is ambiguous. */
export const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$';

/** What an identifier (an event, lot, product, facility, licence or key id) may hold: any printing
 * character but white space, control characters (C0, DEL, C1), format characters (Cf: the
 * bidirectional controls, zero-width spaces and joiners, the byte order mark, soft hyphens, tags),
 * other characters Unicode says to draw as nothing (Default_Ignorable_Code_Point: the Hangul
 * fillers, variation selectors) and lone surrogates. An id is compared, stored and shown: a
 * character one cannot see lets two ids look the same, a bidirectional control makes an id display
 * as another, and NUL or a lone surrogate is text PostgreSQL refuses (and SQLite keeps), so a
 * ledger holding one could never move engines. A JSON Schema pattern, which ajv and Fastify
 * compile with the `u` flag: there a lone surrogate is a code point of category Cs. */
export const IDENTIFIER_PATTERN = '^[^\\s\\p{Cc}\\p{Cf}\\p{Cs}\\p{Default_Ignorable_Code_Point}]+$';

/** What free text (a note, a reason, a name) may hold: anything but NUL and the other control
 * characters (tabs and line breaks are text), the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which reorder what follows them on screen, and lone surrogates.
 * The bidirectional marks (U+200E, U+200F, U+061C) stay: they are how right-to-left text is
 * written, and reorder nothing beyond themselves. */
export const TEXT_PATTERN = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*$';

export const Identifier = Type.String({ minLength: 1, maxLength: IDENTIFIER_LENGTH_MAX, pattern: IDENTIFIER_PATTERN });
export const Text = Type.String({ minLength: 1, maxLength: TEXT_LENGTH_MAX, pattern: TEXT_PATTERN });

const IDENTIFIER = new RegExp(IDENTIFIER_PATTERN, 'u');
const TEXT = new RegExp(TEXT_PATTERN, 'u');
const LONE_SURROGATE = /^\p{Cs}$/u;
const BIDI_CONTROL = /^[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]$/u;
const CONTROL = /^\p{Cc}$/u;
const INVISIBLE = /^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

/** Why `value` is not an identifier by IDENTIFIER_PATTERN's grammar (its first offending character),
 * or undefined when it is one or is refused for another reason (empty, too long). */
export function identifierFlaw(value: string): string | undefined {
  if (value === '' || IDENTIFIER.test(value)) return undefined;
  return `${firstFlaw(value, (c) => !IDENTIFIER.test(c))} (an identifier holds no white space, control, bidirectional or invisible formatting characters, nor lone surrogates)`;
}

/** Why `value` is not free text by TEXT_PATTERN, or undefined. */
export function textFlaw(value: string): string | undefined {
  if (TEXT.test(value)) return undefined;
  return `${firstFlaw(value, (c) => !TEXT.test(c))} (free text may hold tabs and line breaks, but no other control characters, bidirectional embeddings, overrides or isolates, nor lone surrogates)`;
}

function firstFlaw(value: string, refused: (character: string) => boolean): string {
  let position = 0;
  // for…of walks code points: a pair of surrogates is one character, a lone one a character alone.
  for (const character of value) {
    position += 1;
    if (!refused(character)) continue;
    const code = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `holds ${code}, ${characterKind(character)}, at character ${position}`;
  }
  throw new Error(`assertion: ${JSON.stringify(value)} was refused, so one of its characters is`);
}

function characterKind(character: string): string {
  if (LONE_SURROGATE.test(character)) return 'a lone surrogate (half of a UTF-16 pair: the text was cut or mis-encoded)';
  if (BIDI_CONTROL.test(character)) return 'a bidirectional control (it changes how the text around it is displayed)';
  if (CONTROL.test(character)) return `a control character${character === '\u0000' ? ' (NUL)' : ''}`;
  // Before white space: JavaScript's \s holds the byte order mark, which is a format character.
  if (INVISIBLE.test(character)) return 'an invisible formatting character';
  return 'white space';
}
export const DateTime = Type.String({ pattern: DATE_TIME_PATTERN });
export const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
/** A unified social credit code's shape; its check character is checked by domain/uscc.ts. */
export const PartyId = Type.String({ pattern: '^[0-9A-HJ-NP-RTUW-Y]{18}$' });

/** A string from a fixed list, as a JSON Schema `enum`: one clear error instead of one per value. */
export function StringEnum<const T extends readonly string[]>(values: T): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });
}

/** Date.parse rolls 2024-02-31 over to March; a record with such a date is a typing error. */
export function isRealDateTime(value: string): boolean {
  return dateTimeMs(value) !== undefined;
}

/** The instant (ms since the epoch) of an RFC 3339 date-time of DATE_TIME_PATTERN's shape, or
 * undefined when the text is of another shape or names no real instant (2024-02-31, 24:00,
 * offset +19:00). Read character by character: it runs on every event of the capture path, where
 * a regular expression and two Date parses cost more than the rest of the event's checks. */
export function dateTimeMs(value: string): number | undefined {
  const length = value.length;
  if (length < 20 || length > 35) return undefined;
  const digits = (at: number, count: number): number => {
    let n = 0;
    for (let i = at; i < at + count; i += 1) {
      const d = value.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  };
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return undefined;
  const year = digits(0, 4);
  const month = digits(5, 2);
  const day = digits(8, 2);
  const hour = digits(11, 2);
  const minute = digits(14, 2);
  const second = digits(17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1]!)) return undefined;
  let at = 19;
  let millis = 0;
  if (value[at] === '.') {
    const start = at + 1;
    at = start;
    while (at < length && value.charCodeAt(at) >= 48 && value.charCodeAt(at) <= 57) at += 1;
    const count = at - start;
    if (count < 1 || count > 9) return undefined;
    // Milliseconds are what an instant holds here; further digits are kept in the text only.
    millis = digits(start, Math.min(3, count)) * 10 ** (3 - Math.min(3, count));
  }
  let offsetMinutes = 0;
  if (value[at] === 'Z') {
    at += 1;
  } else {
    const sign = value[at] === '+' ? 1 : value[at] === '-' ? -1 : 0;
    if (sign === 0 || value[at + 3] !== ':') return undefined;
    const offsetHours = digits(at + 1, 2);
    const offsetMinutesPart = digits(at + 4, 2);
    if (offsetHours < 0 || offsetHours > 18 || offsetMinutesPart < 0 || offsetMinutesPart > 59) return undefined;
    offsetMinutes = sign * (offsetHours * 60 + offsetMinutesPart);
    at += 6;
  }
  if (at !== length) return undefined;
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return utc.getTime() - offsetMinutes * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
