// Masses and compositions for red-team lots, from the catalogue's typical fractions and the
// chemistry in shared/DOMAIN.md (oxide factors, recoveries). Masses are integer grams.
import {
  ELEMENTS, ELEMENT_SYMBOLS, productByCode, scaleCompositionFromFractions, type Composition, type ElementSymbol,
} from '../../src/domain/index.ts';

export const GRAMS_PER_TONNE = 1_000_000;

/** Tonnes (which may have decimals) as integer grams. */
export function tonnes(t: number): number {
  return Math.round(t * GRAMS_PER_TONNE);
}

/** A time on a Shanghai calendar day: at('2025-06-03') or at('2025-06-03', '14:30'). */
export function at(day: string, clock = '08:00'): string {
  return `${day}T${clock}:00+08:00`;
}

/** The catalogue's typical composition for `massGrams` of `product`. */
export function typical(product: string, massGrams: number): Composition {
  const entry = productByCode(product);
  if (entry === undefined) throw new Error(`unknown product ${product}`);
  return scaleCompositionFromFractions(entry.typicalFractions, massGrams);
}

/** Each element of `composition` times `factor`, rounded down (a recovery, a split). */
export function scale(composition: Composition, factor: number): Composition {
  const out: Composition = {};
  for (const symbol of ELEMENT_SYMBOLS) {
    const grams = composition[symbol];
    if (grams !== undefined && grams > 0) {
      const scaled = Math.floor(grams * factor);
      if (scaled > 0) out[symbol] = scaled;
    }
  }
  return out;
}

export function pick(composition: Composition, symbols: readonly ElementSymbol[]): Composition {
  const out: Composition = {};
  for (const symbol of symbols) {
    const grams = composition[symbol];
    if (grams !== undefined && grams > 0) out[symbol] = grams;
  }
  return out;
}

export function subtract(a: Composition, b: Composition): Composition {
  const out: Composition = {};
  for (const symbol of ELEMENT_SYMBOLS) {
    const grams = (a[symbol] ?? 0) - (b[symbol] ?? 0);
    if (grams < 0) throw new Error(`subtracting ${b[symbol]} g of ${symbol} from ${a[symbol] ?? 0} g`);
    if (grams > 0) out[symbol] = grams;
  }
  return out;
}

export function add(a: Composition, b: Composition): Composition {
  const out: Composition = {};
  for (const symbol of ELEMENT_SYMBOLS) {
    const grams = (a[symbol] ?? 0) + (b[symbol] ?? 0);
    if (grams > 0) out[symbol] = grams;
  }
  return out;
}

export function totalGrams(composition: Composition): number {
  return Object.values(composition).reduce((sum, grams) => sum + (grams ?? 0), 0);
}

/** Grams of rare earth oxide equivalent (REO) of a composition. */
export function reo(composition: Composition): number {
  let sum = 0;
  for (const symbol of ELEMENT_SYMBOLS) sum += (composition[symbol] ?? 0) * ELEMENTS[symbol].oxideFactor;
  return Math.round(sum);
}

/** Mass of an oxide lot holding `composition` at `purity` (REO share of the lot). */
export function oxideMass(composition: Composition, purity = 0.99): number {
  return Math.ceil(reo(composition) / purity);
}

/** Mass of a metal lot holding `composition` at `purity` (rare earth metal share of the lot). */
export function metalMass(composition: Composition, purity = 0.99): number {
  return Math.ceil(totalGrams(composition) / purity);
}

/** Lot mass for `composition` at a rare earth metal share `reFraction` of the lot (alloys,
 * magnets, scrap): the rest is iron, cobalt, boron, oxygen, water, which the ledger does not track. */
export function massAtShare(composition: Composition, reFraction: number): number {
  return Math.ceil(totalGrams(composition) / reFraction);
}
