import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleCompositionFromFractions } from './composition.ts';
import { FIT_LIMITS_DEFAULT, productMisfits } from './product-fit.ts';
import { PRODUCTS, productByCode } from './products.ts';
import { exportControlsFor } from './export-controls.ts';

const TONNE_GRAMS = 1_000_000;
const tonneOf = (code: string) => scaleCompositionFromFractions(productByCode(code)!.typicalFractions, TONNE_GRAMS);

test('every product of the catalogue fits its own typical composition, at its typical grade and at a third of it', () => {
  for (const product of PRODUCTS) {
    const typical = tonneOf(product.code);
    assert.deepEqual(productMisfits(product.code, typical, TONNE_GRAMS, FIT_LIMITS_DEFAULT), [], product.code);
    assert.deepEqual(productMisfits(product.code, typical, 3 * TONNE_GRAMS, FIT_LIMITS_DEFAULT), [], `${product.code}, leaner`);
  }
});

test('concentrate is not tailings, slag or spent batteries by grade, nor magnet scrap by its mix', () => {
  const concentrate = tonneOf('concentrate-bayan-obo');
  for (const label of ['tailings-bayan-obo', 'slag-water-leach-residue', 'eol-nimh-battery']) {
    assert.deepEqual(productMisfits(label, concentrate, TONNE_GRAMS, FIT_LIMITS_DEFAULT).map((m) => m.kind), ['grade'], label);
  }
  assert.deepEqual(productMisfits('scrap-ndfeb-solid', concentrate, TONNE_GRAMS, FIT_LIMITS_DEFAULT).map((m) => m.kind), ['foreign-elements', 'distribution']);
});

test('a residue may be as rich as the feed it was left from, never richer', () => {
  const rich = { La: 100_000, Ce: 50_000 };
  assert.equal(productMisfits('slag-water-leach-residue', rich, TONNE_GRAMS, FIT_LIMITS_DEFAULT).length, 1);
  assert.equal(productMisfits('slag-water-leach-residue', rich, TONNE_GRAMS, FIT_LIMITS_DEFAULT, 0.6).length, 0);
  assert.equal(productMisfits('slag-water-leach-residue', rich, TONNE_GRAMS, FIT_LIMITS_DEFAULT, 0.1).length, 1);
});

test('export controls follow the elements when the label does not fit, the label when it does', () => {
  const day = '2025-06-01';
  assert.deepEqual(exportControlsFor('magnet-ndfeb-sintered', ['Pr', 'Nd', 'Dy'], day), [], 'an NdFeB magnet is not on the list');
  assert.deepEqual(exportControlsFor('magnet-ndfeb-sintered', ['Dy'], day, false).map((c) => c.id), ['dual-use-2025-18']);
  assert.deepEqual(exportControlsFor('catalyst-ceria-zirconia', ['Ce', 'La'], day, false), [], 'no controlled element, whatever the form');
});
