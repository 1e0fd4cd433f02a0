import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaleCompositionFromFractions } from './composition.ts';
import { controlledShareMisfit, FIT_LIMITS_DEFAULT, productMisfits, typicalGrade } from './product-fit.ts';
import { gradeBandOf } from './grade-bands.ts';
import { PRODUCTS, productByCode } from './products.ts';
import { exportControlsFor } from './export-controls.ts';

const TONNE_GRAMS = 1_000_000;
const tonneOf = (code: string) => scaleCompositionFromFractions(productByCode(code)!.typicalFractions, TONNE_GRAMS);

test('every product of the catalogue fits its own typical composition, at its typical grade and leaner down to its floor (a third without one)', () => {
  for (const product of PRODUCTS) {
    const typical = tonneOf(product.code);
    assert.deepEqual(productMisfits(product.code, typical, TONNE_GRAMS, FIT_LIMITS_DEFAULT), [], product.code);
    const floor = gradeBandOf(product.code)?.min ?? 0;
    const leaner = floor === 0 ? 3 : typicalGrade(product) / floor;
    assert.deepEqual(productMisfits(product.code, typical, Math.floor(leaner * TONNE_GRAMS), FIT_LIMITS_DEFAULT), [], `${product.code}, leaner`);
  }
});

test('every product made to a recipe or left of one has a grade band; only what follows a deposit, a feed or a design has none', () => {
  const assemblies = ['eol-motor', 'eol-hdd', 'eol-consumer-electronics'];
  for (const product of PRODUCTS) {
    const banded = gradeBandOf(product.code) !== undefined;
    const onFactor = ['ore', 'slag', 'tailings'].includes(product.category) || assemblies.includes(product.code);
    assert.equal(banded, !onFactor, product.code);
  }
});

test('concentrate is not tailings, slag or spent batteries by grade, nor magnet scrap by its grade and mix', () => {
  const concentrate = tonneOf('concentrate-bayan-obo');
  for (const label of ['tailings-bayan-obo', 'slag-water-leach-residue', 'eol-nimh-battery']) {
    assert.deepEqual(productMisfits(label, concentrate, TONNE_GRAMS, FIT_LIMITS_DEFAULT).map((m) => m.kind), ['grade'], label);
  }
  // La and Ce are no foreign elements in NdFeB scrap (Ce-substituted grades), but a mix half Ce is no magnet's.
  assert.deepEqual(productMisfits('scrap-ndfeb-solid', concentrate, TONNE_GRAMS, FIT_LIMITS_DEFAULT).map((m) => m.kind), ['grade', 'distribution']);
});

test('magnet scrap is held to a magnet\'s grade: fresh NdPr metal or oxide, even blended in, is too rich; rich, oxidised, coated and alloyed honest lots fit', () => {
  const kinds = (label: string, composition: Record<string, number>, massGrams = TONNE_GRAMS) => productMisfits(label, composition, massGrams, FIT_LIMITS_DEFAULT).map((m) => m.kind);
  // Twice a magnet's grade, the mix of a magnet: only the grade tells.
  assert.deepEqual(kinds('scrap-ndfeb-solid', { Pr: 150_000, Nd: 450_000, Dy: 20_000 }), ['grade']);
  assert.deepEqual(kinds('scrap-ndfeb-swarf', { Pr: 212_000, Nd: 637_000 }), ['grade'], 'NdPr oxide as swarf');
  assert.deepEqual(kinds('eol-ndfeb-magnets', { Pr: 247_500, Nd: 742_500 }), ['grade'], 'NdPr metal as dismantled magnets');
  // One part oxide to four of real off-cuts.
  assert.deepEqual(kinds('scrap-ndfeb-solid', { Pr: 0.8 * 65_000 + 0.2 * 212_000, Nd: 0.8 * 220_000 + 0.2 * 637_000, Dy: 0.8 * 15_000 }), ['grade']);
  assert.deepEqual(kinds('scrap-smco', { Sm: 860_000 }), ['grade'], 'Sm oxide as SmCo scrap');
  assert.deepEqual(kinds('eol-nimh-battery', { La: 110_000, Ce: 170_000, Pr: 15_000, Nd: 45_000 }), ['grade'], 'AB5 alloy powder as whole batteries');
  // Honest near misses.
  assert.deepEqual(kinds('scrap-ndfeb-solid', { Pr: 50_000, Nd: 200_000, Tb: 15_000, Dy: 80_000 }), [], 'off-cuts of a high-Dy traction grade, 34.5 %');
  assert.deepEqual(kinds('scrap-ndfeb-swarf', { Pr: 30_000, Nd: 110_000, Dy: 8_000 }), [], 'oxidised, wet swarf at 14.8 %');
  assert.deepEqual(kinds('magnet-ndfeb-sintered', { Pr: 60_000, Nd: 180_000, Dy: 15_000 }), [], 'a nickel-coated magnet at 25.5 %');
  assert.deepEqual(kinds('alloy-ndfeb-strip', { Pr: 80_000, Nd: 240_000, Dy: 10_000 }), [], 'strip-cast flakes at 33 %');
  assert.deepEqual(kinds('scrap-smco', { Sm: 370_000 }), [], 'SmCo5 rejects');
  assert.deepEqual(kinds('magnet-ndfeb-sintered', { Pr: 40_000, Nd: 120_000, Dy: 10_000 }), ['lean'], 'a "magnet" at 17 % is not one');
  assert.deepEqual(kinds('scrap-ndfeb-swarf', { La: 5_000, Ce: 55_000, Pr: 40_000, Nd: 130_000 }), [], 'swarf of a Ce-substituted grade: Ce is no foreign element in NdFeB scrap');
  assert.deepEqual(kinds('scrap-polishing-powder', { La: 180_000, Ce: 600_000 }), ['grade'], 'fresh La–Ce oxide at 78 % collected as spent polishing sludge');
  assert.deepEqual(kinds('scrap-polishing-powder', { La: 4_000, Ce: 400_000 }), [], 'spent high-Ce powder at 40 %');
});

