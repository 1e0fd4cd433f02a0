import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CRMA_ART29_ELEMENTS, ELEMENT_SYMBOLS, ELEMENTS, isElementSymbol, type ElementSymbol } from './elements.ts';

test('the 17 rare earths, in atomic-number order', () => {
  assert.equal(ELEMENT_SYMBOLS.length, 17);
  assert.equal(new Set(ELEMENT_SYMBOLS).size, 17);
  const numbers = ELEMENT_SYMBOLS.map((s) => ELEMENTS[s].atomicNumber);
  assert.deepEqual(numbers, [21, 39, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71]);
  for (const s of ELEMENT_SYMBOLS) {
    assert.equal(ELEMENTS[s].symbol, s);
    assert.ok(ELEMENTS[s].names.zh.length > 0 && ELEMENTS[s].names.en.length > 0, s);
  }
});

test('oxide factors reproduce the ten in shared/DOMAIN.md to 4 decimals', () => {
  const published: [ElementSymbol, number][] = [
    ['La', 1.1728], ['Ce', 1.2284], ['Pr', 1.2082], ['Nd', 1.1664], ['Sm', 1.1596],
    ['Eu', 1.1579], ['Gd', 1.1526], ['Tb', 1.1762], ['Dy', 1.1477], ['Y', 1.2699],
  ];
  for (const [symbol, factor] of published) {
    assert.equal(ELEMENTS[symbol].oxideFactor.toFixed(4), factor.toFixed(4), symbol);
  }
});

test('oxide factors of the seven not published are plausible', () => {
  // Sesquioxides: 1 + 3·O / (2·M); Sc, the lightest, has the largest.
  const expected: [ElementSymbol, number][] = [
    ['Sc', 1.5338], ['Pm', 1.1655], ['Ho', 1.1455], ['Er', 1.1435], ['Tm', 1.1421], ['Yb', 1.1387], ['Lu', 1.1372],
  ];
  for (const [symbol, factor] of expected) {
    assert.equal(ELEMENTS[symbol].oxideFactor.toFixed(4), factor.toFixed(4), symbol);
  }
});

test('oxide formulas', () => {
  const formulas = ELEMENT_SYMBOLS.map((s) => ELEMENTS[s].oxideFormula);
  assert.deepEqual(formulas, [
    'Sc2O3', 'Y2O3', 'La2O3', 'CeO2', 'Pr6O11', 'Nd2O3', 'Pm2O3', 'Sm2O3', 'Eu2O3', 'Gd2O3', 'Tb4O7', 'Dy2O3',
    'Ho2O3', 'Er2O3', 'Tm2O3', 'Yb2O3', 'Lu2O3',
  ]);
});

test('groups: La–Nd light, Sm–Gd medium, Tb–Lu and Y heavy, Sc its own', () => {
  const byGroup = (g: string) => ELEMENT_SYMBOLS.filter((s) => ELEMENTS[s].group === g);
  assert.deepEqual(byGroup('light'), ['La', 'Ce', 'Pr', 'Nd', 'Pm']);
  assert.deepEqual(byGroup('medium'), ['Sm', 'Eu', 'Gd']);
  assert.deepEqual(byGroup('heavy'), ['Y', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu']);
  assert.deepEqual(byGroup('scandium'), ['Sc']);
});

test('isElementSymbol is exact and case-sensitive', () => {
  assert.equal(isElementSymbol('Nd'), true);
  assert.equal(isElementSymbol('nd'), false);
  assert.equal(isElementSymbol('ND'), false);
  assert.equal(isElementSymbol('Xx'), false);
  assert.equal(isElementSymbol('Fe'), false);
  assert.equal(isElementSymbol('toString'), false);
  assert.equal(isElementSymbol(''), false);
});

test('CRMA Art. 29 rare earths', () => {
  assert.deepEqual([...CRMA_ART29_ELEMENTS].sort(), ['Dy', 'Nd', 'Pr', 'Sm', 'Tb']);
});

test('the element table cannot be changed at run time', () => {
  assert.ok(Object.isFrozen(ELEMENTS));
  assert.ok(Object.isFrozen(ELEMENTS.Nd));
  assert.throws(() => {
    (ELEMENTS.Nd as { oxideFactor: number }).oxideFactor = 2;
  }, TypeError);
});
