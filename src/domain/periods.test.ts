// The reporting deadline: the end of the 10th of the next month, Shanghai time, moved to the Monday
// when the 10th is a Saturday or a Sunday.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatShanghai, reportDueMs } from './periods.ts';

test('a month is due by the end of the 10th of the next, or of the Monday after a 10th at the weekend', () => {
  assert.equal(formatShanghai(reportDueMs('2024-06')), '2024-07-10T23:59:59+08:00', 'a Wednesday');
  assert.equal(formatShanghai(reportDueMs('2025-07')), '2025-08-11T23:59:59+08:00', '10 August 2025 was a Sunday');
  assert.equal(formatShanghai(reportDueMs('2025-04')), '2025-05-12T23:59:59+08:00', '10 May 2025 was a Saturday');
  assert.equal(formatShanghai(reportDueMs('2024-12')), '2025-01-10T23:59:59+08:00', 'into the next year, a Friday');
});
