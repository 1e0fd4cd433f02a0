// Per-element mass arithmetic of lots. Amounts are integer grams of element metal, so a lot's
// balance can be split, merged and consumed any number of times without drifting.
//
// Every function here except validateComposition asserts its inputs and throws RangeError on a
// broken assumption: a bad amount reaching this layer is a bug upstream, and stopping beats
// writing a wrong balance into the ledger. validateComposition is the door for user input and
// never throws.

import { ELEMENT_SYMBOLS, ELEMENTS, isElementSymbol, type ElementSymbol } from './elements.ts';

/** Integer grams of element metal in a lot; an absent (or undefined) element is 0 g. */
export type Composition = Partial<Record<ElementSymbol, number>>;

/** Mass fractions (0..1) of each element in a lot; their sum is at most 1. */
export type ElementFractions = Partial<Record<ElementSymbol, number>>;

/** Problems listed by validateComposition before it summarises the rest: a hostile document
 * with a million bad keys must not produce a million-line error. */
export const COMPOSITION_PROBLEMS_REPORTED_MAX = 20;

function isNonNegativeSafeInteger(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const quoted = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
      return `string ${quoted}`;
    }
    case 'number':
      return String(value);
    case 'bigint':
      return `bigint ${value.toString()}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function quoteKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

/** Grams of one element, 0 when absent. */
export function gramsOf(c: Composition, element: ElementSymbol): number {
  return c[element] ?? 0;
}

function assertMassGrams(name: string, value: unknown): asserts value is number {
  if (!isNonNegativeSafeInteger(value)) {
    throw new RangeError(`${name} must be a non-negative safe integer of grams, got ${describe(value)}`);
  }
}

/** Throws RangeError unless `c` is a plain object of known element symbols to non-negative safe
 * integer grams. `label` names the argument in the message. */
export function assertComposition(c: unknown, label = 'composition'): asserts c is Composition {
  checkedGramsTotal(c, label);
}

/** assertComposition's walk, which sums the grams on the way (exact only while the sum is a safe
 * integer, which the caller checks): gramsTotal without a second walk. */
function checkedGramsTotal(c: unknown, label = 'composition'): number {
  if (c === null || typeof c !== 'object' || Array.isArray(c)) {
    throw new RangeError(`${label} must be an object of element symbol to grams, got ${describe(c)}`);
  }
  let total = 0;
  // for…in rather than Object.entries: this runs on every lot a capture touches, and the walk
  // allocates nothing (an inherited enumerable key would be refused as unknown, as it should be).
  for (const key in c) {
    if (!isElementSymbol(key)) {
      throw new RangeError(`${label}: unknown element symbol ${quoteKey(key)}`);
    }
    const value: unknown = (c as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (!isNonNegativeSafeInteger(value)) {
      throw new RangeError(`${label}: ${key} grams must be a non-negative safe integer, got ${describe(value)}`);
    }
    total += value;
  }
  return total;
}

/** What is wrong with an amount, if anything; `subject` leads the message ("Nd grams"). */
function problemOfAmount(subject: string, value: unknown): string | undefined {
  if (typeof value !== 'number') return `${subject} must be a number, got ${describe(value)}`;
  if (Number.isNaN(value)) return `${subject} is NaN`;
  if (!Number.isFinite(value)) return `${subject} must be finite, got ${value}`;
  if (!Number.isInteger(value)) return `${subject} must be an integer, got ${value}`;
  if (value < 0) return `${subject} must not be negative, got ${value}`;
  if (!Number.isSafeInteger(value)) {
    return `${subject} ${value} exceeds the largest exact integer ${Number.MAX_SAFE_INTEGER}`;
  }
  return undefined;
}

function suggestSymbol(key: string): string {
  const lower = key.toLowerCase();
  const match = ELEMENT_SYMBOLS.find((s) => s.toLowerCase() === lower);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}

/**
 * Human-readable problems with a composition entered for a lot of `massGrams`, each naming the
 * element or field at fault; empty when valid. Never throws, whatever it is given.
 */
export function validateComposition(composition: unknown, massGrams: number): string[] {
  try {
    const problems: string[] = [];
    const massProblem = problemOfAmount('massGrams', massGrams);
    if (massProblem !== undefined) problems.push(massProblem);

    if (composition === null || typeof composition !== 'object' || Array.isArray(composition)) {
      problems.push(`composition: must be an object of element symbol to grams, got ${describe(composition)}`);
      return problems;
    }

    // Summed in doubles, exact while the total stays a safe integer; beyond that, in BigInt.
    let totalGrams = 0;
    let totalBeyondSafe: bigint | undefined;
    for (const key of Object.keys(composition)) {
      const value: unknown = (composition as Record<string, unknown>)[key];
      if (!isElementSymbol(key)) {
        problems.push(`${quoteKey(key)}: unknown element symbol${suggestSymbol(key)}`);
        continue;
      }
      if (value === undefined) continue;
      const problem = problemOfAmount(`${key} grams`, value);
      if (problem !== undefined) {
        problems.push(problem);
        continue;
      }
      if (totalBeyondSafe !== undefined) totalBeyondSafe += BigInt(value as number);
      else if (Number.isSafeInteger(totalGrams + (value as number))) totalGrams += value as number;
      else totalBeyondSafe = BigInt(totalGrams) + BigInt(value as number);
    }

    const total = totalBeyondSafe ?? totalGrams;
    if (massProblem === undefined && total > massGrams) {
      problems.push(`composition: element grams total ${total} exceeds the lot's mass of ${massGrams} g`);
    }

    if (problems.length > COMPOSITION_PROBLEMS_REPORTED_MAX) {
      const more = problems.length - COMPOSITION_PROBLEMS_REPORTED_MAX;
      problems.length = COMPOSITION_PROBLEMS_REPORTED_MAX;
      problems.push(`… and ${more} more problems`);
    }
    return problems;
  } catch {
    // A proxy or throwing getter: the input is not plain data.
    return ['composition: could not be read as plain data'];
  }
}

