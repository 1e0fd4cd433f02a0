// Whether what a process left in its residues is what residues carry. A residue (leach residue,
// cracking residue, electrolysis slag) is the part of the feed that did not dissolve or was not
// recovered, and losses at leaching are not selective: each rare earth leaves about the same share
// of itself in the residue, so the residue's mix follows the feed's and its grade is low. Product
// written off as waste breaks that: the valuable elements are left behind at several times the
// share of the others, and the residue's mix moves toward them. Beneficiation is the exception:
// flotation and in-situ leaching recover minerals, not elements (monazite floats unlike
// bastnaesite; cerianite stays in an ionic clay), so a feed that is mostly ore is judged only by
// how much it leaves, not by how evenly.
import { ELEMENT_SYMBOLS, type ElementSymbol } from './elements.ts';
import type { Composition } from './composition.ts';
import { distributionDistance, reGrams } from './product-fit.ts';

export interface ResidueLimits {
  /** Largest share of an element fed (net of residues fed) that may leave in residues, where the
   * feed is mostly ore (beneficiation). */
  residueShareMax: number;
  /** The same where it is not: concentrate, compounds, oxides, metals and scrap are worked at
   * recoveries far above beneficiation's. */
  residueShareRefinedMax: number;
  /** Largest residue share of one element as a multiple of the other elements' share. */
  residueExcessFactorMax: number;
  /** Largest residue share of one element above the other elements' share, as a share of it fed. */
  residueExcessShareMax: number;
  /** Largest total-variation distance (0–1) between the residue's rare earth mix and the feed's. */
  residueDistanceMax: number;
  /** Smallest grams judged: of an element left in residues, of an excess, of a moved mix. */
  reGramsMin: number;
}

/** What a process took in and left in residues, element grams. */
export interface ProcessResidues {
  /** Inputs that are not residues. */
  fed: Composition;
  /** Inputs that are residues (re-leached, repacked or recycled slag). */
  residueIn: Composition;
  residueOut: Composition;
  /** Rare earth grams of the inputs that are ore: beneficiation, recovery by mineral. */
  oreReGrams: number;
}

export interface ResidueElement {
  /** Grams of the element in all the process's inputs, and in its residues. */
  fedGrams: number;
  residueGrams: number;
  /** Share of the element fed that the residues hold, and the same share of all other elements together. */
  share: number;
  othersShare: number;
  /** Grams of the element in the residues beyond the others' share. */
  excessGrams: number;
  /** `share`: more than residueShareMax of it (net of residues fed) left in residues;
   * `selective`: left far above the others' share. */
  over: ('share' | 'selective')[];
}

export interface ResidueJudgement {
  /** The elements over a limit. */
  elements: Partial<Record<ElementSymbol, ResidueElement>>;
  /** Total-variation distance between the residues' mix and the feed's; undefined when not judged. */
  distance: number | undefined;
  distanceOver: boolean;
  /** Whether the evenness tests applied (not for a feed mostly of ore). */
  evennessJudged: boolean;
}

export function judgeResidues(p: ProcessResidues, limits: ResidueLimits): ResidueJudgement {
  const feedAll: Composition = {};
  for (const e of ELEMENT_SYMBOLS) {
    const grams = (p.fed[e] ?? 0) + (p.residueIn[e] ?? 0);
    if (grams > 0) feedAll[e] = grams;
  }
  const feedTotal = reGrams(feedAll);
  const residueTotal = reGrams(p.residueOut);
  const evennessJudged = feedTotal > 0 && p.oreReGrams * 2 < feedTotal;
  const elements: Partial<Record<ElementSymbol, ResidueElement>> = {};
  for (const e of ELEMENT_SYMBOLS) {
    const fed = feedAll[e] ?? 0;
    const residue = p.residueOut[e] ?? 0;
    // Lanthanum and cerium, the cheap light pair, a recycler or a separator without a line for them
    // may leave behind whole; a residue of ore keeps them at beneficiation's share like any other.
    if (fed === 0 || residue === 0 || (evennessJudged && CHEAP_PAIR.has(e))) continue;
    const over: ResidueElement['over'] = [];
    const hidden = residue - (p.residueIn[e] ?? 0);
    const base = p.fed[e] ?? 0;
    if (base > 0 && hidden >= limits.reGramsMin && hidden > base * (evennessJudged ? limits.residueShareRefinedMax : limits.residueShareMax)) over.push('share');
    const share = residue / fed;
    const othersFed = feedTotal - fed;
    const othersShare = othersFed > 0 ? (residueTotal - residue) / othersFed : 0;
    const excessGrams = residue - othersShare * fed;
    if (evennessJudged && othersFed > 0 && excessGrams >= limits.reGramsMin && share > othersShare * limits.residueExcessFactorMax && share - othersShare > limits.residueExcessShareMax) {
      over.push('selective');
    }
    if (over.length > 0) elements[e] = { fedGrams: fed, residueGrams: residue, share, othersShare, excessGrams, over };
  }
  const distance = evennessJudged && residueTotal > 0 ? distributionDistance(p.residueOut, feedAll) : undefined;
  // The distance is a share of the residue's rare earths: so many grams would have to move for its
  // mix to be the feed's, and a sample of a few grams says little.
  // A residue richer than its feed in lanthanum and cerium, the cheap light pair a recycler or a
  // separator may leave behind, hides nothing; one richer in the others is where product goes.
  const distanceOver = distance !== undefined && distance > limits.residueDistanceMax && distance * residueTotal >= limits.reGramsMin
    && valuableShare(p.residueOut) > valuableShare(feedAll);
  return { elements, distance, distanceOver, evennessJudged };
}

const CHEAP_PAIR: ReadonlySet<ElementSymbol> = new Set(['La', 'Ce']);

/** The share of a mix's rare earths that is neither La nor Ce. */
function valuableShare(c: Composition): number {
  const total = reGrams(c);
  return total === 0 ? 0 : (total - (c.La ?? 0) - (c.Ce ?? 0)) / total;
}
