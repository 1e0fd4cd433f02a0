// Origin attribution: for each source a lot's material came from, the grams of each element it
// contributed (DESIGN.md "Provenance"). Computed once, when a lot is made, from the attribution of
// what went into it, so a passport or a recycled-content figure is a read, not a graph walk.
//
// Sources are keyed by short strings, so an attribution is a small JSON object on the lot row:
//   mine:<facility id>          extracted at that mine
//   recycled:pre-consumer       collected production scrap (swarf, off-cuts, slag)
//   recycled:post-consumer      collected end-of-life products
//   import:<ISO 3166 alpha-2>   imported from that country
//   untraced                    no recorded source: created from nothing in processing, added by a
//                               stock adjustment, or held by a lot recorded before attribution
//
// Everything is integer grams, split by the largest-remainder method with ties to the source that
// sorts first, so the attributed grams of an element always add up exactly to the lot's grams of
// it, on every engine and every run.
import { assertComposition, gramsOf, type Composition } from './composition.ts';
import { ELEMENT_SYMBOLS, type ElementSymbol } from './elements.ts';
import type { RecycledSource } from './products.ts';

/** Source key → element grams. Keys sorted, no empty compositions, compositions normalized. */
export type Attribution = Record<string, Composition>;

export const CUSTODY_MODELS = ['mass-balance', 'segregated', 'identity-preserved'] as const;
export type CustodyModel = (typeof CUSTODY_MODELS)[number];

export const UNTRACED = 'untraced';

export type SourceType = 'mine' | 'recycled-pre-consumer' | 'recycled-post-consumer' | 'import' | 'untraced';

export type Source =
  | { type: 'mine'; facility: string }
  | { type: 'recycled-pre-consumer' }
  | { type: 'recycled-post-consumer' }
  | { type: 'import'; country: string }
  | { type: 'untraced' };

export function mineSource(facilityId: string): string {
  return `mine:${facilityId}`;
}

export function importSource(country: string): string {
  if (!/^[A-Z]{2}$/.test(country)) throw new RangeError(`import source needs an ISO 3166 alpha-2 country code, got ${JSON.stringify(country)}`);
  return `import:${country}`;
}

export function recycledSourceKey(kind: RecycledSource): string {
  return `recycled:${kind}`;
}

/** The type of source a key names, or undefined for a key no function here would make; allocates
 * nothing, as it runs for every lot the capture path makes. */
function sourceType(key: string): SourceType | undefined {
  if (key === UNTRACED) return 'untraced';
  if (key === 'recycled:pre-consumer') return 'recycled-pre-consumer';
  if (key === 'recycled:post-consumer') return 'recycled-post-consumer';
  if (key.startsWith('mine:') && key.length > 5) return 'mine';
  if (/^import:[A-Z]{2}$/.test(key)) return 'import';
  return undefined;
}

function knownSourceType(key: string): SourceType {
  const type = sourceType(key);
  if (type === undefined) throw new RangeError(`unknown attribution source ${JSON.stringify(key)}`);
  return type;
}

/** What a source key names; throws RangeError on a key no function here would make. */
export function parseSource(key: string): Source {
  const type = knownSourceType(key);
  if (type === 'mine') return { type, facility: key.slice(5) };
  if (type === 'import') return { type, country: key.slice(7) };
  return { type };
}

/** The class a segregated chain keeps apart: mined, recycled or imported material. */
function segregationClass(key: string): string {
  const type = knownSourceType(key);
  return type === 'recycled-pre-consumer' || type === 'recycled-post-consumer' ? 'recycled' : type;
}

/** All of `composition` from one source. */
export function singleSource(key: string, composition: Composition): Attribution {
  knownSourceType(key);
  const elements = nonZero(composition);
  return elements === undefined ? {} : { [key]: elements };
}

/** Element grams over every source: what the attribution accounts for. */
export function attributedTotals(attribution: Attribution): Composition {
  const totals: Composition = {};
  for (const composition of Object.values(attribution)) {
    for (const e of ELEMENT_SYMBOLS) {
      const grams = composition[e];
      if (grams !== undefined && grams !== 0) totals[e] = (totals[e] ?? 0) + grams;
    }
  }
  return totals;
}

/** attributedTotals to read, not to keep: a single source's own composition, not a copy. */
function totalsToRead(attribution: Attribution): Composition {
  let only: Composition | undefined;
  for (const key in attribution) {
    if (only !== undefined) return attributedTotals(attribution);
    only = attribution[key];
  }
  return only ?? {};
}

/** Throws RangeError naming the first element whose attributed grams differ from the lot's: the
 * invariant every lot keeps, checked where a lot is made. */
