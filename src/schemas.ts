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
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetHours = match[7] === undefined ? 0 : Number(match[7]);
  const offsetMinutes = match[8] === undefined ? 0 : Number(match[8]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59 && offsetHours <= 18 && offsetMinutes <= 59;
}
