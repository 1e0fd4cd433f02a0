// `npm run test:fast`, the inner loop: every test file that starts no process and no browser, on
// SQLite alone, two files at a time. `npm test` stays the whole suite (on PostgreSQL too when
// DATABASE_URL is set), which CI runs. A file is in the slow tier when it imports what starts a
// process (node:child_process, testing/cli.ts, the fault simulation) or drives Chromium
// (prerequisites.ts's withoutChromium): those are the files that take minutes.
//   npm run test:fast                 every fast file
//   npm run test:fast -- --list       which files are in it, and which are not and why
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = resolve(import.meta.dirname, '../..');

const SLOW_MARKS: [RegExp, string][] = [
  [/from 'node:child_process'/, 'starts processes'],
  [/from '(\.\.\/)+testing\/cli\.ts'|from '\.\/cli\.ts'/, 'runs the CLI in processes of its own'],
  [/from '(\.\.\/)+sim-faults\//, 'runs the fault simulation'],
  [/withoutChromium/, 'drives Chromium'],
];

function testFiles(): string[] {
  return ['src', 'redteam'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => join(dir, name)))
    .sort();
}

function slowReason(file: string): string | undefined {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return SLOW_MARKS.find(([mark]) => mark.test(text))?.[1];
}

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false } } });
const files = testFiles().map((file) => ({ file, slow: slowReason(file) }));
const fast = files.filter((entry) => entry.slow === undefined).map((entry) => entry.file);

if (values.list) {
  for (const { file, slow } of files) process.stdout.write(`${slow === undefined ? 'fast' : 'slow'}  ${relative('.', join(ROOT, file))}${slow === undefined ? '' : `  (${slow})`}\n`);
  process.stdout.write(`${fast.length} fast, ${files.length - fast.length} slow\n`);
} else {
  const env = { ...process.env };
  delete env['DATABASE_URL'];
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...fast], { cwd: ROOT, env, stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