export function assertAttributionSums(attribution: Attribution, composition: Composition, label: string): void {
  const totals = totalsToRead(attribution);
  // A lot from one source shares its composition with its attribution (singleSource).
  if (totals === composition) return;
  for (const e of ELEMENT_SYMBOLS) {
    if ((totals[e] ?? 0) !== gramsOf(composition, e)) {
      throw new RangeError(`assertion: ${label} attributes ${totals[e] ?? 0} g of ${e} but holds ${gramsOf(composition, e)} g`);
    }
  }
}

/** Throws RangeError unless `value` is an attribution: known source keys to compositions. */
export function assertAttribution(value: unknown, label = 'attribution'): asserts value is Attribution {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new RangeError(`${label} must be an object of source to element grams`);
  for (const [key, composition] of Object.entries(value)) {
    parseSource(key);
    assertComposition(composition, `${label}.${key}`);
  }
}

/**
 * The attribution of `taken` grams drawn out of a lot attributed as `attribution`: each element's
 * grams shared over the sources in proportion to what each contributed of that element. A lot
 * recorded before attribution (null) gives all of it to `untraced`.
 */
export function attributeTaken(attribution: Attribution | null, taken: Composition): Attribution {
  if (attribution === null) return singleSource(UNTRACED, taken);
  const keys = Object.keys(attribution);
  // The common case, a lot from one source, needs no arithmetic.
  if (keys.length === 1) {
    const only = attribution[keys[0]!]!;
    for (const key in taken) {
      const e = key as ElementSymbol;
      if (gramsOf(taken, e) > gramsOf(only, e)) throw new RangeError(`assertion: ${gramsOf(taken, e)} g of ${e} taken from a lot attributed ${gramsOf(only, e)} g`);
    }
    return singleSource(keys[0]!, taken);
  }
  const out: Record<string, Composition> = {};
  const { weights, shares } = apportionScratch(keys.length);
  for (const e of ELEMENT_SYMBOLS) {
    const grams = gramsOf(taken, e);
    if (grams === 0) continue;
    for (let i = 0; i < keys.length; i += 1) weights[i] = gramsOf(attribution[keys[i]!]!, e);
    apportionInScratch(grams, keys.length, 'taken', e);
    for (let i = 0; i < keys.length; i += 1) {
      if (shares[i] !== 0) (out[keys[i]!] ??= {})[e] = shares[i]!;
    }
  }
  return ordered(out);
}

/** a + b, source by source. */
export function addAttributions(a: Attribution, b: Attribution): Attribution {
  return sumAttributions([a, b]);
}

function sumAttributions(attributions: readonly Attribution[]): Attribution {
  // Every function here returns its attributions ordered: such a one is its own sum.
  if (attributions.length === 1 && isOrdered(attributions[0]!)) return attributions[0]!;
  const out: Record<string, Composition> = {};
  for (const source of attributions) {
    for (const [key, composition] of Object.entries(source)) {
      const sum = (out[key] ??= {});
      for (const e of ELEMENT_SYMBOLS) {
        const grams = composition[e];
        if (grams !== undefined && grams !== 0) sum[e] = (sum[e] ?? 0) + grams;
      }
    }
  }
  return ordered(out);
}

/** a − b, source by source; throws RangeError if b holds more of anything than a. */
export function subtractAttribution(a: Attribution, b: Attribution): Attribution {
  const out: Record<string, Composition> = {};
  for (const [key, composition] of Object.entries(a)) out[key] = { ...composition };
  for (const [key, composition] of Object.entries(b)) {
    for (const e of ELEMENT_SYMBOLS) {
      const grams = gramsOf(composition, e);
      if (grams === 0) continue;
      const have = gramsOf(out[key] ?? {}, e);
      if (grams > have) throw new RangeError(`assertion: ${grams} g of ${e} from ${key} removed from ${have} g`);
      out[key]![e] = have - grams;
    }
  }
  return ordered(out);
}

export interface ProcessAttribution {
  outputs: Attribution[];
  /** Per element, grams of output beyond what the inputs held: attributed to `untraced`. */
  createdFromNothing: Composition;
}

/**
 * Attribution of a process's outputs from the attribution of what it took from its inputs.
 *
 * Per element, the pool is the inputs' grams by source, plus, when the outputs hold more of the
 * element than the inputs did, the excess as `untraced`. Each output in turn draws its grams of the
 * element from what is left of the pool, in proportion (largest remainder). Drawing from what is
 * left rather than from the whole pool means that when outputs hold exactly what went in, every
 * source's grams come out exactly; when less, each output still gets its proportional share.
 *
 * All three models attribute this way (the ledger knows no finer split than the inputs' own
 * attribution); they differ in the claim made, which must be possible: segregated needs every
 * source of one class (mined, recycled or imported), identity-preserved one single source, and
 * neither allows untraced material. Returns the reason when the claim is impossible.
 */
