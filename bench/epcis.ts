// The EPCIS query bar (issue 7): GET /epcis/events, a filtered page of 100 events, p99 under 50 ms
// at 1,000,000 events, with the server in its own process and the load from this one (autocannon
// on loopback). Loads the demo year at --scale (10 ≈ 1.2 M events) into --data unless it holds a
// ledger already, builds the EPCIS query index, then measures each query for --seconds.
//   npm run bench:epcis                                 scale 10 into a temporary folder (SQLite)
//   npm run bench:epcis -- --data /tmp/d10 --keep       reuse (or keep) a loaded folder
//   npm run bench:epcis -- --engine postgres            into a temporary database on the local server
//   npm run bench:epcis -- --engine postgres --database bench_epcis --keep   reuse (or keep) one
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { openStore, SQLITE_FILE_NAME } from '../src/store/index.ts';
import { createToken } from '../src/server/tokens.ts';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from '../src/cli/launcher-flags.ts';
import { adminQuery, benchDatabaseUrl, startServeProcess } from './serve-process.ts';
import { pageToken, parseEpcisQuery, queryEvents, refreshEpcisIndex, ytbBizStep } from '../src/epcis/index.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' }, scale: { type: 'string', default: '10' }, seconds: { type: 'string', default: '15' }, connections: { type: 'string', default: '10' }, keep: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'sqlite' }, database: { type: 'string' },
  },
});
if (values.engine !== 'sqlite' && values.engine !== 'postgres') throw new Error(`--engine is sqlite or postgres, not ${values.engine}`);
const onServer = values.engine === 'postgres';
if (values.database !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(values.database)) throw new Error('--database: lower-case letters, digits and underscores');
const dir = values.data ?? mkdtempSync(join(tmpdir(), 'ytterby-bench-epcis-'));
const database = values.database ?? `bench_epcis_${randomBytes(4).toString('hex')}`;
const databaseUrl = onServer ? benchDatabaseUrl(database) : undefined;
const env = { ...process.env };
if (databaseUrl === undefined) delete env['DATABASE_URL'];
else env['DATABASE_URL'] = databaseUrl;
const location = { dataDir: dir, ...(databaseUrl === undefined ? {} : { databaseUrl }) };

