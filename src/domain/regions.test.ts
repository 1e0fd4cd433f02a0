import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provinceOf, regionByCode, regionPath, REGIONS, validateRegionCode } from './regions.ts';

test('the rare earth regions are known, with their province', () => {
  assert.equal(regionByCode('150200')?.nameEn, 'Baotou');
  assert.equal(provinceOf('150206')?.nameZh, '内蒙古自治区');
  assert.deepEqual(regionPath('360734').map((r) => r.nameEn), ['Jiangxi', 'Ganzhou', 'Xunwu County']);
  assert.equal(validateRegionCode('330200'), null);
});

test('bad codes are refused with the reason', () => {
  assert.match(validateRegionCode('15020')!, /6-digit/);
  assert.match(validateRegionCode('990000')!, /no province-level division/);
  assert.match(validateRegionCode('150299')!, /Inner Mongolia/);
});

test('codes are unique and every parent exists', () => {
  const codes = new Set(REGIONS.map((r) => r.code));
  assert.equal(codes.size, REGIONS.length);
  for (const region of REGIONS) if (region.parent !== null) assert.ok(codes.has(region.parent), `${region.code} has parent ${region.parent}`);
});