export function attributeProcess(inputs: readonly Attribution[], outputs: readonly Composition[], model: CustodyModel): ProcessAttribution | { impossible: string } {
  let pool = sumAttributions(inputs);
  const inputTotals = totalsToRead(pool);
  const createdFromNothing: Composition = {};
  let created = false;
  for (const e of ELEMENT_SYMBOLS) {
    let out = 0;
    for (const output of outputs) out += gramsOf(output, e);
    const excess = out - gramsOf(inputTotals, e);
    if (excess > 0) {
      createdFromNothing[e] = excess;
      created = true;
    }
  }
  if (created) pool = addAttributions(pool, singleSource(UNTRACED, createdFromNothing));

  if (model !== 'mass-balance') {
    const problem = custodyProblem(model, Object.keys(pool), createdFromNothing);
    if (problem !== undefined) return { impossible: problem };
  }

  const keys = Object.keys(pool);
  if (keys.length === 1) return { outputs: outputs.map((output) => singleSource(keys[0]!, output)), createdFromNothing };
  const left = keys.map((key) => ({ ...pool[key]! }));
  const { weights, shares } = apportionScratch(keys.length);
  const attributed = outputs.map((output, o) => {
    const label = `outputs[${o}]`;
    const out: Record<string, Composition> = {};
    for (const e of ELEMENT_SYMBOLS) {
      const grams = gramsOf(output, e);
      if (grams === 0) continue;
      for (let i = 0; i < keys.length; i += 1) weights[i] = gramsOf(left[i]!, e);
      apportionInScratch(grams, keys.length, label, e);
      for (let i = 0; i < keys.length; i += 1) {
        const share = shares[i]!;
        if (share === 0) continue;
        (out[keys[i]!] ??= {})[e] = share;
        left[i]![e] = left[i]![e]! - share;
      }
    }
    return ordered(out);
  });
  return { outputs: attributed, createdFromNothing };
}

function custodyProblem(model: CustodyModel, sources: string[], createdFromNothing: Composition): string | undefined {
  const created = Object.entries(createdFromNothing).map(([e, g]) => `${g} g of ${e}`).join(', ');
  if (created !== '') return `${model} needs every gram traced to its source, but the outputs hold ${created} more than the inputs`;
  if (sources.includes(UNTRACED)) return `${model} needs every gram traced to its source, but the inputs hold untraced material`;
  if (model === 'identity-preserved' && sources.length > 1) {
    return `identity-preserved needs a single source, but the inputs come from ${sources.length}: ${sources.join(', ')}`;
  }
  if (model === 'segregated') {
    const classes = [...new Set(sources.map(segregationClass))];
    if (classes.length > 1) return `segregated keeps mined, recycled and imported material apart, but the inputs mix ${classes.join(' and ')} (${sources.join(', ')})`;
  }
  return undefined;
}

/**
 * `total` split in proportion to `weights` in whole units by the largest-remainder method (ties to
 * the lower index), so the shares add up to `total` exactly and none exceeds its weight. `total`
 * must not exceed the weights' sum. Exact in BigInt when the products pass 2^53.
 */
export function apportion(total: number, weights: readonly number[], label = 'apportion'): number[] {
  const kept = apportionScratch(weights.length);
  for (let i = 0; i < weights.length; i += 1) kept.weights[i] = weights[i]!;
  apportionInScratch(total, weights.length, label, '');
  return Array.from(kept.shares.subarray(0, weights.length));
}

/** apportion's weights and shares, kept between calls: the capture path apportions each element
 * of each lot it draws from, and three arrays a call were a good part of its garbage. */
interface ApportionScratch {
  weights: Float64Array;
  shares: Float64Array;
  remainders: Float64Array;
}

let scratch: ApportionScratch = { weights: new Float64Array(16), shares: new Float64Array(16), remainders: new Float64Array(16) };

function apportionScratch(count: number): ApportionScratch {
  if (count > scratch.weights.length) {
    const length = Math.max(count, 2 * scratch.weights.length);
    scratch = { weights: new Float64Array(length), shares: new Float64Array(length), remainders: new Float64Array(length) };
  }
  return scratch;
}

function named(label: string, element: string): string {
  return element === '' ? label : `${label} ${element}`;
}

/** apportion of scratch.weights[0, count) into scratch.shares; `label` and `element` name the
 * split in an assertion's message, joined only if one fails. */
