// What every alert's Chinese summary must hold: Chinese words, and every number the English one
// states, formatted the same way.
import assert from 'node:assert/strict';
import { gradeBandOf } from '../domain/grade-bands.ts';
import { productByCode } from '../domain/products.ts';
import type { Alert } from '../supervision/index.ts';

const CODE = /[a-z][a-z0-9]*(?:-[a-z0-9]+)+/g;

export function assertChineseSummary(alert: Pick<Alert, 'rule' | 'summary' | 'summaryZh'>): void {
  const zh = alert.summaryZh;
  assert.ok(zh !== null && zh.trim() !== '', `${alert.rule.id}: no Chinese summary for "${alert.summary}"`);
  assert.match(zh, /[\u4e00-\u9fff]/, `${alert.rule.id}: "${zh}" has no Chinese`);
  // Product codes are named by their Chinese names, and a grade band's basis (a note in English
  // on where the band comes from) is left to the English summary: their digits are not stated.
  let english = alert.summary;
  for (const code of alert.summary.match(CODE) ?? []) {
    const basis = gradeBandOf(code)?.basis;
    if (basis !== undefined) english = english.replaceAll(basis, '');
  }
  english = english.replace(CODE, (word) => (productByCode(word) === undefined ? word : ''));
  const stated = new Set(zh.match(/\d+/g) ?? []);
  const missing = (english.match(/\d+/g) ?? []).filter((n) => !stated.has(n));
  assert.deepEqual(missing, [], `${alert.rule.id}: "${zh}" lacks numbers of "${alert.summary}"`);
}
