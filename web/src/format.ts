// Numbers with their units and dates in Asia/Shanghai, in the chosen locale. The API gives masses
// as integer grams; the app shows tonnes (t, t REO) or, under a tonne, kilograms.
import type { Locale } from './i18n/index.tsx';
import type { Dictionary } from './i18n/en.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number, decimals = 0): string {
  const key = `${locale}/${decimals}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** A measured figure as the rules state it: up to `decimalsMax` decimals, none where it has none. */
export function figure(locale: Locale, value: number, decimalsMax = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: decimalsMax }).format(value);
}

export const gramsToTonnes = (grams: number): number => grams / 1e6;

/** Tonnes of product, or of rare earth oxide equivalent with reo. */
export function tonnes(locale: Locale, t: Dictionary, grams: number, reo = false, decimals = 1): string {
  return `${formatNumber(locale, gramsToTonnes(grams), decimals)} ${reo ? t.units.tReo : t.units.t}`;
}

/** A lot's mass: tonnes from one tonne up, kilograms below. */
export function mass(locale: Locale, t: Dictionary, grams: number): string {
  return Math.abs(grams) >= 1e6 ? `${formatNumber(locale, grams / 1e6, 3)} ${t.units.t}` : `${formatNumber(locale, grams / 1e3, 1)} ${t.units.kg}`;
}

export function percent(locale: Locale, share: number, decimals = 1): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(share);
}

const shanghai = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** An instant as ISO 8601 in Asia/Shanghai (UTC+08:00), the industry's clock. */
export function dateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(shanghai.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']} +08:00`;
}
