import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ELEMENTS, isElementSymbol, type ElementSymbol } from './elements.ts';
import { elementGramsTotal, reoGrams, reoGramsOf, scaleCompositionFromFractions, type Composition } from './composition.ts';
import { CHAIN_STAGES, PRODUCT_CATEGORIES, PRODUCT_CODES, PRODUCTS, productByCode, type Product } from './products.ts';

const TONNE_GRAMS = 1_000_000;

function product(code: string): Product {
  const p = productByCode(code);
  assert.ok(p, `product ${code} exists`);
  return p;
}

/** Grams in a tonne of the product. */
function tonneOf(code: string): Composition {
  return scaleCompositionFromFractions(product(code).typicalFractions, TONNE_GRAMS);
}

/** An element's oxide as a percentage of the REO. */
function reoSharePercent(c: Composition, symbol: ElementSymbol): number {
  return (100 * reoGramsOf(symbol, c[symbol] ?? 0)) / reoGrams(c);
}

function sharePercentOf(c: Composition, symbols: readonly ElementSymbol[]): number {
  return symbols.reduce((s, e) => s + reoSharePercent(c, e), 0);
}

test('at least 40 products, unique kebab-case codes, all findable', () => {
  assert.ok(PRODUCTS.length >= 40, `${PRODUCTS.length} products`);
  assert.equal(new Set(PRODUCT_CODES).size, PRODUCTS.length);
  assert.deepEqual(PRODUCT_CODES, PRODUCTS.map((p) => p.code));
  for (const p of PRODUCTS) {
    assert.match(p.code, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.equal(productByCode(p.code), p);
  }
  assert.equal(productByCode('no-such-product'), undefined);
  assert.equal(productByCode('toString'), undefined);
});

test('the codes other modules rely on exist', () => {
  for (const code of [
    'concentrate-bayan-obo', 'oxide-ndpr', 'oxide-dy', 'metal-ndpr', 'alloy-dyfe', 'magnet-ndfeb-sintered',
    'magnet-smco', 'scrap-ndfeb-swarf', 'eol-motor',
  ]) {
    product(code);
  }
});

test('every category and stage is present', () => {
  for (const category of PRODUCT_CATEGORIES) {
    assert.ok(PRODUCTS.some((p) => p.category === category), category);
  }
  for (const stage of CHAIN_STAGES) {
    assert.ok(PRODUCTS.some((p) => p.stage === stage), stage);
  }
});

test('names in both languages', () => {
  for (const p of PRODUCTS) {
    assert.ok(p.names.en.trim().length > 0, p.code);
    assert.ok(/[\u4e00-\u9fff]/.test(p.names.zh), `${p.code} has a Chinese name`);
  }
});

test('HS codes are 4–8 digits, with the RE headings where they belong', () => {
  for (const p of PRODUCTS) {
    assert.match(p.hsCode, /^\d{4}(\.\d{2}(\d{2})?)?$/, p.code);
    if (p.category === 'oxide') assert.match(p.hsCode, /^2846\./, p.code);
    if (p.category === 'metal') assert.match(p.hsCode, /^2805\.30/, p.code);
    if (p.category === 'magnet') assert.match(p.hsCode, /^8505\.1/, p.code);
  }
  assert.equal(product('oxide-ce').hsCode, '2846.10');
});

test('fractions are known elements, within 0..1, summing to at most 1', () => {
  for (const p of PRODUCTS) {
    let sum = 0;
    for (const [symbol, fraction] of Object.entries(p.typicalFractions)) {
      assert.ok(isElementSymbol(symbol), `${p.code}: ${symbol}`);
      assert.ok(typeof fraction === 'number' && fraction > 0 && fraction <= 1, `${p.code}: ${symbol} ${fraction}`);
      sum += fraction;
    }
    assert.ok(sum > 0, `${p.code} contains some rare earth`);
    assert.ok(sum <= 1, `${p.code}: fractions sum to ${sum}`);
    // The same check, exactly, as lots will be made from them.
    assert.ok(elementGramsTotal(tonneOf(p.code)) <= TONNE_GRAMS, p.code);
  }
});

test('mineral products are exactly the ores and concentrates', () => {
  for (const p of PRODUCTS) {
    assert.equal(p.mineral, p.category === 'ore' || p.category === 'concentrate', p.code);
    if (p.mineral) assert.equal(p.stage, 'mining', p.code);
  }
});

test('recycled sources mark scrap and end-of-life products only', () => {
  for (const p of PRODUCTS) {
    const expected = p.category === 'scrap-pre-consumer' ? 'pre-consumer' : p.category === 'scrap-post-consumer' ? 'post-consumer' : undefined;
    assert.equal(p.recycledSource, expected, p.code);
    if (p.recycledSource !== undefined) assert.equal(p.stage, 'recycling', p.code);
  }
  assert.equal(product('eol-motor').recycledSource, 'post-consumer');
  assert.equal(product('scrap-ndfeb-swarf').recycledSource, 'pre-consumer');
});

test('thorium-bearing residues are marked radioactive', () => {
  assert.equal(product('slag-water-leach-residue').radioactive, true);
  assert.equal(product('concentrate-monazite').radioactive, true);
  assert.ok(PRODUCTS.filter((p) => p.category === 'slag').some((p) => p.radioactive === true));
  assert.equal(product('oxide-ndpr').radioactive, undefined);
});

test('the catalogue cannot be changed at run time', () => {
  assert.ok(Object.isFrozen(PRODUCTS));
  const p = product('oxide-nd');
  assert.ok(Object.isFrozen(p) && Object.isFrozen(p.names) && Object.isFrozen(p.typicalFractions));
});

test('Bayan Obo concentrate: 50 % REO, CeO2 ≈ 50 % of REO, light REE > 95 % (shared/DOMAIN.md)', () => {
  const c = tonneOf('concentrate-bayan-obo');
  assert.ok(Math.abs(reoGrams(c) - 0.5 * TONNE_GRAMS) <= 50, `REO ${reoGrams(c)} g/t`);
  assert.ok(Math.abs(reoSharePercent(c, 'Ce') - 50) <= 1);
  assert.ok(sharePercentOf(c, ['La', 'Ce', 'Pr', 'Nd']) > 95);
});

test('Sichuan concentrate: REO within 41.6–55.8 %, CeO2 ≈ 47 % of REO', () => {
  const c = tonneOf('concentrate-mianning');
  const reoPercent = (100 * reoGrams(c)) / TONNE_GRAMS;
  assert.ok(reoPercent >= 41.6 && reoPercent <= 55.8, `${reoPercent}`);
  assert.ok(Math.abs(reoSharePercent(c, 'Ce') - 47) <= 1);
});

test('ionic clays match shared/DOMAIN.md', () => {
  const heavyTwoGroup: ElementSymbol[] = ['Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'];
  const lightTwoGroup: ElementSymbol[] = ['La', 'Ce', 'Pr', 'Nd', 'Sm', 'Eu'];
  const highY = tonneOf('concentrate-ionic-high-y');
  assert.ok(Math.abs(reoSharePercent(highY, 'Y') - 64.8) <= 0.1);
  assert.ok(Math.abs(sharePercentOf(highY, heavyTwoGroup) - 89.4) <= 0.1);
  const light = tonneOf('concentrate-ionic-light');
  assert.ok(Math.abs(sharePercentOf(light, lightTwoGroup) - 93) <= 0.1);
  const mediumY = tonneOf('concentrate-ionic-medium-y-eu');
  assert.ok(reoSharePercent(mediumY, 'Y') > 20);
  assert.ok(reoSharePercent(mediumY, 'Eu') > 0.5);
});

test('sintered NdFeB holds 29–32 % rare earths, mostly Nd+Pr (shared/DOMAIN.md)', () => {
  for (const code of ['magnet-ndfeb-sintered', 'magnet-ndfeb-sintered-high-coercivity', 'scrap-ndfeb-solid', 'eol-ndfeb-magnets']) {
    const c = tonneOf(code);
    const rePercent = (100 * elementGramsTotal(c)) / TONNE_GRAMS;
    assert.ok(rePercent >= 29 && rePercent <= 32, `${code}: ${rePercent} %`);
    assert.ok(((c.Nd ?? 0) + (c.Pr ?? 0)) / elementGramsTotal(c) > 0.85, code);
  }
  const standard = tonneOf('magnet-ndfeb-sintered');
  assert.equal((standard.Nd ?? 0) + (standard.Pr ?? 0), 290_000);
  assert.equal(standard.Dy, 15_000);
  assert.equal(standard.Tb, 5_000);
});

test('separated oxides are 99 % of their oxide', () => {
  for (const p of PRODUCTS.filter((q) => q.category === 'oxide')) {
    const c = tonneOf(p.code);
    const reoPercent = (100 * reoGrams(c)) / TONNE_GRAMS;
    assert.ok(Math.abs(reoPercent - 99) <= 0.01, `${p.code}: ${reoPercent}`);
  }
  const nd = tonneOf('oxide-nd');
  assert.ok(Math.abs((nd.Nd ?? 0) / TONNE_GRAMS - 0.99 / ELEMENTS.Nd.oxideFactor) < 1e-5);
});

test('end-of-life products and residues are lean in rare earths', () => {
  for (const code of ['eol-motor', 'eol-hdd', 'eol-consumer-electronics', 'slag-water-leach-residue', 'tailings-ionic-leach']) {
    assert.ok(elementGramsTotal(tonneOf(code)) < 0.02 * TONNE_GRAMS, code);
  }
});

test('Dy-Fe alloy is ~80 % Dy; AB5 alloy ~33 % mischmetal', () => {
  assert.equal(tonneOf('alloy-dyfe').Dy, 800_000);
  assert.equal(elementGramsTotal(tonneOf('hsa-ab5')), 330_000);
});
