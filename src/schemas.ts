// Schema building blocks shared by every input Ytterby accepts (capture documents, registry
// files), so an identifier or a date means the same everywhere.
import { Type, type TUnsafe } from '@sinclair/typebox';
import { IDENTIFIER_LENGTH_MAX, TEXT_LENGTH_MAX } from './limits.ts';

/** RFC 3339 date-time with an explicit offset: a record without a time zone is ambiguous. */
export const DATE_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$';

export const Identifier = Type.String({ minLength: 1, maxLength: IDENTIFIER_LENGTH_MAX, pattern: '^[^\\s]+$' });
export const Text = Type.String({ minLength: 1, maxLength: TEXT_LENGTH_MAX });
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