try {
  if (onServer && (await adminQuery(`SELECT 1 FROM pg_database WHERE datname = '${database}'`)).length === 0) await adminQuery(`CREATE DATABASE ${database}`);
  if (!(await holdsLedger())) {
    process.stderr.write(`epcis benchmark: loading the demo year at scale ${values.scale} into ${onServer ? `database ${database}` : dir}…\n`);
    const started = performance.now();
    const demo = spawnSync(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', dir, 'demo', '--scale', values.scale], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (demo.status !== 0) throw new Error(`ytterby demo failed (${demo.status})`);
    process.stderr.write(`epcis benchmark: demo loaded in ${Math.round((performance.now() - started) / 1000)} s\n`);
  }
  const store = await openStore(location);
  const size = Number((await store.db.selectFrom('ledger_head').select('size').executeTakeFirstOrThrow()).size);
  const indexStarted = performance.now();
  await refreshEpcisIndex(store);
  const indexSeconds = (performance.now() - indexStarted) / 1000;
  process.stderr.write(`epcis benchmark: ${size.toLocaleString('en')} events; query index brought up to date in ${indexSeconds.toFixed(1)} s\n`);

  // The enterprise with the most events, a lot named by many events, and a token to the middle
  // of a long answer, so the queries are those a client would page through.
  const busiest = await store.db.selectFrom('epcis_events').select(['party_id', (eb) => eb.fn.countAll().as('n')]).groupBy('party_id').orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
  const lot = await store.db.selectFrom('epcis_classes').select(['epc_class', (eb) => eb.fn.countAll().as('n')]).where('role', '=', 'input').groupBy('epc_class').orderBy('n', 'desc').limit(1).executeTakeFirstOrThrow();
  const regulator = (await createToken(store, { name: 'bench regulator', role: 'regulator' })).token;
  const enterprise = (await createToken(store, { name: 'bench enterprise', role: 'enterprise', party: busiest.party_id })).token;
  const deepParams = { eventType: 'ObjectEvent', EQ_bizStep: 'shipping' };
  const deepQuery = parseEpcisQuery(deepParams);
  if ('problems' in deepQuery) throw new Error('the bench query is malformed');
  const half = await queryEvents(store, { role: 'regulator' }, deepQuery.query, { perPage: 1, after: { seq: Math.floor(size / 2) } });
  const deepToken = pageToken(half.last!, deepQuery.query, { role: 'regulator' });
  await store.close();

  const queries: { name: string; token: string; path: string }[] = [
    { name: 'regulator: ObjectEvent, shipping', token: regulator, path: `/epcis/events?eventType=ObjectEvent&EQ_bizStep=shipping&perPage=100` },
    { name: 'regulator: the same, from a page token mid-log', token: regulator, path: `/epcis/events?eventType=ObjectEvent&EQ_bizStep=shipping&perPage=100&nextPageToken=${deepToken}` },
    { name: 'regulator: TransformationEvents of June (event time)', token: regulator, path: `/epcis/events?eventType=TransformationEvent&GE_eventTime=2024-06-01T00:00:00%2B08:00&LT_eventTime=2024-07-01T00:00:00%2B08:00&perPage=100` },
    { name: `enterprise ${busiest.party_id} (${Number(busiest.n).toLocaleString('en')} events): its own, any`, token: enterprise, path: '/epcis/events?perPage=100' },
    { name: 'enterprise: its own separations', token: enterprise, path: `/epcis/events?EQ_bizStep=${encodeURIComponent(ytbBizStep('separating'))}&perPage=100` },
    { name: `regulator: MATCH_anyEPCClass of a lot in ${Number(lot.n)} events`, token: regulator, path: `/epcis/events?MATCH_anyEPCClass=${encodeURIComponent(lot.epc_class)}&perPage=100` },
    { name: 'regulator: shipments of 1 t and more', token: regulator, path: '/epcis/events?EQ_bizStep=shipping&GE_quantity=1000&perPage=100' },
  ];

  const server = await startServeProcess(dir, env, { waitForLineageIndex: true });
  const url = server.url;
  try {
    const rows: string[] = [];
    for (const query of queries) {
      const probe = await fetch(`${url}${query.path}`, { headers: { authorization: `Bearer ${query.token}` } });
      const found = ((await probe.json()) as { epcisBody: { queryResults: { resultsBody: { eventList: unknown[] } } } }).epcisBody.queryResults.resultsBody.eventList.length;
      if (probe.status !== 200) throw new Error(`${query.path} answered ${probe.status}`);
      // Warmed up first, so the figures are of the compiled path.
      for (let i = 0; i < 50; i += 1) await (await fetch(`${url}${query.path}`, { headers: { authorization: `Bearer ${query.token}` } })).arrayBuffer();
      process.stderr.write(`epcis benchmark: ${query.name} (${found} events a page) for ${values.seconds} s…\n`);
      const result = await autocannon({ url: `${url}${query.path}`, connections: Number(values.connections), duration: Number(values.seconds), headers: { authorization: `Bearer ${query.token}` } });
      rows.push(`| ${query.name} | ${found} | ${result.requests.total.toLocaleString('en')} | ${result.latency.p50} / ${result.latency.p99} ms | ${Math.round(result.requests.average).toLocaleString('en')} | ${result.errors + result.non2xx} |`);
    }
    process.stdout.write(`\n${size.toLocaleString('en')} events (${onServer ? 'PostgreSQL' : 'SQLite'}), ${values.connections} connections, ${values.seconds} s each; query index built in ${indexSeconds.toFixed(1)} s; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n`);
    process.stdout.write('| query | events a page | requests | p50 / p99 | requests/s | errors |\n|---|---|---|---|---|---|\n');
    process.stdout.write(`${rows.join('\n')}\n`);
  } finally {
    await server.stop();
  }
} finally {
  // On the server the folder only held the demo's ground truth: kept is the database.
  if (values.data === undefined && (!values.keep || onServer)) rmSync(dir, { recursive: true, force: true });
  if (onServer && !values.keep) await adminQuery(`DROP DATABASE ${database}`);
}

/** Whether the folder or the database holds a ledger already (a run kept with --keep). */
async function holdsLedger(): Promise<boolean> {
  if (!onServer) return existsSync(join(dir, SQLITE_FILE_NAME));
  const store = await openStore(location);
  try {
    return (await store.db.selectFrom('ledger_head').select('size').executeTakeFirst()) !== undefined;
  } finally {
    await store.close();
  }
}
