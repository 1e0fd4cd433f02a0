// Whether a lot's composition fits the product it is declared as: its grade (the share of its mass
// that is rare earth) and which rare earths it carries. A label costs nothing to change; the
// elements and the grade are what the material is, so the rules judge identity by them.
import { ELEMENT_SYMBOLS, type ElementSymbol } from './elements.ts';
import type { Composition } from './composition.ts';
import { productByCode, type Product, type ProductCategory } from './products.ts';
import { gradeBandOf } from './grade-bands.ts';
import { CHINESE_DEPOSIT_PRODUCTS } from './origins.ts';

export interface FitLimits {
  /** Largest grade accepted, as a multiple of the product's typical grade, for products without a
   * grade band (src/domain/grade-bands.ts); a ceiling besides their band for ores and concentrates. */
  gradeFactorMax: number;
  /** Share by which a grade may pass either edge of its product's band (assay). */
  gradeBandMarginShare: number;
  /** Largest share of the rare earths in elements the product's typical composition has none of. */
  foreignShareMax: number;
  /** Largest total-variation distance (0–1) from the product's typical rare earth distribution. */
  distributionDistanceMax: number;
  /** The same, for ores and concentrates, whose products name their deposit. */
  depositDistanceMax: number;
  /** For the ores and concentrates of one named deposit (Bayan Obo, Mianning): the factor by which
   * one element's share of the rare earths may differ from the deposit's, either way for its major
   * elements (2 % of the rare earths or more), upward for its minor ones. */
  depositElementFactorMax: number;
}

/** What misdeclared-product applies by default; unlicensed-export judges a label by the same. */
export const FIT_LIMITS_DEFAULT: Readonly<FitLimits> = Object.freeze({ gradeFactorMax: 3, gradeBandMarginShare: 0.05, foreignShareMax: 0.1, distributionDistanceMax: 0.35, depositDistanceMax: 0.25, depositElementFactorMax: 1.5 });

/** Largest share of a magnet's or its scrap's rare earths that substituting elements (La and Ce
 * in Ce-substituted NdFeB) take: commercial Ce–Fe–B grades replace up to about half of the Pr and
 * Nd (a judgement from the trade; shared/DOMAIN.md has no figure). */
const SUBSTITUTION_SHARE_MAX = 0.6;

/** Share of the rare earths from which an element is a major one of a deposit's mix. */
const MAJOR_ELEMENT_SHARE = 0.02;

/** Residues: what a process leaves behind and a disposer takes, never a product. */
export const RESIDUE_CATEGORIES: ReadonlySet<ProductCategory> = new Set(['slag', 'tailings']);

/** Whether a product is weighed wet, its water or coolant draining away as it travels and stands:
 * residues as they leave the filter press, grinding swarf in its coolant, spent polishing sludge. */
export function weighedWet(productCode: string): boolean {
  const product = productByCode(productCode);
  return product !== undefined && (RESIDUE_CATEGORIES.has(product.category) || WET_SCRAP.has(product.code));
}

const WET_SCRAP: ReadonlySet<string> = new Set(['scrap-ndfeb-swarf', 'scrap-polishing-powder']);

/** Categories whose rare earth mix follows the deposit or the feed, not a recipe: mixed compounds
 * and residues of any deposit are honest with any mix, and so are ores and concentrates within
 * their deposit's (below). */
const MIX_FOLLOWS_FEED: ReadonlySet<ProductCategory> = new Set(['ore', 'concentrate', 'mixed-compound', 'slag', 'tailings']);

/** Categories whose products name a deposit (Bayan Obo, Mianning, each type of ion-adsorption
 * clay, monazite): the mix varies from bench to bench, not from one deposit type to another. */
const MIX_FOLLOWS_DEPOSIT: ReadonlySet<ProductCategory> = new Set(['ore', 'concentrate']);

/** Categories made to a recipe whose mix is narrow: scrap is what is left of a magnet or a
 * powder, a magnet is its grade's alloy. */
const MIX_IS_RECIPE: ReadonlySet<ProductCategory> = new Set(['scrap-pre-consumer', 'scrap-post-consumer', 'magnet']);

export interface Misfit {
  /** `grade`: richer than the product can be; `lean`: poorer than the substance or formula the
   * label names (a "mixed oxide" at a concentrate's grade). */
  kind: 'grade' | 'lean' | 'foreign-elements' | 'distribution' | 'controlled-share' | 'deposit-element';
  /** For `deposit-element`: the element that left its deposit's share. */
  element?: string;
  /** For `controlled-share`: the controlled elements it is about, when not all the lot's. */
  elements?: readonly string[];
  /** The lot's figure and the limit it passed, both shares (0–1). */
  value: number;
  limit: number;
  /** For `controlled-share`: the share the product's typical mix carries. */
  typical?: number;
  /** One clause with the figures, for an alert's summary. */
  text: string;
}

export function reGrams(c: Composition): number {
  let total = 0;
  for (const e of ELEMENT_SYMBOLS) total += c[e] ?? 0;
  return total;
}

