// verify's cost per event on a ledger kept between runs, so that two commits can be compared on the
// same rows: run it at one commit, then at the other, alternating. The ledger is captured from
// bench/workload.ts on first use (not timed) and vacuumed on PostgreSQL, as a ledger at rest is.
// Then it reports, per pass, events/s and this process's CPU per event (all its threads; the
// server's CPU comes on top), and what reading the columns' members from the event bodies costs.
//   node --import tsx bench/verify.ts --engine sqlite --ledger /tmp/ytterby-verify-ledger
//   node --import tsx bench/verify.ts --engine postgres --ledger bench_verify --passes 3 --single-thread
// With --deep, each pass then runs the deep check (verify --deep's replay of the log against the
// lots and flows) and reports its events/s and its ratio to verify's in the same pass.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { auditLedger, captureStream, PreparePool, verifyLedger } from '../src/ledger/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { setUpWorkloadRegistry, workloadDocuments } from './workload.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'sqlite' },
    ledger: { type: 'string' },
    events: { type: 'string', default: '1000000' },
    passes: { type: 'string', default: '2' },
    'single-thread': { type: 'boolean', default: false },
    deep: { type: 'boolean', default: false },
  },
});
const engine = values.engine;
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`--engine is sqlite or postgres, not ${engine}`);
const ledger = values.ledger ?? (engine === 'sqlite' ? '/tmp/ytterby-verify-ledger' : 'bench_verify');
if (engine === 'postgres' && !/^[a-z_][a-z0-9_]*$/.test(ledger)) throw new Error(`--ledger on PostgreSQL names a schema (lowercase letters, digits, _), not ${ledger}`);
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const store = engine === 'sqlite' ? await openStore({ dataDir: ledger }) : await openStore({ databaseUrl, postgres: { schema: ledger } });

const head = await store.db.selectFrom('ledger_head').select('size').where('id', '=', 1).executeTakeFirst();
if (head === undefined || Number(head.size) === 0) await captureWorkload(store, Number(values.events));

for (let pass = 1; pass <= Number(values.passes); pass += 1) {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const report = await verifyLedger(store, { parallel: !values['single-thread'] });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (!report.ok) throw new Error(`the bench ledger does not verify: ${report.broken?.reason}`);
  const eventsPerSecond = Math.round(report.events / seconds);
  process.stdout.write(`${JSON.stringify({
    engine, pass, events: report.events,
    eventsPerSecond,
    cpuMicrosecondsPerEvent: Math.round(((cpu.user + cpu.system) / report.events) * 100) / 100,
  })}\n`);
  if (values.deep) await deepPass(pass, eventsPerSecond);
}
await readingMembers(store);
await store.close();

/** The members verify compares with the copied columns, read from the first 300,000 bodies by
 * canonicalTopLevelStrings and by JSON.parse, each timed over the same strings. Imported here, not
 * above, so that this file copied to a commit before the reader (c124a10) still times verify there. */
async function readingMembers(store: Store): Promise<void> {
  const { canonicalTopLevelStrings } = (await import('../src/ledger/canonical.ts')) as Partial<typeof import('../src/ledger/canonical.ts')>;
  if (canonicalTopLevelStrings === undefined) return;
  const rows = await store.db.selectFrom('events').select('body').where('seq', '<', 300_000).execute();
  const bodies = rows.map((row) => row.body);
  const members = ['id', 'kind', 'time'] as const;
  const timed = (read: (body: string) => unknown): number => {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 4; round += 1) {
      const started = process.hrtime.bigint();
      for (const body of bodies) read(body);
      best = Math.min(best, Number(process.hrtime.bigint() - started) / bodies.length);
    }
    return Math.round(best);
  };
  process.stdout.write(`${JSON.stringify({
    bodies: bodies.length,
    canonicalTopLevelStringsNsPerBody: timed((body) => canonicalTopLevelStrings(body, members)),
    jsonParseNsPerBody: timed((body) => JSON.parse(body) as unknown),
  })}\n`);
}

async function deepPass(pass: number, verifyEventsPerSecond: number): Promise<void> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const audit = await auditLedger(store);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  if (!audit.ok) throw new Error(`the bench ledger's state differs from its log: ${audit.difference?.reason}`);
  const eventsPerSecond = Math.round(audit.events / seconds);
  process.stdout.write(`${JSON.stringify({
    engine, pass, deep: true, events: audit.events, lots: audit.lots, flows: audit.flows,
    eventsPerSecond,
    cpuMicrosecondsPerEvent: Math.round(((cpu.user + cpu.system) / audit.events) * 100) / 100,
    ratioToVerify: Math.round((eventsPerSecond / verifyEventsPerSecond) * 100) / 100,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  })}\n`);
}

async function captureWorkload(store: Store, events: number): Promise<void> {
  process.stderr.write(`capturing a ${events.toLocaleString('en')}-event ledger into ${ledger} (once; later runs reuse it)…\n`);
  const parties = await setUpWorkloadRegistry(store);
  const pool = new PreparePool();
  async function* lines(): AsyncGenerator<string> {
    for await (const signed of workloadDocuments(parties, events)) yield JSON.stringify(signed);
  }
  let captured = 0;
  for await (const result of captureStream(store, lines(), pool)) {
    captured += result.events.length;
    if (process.stderr.isTTY) process.stderr.write(`\r${captured.toLocaleString('en')}/${events.toLocaleString('en')} events`);
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  await pool.close();
  if (engine !== 'postgres') return;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`VACUUM (ANALYZE) ${['documents', 'events', 'merkle_nodes'].map((table) => `${ledger}.${table}`).join(', ')}`);
  await admin.query('CHECKPOINT');
  await admin.end();
}
