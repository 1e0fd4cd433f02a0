// The reporting calendar over a whole year's log (issue 25: the calendar counts every door). The
// calendar reads the log itself from where it last stopped; the first read after a year recorded
// through the capture path (the demo's scale-1 year, about 300,000 events) reads it all, later ones
// only what came since. Each engine at hand (SQLite; PostgreSQL when DATABASE_URL is set).
//   node --import tsx bench/calendar.ts [--scale 1]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { reportingCalendar } from '../src/reporting/index.ts';
import { runDemo } from '../src/sim/run-demo.ts';
import { openStore } from '../src/store/index.ts';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' } } });
const scale = Number(values.scale);
const databaseUrl = process.env['DATABASE_URL'];

async function once(engine: 'sqlite' | 'postgres'): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'ytterby-bench-calendar-'));
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const store = engine === 'sqlite' ? await openStore({ dataDir: join(dir, 'data') }) : await openStore({ databaseUrl: databaseUrl!, postgres: { schema } });
  try {
    process.stderr.write(`${engine}: recording the ${scale}-scale year…\n`);
    const summary = await runDemo(store, { year: 2024, seed: 1, scale });
    const now = new Date('2025-02-01T00:00:00Z');
    let started = performance.now();
    const first = await reportingCalendar(store, { from: '2024-01', to: '2024-12', now });
    const firstMs = performance.now() - started;
    started = performance.now();
    await reportingCalendar(store, { from: '2024-01', to: '2024-12', now });
    const againMs = performance.now() - started;
    const months = first.parties.flatMap((p) => p.months);
    return {
      engine, scale, events: summary.events, parties: first.parties.length,
      firstCalendarSeconds: Math.round(firstMs) / 1000, laterCalendarMs: Math.round(againMs),
      monthsWithReports: months.filter((m) => m.documents > 0).length, monthsMissing: months.filter((m) => m.status === 'missing').length,
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

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
for (const engine of (databaseUrl === undefined ? ['sqlite'] : ['sqlite', 'postgres']) as ('sqlite' | 'postgres')[]) console.log(JSON.stringify(await once(engine)));