/** The product's typical share of rare earth in a lot's mass. */
export function typicalGrade(product: Product): number {
  let total = 0;
  for (const e of ELEMENT_SYMBOLS) total += product.typicalFractions[e] ?? 0;
  return total;
}

/** Share of a lot's rare earths below which an element is an impurity of it, not a part of it:
 * separated products are sold at 99–99.9 % of their element (judgement). */
export const TRACE_SHARE = 0.01;

/** The elements a lot carries as a part of it, traces (at most `traceShare` of its rare earths)
 * left out. */
export function carriedElements(c: Composition, traceShare = TRACE_SHARE): ElementSymbol[] {
  const total = reGrams(c);
  return ELEMENT_SYMBOLS.filter((e) => (c[e] ?? 0) > traceShare * total && (c[e] ?? 0) > 0);
}

/** Each element's share of the rare earths; undefined when there are none. */
export function reShares(c: Composition): Partial<Record<ElementSymbol, number>> | undefined {
  const total = reGrams(c);
  if (total <= 0) return undefined;
  const out: Partial<Record<ElementSymbol, number>> = {};
  for (const e of ELEMENT_SYMBOLS) if ((c[e] ?? 0) > 0) out[e] = c[e]! / total;
  return out;
}

/** Total-variation distance between two rare earth distributions: 0 the same, 1 disjoint. */
export function distributionDistance(lot: Composition, typical: Composition): number | undefined {
  const a = reShares(lot);
  const b = reShares(typical);
  if (a === undefined || b === undefined) return undefined;
  let sum = 0;
  for (const e of ELEMENT_SYMBOLS) sum += Math.abs((a[e] ?? 0) - (b[e] ?? 0));
  return sum / 2;
}

/** How a lot of `massGrams` holding `composition` fails to be the product `productCode`; empty
 * when it fits (or the product is unknown, which the capture path refuses on its own).
 * A product with a grade band is held to it (one whose mix follows the feed, a concentrate or a
 * mixed compound, also to the wide factor on its typical grade, whichever is lower); one without,
 * to the factor. `gradeMaxAtLeast` raises the ceiling where more is known than the catalogue: a residue
 * may be as rich as the feed it was left from (the residue of a 92 % ionic concentrate is richer
 * than any typical slag), never richer. */
export function productMisfits(productCode: string, composition: Composition, massGrams: number, limits: FitLimits, gradeMaxAtLeast = 0): Misfit[] {
  const product = productByCode(productCode);
  const re = reGrams(composition);
  if (product === undefined || re === 0 || massGrams <= 0) return [];
  const misfits: Misfit[] = [];
  const typical = typicalGrade(product);
  const band = gradeBandOf(product.code);
  const factorMax = typical * limits.gradeFactorMax;
  const bandMax = band === undefined ? Infinity : band.max * (1 + limits.gradeBandMarginShare);
  const ceiling = band === undefined ? factorMax : MIX_FOLLOWS_FEED.has(product.category) ? Math.min(factorMax, bandMax) : bandMax;
  const gradeMax = Math.max(ceiling, gradeMaxAtLeast);
  const gradeMin = band === undefined ? 0 : band.min * (1 - limits.gradeBandMarginShare);
  const grade = re / massGrams;
  const holds = band === undefined ? `holds about ${pct(typical)}` : `holds ${band.min > 0 ? `${pct(band.min)}–` : 'at most '}${pct(band.max)}: ${band.basis}`;
  if (gradeMax < 1 && grade > gradeMax) {
    misfits.push({ kind: 'grade', value: grade, limit: gradeMax, text: `${pct(grade)} rare earth by mass, where ${product.code} ${holds}${gradeMaxAtLeast > 0 ? ' and its feed held ' + pct(gradeMaxAtLeast) : ''} (limit ${pct(gradeMax)})` });
  }
  if (grade < gradeMin) {
    misfits.push({ kind: 'lean', value: grade, limit: gradeMin, text: `only ${pct(grade)} rare earth by mass, where ${product.code} ${holds} (limit ${pct(gradeMin)})` });
  }
  if (MIX_FOLLOWS_DEPOSIT.has(product.category)) {
    const distance = distributionDistance(composition, product.typicalFractions as Composition);
    if (distance !== undefined && distance > limits.depositDistanceMax) {
      misfits.push({ kind: 'distribution', value: distance, limit: limits.depositDistanceMax, text: `its rare earth mix differs from ${product.code}'s, its deposit's, by ${pct(distance)} (limit ${pct(limits.depositDistanceMax)})` });
    }
    if (CHINESE_DEPOSIT_PRODUCTS.has(product.code)) misfits.push(...depositElementMisfits(product, composition, limits.depositElementFactorMax));
  }
  if (MIX_FOLLOWS_FEED.has(product.category)) return misfits;
  let foreign = 0;
  const foreignElements: string[] = [];
  for (const e of ELEMENT_SYMBOLS) {
    if ((composition[e] ?? 0) > 0 && (product.typicalFractions[e] ?? 0) === 0 && product.alsoCarries?.includes(e) !== true) {
      foreign += composition[e]!;
      foreignElements.push(e);
    }
  }
  if (foreign / re > limits.foreignShareMax) {
    misfits.push({ kind: 'foreign-elements', value: foreign / re, limit: limits.foreignShareMax, text: `${pct(foreign / re)} of its rare earths are ${foreignElements.join(', ')}, which ${product.code} does not carry (limit ${pct(limits.foreignShareMax)})` });
  }
  if (MIX_IS_RECIPE.has(product.category)) {
    // The elements a grade may carry beside the recipe's (La and Ce in Ce-substituted NdFeB) take
    // the recipe's place in part, up to about half of it: within that the mix is judged on the
    // recipe's own elements; beyond it, as a whole (Bayan Obo's La and Ce are three quarters).
    const substituted = product.alsoCarries === undefined ? 0 : product.alsoCarries.reduce((sum, e) => sum + (composition[e as ElementSymbol] ?? 0), 0) / re;
    const recipe = product.alsoCarries === undefined || substituted > SUBSTITUTION_SHARE_MAX ? composition : withoutElements(composition, product.alsoCarries);
    const distance = distributionDistance(recipe, product.typicalFractions as Composition);
    if (distance !== undefined && distance > limits.distributionDistanceMax) {
      misfits.push({ kind: 'distribution', value: distance, limit: limits.distributionDistanceMax, text: `its rare earth mix differs from ${product.code}'s by ${pct(distance)} (limit ${pct(limits.distributionDistanceMax)})` });
    }
  }
  return misfits;
}

