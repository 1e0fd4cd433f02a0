import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addAttributions, apportion, assertAttribution, assertAttributionSums, attributedTotals, attributeProcess, attributeTaken, gramsBySourceType,
  importSource, mineSource, parseSource, recycledSourceKey, singleSource, subtractAttribution, type Attribution,
} from './attribution.ts';

const A = mineSource('mine-a');
const B = mineSource('mine-b');
const POST = recycledSourceKey('post-consumer');
const PRE = recycledSourceKey('pre-consumer');

function processed(inputs: Attribution[], outputs: Record<string, number>[], model: 'mass-balance' | 'segregated' | 'identity-preserved' = 'mass-balance') {
  const result = attributeProcess(inputs, outputs, model);
  if ('impossible' in result) assert.fail(result.impossible);
  result.outputs.forEach((attribution, i) => assertAttributionSums(attribution, outputs[i]!, `output ${i}`));
  return result;
}

test('apportion: largest remainder, exact sums, ties to the first', () => {
  assert.deepEqual(apportion(10, [10, 10, 10]), [4, 3, 3]);
  assert.deepEqual(apportion(3001, [4800, 1200]), [2401, 600]);
  assert.deepEqual(apportion(0, [5, 5]), [0, 0]);
  assert.deepEqual(apportion(10, [3, 7]), [3, 7]);
  assert.deepEqual(apportion(1, [0, 2, 2]), [0, 1, 0]);
  // Products beyond 2^53 take the exact BigInt path.
  const big = apportion(999_999_999_999, [999_999_999_999, 1_000_000_000_000, 3]);
  assert.equal(big.reduce((s, x) => s + x, 0), 999_999_999_999);
  assert.deepEqual(big, [499_999_999_999, 499_999_999_999, 1]);
});

test('apportion refuses what it cannot do', () => {
  assert.throws(() => apportion(11, [5, 5]), /11 g drawn from 10 g/);
  assert.throws(() => apportion(-1, [5]), /not a non-negative whole number/);
  assert.throws(() => apportion(1.5, [5]), /not a non-negative whole number/);
  assert.throws(() => apportion(1, [-5, 7]), /weight -5/);
  assert.throws(() => apportion(1, [Number.NaN]), /weight NaN/);
});

test('source keys round-trip and bad ones are named', () => {
  assert.deepEqual(parseSource(A), { type: 'mine', facility: 'mine-a' });
  assert.deepEqual(parseSource(importSource('MM')), { type: 'import', country: 'MM' });
  assert.deepEqual(parseSource(POST), { type: 'recycled-post-consumer' });
  assert.deepEqual(parseSource('untraced'), { type: 'untraced' });
  assert.throws(() => parseSource('mine:'), /unknown attribution source "mine:"/);
  assert.throws(() => parseSource('import:mm'), /unknown attribution source/);
  assert.throws(() => parseSource('recycled:industrial'), /unknown attribution source/);
  assert.throws(() => importSource('Myanmar'), /ISO 3166/);
  assert.throws(() => assertAttribution({ [A]: { Xx: 1 } }), /unknown element symbol "Xx"/);
  assert.throws(() => assertAttribution([]), /must be an object/);
  assert.throws(() => assertAttribution({ 'mars:1': {} }), /unknown attribution source "mars:1"/);
});

test('separation, metal, magnet and recycling, computed by hand', () => {
  // Two mines' concentrate, wholly fed to one separation run.
  const fromA = singleSource(A, { Nd: 8000, Pr: 2500 });
  const fromB = singleSource(B, { Nd: 2000, Pr: 500 });
  const separation = processed([fromA, fromB], [{ Nd: 6000, Pr: 1800 }, { Nd: 3000, Pr: 900 }]);
  // Oxide 1 draws from the whole pool: Nd 6000 × 8000/10000 = 4800 from A, 1200 from B;
  // Pr 1800 × 2500/3000 = 1500 from A, 300 from B.
  assert.deepEqual(separation.outputs[0], { [A]: { Pr: 1500, Nd: 4800 }, [B]: { Pr: 300, Nd: 1200 } });
  // Oxide 2 draws from what is left (Nd A 3200, B 800; Pr A 1000, B 200).
  assert.deepEqual(separation.outputs[1], { [A]: { Pr: 750, Nd: 2400 }, [B]: { Pr: 150, Nd: 600 } });
  assert.deepEqual(separation.createdFromNothing, {});

  // Metal from part of oxide 1: Nd 3001 × 0.8 = 2400.8 → 2400 + the one gram owed (A's remainder
  // .8 beats B's .2) = 2401 from A, 600 from B.
  const intoMetal = attributeTaken(separation.outputs[0]!, { Nd: 3001, Pr: 900 });
  assert.deepEqual(intoMetal, { [A]: { Pr: 750, Nd: 2401 }, [B]: { Pr: 150, Nd: 600 } });
  const metal = processed([intoMetal], [{ Nd: 3001, Pr: 900 }]);
  assert.deepEqual(metal.outputs[0], intoMetal);

  // Magnets from that metal and recycled post-consumer alloy; the recorded outputs hold 99 g of
  // Dy that no input held: created from nothing, so untraced.
  const recycled = singleSource(POST, { Nd: 999, Pr: 100 });
  const magnet = processed([metal.outputs[0]!, recycled], [{ Nd: 4000, Pr: 1000, Dy: 99 }]);
  assert.deepEqual(magnet.outputs[0], {
    [A]: { Pr: 750, Nd: 2401 }, [B]: { Pr: 150, Nd: 600 }, [POST]: { Pr: 100, Nd: 999 }, untraced: { Dy: 99 },
  });
  assert.deepEqual(magnet.createdFromNothing, { Dy: 99 });
  assert.deepEqual(gramsBySourceType(magnet.outputs[0]!, 'Nd'), { mine: 3001, 'recycled-pre-consumer': 0, 'recycled-post-consumer': 999, import: 0, untraced: 0 });

  // Recycling the magnet's swarf (pre-consumer) back into oxide with ore-derived oxide: the
  // swarf counts as pre-consumer recycled material whatever its upstream was.
  const swarf = singleSource(PRE, { Nd: 400 });
  const oxide = processed([swarf, singleSource(A, { Nd: 600 })], [{ Nd: 500 }]);
  assert.deepEqual(oxide.outputs[0], { [A]: { Nd: 300 }, [PRE]: { Nd: 200 } });
});

