// Issue 6's bars on the generator's year: every dashboard figure under 200 ms at p99, the full
// annual report under 10 s, on SQLite and on PostgreSQL. Each engine runs in its own process with
// its own temp data folder or schema (dropped afterwards): the demo year, the projection's first
// catch-up over the whole log, then the figures and the report on the ledger at rest.
//   node --import tsx bench/stats.ts                                both engines at scale 1
//   node --import tsx bench/stats.ts --run sqlite --scale 0.05      one engine, its figures as JSON
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { runDemo } from '../src/sim/index.ts';
import { DASHBOARD_FIGURES, dashboardFigure, refreshStats } from '../src/stats/index.ts';
import { buildAnnualReport } from '../src/stats/annual-report.ts';
import { printPdf } from '../src/stats/print-pdf.ts';
import { renderReportHtml } from '../src/stats/render-html.ts';
import { openStore, type Store } from '../src/store/index.ts';

const { values } = parseArgs({ options: { run: { type: 'string' }, scale: { type: 'string', default: '1' }, samples: { type: 'string', default: '200' } } });
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const WARM_UP = 10;

interface StatsFigures {
  run: string;
  scale: number;
  events: number;
  demoSeconds: number;
  catchUpSeconds: number;
  items: number;
  facts: number;
  /** figure → [p50, p99] in ms. */
  figures: Record<string, [number, number]>;
  reportHtmlSeconds: number;
  reportPdfSeconds: number;
  upToDateRefreshMs: number;
}

if (values.run !== undefined) {
  process.stdout.write(`${JSON.stringify(await runOnce(values.run, Number(values.scale), Number(values.samples)))}\n`);
} else {
  const results: StatsFigures[] = [];
  for (const run of ['sqlite', 'postgres']) {
    process.stderr.write(`stats benchmark: ${run} at scale ${values.scale}…\n`);
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'bench/stats.ts', '--run', run, '--scale', values.scale!, '--samples', values.samples!], {
      env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'],
    }).toString();
    results.push(JSON.parse(output.trim().split('\n').pop()!) as StatsFigures);
  }
  process.stdout.write(`\n| engine | events | demo s | catch-up s | items | facts | ${DASHBOARD_FIGURES.map((f) => `${f} p50/p99 ms`).join(' | ')} | report HTML s | report PDF s |\n`);
  process.stdout.write(`|${'---|'.repeat(8 + DASHBOARD_FIGURES.length)}\n`);
  for (const r of results) {
    process.stdout.write(`| ${r.run} | ${r.events.toLocaleString('en')} | ${r.demoSeconds} | ${r.catchUpSeconds} | ${r.items.toLocaleString('en')} | ${r.facts.toLocaleString('en')} | ` +
      `${DASHBOARD_FIGURES.map((f) => r.figures[f]!.join(' / ')).join(' | ')} | ${r.reportHtmlSeconds} | ${r.reportPdfSeconds} |\n`);
  }
}

async function runOnce(run: string, scale: number, samples: number): Promise<StatsFigures> {
  if (run === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'ytterby-stats-bench-'));
    const store = await openStore({ dataDir });
    try {
      return await measure(run, store, scale, samples);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  if (run === 'postgres') {
    const schema = `stats_bench_${process.pid}`;
    const store = await openStore({ databaseUrl, postgres: { schema } });
    try {
      return await measure(run, store, scale, samples);
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    }
  }
  throw new Error(`--run takes sqlite or postgres, got ${run}`);
}

async function measure(run: string, store: Store, scale: number, samples: number): Promise<StatsFigures> {
  let started = performance.now();
  const demo = await runDemo(store, { year: 2024, seed: 1, scale });
  const demoSeconds = seconds(started);
  process.stderr.write(`  ${run}: demo ${demo.events} events in ${demoSeconds} s\n`);
  started = performance.now();
  await refreshStats(store);
  const catchUpSeconds = seconds(started);
  process.stderr.write(`  ${run}: projection caught up in ${catchUpSeconds} s\n`);
  const count = async (table: 'stats_items' | 'stats_facts') => Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const [items, facts] = [await count('stats_items'), await count('stats_facts')];
  // A ledger at rest has planner statistics (PostgreSQL's autovacuum gathers them within a minute of a bulk load).
  await sql`ANALYZE`.execute(store.db);

  started = performance.now();
  for (let i = 0; i < 100; i += 1) await refreshStats(store);
  const upToDateRefreshMs = Math.round(((performance.now() - started) / 100) * 100) / 100;

  // The year and, in turn, each province the industry works in: a dashboard is asked both ways.
  const filters = [{ from: '2024-01', to: '2024-12' }, { from: '2024-01', to: '2024-12', region: '150000' }, { from: '2024-04', to: '2024-06', region: '360000' }, { from: '2024-07', to: '2024-07' }];
  const figures: Record<string, [number, number]> = {};
  for (const figure of DASHBOARD_FIGURES) {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + samples; i += 1) {
      const t = performance.now();
      await dashboardFigure(store, figure, filters[i % filters.length]!);
      if (i >= WARM_UP) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    figures[figure] = [round1(times[Math.floor(times.length * 0.5)]!), round1(times[Math.min(times.length - 1, Math.ceil(times.length * 0.99) - 1)]!)];
    process.stderr.write(`  ${run}: ${figure} p50 ${figures[figure]![0]} ms, p99 ${figures[figure]![1]} ms\n`);
  }
  started = performance.now();
  const html = renderReportHtml(await buildAnnualReport(store, 2024));
  const reportHtmlSeconds = seconds(started);
  started = performance.now();
  await printPdf(renderReportHtml(await buildAnnualReport(store, 2024)));
  const reportPdfSeconds = seconds(started);
  process.stderr.write(`  ${run}: report HTML ${reportHtmlSeconds} s (${html.length} bytes), PDF ${reportPdfSeconds} s\n`);
  return { run, scale, events: demo.events, demoSeconds, catchUpSeconds, items, facts, figures, reportHtmlSeconds, reportPdfSeconds, upToDateRefreshMs };
}

function seconds(since: number): number {
  return Math.round((performance.now() - since) / 100) / 10;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
