import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateTimeMs, isRealDateTime } from './schemas.ts';

test('dateTimeMs reads RFC 3339 date-times with an offset, as Date.parse does for real ones', () => {
  for (const text of ['2024-06-01T08:00:00+08:00', '2024-02-29T00:00:00Z', '2024-06-01T08:00:00.123456789-05:30', '2024-06-01T08:00:00.1Z', '2024-12-31T23:59:59-18:59']) {
    assert.equal(dateTimeMs(text), Date.parse(text), text);
  }
  assert.equal(dateTimeMs('0001-01-01T00:00:00Z'), Date.parse('0001-01-01T00:00:00Z'));
});

test('dateTimeMs refuses impossible dates and times, other shapes and missing zones', () => {
  for (const text of [
    '2023-02-29T00:00:00Z', '2024-04-31T00:00:00Z', '2024-13-01T00:00:00Z', '2024-00-10T00:00:00Z', '2024-06-00T00:00:00Z',
    '2024-06-01T24:00:00Z', '2024-06-01T08:60:00Z', '2024-06-01T08:00:60Z', '2024-06-01T08:00:00', '2024-06-01T08:00:00+19:00',
    '2024-06-01T08:00:00+08:60', '2024-06-01t08:00:00Z', '2024-06-01T08:00:00.Z', '2024-06-01T08:00:00.1234567890Z',
    '2024-06-01 08:00:00Z', '2024-6-01T08:00:00Z', '2024-06-01T08:00:00+0800', '2024-06-01T08:00:00Zjunk', '',
  ]) {
    assert.equal(dateTimeMs(text), undefined, text);
    assert.equal(isRealDateTime(text), false, text);
  }
});
