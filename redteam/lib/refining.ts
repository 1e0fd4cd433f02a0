// Honest figures for the steps of the chain, from shared/DOMAIN.md's minimum recoveries:
// concentrate → mixed rare earths > 92 %, mixed → separated > 96 % (ionic > 94 %), so a
// separator must recover at least 88.3 % of its feed (0.92 × 0.96); a good plant does better,
// and the baseline's recovers 95 %. Oxide → metal yield is not in DOMAIN.md: 97 % is taken (the
// rest stays in electrolysis slag and fume).
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import { metalMass, oxideMass, pick, scale, subtract, typical } from './chem.ts';
import type { LotSpec } from './scribe.ts';

/** The baseline separator's recovery: a good plant, well above the floor. */
export const SEPARATION_RECOVERY_HONEST = 0.95;
export const METAL_RECOVERY_HONEST = 0.97;

/** The products a separation line makes, by the elements each gathers, and their REO purity. */
const SEPARATED_PRODUCTS: readonly { suffix: string; product: string; elements: readonly ElementSymbol[]; purity: number }[] = [
  { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
  { suffix: 'LA', product: 'oxide-la', elements: ['La'], purity: 0.99 },
  { suffix: 'CE', product: 'oxide-ce', elements: ['Ce'], purity: 0.99 },
  { suffix: 'SEG', product: 'mixed-oxide-smeugd', elements: ['Sm', 'Eu', 'Gd'], purity: 0.9 },
  { suffix: 'HRE', product: 'mixed-oxide-heavy', elements: ['Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'], purity: 0.95 },
];

export interface SeparationPlan {
  /** Output lots, ids `<prefix>-<suffix>`; the residue last, `<prefix>-RES`. */
  outputs: LotSpec[];
  byProduct: Record<string, LotSpec>;
  residue?: LotSpec;
}

/**
 * The outputs of separating a feed of `feed` composition: each element recovered at `recovery`
 * into its separated product, and a residue lot (typical composition of `residue.product`,
 * capped by what the feed left) if one is named.
 */
export function separate(
  feed: Composition,
  prefix: string,
  options: { recovery?: number; residue?: { product: string; massGrams: number } } = {},
): SeparationPlan {
  const recovered = scale(feed, options.recovery ?? SEPARATION_RECOVERY_HONEST);
  const outputs: LotSpec[] = [];
  const byProduct: Record<string, LotSpec> = {};
  for (const line of SEPARATED_PRODUCTS) {
    const composition = pick(recovered, line.elements);
    if (Object.keys(composition).length === 0) continue;
    const lot = { id: `${prefix}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition };
    outputs.push(lot);
    byProduct[line.product] = lot;
  }
  let residue: LotSpec | undefined;
  if (options.residue !== undefined) {
    const left = subtract(feed, recovered);
    const wanted = typical(options.residue.product, options.residue.massGrams);
    const composition: Composition = {};
    for (const [symbol, grams] of Object.entries(wanted) as [ElementSymbol, number][]) {
      const capped = Math.min(grams, left[symbol] ?? 0);
      if (capped > 0) composition[symbol] = capped;
    }
    residue = { id: `${prefix}-RES`, product: options.residue.product, massGrams: options.residue.massGrams, composition };
    outputs.push(residue);
  }
  return { outputs, byProduct, ...(residue === undefined ? {} : { residue }) };
}

/** Metal from an oxide feed (or several oxides of one metal), at `recovery`. */
export function smelt(feed: Composition, id: string, product: string, recovery = METAL_RECOVERY_HONEST): LotSpec {
  const composition = scale(feed, recovery);
  return { id, product, massGrams: metalMass(composition), composition };
}