/** Sum of all element grams. Throws RangeError if it is beyond exact integers. */
export function elementGramsTotal(c: Composition): number {
  assertComposition(c);
  return gramsTotal(c);
}

function gramsTotal(c: Composition): number {
  let total = 0;
  for (const e of ELEMENT_SYMBOLS) total += gramsOf(c, e);
  // Partial sums only grow, so a total that is still a safe integer was added exactly.
  if (!Number.isSafeInteger(total)) {
    throw new RangeError(`element grams total exceeds ${Number.MAX_SAFE_INTEGER}`);
  }
  return total;
}

/** Drops zero entries and orders keys by atomic number, so equal compositions serialise to
 * identical JSON. */
export function normalizeComposition(c: Composition): Composition {
  assertComposition(c);
  return normalized(c);
}

function normalized(c: Composition): Composition {
  const out: Composition = {};
  for (const e of ELEMENT_SYMBOLS) {
    const grams = gramsOf(c, e);
    if (grams !== 0) out[e] = grams;
  }
  return out;
}

export function isCompositionEmpty(c: Composition): boolean {
  assertComposition(c);
  return ELEMENT_SYMBOLS.every((e) => gramsOf(c, e) === 0);
}

export function compositionsEqual(a: Composition, b: Composition): boolean {
  assertComposition(a, 'a');
  assertComposition(b, 'b');
  return ELEMENT_SYMBOLS.every((e) => gramsOf(a, e) === gramsOf(b, e));
}

export function addCompositions(a: Composition, b: Composition): Composition {
  assertComposition(a, 'a');
  assertComposition(b, 'b');
  const out: Composition = {};
  for (const e of ELEMENT_SYMBOLS) {
    const grams = gramsOf(a, e) + gramsOf(b, e);
    if (!Number.isSafeInteger(grams)) {
      throw new RangeError(`addCompositions: ${e} total exceeds ${Number.MAX_SAFE_INTEGER} g`);
    }
    if (grams !== 0) out[e] = grams;
  }
  return out;
}

/** a − b per element. Throws RangeError naming the element if b holds more of it than a: that
 * would be consuming material that is not there. */
export function subtractComposition(a: Composition, b: Composition): Composition {
  assertComposition(a, 'a');
  assertComposition(b, 'b');
  const out: Composition = {};
  for (const e of ELEMENT_SYMBOLS) {
    const have = gramsOf(a, e);
    const take = gramsOf(b, e);
    if (take > have) {
      throw new RangeError(`subtractComposition: ${e} would go negative (${have} g less ${take} g)`);
    }
    if (have - take !== 0) out[e] = have - take;
  }
  return out;
}

/**
 * Splits a lot's composition in proportion to the mass taken, in whole grams:
 * taken + left == c exactly for every element, the grams taken never exceed massGramsTaken and
 * the grams left never exceed the mass left.
 *
 * Rounding each element on its own cannot promise the last two (two elements at 0.5 g each,
 * both rounded up, would put 2 g of element into a 1 g lot), so this is the largest-remainder
 * method: every element gets the floor of its exact share, then the grams still owed to the
 * taken side — its exact total, rounded half up — go one each to the largest remainders, ties
 * to the lower atomic number. Exact in BigInt up to any safe integer masses.
 */
