// `npm run bench`: every benchmark, each engine in its own process so peak memory is its own.
// Prints a Markdown table for bench/history/ (and the current figures in bench/RESULTS.md), and the raw figures as JSON lines.
//   npm run bench                      1,000,000 events per engine (the bar)
//   npm run bench -- --events 30000    a quick run
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { LAUNCHER_NODE_FLAGS } from '../src/cli/launcher-flags.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, engine: { type: 'string', multiple: true } } });
const engines = values.engine ?? ['sqlite', 'postgres'];
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

interface CaptureFigures {
  engine: string;
  events: number;
  captureSeconds: number;
  captureEventsPerSecond: number;
  rawRows: number;
  rawSeconds: number;
  rawRowsPerSecond: number;
  rawEventsPerSecond: number;
  ratioToRaw: number;
  verifySeconds: number;
  verifyEventsPerSecond: number;
  verifyAgainEventsPerSecond: number;
  peakRssMb: number;
}

const results: CaptureFigures[] = [];
for (const engine of engines) {
  process.stderr.write(`capture benchmark on ${engine}, ${Number(values.events).toLocaleString()} events…\n`);
  // With node's flags as `ytterby capture` runs with them (bin/ytterby.js): the capture is the CLI's.
  const output = execFileSync(process.execPath, [...LAUNCHER_NODE_FLAGS, '--import', 'tsx', 'bench/capture.ts', '--engine', engine, '--events', values.events], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  }).toString();
  const figures = JSON.parse(output.trim().split('\n').pop()!) as CaptureFigures;
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  results.push(figures);
}

const n = (x: number) => x.toLocaleString('en');
process.stdout.write(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}\n\n`);
process.stdout.write('| engine | events | capture events/s | raw rows/s (same rows) | raw events/s | ratio | verify events/s (after capture / again) | peak RSS |\n');
process.stdout.write('|---|---|---|---|---|---|---|---|\n');
for (const r of results) {
  process.stdout.write(
    `| ${r.engine} | ${n(r.events)} | ${n(r.captureEventsPerSecond)} | ${n(r.rawRowsPerSecond)} | ${n(r.rawEventsPerSecond)} | ${r.ratioToRaw.toFixed(2)} | ${n(r.verifyEventsPerSecond)} / ${n(r.verifyAgainEventsPerSecond)} | ${n(r.peakRssMb)} MB |\n`,
  );
}
