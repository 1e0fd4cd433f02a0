import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ELEMENT_SYMBOLS, type ElementSymbol } from './elements.ts';
import {
  COMPOSITION_PROBLEMS_REPORTED_MAX,
  addCompositions,
  compositionsEqual,
  elementGramsTotal,
  isCompositionEmpty,
  normalizeComposition,
  reoGrams,
  reoGramsOf,
  scaleCompositionFromFractions,
  splitComposition,
  subtractComposition,
  validateComposition,
  type Composition,
} from './composition.ts';

/** mulberry32: small, seeded, so a failing case reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomInt(next: () => number, maxInclusive: number): number {
  // Two draws so values near 1e12 are not restricted to multiples of a coarse step.
  const hi = Math.floor(next() * 2 ** 20);
  const lo = Math.floor(next() * 2 ** 32);
  return (hi * 2 ** 32 + lo) % (maxInclusive + 1);
}

function sumOf(c: Composition): number {
  return Object.values(c).reduce((s: number, g) => s + (g ?? 0), 0);
}

test('validateComposition accepts a valid composition', () => {
  assert.deepEqual(validateComposition({ Nd: 700, Pr: 250 }, 1000), []);
  assert.deepEqual(validateComposition({}, 0), []);
  assert.deepEqual(validateComposition({ Nd: 1000 }, 1000), []);
  assert.deepEqual(validateComposition({ Nd: 0 }, 0), []);
});

test('validateComposition names each problem', () => {
  const cases: [unknown, number, RegExp][] = [
    [{ Xx: 5 }, 1000, /"Xx": unknown element symbol/],
    [{ nd: 5 }, 1000, /"nd": unknown element symbol \(did you mean "Nd"\?\)/],
    [{ Nd: 1.5 }, 1000, /Nd grams must be an integer, got 1\.5/],
    [{ Nd: -3 }, 1000, /Nd grams must not be negative, got -3/],
    [{ Nd: Number.NaN }, 1000, /Nd grams is NaN/],
    [{ Nd: Number.POSITIVE_INFINITY }, 1000, /Nd grams must be finite/],
    [{ Nd: '12' }, 1000, /Nd grams must be a number, got string "12"/],
    [{ Nd: null }, 1000, /Nd grams must be a number, got null/],
    [{ Nd: 12n }, 1000, /Nd grams must be a number, got bigint 12/],
    [{ Nd: 2 ** 60 }, 2 ** 60, /Nd grams 1152921504606847000 exceeds the largest exact integer/],
    [{ Nd: 600, Pr: 500 }, 1000, /element grams total 1100 exceeds the lot's mass of 1000 g/],
    [null, 1000, /composition: must be an object.*got null/],
    [[1, 2], 1000, /composition: must be an object.*got an array/],
    ['Nd:5', 1000, /composition: must be an object.*got string "Nd:5"/],
    [undefined, 1000, /composition: must be an object.*got undefined/],
    [{ Nd: 5 }, -1, /massGrams must not be negative/],
    [{ Nd: 5 }, 1.5, /massGrams must be an integer/],
    [{ Nd: 5 }, Number.NaN, /massGrams is NaN/],
  ];
  for (const [composition, massGrams, expected] of cases) {
    const problems = validateComposition(composition, massGrams);
    assert.ok(
      problems.some((p) => expected.test(p)),
      `${JSON.stringify(problems)} should match ${expected} for ${String(composition)}`,
    );
  }
});

test('validateComposition reports every problem, then summarises', () => {
  const problems = validateComposition({ Xx: 1, Nd: -1, Pr: 0.5 }, 1000);
  assert.equal(problems.length, 3);
  const many: Record<string, number> = {};
  for (let i = 0; i < 1000; i++) many[`X${i}`] = 1;
  const capped = validateComposition(many, 10);
  assert.equal(capped.length, COMPOSITION_PROBLEMS_REPORTED_MAX + 1);
  assert.match(capped.at(-1) ?? '', /and 980 more problems/);
});

test('validateComposition does not throw on hostile input', () => {
  const throwing = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
  const getter = Object.defineProperty({}, 'Nd', { enumerable: true, get: () => { throw new Error('boom'); } });
  const inputs: unknown[] = [throwing, getter, Symbol('x'), () => 1, Object.create(null), JSON.parse('{"__proto__": 5}'), new Date(), 42];
  for (const input of inputs) {
    assert.doesNotThrow(() => validateComposition(input, 1000));
    assert.ok(Array.isArray(validateComposition(input, 1000)));
  }
  assert.match(validateComposition(throwing, 1000)[0] ?? '', /could not be read/);
  assert.match(validateComposition(JSON.parse('{"__proto__": 5}'), 1000)[0] ?? '', /"__proto__": unknown element symbol/);
  assert.deepEqual(validateComposition(Object.create(null), 1000), []);
});

test('validateComposition counts totals exactly beyond 2^53', () => {
  const half = Number.MAX_SAFE_INTEGER;
  assert.match(validateComposition({ Nd: half, Pr: 1 }, half)[0] ?? '', /exceeds the lot's mass/);
});

test('asserting functions throw RangeError naming the element', () => {
  assert.throws(() => elementGramsTotal({ Nd: -1 }), { name: 'RangeError', message: /Nd grams must be a non-negative safe integer, got -1/ });
  assert.throws(() => addCompositions({ Dy: 1.5 }, {}), { name: 'RangeError', message: /Dy/ });
  assert.throws(() => normalizeComposition({ Xx: 1 } as unknown as Composition), { name: 'RangeError', message: /"Xx"/ });
  assert.throws(() => reoGrams({ Tb: Number.NaN }), { name: 'RangeError', message: /Tb/ });
  assert.throws(() => reoGramsOf('Tb', -5), { name: 'RangeError', message: /Tb/ });
  assert.throws(() => isCompositionEmpty(null as unknown as Composition), RangeError);
});

test('add, subtract, total, empty, equal', () => {
  const a: Composition = { Nd: 700, Pr: 250 };
  const b: Composition = { Pr: 50, Dy: 10 };
  assert.deepEqual(addCompositions(a, b), { Pr: 300, Nd: 700, Dy: 10 });
  assert.deepEqual(subtractComposition({ Pr: 300, Nd: 700, Dy: 10 }, b), a);
  assert.deepEqual(subtractComposition(a, a), {});
  assert.equal(elementGramsTotal(a), 950);
  assert.equal(elementGramsTotal({}), 0);
  assert.equal(isCompositionEmpty({}), true);
  assert.equal(isCompositionEmpty({ Nd: 0, Pr: undefined }), true);
  assert.equal(isCompositionEmpty({ Nd: 1 }), false);
  assert.equal(compositionsEqual({ Nd: 5, Pr: 0 }, { Nd: 5 }), true);
  assert.equal(compositionsEqual({ Nd: 5 }, { Nd: 6 }), false);
  assert.equal(compositionsEqual({ Nd: 5 }, { Pr: 5 }), false);
});

test('subtracting more than is there throws, naming the element', () => {
  assert.throws(() => subtractComposition({ Nd: 5, Dy: 3 }, { Dy: 4 }), {
    name: 'RangeError',
    message: /Dy would go negative \(3 g less 4 g\)/,
  });
  assert.throws(() => subtractComposition({}, { Tb: 1 }), { name: 'RangeError', message: /Tb/ });
});

test('adding beyond exact integers throws', () => {
  assert.throws(() => addCompositions({ Nd: Number.MAX_SAFE_INTEGER }, { Nd: 1 }), { name: 'RangeError', message: /Nd/ });
  assert.throws(() => elementGramsTotal({ Nd: Number.MAX_SAFE_INTEGER, Pr: 1 }), RangeError);
});

test('normalizeComposition drops zeros and orders by atomic number', () => {
  const normal = normalizeComposition({ Dy: 3, Nd: 0, La: 1, Y: 2, Sc: 4 });
  assert.equal(JSON.stringify(normal), '{"Sc":4,"Y":2,"La":1,"Dy":3}');
  assert.equal(JSON.stringify(normalizeComposition({ Pr: 1, Ce: 2 })), JSON.stringify(normalizeComposition({ Ce: 2, Pr: 1 })));
});

test('split: all, nothing, and the worked example', () => {
  const c: Composition = { Nd: 700, Pr: 250, Dy: 30 };
  assert.deepEqual(splitComposition(c, 1000, 1000), { taken: { Pr: 250, Nd: 700, Dy: 30 }, left: {} });
  assert.deepEqual(splitComposition(c, 0, 1000), { taken: {}, left: { Pr: 250, Nd: 700, Dy: 30 } });
  assert.deepEqual(splitComposition(c, 100, 1000), { taken: { Pr: 25, Nd: 70, Dy: 3 }, left: { Pr: 225, Nd: 630, Dy: 27 } });
  assert.deepEqual(splitComposition({}, 0, 0), { taken: {}, left: {} });
});

test('split never puts more element into a part than the part weighs', () => {
  // Rounding each element on its own would give 1 + 1 = 2 g of element in a 1 g lot.
  const { taken, left } = splitComposition({ Nd: 1, Pr: 1 }, 1, 2);
  assert.equal(sumOf(taken), 1);
  assert.equal(sumOf(left), 1);
  // Ties go to the lower atomic number.
  assert.deepEqual(taken, { Pr: 1 });
});

test('split refuses impossible inputs', () => {
  assert.throws(() => splitComposition({ Nd: 5 }, 11, 10), { name: 'RangeError', message: /exceeds massGramsTotal/ });
  assert.throws(() => splitComposition({ Nd: 11 }, 5, 10), { name: 'RangeError', message: /exceed the lot's mass/ });
  assert.throws(() => splitComposition({ Nd: 5 }, -1, 10), { name: 'RangeError', message: /massGramsTaken/ });
  assert.throws(() => splitComposition({ Nd: 5 }, 1, 1.5), { name: 'RangeError', message: /massGramsTotal/ });
  assert.throws(() => splitComposition({ Nd: -5 }, 1, 10), { name: 'RangeError', message: /Nd/ });
});

test('split is exact and bounded over many seeded random cases, up to 1e12 g', () => {
  const next = prng(20240701);
  const MASS_MAX = 1_000_000_000_000;
  for (let i = 0; i < 3000; i++) {
    const scale = [10, 1000, 1_000_000, MASS_MAX][i % 4] ?? MASS_MAX;
    const massGramsTotal = 1 + randomInt(next, scale - 1);
    let budget = randomInt(next, massGramsTotal);
    const c: Composition = {};
    for (const e of ELEMENT_SYMBOLS) {
      if (next() < 0.4 || budget === 0) continue;
      const grams = randomInt(next, budget);
      c[e] = grams;
      budget -= grams;
    }
    const massGramsTaken = randomInt(next, massGramsTotal);
    const { taken, left } = splitComposition(c, massGramsTaken, massGramsTotal);

    assert.deepEqual(addCompositions(taken, left), normalizeComposition(c), `case ${i}`);
    assert.ok(sumOf(taken) <= massGramsTaken, `case ${i}: taken part overfull`);
    assert.ok(sumOf(left) <= massGramsTotal - massGramsTaken, `case ${i}: left part overfull`);
    for (const e of ELEMENT_SYMBOLS) {
      const grams = BigInt(c[e] ?? 0);
      const got = BigInt(taken[e] ?? 0);
      // Each element's share is its exact proportion rounded down or up.
      const floor = (grams * BigInt(massGramsTaken)) / BigInt(massGramsTotal);
      assert.ok(got === floor || got === floor + 1n, `case ${i}: ${e} taken ${got}, exact share floor ${floor}`);
    }
    // Deterministic: the same inputs give the same answer.
    assert.deepEqual(splitComposition(c, massGramsTaken, massGramsTotal), { taken, left });
  }
});

test('repeated splitting never loses or creates a gram', () => {
  const next = prng(7);
  let lot: Composition = { La: 123_456_789, Ce: 987_654_321, Nd: 55_555_555, Dy: 1 };
  let massGrams = 3_000_000_000;
  const start = normalizeComposition(lot);
  let shipped: Composition = {};
  for (let i = 0; i < 500 && massGrams > 0; i++) {
    const take = randomInt(next, Math.min(massGrams, 20_000_000));
    const { taken, left } = splitComposition(lot, take, massGrams);
    shipped = addCompositions(shipped, taken);
    lot = left;
    massGrams -= take;
  }
  assert.deepEqual(addCompositions(shipped, lot), start);
});

test('scaleCompositionFromFractions rounds down and reads fractions as written', () => {
  assert.deepEqual(scaleCompositionFromFractions({ Nd: 0.29 }, 100), { Nd: 29 });
  assert.deepEqual(scaleCompositionFromFractions({ La: 0.3, Ce: 0.6, Pr: 0.1 }, 1000), { La: 300, Ce: 600, Pr: 100 });
  assert.deepEqual(scaleCompositionFromFractions({ Nd: 0.333 }, 10), { Nd: 3 });
  assert.deepEqual(scaleCompositionFromFractions({ Dy: 1.5e-7 }, 1_000_000_000_000), { Dy: 150_000 });
  assert.deepEqual(scaleCompositionFromFractions({ Nd: 0 }, 1000), {});
  assert.deepEqual(scaleCompositionFromFractions({ Nd: 1 }, 1_000_000_000_000), { Nd: 1_000_000_000_000 });
  assert.deepEqual(scaleCompositionFromFractions({}, 1000), {});
  assert.equal(JSON.stringify(scaleCompositionFromFractions({ Dy: 0.1, La: 0.1 }, 10)), '{"La":1,"Dy":1}');
});

test('scaleCompositionFromFractions refuses bad fractions', () => {
  assert.throws(() => scaleCompositionFromFractions({ Nd: 0.6, Pr: 0.5 }, 100), { name: 'RangeError', message: /sum exceeds 1/ });
  assert.throws(() => scaleCompositionFromFractions({ Nd: -0.1 }, 100), { name: 'RangeError', message: /Nd/ });
  assert.throws(() => scaleCompositionFromFractions({ Nd: 1.1 }, 100), { name: 'RangeError', message: /Nd/ });
  assert.throws(() => scaleCompositionFromFractions({ Nd: Number.NaN }, 100), { name: 'RangeError', message: /Nd/ });
  assert.throws(() => scaleCompositionFromFractions({ Xx: 0.1 } as unknown as Composition, 100), { name: 'RangeError', message: /"Xx"/ });
  assert.throws(() => scaleCompositionFromFractions({ Nd: 0.1 }, -1), { name: 'RangeError', message: /massGrams/ });
});

test('scaled grams never exceed the lot over many seeded random cases', () => {
  const next = prng(99);
  for (let i = 0; i < 2000; i++) {
    const fractions: Partial<Record<ElementSymbol, number>> = {};
    let room = 1;
    for (const e of ELEMENT_SYMBOLS) {
      if (next() < 0.5) continue;
      const f = Math.floor(next() * room * 1e6) / 1e6;
      fractions[e] = f;
      room -= f;
    }
    const massGrams = randomInt(next, 1_000_000_000_000);
    const c = scaleCompositionFromFractions(fractions, massGrams);
    assert.ok(elementGramsTotal(c) <= massGrams, `case ${i}`);
    assert.deepEqual(validateComposition(c, massGrams), []);
  }
});

test('REO arithmetic', () => {
  assert.equal(reoGramsOf('Nd', 1_000_000), 1_166_377);
  assert.equal(reoGramsOf('Ce', 1000), 1228);
  assert.equal(reoGramsOf('Pr', 0), 0);
  // 1 g of Y is 1.27 g of Y2O3: rounds to 1.
  assert.equal(reoGramsOf('Y', 1), 1);
  assert.equal(reoGramsOf('Sc', 1), 2);
  // The sum of rounded per-element figures, so it reconciles with per-element reports.
  const c: Composition = { Nd: 1_000_000, Ce: 1000, Y: 1 };
  assert.equal(reoGrams(c), 1_166_377 + 1228 + 1);
  assert.equal(reoGrams({}), 0);
  // A tonne of NdPr oxide (25:75) back from its metal content.
  const metal = scaleCompositionFromFractions({ Pr: 0.25 / 1.2082, Nd: 0.75 / 1.1664 }, 1_000_000);
  assert.ok(Math.abs(reoGrams(metal) - 1_000_000) <= 100);
  // Large lots stay exact integers.
  assert.ok(Number.isSafeInteger(reoGrams({ Ce: 1_000_000_000_000, La: 1_000_000_000_000 })));
});
