// Capture throughput on one engine, against the raw rate of writing the same rows with no logic,
// then `verify` throughput. Prints one JSON line. Run through bench/run.ts (npm run bench).
//   node --import tsx bench/capture.ts --engine sqlite|postgres --events 1000000
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { captureStream, PreparePool, verifyLedger } from '../src/ledger/index.ts';
import { openStore, SQLITE_FILE_NAME, type Store } from '../src/store/index.ts';
import { setUpWorkloadRegistry, workloadDocuments } from './workload.ts';
import { readLines } from '../src/cli/read-lines.ts';

const { values } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' }, events: { type: 'string', default: '1000000' } } });
const engine = values.engine as 'sqlite' | 'postgres';
const eventsTotal = Number(values.events);
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const TABLES = ['documents', 'events', 'lots', 'lot_flows', 'merkle_nodes'] as const;
type Row = Record<string, unknown>;

async function openFresh(name: string): Promise<{ store: Store; dispose: () => Promise<void>; dataDir?: string; schema?: string }> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), `ytterby-bench-${name}-`));
    const store = await openStore({ dataDir });
    return { store, dataDir, dispose: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const schema = `bench_${name}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  const store = await openStore({ databaseUrl, postgres: { schema } });
  return {
    store, schema,
    dispose: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

function progress(label: string, done: number, total: number) {
  if (process.stderr.isTTY && (done === total || done % 30_000 === 0)) process.stderr.write(`\r${label} ${done.toLocaleString()}/${total.toLocaleString()}`);
}

// 1. Capture through the real path, as `ytterby capture FILE.jsonl` and the server run it: the
// documents, generated and signed beforehand (not timed), are read from a .jsonl file as text;
// worker threads prepare the next ones while this thread applies one and the writer thread commits
// the one before.
const target = await openFresh('capture');
const parties = await setUpWorkloadRegistry(target.store);
const workloadDir = mkdtempSync(join(tmpdir(), 'ytterby-bench-workload-'));
const workloadFile = join(workloadDir, 'workload.jsonl');
{
  const out = createWriteStream(workloadFile);
  let written = 0;
  for await (const signed of workloadDocuments(parties, eventsTotal)) {
    if (!out.write(`${JSON.stringify(signed)}\n`)) await once(out, 'drain');
    written += signed.document.events.length;
    progress(`${engine} workload`, written, eventsTotal);
  }
  out.end();
  await finished(out);
}
const pool = new PreparePool();
await settle();
let captured = 0;
const captureStarted = performance.now();
for await (const result of captureStream(target.store, readLines(workloadFile), pool)) {
  captured += result.events.length;
  progress(`${engine} capture`, captured, eventsTotal);
}
const captureMs = performance.now() - captureStarted;
await pool.close();
rmSync(workloadDir, { recursive: true, force: true });
const peakRssMb = process.resourceUsage().maxRSS / 1024;

// 2. The same rows, written raw into an empty copy of the schema: no validation, no hashing.
const raw = await openFresh('raw');
await raw.store.close();
await settle();
let rawMs = 0;
let rawRows = 0;
const CHUNK = 5000;
if (engine === 'sqlite') {
  const connection = new BetterSqlite3(join(raw.dataDir!, SQLITE_FILE_NAME));
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  const statements = new Map<string, BetterSqlite3.Statement>();
  for (const table of TABLES) {
    for await (const rows of readChunks(target.store, table, CHUNK)) {
      const columns = Object.keys(rows[0]!);
      const perStatement = Math.floor(32_000 / columns.length);
      const started = performance.now();
      connection.transaction(() => {
        for (let i = 0; i < rows.length; i += perStatement) {
          const part = rows.slice(i, i + perStatement);
          const key = `${table}:${part.length}`;
          let statement = statements.get(key);
          if (statement === undefined) {
            const tuple = `(${columns.map(() => '?').join(',')})`;
            statement = connection.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${new Array(part.length).fill(tuple).join(',')}`);
            statements.set(key, statement);
          }
          statement.run(part.flatMap((row) => columns.map((c) => row[c])));
        }
      })();
      rawMs += performance.now() - started;
      rawRows += rows.length;
    }
  }
  connection.close();
} else {
  const client = new pg.Client({ connectionString: databaseUrl, options: `-c search_path=${raw.schema}` });
  await client.connect();
  for (const table of TABLES) {
    for await (const rows of readChunks(target.store, table, CHUNK)) {
      const columns = Object.keys(rows[0]!);
      const text = rows.map((row) => columns.map((c) => copyText(row[c])).join('\t')).join('\n') + '\n';
      const started = performance.now();
      await client.query('BEGIN');
      await pipeline(Readable.from([text]), client.query(copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN`)));
      await client.query('COMMIT');
      rawMs += performance.now() - started;
      rawRows += rows.length;
    }
  }
  await client.end();
}
await raw.dispose();

// 3. verify over the captured log, twice: right after the bulk writes (PostgreSQL then also sets
// the hint bits of every row it reads for the first time, a once-only cost, while its autovacuum
// may be working through the new rows beside it), and again, as a ledger at rest is verified:
// vacuumed, as autovacuum leaves it within minutes of a bulk load.
const verifyTimes: number[] = [];
let verifiedEvents = 0;
for (let pass = 0; pass < 2; pass += 1) {
  if (pass === 1) await settle({ vacuum: true });
  const started = performance.now();
  const report = await verifyLedger(target.store);
  verifyTimes.push(performance.now() - started);
  if (!report.ok) throw new Error(`verify failed: ${report.broken?.reason}`);
  verifiedEvents = report.events;
}
const [verifyMs, verifyAgainMs] = verifyTimes as [number, number];
await target.dispose();
if (process.stderr.isTTY) process.stderr.write('\n');

const captureRate = captured / (captureMs / 1000);
const rawEventRate = captured / (rawMs / 1000);
process.stdout.write(`${JSON.stringify({
  engine,
  events: captured,
  captureSeconds: round(captureMs / 1000),
  captureEventsPerSecond: Math.round(captureRate),
  rawRows,
  rawSeconds: round(rawMs / 1000),
  rawRowsPerSecond: Math.round(rawRows / (rawMs / 1000)),
  rawEventsPerSecond: Math.round(rawEventRate),
  ratioToRaw: round(captureRate / rawEventRate),
  verifySeconds: round(verifyMs / 1000),
  verifyEventsPerSecond: Math.round(verifiedEvents / (verifyMs / 1000)),
  verifyAgainEventsPerSecond: Math.round(verifiedEvents / (verifyAgainMs / 1000)),
  peakRssMb: Math.round(peakRssMb),
})}\n`);

/** On PostgreSQL, what the set-up wrote (the schema dropped and made again, the workload's
 * registry, the capture before the raw writes) is flushed by a checkpoint before a timed phase, so
 * that the checkpoint it would bring on does not fall inside that phase for one side of the ratio
 * and not for the other; `vacuum`: the captured tables are first vacuumed and analyzed, as
 * autovacuum leaves them at rest. */
async function settle({ vacuum = false } = {}): Promise<void> {
  if (engine !== 'postgres') return;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    if (vacuum) await admin.query(`VACUUM (ANALYZE) ${TABLES.map((table) => `${target.schema}.${table}`).join(', ')}`);
    await admin.query('CHECKPOINT');
  } catch (error) {
    process.stderr.write(`no checkpoint before the timed phase (${(error as Error).message}): figures may include one\n`);
  } finally {
    await admin.end();
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function* readChunks(store: Store, table: (typeof TABLES)[number], size: number): AsyncGenerator<Row[]> {
  const db = store.db;
  if (table === 'merkle_nodes') {
    const rows = (await db.selectFrom('merkle_nodes').selectAll().execute()) as Row[];
    if (rows.length > 0) yield rows;
    return;
  }
  if (table === 'lots') {
    let after = '';
    while (true) {
      const rows = await db.selectFrom('lots').selectAll().where('id', '>', after).orderBy('id').limit(size).execute();
      if (rows.length === 0) return;
      after = rows[rows.length - 1]!.id;
      yield rows as unknown as Row[];
    }
  }
  // Keyset by sequence ranges: documents by where they start, events and flows by seq.
  for (let from = 0; from < captured; from += size) {
    const rows = table === 'documents'
      ? await db.selectFrom('documents').selectAll().where('first_seq', '>=', from).where('first_seq', '<', from + size).orderBy('first_seq').execute()
      : table === 'events'
        ? await db.selectFrom('events').selectAll().where('seq', '>=', from).where('seq', '<', from + size).orderBy('seq').execute()
        : await db.selectFrom('lot_flows').selectAll().where('seq', '>=', from).where('seq', '<', from + size).orderBy('seq').orderBy('ordinal').execute();
    if (rows.length > 0) yield rows as unknown as Row[];
  }
}

function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  return String(value).replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
}
