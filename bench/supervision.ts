// The supervision bars: detection quality on the generator's year at scale 1 with seeds 1, 2 and 3
// (recall ≥ 95 % per class, precision ≥ 90 % overall), and `ytterby check` over the whole year in
// under 60 s on SQLite and on the PostgreSQL server. Each run is its own process.
//   node --import tsx bench/supervision.ts                          all four runs, then the tables
//   node --import tsx bench/supervision.ts --run sqlite --seed 2    one run, its figures as JSON
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { runDemo, type GroundTruthFile } from '../src/sim/run-demo.ts';
import { openStore } from '../src/store/index.ts';
import { allAlerts, detectionQuality, runCheck, type DetectionQuality } from '../src/supervision/index.ts';

const { values } = parseArgs({ options: { run: { type: 'string' }, seed: { type: 'string', default: '1' }, scale: { type: 'string', default: '1' } } });
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

interface RunFigures {
  engine: string;
  seed: number;
  scale: number;
  events: number;
  demoSeconds: number;
  checkSeconds: number;
  alerts: number;
  quality: DetectionQuality;
}

if (values.run !== undefined) {
  process.stdout.write(`${JSON.stringify(await runOnce(values.run, Number(values.seed), Number(values.scale)))}\n`);
} else {
  const runs: [string, string][] = [['sqlite', '1'], ['sqlite', '2'], ['sqlite', '3'], ['postgres', '1']];
  const results: RunFigures[] = [];
  for (const [engine, seed] of runs) {
    process.stderr.write(`supervision benchmark: ${engine}, seed ${seed}, scale ${values.scale}…\n`);
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/supervision.ts', '--run', engine, '--seed', seed, '--scale', values.scale!], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024,
    }).toString();
    results.push(JSON.parse(output.trim().split('\n').pop()!) as RunFigures);
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out('\n| engine | seed | events | demo s | check s | alerts | true positives | precision | recall (all classes) |\n|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    out(`| ${r.engine} | ${r.seed} | ${r.events.toLocaleString('en')} | ${r.demoSeconds} | ${r.checkSeconds} | ${r.alerts} | ${r.quality.truePositives} | ${pct(r.quality.precision)} | ${pct(r.quality.recall)} |`);
  }
  const classes = [...new Set(results.flatMap((r) => Object.keys(r.quality.byClass)))];
  const seeds = results.filter((r) => r.engine === 'sqlite');
  out(`\n| class | ${seeds.map((r) => `seed ${r.seed} found / labelled`).join(' | ')} | recall |\n|---|${seeds.map(() => '---|').join('')}---|`);
  for (const cls of classes) {
    const found = seeds.reduce((s, r) => s + (r.quality.byClass[cls]?.found ?? 0), 0);
    const labelled = seeds.reduce((s, r) => s + (r.quality.byClass[cls]?.violations ?? 0), 0);
    out(`| ${cls} | ${seeds.map((r) => `${r.quality.byClass[cls]?.found ?? 0} / ${r.quality.byClass[cls]?.violations ?? 0}`).join(' | ')} | ${pct(labelled === 0 ? 1 : found / labelled)} |`);
  }
  const alerts = seeds.reduce((s, r) => s + r.alerts, 0);
  const tp = seeds.reduce((s, r) => s + r.quality.truePositives, 0);
  out(`\nprecision over the three seeds: ${tp} of ${alerts} alerts (${pct(alerts === 0 ? 1 : tp / alerts)})`);
  for (const r of results) for (const u of r.quality.unmatched) out(`  unmatched (${r.engine} seed ${r.seed}): ${u.rule} ${u.period} ${u.summary}`);
  for (const r of results) for (const m of r.quality.missed) out(`  missed (${r.engine} seed ${r.seed}): ${m.class} ${m.month} ${m.parties.join(', ')}`);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)} %`;
}

async function runOnce(engine: string, seed: number, scale: number): Promise<RunFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'ytterby-bench-supervision-'));
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const store = engine === 'sqlite' ? await openStore({ dataDir: join(dir, 'data') }) : await openStore({ databaseUrl, postgres: { schema } });
  try {
    const demoStarted = performance.now();
    const summary = await runDemo(store, { year: 2024, seed, scale, groundTruthDir: dir });
    const demoSeconds = (performance.now() - demoStarted) / 1000;
    // A ledger at rest has planner statistics; autovacuum gathers them within a minute of a bulk load.
    if (engine === 'postgres') await sql`ANALYZE`.execute(store.db);
    const report = await runCheck(store);
    const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruthFile;
    const alerts = await allAlerts(store, { role: 'regulator' });
    return {
      engine, seed, scale, events: summary.events, demoSeconds: round(demoSeconds), checkSeconds: report.seconds, alerts: alerts.length,
      quality: detectionQuality(alerts, truth.violations),
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (engine === 'postgres') {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    }
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
