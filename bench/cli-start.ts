// How long the CLI takes to start, beside node itself, in one run: `node -e 0`, `ytterby --help`
// and `ytterby status` on a data folder, each started as a process of its own, alternating, with
// the launcher's own flags (bin/ytterby.js's first line) and without npx (which adds its own second).
// Prints each one's median and its excess over node's. Issue 24's bars: --help within 0.25 s of
// node, status within 1 s.
//   node --import tsx bench/cli-start.ts --data ./data --runs 15
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from '../src/cli/launcher-flags.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: './data' }, runs: { type: 'string', default: '15' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs is a whole number from 1, not ${values.runs}`);

const commands: Record<string, string[]> = {
  node: ['-e', '0'],
  help: [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--help'],
  status: [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', values.data, 'status'],
};
const seconds: Record<string, number[]> = { node: [], help: [], status: [] };
for (let run = 0; run < runs; run += 1) {
  for (const [name, args] of Object.entries(commands)) {
    const started = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore', env: { ...process.env, DATABASE_URL: '' } });
    seconds[name]!.push((performance.now() - started) / 1000);
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const node = median(seconds['node']!);
for (const name of Object.keys(commands)) {
  const value = median(seconds[name]!);
  process.stdout.write(`${JSON.stringify({ command: name, runs, medianSeconds: Number(value.toFixed(3)), overNodeSeconds: Number((value - node).toFixed(3)) })}\n`);
}
