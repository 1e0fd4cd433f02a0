// Composition arithmetic the generator needs on top of the domain's: building a lot from a grade,
// splitting a feed into separated products, dividing a mass into lots. Integer grams throughout,
// and every split hands out exactly the grams it was given, so the year's elements balance.
import { PROCESS_LOTS_MAX } from '../limits.ts';
import { ELEMENTS, type ElementSymbol } from '../domain/elements.ts';
import { elementGramsTotal, normalizeComposition, reoGrams, type Composition } from '../domain/composition.ts';
import { productByCode } from '../domain/products.ts';

export type Shares = Partial<Record<ElementSymbol, number>>;

/** Element grams of `reoGrams` of oxide distributed as `shares` (% of REO). */
export function compositionFromReo(reo: number, shares: Shares): Composition {
  const total = Object.values(shares).reduce((s, v) => s + (v ?? 0), 0);
  const out: Composition = {};
  for (const [symbol, share] of Object.entries(shares) as [ElementSymbol, number][]) {
    const grams = Math.floor((reo * share) / total / ELEMENTS[symbol].oxideFactor);
    if (grams > 0) out[symbol] = grams;
  }
  return normalizeComposition(out);
}

/** Each element times `factor`, rounded down. */
export function scaled(c: Composition, factor: number): Composition {
  const out: Composition = {};
  for (const [symbol, grams] of Object.entries(c) as [ElementSymbol, number][]) {
    const value = Math.floor(grams * factor);
    if (value > 0) out[symbol] = value;
  }
  return out;
}

export function minus(a: Composition, b: Composition): Composition {
  const out: Composition = {};
  for (const [symbol, grams] of Object.entries(a) as [ElementSymbol, number][]) {
    const value = grams - (b[symbol] ?? 0);
    if (value < 0) throw new RangeError(`${symbol}: ${b[symbol]} g taken from ${grams} g`);
    if (value > 0) out[symbol] = value;
  }
  return out;
}

export function only(c: Composition, symbols: readonly ElementSymbol[]): Composition {
  const out: Composition = {};
  for (const symbol of symbols) if ((c[symbol] ?? 0) > 0) out[symbol] = c[symbol]!;
  return out;
}

export const totalGrams = elementGramsTotal;
export const reo = reoGrams;

/** The RE mass fraction of a product's typical lot, which sets a lot's mass from its elements. */
export function reFractionOf(product: string): number {
  const found = productByCode(product);
  if (found === undefined) throw new RangeError(`unknown product ${product}`);
  return Object.values(found.typicalFractions).reduce((s, v) => s + (v ?? 0), 0);
}

/** Divides `c` into `n` nearly equal parts that add up to `c` exactly. */
export function divide(c: Composition, n: number): Composition[] {
  const parts: Composition[] = Array.from({ length: n }, () => ({}));
  for (const [symbol, grams] of Object.entries(c) as [ElementSymbol, number][]) {
    const each = Math.floor(grams / n);
    let rest = grams - each * n;
    for (const part of parts) {
      const value = each + (rest > 0 ? 1 : 0);
      if (rest > 0) rest -= 1;
      if (value > 0) part[symbol] = value;
    }
  }
  return parts.filter((part) => totalGrams(part) > 0);
}

export interface LotSpec {
  product: string;
  massGrams: number;
  composition: Composition;
}

/** Lots of `product` holding `c` between them, each at most about `lotTonnes` and at most
 * `countMax` of them; a lot's mass follows from its elements and the product's RE fraction. */
export function lotsOf(product: string, c: Composition, lotTonnes: number, countMax = 199): LotSpec[] {
  const fraction = reFractionOf(product);
  const massTotal = totalGrams(c) / fraction;
  const n = Math.max(1, Math.min(countMax, Math.round(massTotal / (lotTonnes * 1e6))));
  return divide(c, n).map((composition) => ({
    product,
    composition,
    massGrams: Math.max(Math.ceil(totalGrams(composition) / fraction), totalGrams(composition)),
  }));
}

/** How a separation plant (or a recycler's separation line) splits its feed into products. */
export const SEPARATED_PRODUCTS: readonly (readonly [string, readonly ElementSymbol[]])[] = [
  ['oxide-ndpr', ['Pr', 'Nd']],
  ['oxide-la', ['La']],
  ['oxide-ce', ['Ce']],
  ['mixed-oxide-smeugd', ['Sm', 'Eu', 'Gd']],
  ['oxide-tb', ['Tb']],
  ['oxide-dy', ['Dy']],
  ['oxide-y', ['Y']],
  ['mixed-oxide-heavy', ['Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Sc']],
];

/** Separated product lots recovering `recovery` of each element, and what is left for the residue.
 * One run's products and residue are one process event's outputs, so they stay within
 * PROCESS_LOTS_MAX: at large scales each product's lots grow instead of multiplying. */
export function separate(feed: Composition, recovery: number, lotTonnes: number): { products: LotSpec[]; residue: Composition } {
  const recoveredByProduct = SEPARATED_PRODUCTS.map(([product, symbols]) => [product, scaled(only(feed, symbols), recovery)] as const)
    .filter(([, recovered]) => totalGrams(recovered) > 0);
  let lotsByProduct = recoveredByProduct.map(([product, recovered]) => lotsOf(product, recovered, lotTonnes));
  const productLotsMax = PROCESS_LOTS_MAX - 1;
  const count = lotsByProduct.reduce((n, lots) => n + lots.length, 0);
  if (count > productLotsMax) {
    lotsByProduct = recoveredByProduct.map(([product, recovered], i) =>
      lotsOf(product, recovered, lotTonnes, Math.max(1, Math.floor((lotsByProduct[i]!.length * (productLotsMax - recoveredByProduct.length)) / count))));
  }
  const products = lotsByProduct.flat();
  let residue = normalizeComposition(feed);
  for (const lot of products) residue = minus(residue, lot.composition);
  return { products, residue };
}
