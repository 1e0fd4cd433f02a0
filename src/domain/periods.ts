// Reporting periods are calendar months in Asia/Shanghai (UTC+8 all year, no daylight saving).
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** A calendar day: Asia/Shanghai has no daylight saving, so every day is this long. */
export const DAY_MS = 86_400_000;

/** YYYY-MM of the instant, in Asia/Shanghai. */
export function shanghaiMonth(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 7);
}

/** The month of the instant in Asia/Shanghai as one number (year × 12 + month from 0): a key for
 * per-month totals kept for every event, without formatting a string each time. */
export function shanghaiMonthNumber(ms: number): number {
  const shanghai = new Date(ms + SHANGHAI_OFFSET_MS);
  return shanghai.getUTCFullYear() * 12 + shanghai.getUTCMonth();
}

/** YYYY-MM-DD of the instant, in Asia/Shanghai. */
export function shanghaiDay(ms: number): string {
  const day = Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS);
  // The capture asks for the day of every event it judges, and a document's events mostly share one.
  if (day !== lastDay.number) lastDay = { number: day, text: new Date(day * DAY_MS).toISOString().slice(0, 10) };
  return lastDay.text;
}

let lastDay = { number: Number.NaN, text: '' };

export function shanghaiYear(ms: number): number {
  return new Date(ms + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** First instant of a YYYY-MM month in Asia/Shanghai. */
export function monthStartMs(month: string): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return Date.UTC(year, m - 1, 1) - SHANGHAI_OFFSET_MS;
}

export function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** Monthly data is due by the end of the 10th of the next month (Order 71), Shanghai time; a 10th
 * that falls on a Saturday or Sunday moves to the Monday, as the Civil Code (Art. 203) moves the
 * last day of any period that ends on a rest day. The State Council's yearly calendar of public
 * holidays and make-up working days is not modelled: a 10th inside a holiday is still the 10th. */
export function reportDueMs(month: string): number {
  const tenth = monthStartMs(nextMonth(month)) + 9 * DAY_MS;
  const weekday = new Date(tenth + SHANGHAI_OFFSET_MS).getUTCDay();
  const restDays = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return tenth + (1 + restDays) * DAY_MS - 1;
}

export function formatShanghai(ms: number): string {
  return `${new Date(ms + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/** A period as the CLI takes it: a month (2024-06) or a year (2024), as [first, last] months. */
export function parsePeriod(text: string): { first: string; last: string } | undefined {
  if (/^\d{4}$/.test(text)) return { first: `${text}-01`, last: `${text}-12` };
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (match === null) return undefined;
  return { first: text, last: text };
}
