// Issue 26's reconciliation bars on seeds 1–3: each seed's demo year through the tests of
// src/stats/demo-totals.test.ts (the figures against the generator's own tallies, every element's
// flows closing within 0.1 %, no figure outside its definition's range), on SQLite.
//
//   npm run bench:reconcile                       seeds 1, 2 and 3 at scale 1
//   npm run bench:reconcile -- --scale 0.1 --seeds 1,2
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, seeds: { type: 'string', default: '1,2,3' } } });
const seeds = values.seeds!.split(',').map((s) => s.trim());
for (const seed of seeds) {
  if (!/^\d+$/.test(seed)) throw new Error(`--seeds: "${seed}" is not a whole number`);
}
if (!(Number(values.scale) > 0)) throw new Error(`--scale: "${values.scale}" is not a positive number`);

const rows: string[] = [];
let failed = false;
for (const seed of seeds) {
  process.stderr.write(`reconciliation: seed ${seed}, scale ${values.scale}…\n`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', 'src/stats/demo-totals.test.ts'], {
    env: { ...process.env, DATABASE_URL: '', YTTERBY_RECONCILE_SEED: seed, YTTERBY_RECONCILE_SCALE: values.scale },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(run.stdout)?.[1] ?? 'NaN');
  const [pass, fail] = [count('pass'), count('fail')];
  if (run.status !== 0) {
    failed = true;
    process.stderr.write(run.stdout.split('\n').filter((line) => /not ok|Error|expected|actual/.test(line)).join('\n') + '\n');
  }
  rows.push(`| ${seed} | ${values.scale} | ${pass} | ${fail} | ${seconds} s |`);
}
process.stdout.write(`\n| seed | scale | tests passed | failed | wall time |\n|---|---|---|---|---|\n${rows.join('\n')}\n`);
process.exitCode = failed ? 1 : 0;