/** A lot whose rare earths are far more of `controlled` (elements under export control) than its
 * product's typical mix: a samarium alloy under the name of a lanthanum one. Undefined when the
 * excess is within `excessMax` (a share of the rare earths). */
export function controlledShareMisfit(productCode: string, composition: Composition, controlled: readonly ElementSymbol[], excessMax: number, foreignShareMax = 1): Misfit | undefined {
  const product = productByCode(productCode);
  const lot = reShares(composition);
  if (product === undefined || lot === undefined || controlled.length === 0) return undefined;
  const typical = reShares(product.typicalFractions as Composition) ?? {};
  const share = controlled.reduce((s, e) => s + (lot[e] ?? 0), 0);
  const typicalShare = controlled.reduce((s, e) => s + (typical[e] ?? 0), 0);
  if (share - typicalShare <= excessMax) {
    // A controlled element its kind never carries (dysprosium in a battery alloy), above a trace, is
    // the element carried out inside the label, however small a part of the lot it is.
    const foreign = controlled.filter((e) => (typical[e] ?? 0) === 0 && product.alsoCarries?.includes(e) !== true);
    const foreignShare = foreign.reduce((s, e) => s + (lot[e] ?? 0), 0);
    if (foreignShare <= foreignShareMax) return undefined;
    return {
      kind: 'controlled-share', value: foreignShare, limit: foreignShareMax, typical: 0, elements: foreign,
      text: `${pct(foreignShare)} of its rare earths are ${foreign.join(', ')}, under export control, which ${product.code} does not carry (limit ${pct(foreignShareMax)})`,
    };
  }
  return {
    kind: 'controlled-share', value: share, limit: typicalShare + excessMax, typical: typicalShare,
    text: `${pct(share)} of its rare earths are ${controlled.join(', ')}, under export control, where ${product.code} carries about ${pct(typicalShare)} (limit ${pct(typicalShare + excessMax)})`,
  };
}

function pct(share: number): string {
  return `${(share * 100).toFixed(share < 0.01 ? 2 : 1)} %`;
}

/** One deposit's rare earths keep their proportions from bench to bench (Bayan Obo's Pr and Nd
 * about a fifth of them, its yttrium a trace): a major element far off its share was taken out
 * (a back-yard leach of the NdPr) or comes from elsewhere, and a minor one far above its share was
 * tipped in from another deposit (southern clay's yttrium). The total-variation distance, dominated
 * by La and Ce, misses both. */
function depositElementMisfits(product: Product, composition: Composition, factorMax: number): Misfit[] {
  const lot = reShares(composition);
  const deposit = reShares(product.typicalFractions as Composition);
  if (lot === undefined || deposit === undefined) return [];
  const misfits: Misfit[] = [];
  for (const e of ELEMENT_SYMBOLS) {
    const own = deposit[e] ?? 0;
    const share = lot[e] ?? 0;
    const major = own >= MAJOR_ELEMENT_SHARE;
    const above = share >= MAJOR_ELEMENT_SHARE && share > own * factorMax;
    const below = major && share < own / factorMax;
    if (!above && !below) continue;
    const limit = above ? own * factorMax : own / factorMax;
    misfits.push({
      kind: 'deposit-element', value: share, limit, typical: own, element: e,
      text: `${e} is ${pct(share)} of its rare earths, where ${product.code}'s deposit has ${pct(own)} (limit ${pct(limit)}, a factor of ${factorMax})`,
    });
  }
  return misfits;
}

/** `c` without `elements`. */
function withoutElements(c: Composition, elements: readonly string[]): Composition {
  const out: Composition = {};
  for (const e of ELEMENT_SYMBOLS) if (!elements.includes(e) && (c[e] ?? 0) > 0) out[e] = c[e]!;
  return out;
}
