// docs/rules.md states each rule as the code does (title, stage, severity, explanation, legal basis,
// thresholds and their notes): a rule changed without its page fails here, with the command that
// rewrites the page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { syncRulesDoc } from '../../scripts/rules-doc.ts';

test('docs/rules.md states every rule as the code does', () => {
  const { stale } = syncRulesDoc(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8'));
  assert.deepEqual(stale, [], `stale: ${stale.join(', ')}; run node --import tsx scripts/rules-doc.ts`);
});
