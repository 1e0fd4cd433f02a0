import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Composition } from './composition.ts';
import { judgeResidues, type ResidueLimits } from './residue-fit.ts';

const LIMITS: ResidueLimits = { residueShareMax: 0.25, residueShareRefinedMax: 0.135, residueExcessFactorMax: 2, residueExcessShareMax: 0.04, residueDistanceMax: 0.2, reGramsMin: 100 };
/** 100 t of Bayan Obo concentrate, element grams (≈ 42 t of rare earth). */
const CONCENTRATE: Composition = { La: 11_090_000, Ce: 20_560_000, Pr: 2_110_000, Nd: 6_940_000, Sm: 470_000, Eu: 90_000, Gd: 170_000, Y: 120_000 };

function scaled(c: Composition, shares: Partial<Record<string, number>>, otherwise: number): Composition {
  const out: Composition = {};
  for (const [e, g] of Object.entries(c) as [keyof Composition, number][]) out[e] = Math.round(g * (shares[e] ?? otherwise));
  return out;
}

test('even losses are what residues carry; NdPr left at 15 % beside 4 % is selective and moves the mix', () => {
  const even = judgeResidues({ fed: CONCENTRATE, residueIn: {}, residueOut: scaled(CONCENTRATE, {}, 0.05), oreReGrams: 0 }, LIMITS);
  assert.deepEqual(even.elements, {});
  assert.ok(even.distance! < 0.001);
  const hidden = judgeResidues({ fed: CONCENTRATE, residueIn: {}, residueOut: scaled(CONCENTRATE, { Pr: 0.15, Nd: 0.15 }, 0.04), oreReGrams: 0 }, LIMITS);
  assert.deepEqual(Object.keys(hidden.elements), ['Pr', 'Nd']);
  assert.deepEqual(hidden.elements.Nd!.over, ['share', 'selective'], '15 % of concentrate is past what refining loses, as well as far above the others');
  assert.ok(hidden.elements.Nd!.othersShare > 0.04 && hidden.elements.Nd!.othersShare < 0.05, 'the others: 4 % and Pr\'s 15 %');
  assert.equal(hidden.distanceOver, true);
});

test('assay scatter, an element at the edge of the norm, and a residue of a few grams are quiet', () => {
  const scatter = judgeResidues({ fed: CONCENTRATE, residueIn: {}, residueOut: scaled(CONCENTRATE, { La: 0.06, Ce: 0.045, Pr: 0.065, Nd: 0.04, Sm: 0.08, Eu: 0.03 }, 0.05), oreReGrams: 0 }, LIMITS);
  assert.deepEqual(scatter.elements, {});
  assert.equal(scatter.distanceOver, false);
  const edge = judgeResidues({ fed: CONCENTRATE, residueIn: {}, residueOut: scaled(CONCENTRATE, { Sm: 0.08 }, 0.04), oreReGrams: 0 }, LIMITS);
  assert.deepEqual(edge.elements, {}, '8 % of Sm beside 4 %: twice, but not 4 points above');
  const tiny = judgeResidues({ fed: CONCENTRATE, residueIn: {}, residueOut: { Nd: 90 }, oreReGrams: 0 }, LIMITS);
  assert.deepEqual(tiny.elements, {});
  assert.equal(tiny.distanceOver, false);
});

test('a feed mostly of ore is judged by how much it leaves, not how evenly: cerianite stays in an ionic clay', () => {
  const ore: Composition = { La: 42_000, Ce: 30_000, Pr: 8_000, Nd: 30_000, Y: 2_000 };
  const tailings = scaled(ore, { Ce: 0.6 }, 0.1);
  const judged = judgeResidues({ fed: ore, residueIn: {}, residueOut: tailings, oreReGrams: 112_000 }, LIMITS);
  assert.equal(judged.evennessJudged, false);
  assert.deepEqual(Object.keys(judged.elements), ['Ce'], 'only the 25 % ceiling');
  assert.deepEqual(judged.elements.Ce!.over, ['share']);
});

test('residue fed in and left again counts as feed, so re-leached slag is judged by what it carried', () => {
  const slag = scaled(CONCENTRATE, {}, 0.02);
  const judged = judgeResidues({ fed: {}, residueIn: slag, residueOut: scaled(slag, {}, 0.7), oreReGrams: 0 }, LIMITS);
  assert.deepEqual(judged.elements, {});
  assert.equal(judged.distanceOver, false);
});

test('past beneficiation a residue may hold only what refining loses: 18 % of a reduction\'s terbium is product; a recycler may leave its lanthanum and cerium whole', () => {
  const fluoride: Composition = { Tb: 1_000_000 };
  const slagRich = judgeResidues({ fed: fluoride, residueIn: {}, residueOut: { Tb: 180_000 }, oreReGrams: 0 }, LIMITS);
  assert.deepEqual(slagRich.elements.Tb?.over, ['share'], 'above 13.5 %, below beneficiation\'s 25 %');
  assert.deepEqual(judgeResidues({ fed: fluoride, residueIn: {}, residueOut: { Tb: 80_000 }, oreReGrams: 0 }, LIMITS).elements, {}, 'an 8 % loss');
  const swarf: Composition = { La: 20_000, Ce: 60_000, Pr: 40_000, Nd: 130_000, Dy: 5_000 };
  const leached = judgeResidues({ fed: swarf, residueIn: {}, residueOut: { La: 20_000, Ce: 3_000, Pr: 1_000, Nd: 3_500, Dy: 100 }, oreReGrams: 0 }, LIMITS);
  assert.deepEqual(Object.keys(leached.elements), [], 'all the lanthanum left behind by a recycler without a lanthanum line');
});