export function splitComposition(
  c: Composition,
  massGramsTaken: number,
  massGramsTotal: number,
): { taken: Composition; left: Composition } {
  const elementGrams = checkedGramsTotal(c);
  // Partial sums only grow, so a total that is still a safe integer was added exactly.
  if (!Number.isSafeInteger(elementGrams)) throw new RangeError(`element grams total exceeds ${Number.MAX_SAFE_INTEGER}`);
  assertMassGrams('massGramsTaken', massGramsTaken);
  assertMassGrams('massGramsTotal', massGramsTotal);
  if (massGramsTaken > massGramsTotal) {
    throw new RangeError(`splitComposition: massGramsTaken ${massGramsTaken} exceeds massGramsTotal ${massGramsTotal}`);
  }
  if (elementGrams > massGramsTotal) {
    throw new RangeError(`splitComposition: element grams ${elementGrams} exceed the lot's mass ${massGramsTotal}`);
  }
  if (massGramsTaken === 0) return { taken: {}, left: normalized(c) };
  if (massGramsTaken === massGramsTotal) return { taken: normalized(c), left: {} };

  if (elementGrams * massGramsTaken <= Number.MAX_SAFE_INTEGER) {
    return splitSafe(c, massGramsTaken, massGramsTotal, elementGrams);
  }
  const taken = BigInt(massGramsTaken);
  const total = BigInt(massGramsTotal);
  const shares: { element: ElementSymbol; grams: bigint; floor: bigint; remainder: bigint }[] = [];
  let floorsSum = 0n;
  for (const e of ELEMENT_SYMBOLS) {
    const grams = BigInt(gramsOf(c, e));
    if (grams === 0n) continue;
    const product = grams * taken;
    const floor = product / total;
    shares.push({ element: e, grams, floor, remainder: product % total });
    floorsSum += floor;
  }
  const owedTotal = (2n * BigInt(elementGrams) * taken + total) / (2n * total);
  let owed = owedTotal - floorsSum;

  // Stable sort keeps atomic-number order among equal remainders.
  const byRemainder = [...shares].sort((x, y) => (x.remainder === y.remainder ? 0 : x.remainder > y.remainder ? -1 : 1));
  const extra = new Set<ElementSymbol>();
  for (const share of byRemainder) {
    if (owed === 0n) break;
    if (share.remainder === 0n) break;
    extra.add(share.element);
    owed -= 1n;
  }
  if (owed !== 0n) {
    throw new RangeError(`splitComposition: internal error, ${owed} g left undistributed`);
  }

  const takenOut: Composition = {};
  const leftOut: Composition = {};
  for (const share of shares) {
    const takenGrams = share.floor + (extra.has(share.element) ? 1n : 0n);
    const leftGrams = share.grams - takenGrams;
    if (takenGrams !== 0n) takenOut[share.element] = Number(takenGrams);
    if (leftGrams !== 0n) leftOut[share.element] = Number(leftGrams);
  }
  return { taken: takenOut, left: leftOut };
}

/** Per element (by atomic number), splitSafe's floor of the taken share and its remainder; -1 marks
 * an element the lot does not hold. Kept between calls: the capture path splits a lot or two per
 * event, and arrays of share objects sorted per call were a good part of its garbage. */
const shareFloors = new Float64Array(ELEMENT_SYMBOLS.length);
const shareRemainders = new Float64Array(ELEMENT_SYMBOLS.length);

/** splitComposition when every product fits in a double exactly (the common case: the capture
 * path splits lots of up to tens of tonnes), in plain numbers rather than BigInt; the same rule. */
function splitSafe(c: Composition, massGramsTaken: number, massGramsTotal: number, elementGrams: number): { taken: Composition; left: Composition } {
  let floorsSum = 0;
  for (let i = 0; i < ELEMENT_SYMBOLS.length; i += 1) {
    const grams = c[ELEMENT_SYMBOLS[i]!];
    if (grams === undefined || grams === 0) {
      shareRemainders[i] = -1;
      continue;
    }
    const floor = floorDivide(grams * massGramsTaken, massGramsTotal);
    shareFloors[i] = floor;
    shareRemainders[i] = grams * massGramsTaken - floor * massGramsTotal;
    floorsSum += floor;
  }
  // Rounded half up: floor((2·E·taken + total) / (2·total)), with E·taken ≤ 2^53 so 2·E·taken + total
  // may pass 2^53; halve both sides instead: floor((E·taken + total/2) / total) for the same value.
  const owedFloor = floorDivide(elementGrams * massGramsTaken, massGramsTotal);
  const owedRemainder = elementGrams * massGramsTaken - owedFloor * massGramsTotal;
  let owed = owedFloor + (2 * owedRemainder >= massGramsTotal ? 1 : 0) - floorsSum;
  // One gram each to the largest remainders, ties to the lower atomic number; owed is below the
  // number of elements held, so scanning for the largest each time beats sorting.
  for (; owed > 0; owed -= 1) {
    let largest = -1;
    for (let i = 0; i < ELEMENT_SYMBOLS.length; i += 1) {
      if (shareRemainders[i]! > 0 && (largest === -1 || shareRemainders[i]! > shareRemainders[largest]!)) largest = i;
    }
    if (largest === -1) break;
    shareFloors[largest] = shareFloors[largest]! + 1;
    shareRemainders[largest] = 0;
  }
  if (owed !== 0) throw new RangeError(`splitComposition: internal error, ${owed} g left undistributed`);
  const taken: Composition = {};
  const left: Composition = {};
  for (let i = 0; i < ELEMENT_SYMBOLS.length; i += 1) {
    if (shareRemainders[i] === -1) continue;
    const element = ELEMENT_SYMBOLS[i]!;
    const takenGrams = shareFloors[i]!;
    if (takenGrams !== 0) taken[element] = takenGrams;
    if (c[element]! - takenGrams !== 0) left[element] = c[element]! - takenGrams;
  }
  return { taken, left };
}

