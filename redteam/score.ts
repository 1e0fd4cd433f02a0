// Scores the supervision rules on the red-team library (npm run bench:red-team).
//
// For each built case (redteam/out/<id>/, written by build.ts): a fresh store, the registry
// imported, the documents captured in order through the public capture path at their ledger
// times, the full period check (`ytterby check` with no period), then every alert listed and
// judged:
// - a violation is caught when some alert names one of its label's subjects: the alert's party
//   is a labelled party, or a string anywhere in the alert's subject or evidence equals a
//   labelled party, lot (`<USCC>:<local id>`) or event (`<USCC>:<event id>`); or when a document
//   was refused by the capture path's hard rules and the label says a refusal is acceptable;
// - an honest case is a false alarm when any alert is raised at all, or any document is refused.
// The empty scheme (the baseline world alone) is run first and must raise nothing.
//
// Usage: node --import tsx redteam/score.ts [--split shown|held-out|all] [--engine sqlite|postgres] [--case ID] [--numbers NN,NN]
// PostgreSQL needs DATABASE_URL; each case gets a schema of its own, dropped afterwards.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SignedCaptureDocument } from '../src/ledger/index.ts';
import type { Engine } from '../src/store/index.ts';
import { BASELINE_ID } from './lib/baseline-case.ts';
import { FAMILIES, type CaseLabel } from './lib/case.ts';
import { judge, type CaseRun, type Verdict } from './lib/judge.ts';
import { runBuiltCase } from './lib/run-case.ts';
import { OUT_DIR } from './lib/load-cases.ts';
import { parseScoreArgs } from './lib/score-options.ts';

function readCase(id: string): { label: CaseLabel; registry: unknown; documents: SignedCaptureDocument[]; clock: string[] } {
  const dir = join(OUT_DIR, id);
  const documents = readFileSync(join(dir, 'documents.jsonl'), 'utf8').split('\n').filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SignedCaptureDocument);
  const clock = JSON.parse(readFileSync(join(dir, 'clock.json'), 'utf8')) as string[];
  if (clock.length !== documents.length) throw new Error(`${id}: clock.json has ${clock.length} times for ${documents.length} documents`);
  return {
    label: JSON.parse(readFileSync(join(dir, 'label.json'), 'utf8')) as CaseLabel,
    registry: JSON.parse(readFileSync(join(dir, 'registry.json'), 'utf8')),
    documents,
    clock,
  };
}

async function runCase(id: string, engine: Engine): Promise<CaseRun> {
  return runBuiltCase(readCase(id), engine);
}


interface Tally {
  violations: number;
  caught: number;
  honest: number;
  falseAlarms: number;
}

function tally(verdicts: Verdict[]): Tally {
  return {
    violations: verdicts.filter((v) => v.violation).length,
    caught: verdicts.filter((v) => v.violation && v.flagged).length,
    honest: verdicts.filter((v) => !v.violation).length,
    falseAlarms: verdicts.filter((v) => !v.violation && v.flagged).length,
  };
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '    –' : `${((100 * part) / whole).toFixed(1).padStart(5)} %`;
}

