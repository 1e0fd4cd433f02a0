// Writes every red-team case as files: redteam/out/<id>/registry.json (for `ytterby registry
// import`), documents.jsonl (signed capture documents, one a line, for `ytterby capture`),
// clock.json (the ledger time each document is recorded at, line by line) and label.json.
// Usage: node --import tsx redteam/build.ts
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baselineCase } from './lib/baseline-case.ts';
import type { CaseLabel, RedTeamCase } from './lib/case.ts';
import { OUT_DIR, loadCases } from './lib/load-cases.ts';
import { buildCase } from './lib/run-case.ts';

async function writeCase(c: RedTeamCase): Promise<CaseLabel> {
  const { label, registry, documents, clock } = await buildCase(c);
  const dir = join(OUT_DIR, c.id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'registry.json'), `${JSON.stringify(registry, null, 2)}\n`);
  writeFileSync(join(dir, 'documents.jsonl'), documents.map((d) => JSON.stringify(d)).join('\n') + '\n');
  writeFileSync(join(dir, 'clock.json'), `${JSON.stringify(clock, null, 2)}\n`);
  writeFileSync(join(dir, 'label.json'), `${JSON.stringify(label, null, 2)}\n`);
  return label;
}

const cases = await loadCases();
rmSync(OUT_DIR, { recursive: true, force: true });
const labels = [await writeCase(baselineCase)];
for (const c of cases) labels.push(await writeCase(c));
writeFileSync(join(OUT_DIR, 'index.json'), `${JSON.stringify(labels.map((l) => ({ id: l.id, family: l.family, violation: l.violation, heldOut: l.heldOut, title: l.title })), null, 2)}\n`);
const violations = cases.filter((c) => c.violation).length;
process.stdout.write(`wrote ${cases.length} cases (${violations} violations, ${cases.length - violations} honest, ${cases.filter((c) => c.heldOut).length} held out) and the baseline to ${OUT_DIR}\n`);
