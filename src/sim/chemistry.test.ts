// The generator's separation step keeps a run within one process event's outputs at any scale.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compositionFromReo, separate, totalGrams } from './chemistry.ts';
import { PROCESS_LOTS_MAX } from '../limits.ts';

test('a separation run of any size makes at most PROCESS_LOTS_MAX − 1 product lots, and hands on every gram', () => {
  const shares = { La: 26, Ce: 50.5, Pr: 5.1, Nd: 16.2, Sm: 1.1, Eu: 0.2, Gd: 0.4, Tb: 0.1, Dy: 0.1, Y: 0.3 };
  for (const reoTonnes of [10, 4_000, 40_000]) {
    const feed = compositionFromReo(reoTonnes * 1e6, shares);
    const { products, residue } = separate(feed, 0.9, 25);
    assert.ok(products.length <= PROCESS_LOTS_MAX - 1, `${reoTonnes} t REO: ${products.length} lots`);
    assert.equal(products.reduce((s, p) => s + totalGrams(p.composition), 0) + totalGrams(residue), totalGrams(feed));
  }
  const small = separate(compositionFromReo(4_000 * 1e6, shares), 0.9, 25).products.filter((p) => p.product === 'oxide-tb');
  assert.ok(small.length >= 1, 'every product present keeps at least one lot');
});