/** Exact floor division of safe non-negative integers: the quotient of doubles may round across
 * an integer, so correct it by the remainder. */
function floorDivide(dividend: number, divisor: number): number {
  const quotient = Math.floor(dividend / divisor);
  const remainder = dividend - quotient * divisor;
  if (remainder < 0) return quotient - 1;
  if (remainder >= divisor) return quotient + 1;
  return quotient;
}

/** A number's shortest round-tripping decimal as numerator / 10^scale. */
function decimalOf(x: number): { numerator: bigint; scale: number } {
  const match = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(x));
  if (match === null) throw new RangeError(`not a non-negative finite decimal: ${x}`);
  const integerDigits = match[1] ?? '0';
  const fractionDigits = match[2] ?? '';
  const exponent = Number(match[3] ?? '0') - fractionDigits.length;
  const digits = BigInt(integerDigits + fractionDigits);
  return exponent >= 0 ? { numerator: digits * 10n ** BigInt(exponent), scale: 0 } : { numerator: digits, scale: -exponent };
}

/**
 * Integer grams per element for a lot of `massGrams` with these mass fractions, each rounded
 * down, so the grams never exceed the mass.
 *
 * Fractions are read as the decimals they were written as: in binary floating point
 * 0.29 × 100 is 28.999999999999996, but a composition typed as 0.29 means 29 %, so 29 g.
 */
export function scaleCompositionFromFractions(fractions: ElementFractions, massGrams: number): Composition {
  assertMassGrams('massGrams', massGrams);
  if (fractions === null || typeof fractions !== 'object' || Array.isArray(fractions)) {
    throw new RangeError(`fractions must be an object of element symbol to fraction, got ${describe(fractions)}`);
  }
  const decimals: { element: ElementSymbol; numerator: bigint; scale: number }[] = [];
  let scaleMax = 0;
  for (const [key, value] of Object.entries(fractions)) {
    if (!isElementSymbol(key)) throw new RangeError(`fractions: unknown element symbol ${quoteKey(key)}`);
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
      throw new RangeError(`fractions: ${key} must be a number from 0 to 1, got ${describe(value)}`);
    }
    const d = decimalOf(value);
    decimals.push({ element: key, ...d });
    scaleMax = Math.max(scaleMax, d.scale);
  }
  let sum = 0n;
  for (const d of decimals) sum += d.numerator * 10n ** BigInt(scaleMax - d.scale);
  if (sum > 10n ** BigInt(scaleMax)) {
    throw new RangeError('fractions: sum exceeds 1');
  }
  const mass = BigInt(massGrams);
  const unordered: Composition = {};
  for (const d of decimals) {
    unordered[d.element] = Number((d.numerator * mass) / 10n ** BigInt(d.scale));
  }
  return normalizeComposition(unordered);
}

/** Rare earth oxide equivalent of `grams` of one element, rounded to the nearest gram. */
export function reoGramsOf(element: ElementSymbol, grams: number): number {
  if (!isElementSymbol(element)) throw new RangeError(`unknown element symbol ${quoteKey(String(element))}`);
  if (!isNonNegativeSafeInteger(grams)) {
    throw new RangeError(`${element} grams must be a non-negative safe integer, got ${describe(grams)}`);
  }
  const reo = Math.round(grams * ELEMENTS[element].oxideFactor);
  if (!Number.isSafeInteger(reo)) throw new RangeError(`${element}: REO of ${grams} g exceeds exact integers`);
  return reo;
}

/** REO equivalent of a composition: the sum of each element's rounded REO grams, so it agrees
 * with per-element reports to the gram. Quotas are set in t REO (shared/DOMAIN.md). */
export function reoGrams(c: Composition): number {
  assertComposition(c);
  let total = 0;
  for (const e of ELEMENT_SYMBOLS) {
    const grams = gramsOf(c, e);
    if (grams !== 0) total += reoGramsOf(e, grams);
  }
  if (!Number.isSafeInteger(total)) throw new RangeError(`REO total exceeds ${Number.MAX_SAFE_INTEGER} g`);
  return total;
}
