import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, withCanonicalKeyOrder } from './canonical.ts';

describe('canonicalJson (RFC 8785)', () => {
  test('sorts keys by UTF-16 code units at every depth and drops undefined members', () => {
    assert.equal(canonicalJson({ b: 1, a: [3, { z: 'x', y: null }], c: undefined, é: true, B: false }), '{"B":false,"a":[3,{"y":null,"z":"x"}],"b":1,"é":true}');
    assert.equal(canonicalJson({ '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '\ufb33': 4 }), '{"\\r":2,"\u20ac":1,"\ud83d\ude00":3,"\ufb33":4}');
  });

  test('writes strings and numbers as ECMAScript does (RFC 8785 §3.2.2)', () => {
    assert.equal(canonicalJson(['\u2028"\\\u0001', -0, 1e21, 1.5e-7, 333333333.3333333]), '["\u2028\\"\\\\\\u0001",0,1e+21,1.5e-7,333333333.3333333]');
  });

  test('orders array-index keys as strings, which no JavaScript object can hold in that order', () => {
    assert.equal(canonicalJson({ x: { '10': 1, '9': [{ b: 1, a: 2 }], a: 0 } }), '{"x":{"10":1,"9":[{"a":2,"b":1}],"a":0}}');
    assert.equal(canonicalJson({ '4294967295': 1, '5': 2 }), '{"4294967295":1,"5":2}');
  });

  test('refuses what has no JSON form', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, [undefined], { a: () => 1 }, 1n, { a: { b: Number.NaN } }]) {
      assert.throws(() => canonicalJson(bad), TypeError);
    }
  });

  test('a value already in canonical order is returned as it is; others as an ordered copy', () => {
    const ordered = { a: 1, b: { c: [1, { d: 2 }] } };
    assert.equal(withCanonicalKeyOrder(ordered), ordered);
    const unordered = { b: { d: 2, c: 1 }, a: [{ y: 1, x: 2 }] };
    const copy = withCanonicalKeyOrder(unordered);
    assert.notEqual(copy, unordered);
    assert.equal(JSON.stringify(copy), canonicalJson(unordered));
    assert.deepEqual(Object.keys(unordered), ['b', 'a']);
  });
});
