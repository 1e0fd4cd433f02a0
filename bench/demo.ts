// The demo's bars: a year at scale 1 generated and captured (SQLite under 5 minutes, PostgreSQL
// under 8), and the generator's memory at scale 10 (under 1.5 GB). Each run is its own process,
// so its peak RSS is its own.
//   node --import tsx bench/demo.ts                      both engines at scale 1, then the generator at scale 10
//   node --import tsx bench/demo.ts --run sqlite --scale 1      one run, prints its figures as JSON
//   node --import tsx bench/demo.ts --run generate --scale 10   the generator alone, no database
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { signDocument, CAPTURE_FORMAT } from '../src/ledger/index.ts';
import type { JWK } from 'jose';
import { publicFiguresOf } from '../src/sim/figures.ts';
import { buildIndustry } from '../src/sim/industry.ts';
import { Random } from '../src/sim/random.ts';
import { runDemo } from '../src/sim/index.ts';
import { YearSimulation } from '../src/sim/simulate.ts';
import { openStore } from '../src/store/index.ts';

const { values } = parseArgs({ options: { run: { type: 'string' }, scale: { type: 'string', default: '1' } } });
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

interface DemoFigures {
  run: string;
  scale: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  peakRssMb: number;
}

if (values.run !== undefined) {
  process.stdout.write(`${JSON.stringify(await runOnce(values.run, Number(values.scale)))}\n`);
} else {
  const runs: [string, string][] = [['sqlite', '1'], ['postgres', '1'], ['generate', '10']];
  const results: DemoFigures[] = [];
  for (const [run, scale] of runs) {
    process.stderr.write(`demo benchmark: ${run} at scale ${scale}…\n`);
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/demo.ts', '--run', run, '--scale', scale], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'],
    }).toString();
    results.push(JSON.parse(output.trim().split('\n').pop()!) as DemoFigures);
  }
  process.stdout.write('\n| run | scale | events | seconds | events/s | peak RSS |\n|---|---|---|---|---|---|\n');
  for (const r of results) {
    process.stdout.write(`| ${r.run} | ${r.scale} | ${r.events.toLocaleString('en')} | ${r.seconds} | ${r.eventsPerSecond.toLocaleString('en')} | ${r.peakRssMb} MB |\n`);
  }
}

async function runOnce(run: string, scale: number): Promise<DemoFigures> {
  const started = performance.now();
  let events = 0;
  if (run === 'generate') {
    // Generating and signing every document, as the demo does, without recording them.
    const { figures } = publicFiguresOf(2024);
    const random = new Random(`ytterby-demo:1:2024:${scale}`);
    const industry = buildIndustry(2024, figures, scale, random.fork('industry'), 'ytterby-demo:1');
    const simulation = new YearSimulation(industry, { year: 2024, scale, figures }, random.fork('year'));
    for (const doc of simulation.documents()) {
      const document = { format: CAPTURE_FORMAT, party: doc.party.id, keyId: doc.party.key.kid, createdAt: doc.createdAt, events: doc.events } as const;
      JSON.stringify(await signDocument(document, doc.party.key.privateJwk as JWK));
      events += doc.events.length;
    }
  } else if (run === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'ytterby-demo-bench-'));
    const store = await openStore({ dataDir });
    try {
      events = (await runDemo(store, { year: 2024, seed: 1, scale })).events;
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  } else if (run === 'postgres') {
    const schema = `demo_bench_${process.pid}`;
    const store = await openStore({ databaseUrl, postgres: { schema } });
    try {
      events = (await runDemo(store, { year: 2024, seed: 1, scale })).events;
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    }
  } else {
    throw new Error(`--run takes sqlite, postgres or generate, got ${run}`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    run, scale, events, seconds: Math.round(seconds * 10) / 10, eventsPerSecond: Math.round(events / seconds),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