test('a concentrate is no mixed or separated oxide, a calcined concentrate no carbonate or chloride, an oxide no mineral concentrate', () => {
  const kinds = (label: string, code: string, massGrams = TONNE_GRAMS) => productMisfits(label, tonneOf(code), massGrams, FIT_LIMITS_DEFAULT).map((m) => m.kind);
  assert.deepEqual(kinds('mixed-oxide-lace', 'concentrate-bayan-obo'), ['lean']);
  assert.deepEqual(kinds('mixed-oxide-smeugd', 'concentrate-monazite'), ['lean']);
  assert.deepEqual(kinds('mixed-carbonate-light', 'concentrate-ionic-light'), ['grade']);
  assert.deepEqual(kinds('mixed-chloride-light', 'concentrate-ionic-high-y'), ['grade']);
  // A separated product is too rich for a concentrate, and its mix is not the deposit's either.
  assert.deepEqual(kinds('concentrate-monazite', 'mixed-oxide-lace'), ['grade', 'distribution']);
  assert.deepEqual(kinds('concentrate-bayan-obo', 'oxide-ce'), ['grade', 'distribution', 'deposit-element', 'deposit-element', 'deposit-element', 'deposit-element'], 'La, Pr and Nd gone, Ce far above its half');
  // Ores and concentrates keep their deposit's mix: a Bayan Obo concentrate is no light clay's.
  assert.deepEqual(kinds('concentrate-ionic-light', 'concentrate-bayan-obo', Math.floor(TONNE_GRAMS * 0.5)), ['distribution']);
  assert.deepEqual(kinds('concentrate-mianning', 'concentrate-bayan-obo'), []);
  // Honest: a rich Bayan Obo concentrate (60 % REO), a carbonate dried to its octahydrate (55 % REO).
  assert.deepEqual(kinds('concentrate-bayan-obo', 'concentrate-bayan-obo', Math.floor(TONNE_GRAMS / 1.2)), []);
  assert.deepEqual(kinds('mixed-carbonate-light', 'mixed-carbonate-light', Math.floor(TONNE_GRAMS * 45 / 55)), []);
  // A monazite concentrate at its usual 60 % REO is drier than any traded carbonate (the
  // octahydrate of a light mix is 55.8 % REO).
  assert.deepEqual(kinds('mixed-carbonate-light', 'concentrate-monazite'), ['grade']);
  // What the composition cannot tell: a leaner concentrate and a hydrated carbonate overlap in
  // grade, a compound carries its feed's mix, and thorium, phosphorus and fluorine are not captured.
  assert.deepEqual(kinds('mixed-carbonate-light', 'concentrate-monazite', Math.floor(TONNE_GRAMS * 60 / 55)), []);
  assert.deepEqual(kinds('mixed-carbonate-light', 'concentrate-bayan-obo'), []);
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

test('a named deposit keeps its proportions: Bayan Obo concentrate with half its Pr and Nd, or eight times its yttrium, is not the mine\'s; a cerium-rich bench is', () => {
  const bayanObo = tonneOf('concentrate-bayan-obo');
  const scaled = (changes: Record<string, number>) => Object.fromEntries(Object.entries(bayanObo).map(([e, g]) => [e, Math.round(g * (changes[e] ?? 1))]));
  const misfits = (composition: Record<string, number>) => productMisfits('concentrate-bayan-obo', composition, TONNE_GRAMS, FIT_LIMITS_DEFAULT);
  const leached = misfits(scaled({ Pr: 0.5, Nd: 0.5 }));
  assert.deepEqual(leached.map((m) => [m.kind, m.element]), [['deposit-element', 'Pr'], ['deposit-element', 'Nd']]);
  assert.match(leached[1]!.text, /^Nd is .* of its rare earths, where concentrate-bayan-obo's deposit has 16\.7 % \(limit 11\.1 %, a factor of 1\.5\)$/);
  assert.deepEqual(misfits(scaled({ Y: 8 })).map((m) => [m.kind, m.element]), [['deposit-element', 'Y']], 'southern clay tipped in');
  assert.deepEqual(misfits(scaled({ Pr: 0.83, Nd: 0.83, Ce: 1.07 })), [], 'a cerium-rich bench');
  assert.deepEqual(misfits(scaled({ Y: 2 })), [], 'a trace twice as large is still a trace');
});

test('NdFeB scrap of a Ce-substituted grade is judged on its Pr, Nd and Dy, up to about half La and Ce; with Bayan Obo\'s three quarters it is concentrate', () => {
  const kinds = (composition: Record<string, number>) => productMisfits('scrap-ndfeb-swarf', composition, TONNE_GRAMS, FIT_LIMITS_DEFAULT).map((m) => m.kind);
  assert.deepEqual(kinds({ La: 30_000, Ce: 90_000, Pr: 35_000, Nd: 110_000, Dy: 5_000 }), [], 'a Ce–Fe–B grade, 44 % La and Ce');
  assert.deepEqual(kinds({ La: 70_000, Ce: 135_000, Pr: 14_000, Nd: 44_000 }), ['distribution'], 'Bayan Obo proportions');
});

test('a controlled element its kind never carries, above a trace, makes the export judged by what it carries; one its kind carries within its share, or may carry, does not', () => {
  const dysprosiumInAb5 = controlledShareMisfit('hsa-ab5', { La: 60_000, Ce: 95_000, Pr: 9_000, Nd: 26_000, Dy: 17_000 }, ['Dy'], 0.25, 0.01);
  assert.deepEqual([dysprosiumInAb5?.kind, dysprosiumInAb5?.elements, dysprosiumInAb5?.limit], ['controlled-share', ['Dy'], 0.01]);
  assert.match(dysprosiumInAb5!.text, /8\.2 % of its rare earths are Dy, under export control, which hsa-ab5 does not carry \(limit 1\.0 %\)/);
  assert.equal(controlledShareMisfit('hsa-ab5', { La: 60_000, Ce: 95_000, Pr: 9_000, Nd: 26_000, Dy: 1_000 }, ['Dy'], 0.25, 0.01), undefined, 'a trace of dysprosium');
  assert.equal(controlledShareMisfit('catalyst-auto-three-way', { La: 3_000, Ce: 52_000, Pr: 3_000, Y: 5_000 }, ['Y'], 0.25, 0.01), undefined, 'yttria stabilising the oxygen-storage coat');
  assert.equal(controlledShareMisfit('magnet-ndfeb-sintered-high-coercivity', { Pr: 60_000, Nd: 200_000, Dy: 30_000, Tb: 8_000 }, ['Dy', 'Tb'], 0.25, 0.01), undefined, 'a grade\'s own dysprosium and terbium');
});

test('ceria–zirconia oxygen-storage powder doped with praseodymia and neodymia carries no foreign element', () => {
  const kinds = productMisfits('catalyst-ceria-zirconia', { Ce: 160_000, La: 20_000, Pr: 25_000, Nd: 20_000 }, TONNE_GRAMS, FIT_LIMITS_DEFAULT).map((m) => m.kind);
  assert.deepEqual(kinds.filter((k) => k === 'foreign-elements'), []);
});
