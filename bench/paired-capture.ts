// Capture throughput of two commits in alternating runs on the same machine, so that drift in the
// machine's speed falls on both sides alike: each run is bench/capture.ts of that commit's own tree
// (a git worktree), started as `ytterby capture` is. Prints each run's JSON line, then the ratio of
// the second tree's capture events/s to the first's, pair by pair, and their median.
//   git worktree add /tmp/ytterby-base <commit>; ln -s "$PWD/node_modules" /tmp/ytterby-base/
//   node --import tsx bench/paired-capture.ts --base /tmp/ytterby-base --head . --events 300000 --pairs 3
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LAUNCHER_NODE_FLAGS } from '../src/cli/launcher-flags.ts';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    head: { type: 'string', default: '.' },
    events: { type: 'string', default: '300000' },
    pairs: { type: 'string', default: '3' },
    engine: { type: 'string', default: 'sqlite' },
  },
});
if (values.base === undefined) throw new Error('--base names the worktree of the commit to compare against');
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs is a whole number from 1, not ${values.pairs}`);
if (values.engine !== 'sqlite' && values.engine !== 'postgres') throw new Error(`--engine is sqlite or postgres, not ${values.engine}`);

interface Figures {
  captureEventsPerSecond: number;
  ratioToRaw: number;
}

function run(tree: string): Figures {
  const output = execFileSync(process.execPath, [...LAUNCHER_NODE_FLAGS, '--import', 'tsx', 'bench/capture.ts', '--engine', values.engine!, '--events', values.events!], {
    cwd: resolve(tree),
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  }).toString();
  const line = output.trim().split('\n').pop()!;
  process.stdout.write(`${resolve(tree)}: ${line}\n`);
  return JSON.parse(line) as Figures;
}

const ratios: number[] = [];
for (let pair = 1; pair <= pairs; pair += 1) {
  // Which side goes first alternates, so neither always follows the other's leftovers.
  const [first, second] = pair % 2 === 1 ? [values.base, values.head!] : [values.head!, values.base];
  const a = run(first);
  const b = run(second);
  const [base, head] = pair % 2 === 1 ? [a, b] : [b, a];
  const ratio = head.captureEventsPerSecond / base.captureEventsPerSecond;
  ratios.push(ratio);
  process.stdout.write(`pair ${pair}: head/base capture ${ratio.toFixed(3)} (events/s ${Math.round(head.captureEventsPerSecond)} / ${Math.round(base.captureEventsPerSecond)}; ratio to raw ${head.ratioToRaw} / ${base.ratioToRaw})\n`);
}
const sorted = [...ratios].sort((x, y) => x - y);
process.stdout.write(`median head/base capture events/s over ${pairs} pairs: ${sorted[Math.floor(sorted.length / 2)]!.toFixed(3)}\n`);
