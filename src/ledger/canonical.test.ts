import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, canonicalTopLevelStrings, withCanonicalKeyOrder } from './canonical.ts';

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

describe('canonicalTopLevelStrings', () => {
  const read = (value: unknown, keys: string[]) => canonicalTopLevelStrings(canonicalJson(value), keys);

  test('finds top-level string members, not the nested ones of the same name', () => {
    const event = {
      inputs: [{ id: 'nested-id', kind: 'nested', time: 'nested' }],
      id: 'p-1', kind: 'correct',
      replacement: { id: 'r', kind: 'dispose', time: '2024-01-01T00:00:00Z', lot: { id: 'x' } },
      time: '2024-06-03T08:00:00+08:00', to: 'after-time',
    };
    assert.deepEqual(read(event, ['id', 'kind', 'time']), ['p-1', 'correct', '2024-06-03T08:00:00+08:00']);
  });

  test('reads strings with escapes, quotes, brackets and backslashes in and around them', () => {
    const value = { a: '{"kind":"x"}', b: ['\\', '"', ']}', { c: '\\"' }], id: 'say "hi"\\\n\u0001\u2028', kind: '\\', z: 'end' };
    assert.deepEqual(read(value, ['id', 'kind', 'z']), [value.id, value.kind, 'end']);
  });

  test('a member missing or not a string reads as undefined', () => {
    assert.deepEqual(read({ id: 7, kind: null, list: [], obj: {}, t: true, f: false, n: -1.5e-7 }, ['id', 'kind', 'time', 'n']), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(read({}, ['id']), [undefined]);
  });

  test('agrees with JSON.parse on random objects', () => {
    let seed = 20261204;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
    const names = ['id', 'kind', 'time', 'lot', 'a', 'é', '"', '\\'];
    const text = () => pick(['', 'plain', '"', '\\', '\\"', '{', '}', '[', ']', ',', ':', '\u0000', '\u2028', '中文', '😀']).repeat(1 + Math.floor(random() * 3));
    const value = (depth: number): unknown => {
      const choice = Math.floor(random() * (depth > 3 ? 4 : 6));
      if (choice === 0) return text();
      if (choice === 1) return pick([0, -1, 1.5e21, 3.25, true, false, null]);
      if (choice === 2 || choice === 3) return text();
      if (choice === 4) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(names) + text(), value(depth + 1)]).concat([[pick(names), value(depth + 1)]]));
    };
    for (let round = 0; round < 2000; round += 1) {
      const object = Object.fromEntries(names.map((name) => [name, value(0)]).filter(() => random() < 0.8)) as Record<string, unknown>;
      const expected = names.map((name) => (typeof object[name] === 'string' ? object[name] : undefined));
      assert.deepEqual(read(object, names), expected, canonicalJson(object));
    }
  });

  test('refuses text that is not an object as canonicalJson writes one, as far as it reads', () => {
    // It stops at the last member it looks for, so a member it never finds makes it read all.
    for (const bad of ['[]', '"id"', '{"id":"x"', '{"id":"x",}', '{"id" :"x"}', '{"id":"x}', '{"id":{"a":[1}']) {
      assert.throws(() => canonicalTopLevelStrings(bad, ['id', 'absent']), SyntaxError, bad);
    }
  });
});