function table(title: string, verdicts: Verdict[]): string {
  const lines = [`${title}`, `  ${'family'.padEnd(13)} ${'violations'.padStart(10)} ${'caught'.padStart(6)} ${'recall'.padStart(8)}   ${'honest'.padStart(6)} ${'false alarms'.padStart(12)} ${'rate'.padStart(8)}`];
  for (const family of [...FAMILIES, 'all'] as const) {
    const t = tally(family === 'all' ? verdicts : verdicts.filter((v) => v.family === family));
    lines.push(`  ${family.padEnd(13)} ${String(t.violations).padStart(10)} ${String(t.caught).padStart(6)} ${percent(t.caught, t.violations).padStart(8)}   ${String(t.honest).padStart(6)} ${String(t.falseAlarms).padStart(12)} ${percent(t.falseAlarms, t.honest).padStart(8)}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const options = parseScoreArgs(process.argv.slice(2));
  if (!existsSync(join(OUT_DIR, BASELINE_ID))) throw new Error(`${OUT_DIR} holds no built cases: run node --import tsx redteam/build.ts first`);

  const baseline = judge(await runCase(BASELINE_ID, options.engine));
  if (baseline.flagged) {
    throw new Error(`the baseline world (the empty scheme) is flagged, so no case's result would mean anything:\n  ${baseline.because.join('\n  ')}`);
  }
  process.stderr.write('baseline world (empty scheme): no alert, no refusal\n');

  const ids = readdirSync(OUT_DIR, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== BASELINE_ID).map((e) => e.name).sort();
  const labels = ids.map((id) => JSON.parse(readFileSync(join(OUT_DIR, id, 'label.json'), 'utf8')) as CaseLabel)
    .filter((l) => options.split === 'all' || (options.split === 'held-out') === l.heldOut)
    .filter((l) => options.only === undefined || l.id === options.only)
    .filter((l) => options.numbers === undefined || options.numbers.includes(l.id.split('-')[2]!));
  if (labels.length === 0) throw new Error(options.only === undefined ? 'no case in this split' : `no case ${options.only} in this split`);

  const verdicts: Verdict[] = [];
  for (const [index, label] of labels.entries()) {
    const verdict = judge(await runCase(label.id, options.engine));
    verdicts.push(verdict);
    const outcome = verdict.violation ? (verdict.flagged ? 'caught' : 'MISSED') : (verdict.flagged ? 'FALSE ALARM' : 'quiet');
    const refused = verdict.violation && !verdict.flagged && verdict.refusals.length > 0 ? ` (refused ${verdict.refusals[0]})` : '';
    process.stderr.write(`[${String(index + 1).padStart(3)}/${labels.length}] ${label.id.padEnd(20)} ${outcome.padEnd(11)} ${verdict.because[0] ?? ''}${refused}\n`);
  }

  const out: string[] = [];
  const bySplit = options.split === 'all'
    ? [['shown', verdicts.filter((v) => !v.heldOut)], ['held-out', verdicts.filter((v) => v.heldOut)], ['all', verdicts]] as const
    : [[options.split, verdicts]] as const;
  for (const [name, list] of bySplit) out.push(table(`\n${name} (${options.engine})`, [...list]));
  const misses = verdicts.filter((v) => v.violation && !v.flagged);
  out.push(`\nmissed violations (${misses.length}):`);
  for (const v of misses) {
    out.push(`  ${v.id.padEnd(20)} ${v.heldOut ? '(held out) ' : ''}${v.title}`);
    for (const alert of v.unmatched) out.push(`      raised, but naming none of its subjects: ${alert}`);
  }
  const falseAlarms = verdicts.filter((v) => !v.violation && v.flagged);
  out.push(`\nfalse alarms on honest cases (${falseAlarms.length}):`);
  for (const v of falseAlarms) out.push(`  ${v.id.padEnd(20)} ${v.heldOut ? '(held out) ' : ''}${v.title}\n      ${v.because.join('\n      ')}`);
  out.push(`\ncaught violations, by the alert that named a subject:`);
  for (const v of verdicts.filter((x) => x.violation && x.flagged)) out.push(`  ${v.id.padEnd(20)} ${v.because[0]}`);
  process.stdout.write(`${out.join('\n')}\n`);

  const summary = {
    engine: options.engine,
    split: options.split,
    at: new Date().toISOString(),
    bySplit: Object.fromEntries(bySplit.map(([name, list]) => [name, Object.fromEntries([...FAMILIES, 'all'].map((f) => [f, tally(f === 'all' ? [...list] : list.filter((v) => v.family === f))]))])),
    cases: verdicts,
  };
  writeFileSync(join(OUT_DIR, 'score.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`\nwrote ${join(OUT_DIR, 'score.json')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