function apportionInScratch(total: number, count: number, label: string, element: string): void {
  const { weights, shares, remainders } = scratch;
  let sum = 0;
  let weightMax = 0;
  for (let i = 0; i < count; i += 1) {
    const w = weights[i]!;
    if (!Number.isSafeInteger(w) || w < 0) throw new RangeError(`assertion: ${named(label, element)}: weight ${w} is not a non-negative whole number`);
    sum += w;
    if (w > weightMax) weightMax = w;
  }
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`assertion: ${named(label, element)}: ${total} is not a non-negative whole number`);
  if (total > sum) throw new RangeError(`assertion: ${named(label, element)}: ${total} g drawn from ${sum} g`);
  if (total === 0 || total === sum) {
    for (let i = 0; i < count; i += 1) shares[i] = total === 0 ? 0 : weights[i]!;
    return;
  }
  let owed = total;
  if (total * weightMax <= Number.MAX_SAFE_INTEGER) {
    for (let i = 0; i < count; i += 1) {
      const product = total * weights[i]!;
      // Division of doubles may land one off an integer; correct it by the remainder.
      let exact = Math.floor(product / sum);
      let remainder = product - exact * sum;
      if (remainder < 0) { exact -= 1; remainder += sum; } else if (remainder >= sum) { exact += 1; remainder -= sum; }
      shares[i] = exact;
      remainders[i] = remainder;
      owed -= exact;
    }
  } else {
    const big = BigInt(sum);
    for (let i = 0; i < count; i += 1) {
      const product = BigInt(total) * BigInt(weights[i]!);
      const share = Number(product / big);
      shares[i] = share;
      // A remainder is below the weights' sum, a safe integer, so it converts exactly.
      remainders[i] = Number(product % big);
      owed -= share;
    }
  }
  // One unit each to the `owed` largest remainders, ties to the lower index. `owed` is below the
  // number of weights, a handful of sources, so scanning for the largest each time beats sorting.
  for (; owed > 0; owed -= 1) {
    let largest = -1;
    for (let i = 0; i < count; i += 1) {
      if (remainders[i]! > 0 && (largest === -1 || remainders[i]! > remainders[largest]!)) largest = i;
    }
    if (largest === -1) throw new RangeError(`assertion: ${named(label, element)}: ${owed} g left undistributed`);
    shares[largest] = shares[largest]! + 1;
    remainders[largest] = 0;
  }
}

/** Element symbols by atomic number, to check a composition's key order. */
const ATOMIC_RANK: ReadonlyMap<string, number> = new Map(ELEMENT_SYMBOLS.map((e, rank) => [e, rank]));

/** Whether a composition is already as nonZero would copy it: known elements only, by atomic number,
 * none at 0 g. Compositions are replaced, never changed in place, so such a one can be shared: most
 * of the capture's are, and copying them was a good part of its garbage. */
function isNonZeroOrdered(composition: Composition): boolean {
  let rankBefore = -1;
  for (const key in composition) {
    const rank = ATOMIC_RANK.get(key);
    const grams = composition[key as ElementSymbol];
    if (rank === undefined || rank <= rankBefore || grams === undefined || grams === 0) return false;
    rankBefore = rank;
  }
  return rankBefore >= 0;
}

/** Whether an attribution is as ordered() would make it. */
function isOrdered(attribution: Attribution): boolean {
  let keyBefore: string | undefined;
  for (const key in attribution) {
    if ((keyBefore !== undefined && keyBefore >= key) || !isNonZeroOrdered(attribution[key]!)) return false;
    keyBefore = key;
  }
  return true;
}

/** The composition without its 0 g elements, in atomic order; undefined when nothing is left. */
function nonZero(composition: Composition): Composition | undefined {
  if (isNonZeroOrdered(composition)) return composition;
  const out: Composition = {};
  let any = false;
  for (const e of ELEMENT_SYMBOLS) {
    const grams = composition[e];
    if (grams !== undefined && grams !== 0) {
      out[e] = grams;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** Sorted keys, normalized compositions, no empty ones: equal attributions serialise identically. */
function ordered(attribution: Record<string, Composition>): Attribution {
  const out: Attribution = {};
  const keys = Object.keys(attribution);
  // Mostly one or two sources, already in order: sorting would copy them for nothing.
  if (!keys.every((key, i) => i === 0 || keys[i - 1]! < key)) keys.sort();
  for (const key of keys) {
    const composition = nonZero(attribution[key]!);
    if (composition !== undefined) out[key] = composition;
  }
  return out;
}

/** Grams of one element from each source type. */
export function gramsBySourceType(attribution: Attribution, element: ElementSymbol): Record<SourceType, number> {
  const out: Record<SourceType, number> = { mine: 0, 'recycled-pre-consumer': 0, 'recycled-post-consumer': 0, import: 0, untraced: 0 };
  for (const [key, composition] of Object.entries(attribution)) out[knownSourceType(key)] += gramsOf(composition, element);
  return out;
}
