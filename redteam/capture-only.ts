// For a blind round's writers: builds the cases whose number (or id) is given and captures their
// documents through the public capture path, printing only what the capture refused. It runs no
// supervision rule and prints no alert, so a writer can check a case without learning its verdict.
// Usage: node --import tsx redteam/capture-only.ts 53 54 55
import { captureDocument } from '../src/ledger/index.ts';
import { InputRefused, formatProblem } from '../src/problems.ts';
import { importRegistry } from '../src/registry/index.ts';
import { makeTestStore } from '../src/testing/engines.ts';
import { loadCases } from './lib/load-cases.ts';
import { buildCase } from './lib/run-case.ts';

const wanted = new Set(process.argv.slice(2));
if (wanted.size === 0) {
  console.error('usage: capture-only.ts NN [NN …] (case numbers, or case ids such as V-flows-01)');
  process.exit(2);
}
const chosen = (await loadCases()).filter((c) => wanted.has(c.id.split('-')[2]!) || wanted.has(c.id));
if (chosen.length === 0) {
  console.error(`no case has the number or id ${[...wanted].join(', ')}`);
  process.exit(2);
}
for (const c of chosen) {
  const built = await buildCase(c);
  const test = await makeTestStore('sqlite');
  const refused: string[] = [];
  try {
    try {
      await importRegistry(test.store, built.registry);
    } catch (error) {
      if (!(error instanceof InputRefused)) throw error;
      refused.push(`registry: ${error.message.split('\n')[0]} ${error.problems.map(formatProblem).join('; ')}`);
    }
    for (const [index, signed] of built.documents.entries()) {
      try {
        await captureDocument(test.store, signed, { now: new Date(built.clock[index]!) });
      } catch (error) {
        if (!(error instanceof InputRefused)) throw error;
        refused.push(`document ${index}: ${error.message.split('\n')[0]} ${error.problems.map(formatProblem).join('; ')}`);
      }
    }
  } finally {
    await test.cleanup();
  }
  console.log(`${c.id}: ${built.documents.length} document(s), ${refused.length === 0 ? 'all recorded' : `${refused.length} refused`}`);
  for (const line of refused) console.log(`  ${line}`);
}