test('outputs that hold exactly what went in return every source gram', () => {
  const inputs = [singleSource(A, { Nd: 7, La: 3 }), singleSource(B, { Nd: 5, La: 11 }), singleSource(POST, { Nd: 1 })];
  const outputs = [{ Nd: 4, La: 5 }, { Nd: 4, La: 5 }, { Nd: 5, La: 4 }];
  const result = processed(inputs, outputs);
  const total = result.outputs.reduce((sum, a) => addAttributions(sum, a), {});
  assert.deepEqual(total, addAttributions(addAttributions(inputs[0]!, inputs[1]!), inputs[2]!));
});

test('custody declarations must be possible', () => {
  const onlyA = [singleSource(A, { Nd: 100 }), singleSource(A, { Nd: 50 })];
  assert.deepEqual(processed(onlyA, [{ Nd: 150 }], 'identity-preserved').outputs[0], { [A]: { Nd: 150 } });
  const mixed = attributeProcess([singleSource(A, { Nd: 100 }), singleSource(B, { Nd: 1 })], [{ Nd: 101 }], 'identity-preserved');
  assert.ok('impossible' in mixed);
  assert.match(mixed.impossible, /single source, but the inputs come from 2: mine:mine-a, mine:mine-b/);
  // Segregated may mix mines, or recycled material of both kinds, but not mined with recycled.
  assert.ok(!('impossible' in attributeProcess([singleSource(A, { Nd: 1 }), singleSource(B, { Nd: 1 })], [{ Nd: 2 }], 'segregated')));
  assert.ok(!('impossible' in attributeProcess([singleSource(PRE, { Nd: 1 }), singleSource(POST, { Nd: 1 })], [{ Nd: 2 }], 'segregated')));
  const segregated = attributeProcess([singleSource(A, { Nd: 1 }), singleSource(POST, { Nd: 1 })], [{ Nd: 2 }], 'segregated');
  assert.ok('impossible' in segregated);
  assert.match(segregated.impossible, /mix mine and recycled/);
  const created = attributeProcess(onlyA, [{ Nd: 151, Pr: 2 }], 'identity-preserved');
  assert.ok('impossible' in created);
  assert.match(created.impossible, /hold 2 g of Pr, 1 g of Nd more than the inputs/);
  const untraced = attributeProcess([singleSource('untraced', { Nd: 5 })], [{ Nd: 5 }], 'segregated');
  assert.ok('impossible' in untraced);
  assert.match(untraced.impossible, /untraced material/);
});

test('taking from a lot shares each element by its sources; legacy lots give untraced', () => {
  const lot = { [A]: { Nd: 1, Pr: 2 }, [B]: { Nd: 1, Pr: 1 } };
  // Nd 1 of 1 + 1: a tie, to A. Pr 2 of 2 + 1: 1.33 and 0.67, floors 1 and 0, the gram owed to B's
  // larger remainder.
  assert.deepEqual(attributeTaken(lot, { Nd: 1, Pr: 2 }), { [A]: { Nd: 1, Pr: 1 }, [B]: { Pr: 1 } });
  assert.deepEqual(attributeTaken(lot, {}), {});
  assert.deepEqual(attributeTaken(null, { Nd: 3 }), { untraced: { Nd: 3 } });
  assert.throws(() => attributeTaken(lot, { Nd: 3 }), /3 g drawn from 2 g/);
  assert.throws(() => attributeTaken(singleSource(A, { Nd: 1 }), { Nd: 2 }), /2 g of Nd taken from a lot attributed 1 g/);
});

test('sums are asserted, and subtraction never goes negative', () => {
  const a = { [A]: { Nd: 10 }, untraced: { Nd: 2 } };
  assert.deepEqual(attributedTotals(a), { Nd: 12 });
  assert.throws(() => assertAttributionSums(a, { Nd: 11 }, 'lot X'), /lot X attributes 12 g of Nd but holds 11 g/);
  assert.throws(() => assertAttributionSums(a, { Nd: 12, Pr: 1 }, 'lot X'), /0 g of Pr but holds 1 g/);
  assert.deepEqual(subtractAttribution(a, singleSource('untraced', { Nd: 2 })), { [A]: { Nd: 10 } });
  assert.throws(() => subtractAttribution(a, singleSource('untraced', { Nd: 3 })), /3 g of Nd from untraced removed from 2 g/);
});
