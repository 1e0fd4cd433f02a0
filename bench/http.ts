// The HTTP API's bars, with the load from this process and the server in another: capture over
// HTTP of documents of 1,000 events (≥ 20,000 events/s on SQLite, ≥ 15,000 on PostgreSQL), and
// GET /api/lots/{id} under 50 concurrent connections (p99 < 10 ms), with first the same reads of a
// bare Fastify process (bench/http-floor-server.ts) as the machine's floor.
//   node --import tsx bench/http.ts                        both engines, 102,000 events each
//   node --import tsx bench/http.ts --engine sqlite --events 30000
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { openStore } from '../src/store/index.ts';
import { createToken } from '../src/server/tokens.ts';
import { startServeProcess } from './serve-process.ts';
import { setUpWorkloadRegistry, workloadDocuments } from './workload.ts';

const { values } = parseArgs({ options: { engine: { type: 'string' }, events: { type: 'string', default: '102000' }, clients: { type: 'string', default: '4' } } });
const serverUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

interface HttpFigures {
  engine: string;
  clients: number;
  events: number;
  captureSeconds: number;
  captureEventsPerSecond: number;
  lotReads: number;
  lotP50Ms: number;
  lotP99Ms: number;
  lotRequestsPerSecond: number;
  errors: number;
}

const floor = await floorReads();
process.stdout.write(`\nbare Fastify, the same reads (50 connections, 10 s): ${floor.total.toLocaleString('en')} reads, p50 / p99 ${floor.p50} / ${floor.p99} ms, ${floor.perSecond.toLocaleString('en')} reads/s\n`);
const results: HttpFigures[] = [];
for (const engine of values.engine === undefined ? ['sqlite', 'postgres'] : [values.engine]) results.push(await runOnce(engine, Number(values.events), Number(values.clients)));
process.stdout.write('\n| engine | clients | events | capture s | capture events/s | GET /api/lots/{id} (50 connections): reads, p50 / p99 | reads/s | errors |\n|---|---|---|---|---|---|---|---|\n');
for (const r of results) {
  process.stdout.write(`| ${r.engine} | ${r.clients} | ${r.events.toLocaleString('en')} | ${r.captureSeconds} | ${r.captureEventsPerSecond.toLocaleString('en')} | ${r.lotReads.toLocaleString('en')}, ${r.lotP50Ms} / ${r.lotP99Ms} ms | ${r.lotRequestsPerSecond.toLocaleString('en')} | ${r.errors} |\n`);
}

/** `clients` enterprises' chains record at once, each its documents in order, as the server sees
 * many enterprises reporting together; each chain's documents build on its own earlier ones. */
async function runOnce(engine: string, eventsTotal: number, clients: number): Promise<HttpFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'ytterby-bench-http-'));
  const database = `bench_http_${randomBytes(4).toString('hex')}`;
  const databaseUrl = engine === 'postgres' ? `${serverUrl.replace(/\/[^/]*$/, '')}/${database}` : undefined;
  if (databaseUrl !== undefined) await admin(`CREATE DATABASE ${database}`);
  try {
    const store = await openStore({ dataDir: dir, ...(databaseUrl === undefined ? {} : { databaseUrl }) });
    const tokens = new Map<string, string>();
    const streams: { party: string; body: string; events: number }[][] = [];
    for (let stream = 0; stream < clients; stream += 1) {
      const parties = await setUpWorkloadRegistry(store, stream);
      for (const key of [parties.miner, parties.separator, parties.magnetMaker]) tokens.set(key.party, (await createToken(store, { name: `bench ${key.party}`, role: 'enterprise', party: key.party })).token);
      const bodies: { party: string; body: string; events: number }[] = [];
      for await (const signed of workloadDocuments(parties, Math.ceil(eventsTotal / clients / 3000) * 3000)) bodies.push({ party: signed.document.party, body: JSON.stringify(signed), events: signed.document.events.length });
      streams.push(bodies);
    }
    const regulator = (await createToken(store, { name: 'bench regulator', role: 'regulator' })).token;
    await store.close();

    const env = { ...process.env };
    if (databaseUrl === undefined) delete env['DATABASE_URL'];
    else env['DATABASE_URL'] = databaseUrl;
    const server = await startServeProcess(dir, env);
    const url = server.url;
    try {
      process.stderr.write(`http benchmark (${engine}): ${clients} clients capturing ${streams.reduce((n, s) => n + s.length, 0)} documents…\n`);
      const started = performance.now();
      let events = 0;
      await Promise.all(streams.map(async (bodies) => {
        for (const { party, body, events: n } of bodies) {
          const response = await fetch(`${url}/api/capture`, { method: 'POST', headers: { authorization: `Bearer ${tokens.get(party)}`, 'content-type': 'application/json' }, body });
          if (response.status !== 201) throw new Error(`capture answered ${response.status}: ${await response.text()}`);
          await response.arrayBuffer();
          events += n;
        }
      }));
      const captureSeconds = (performance.now() - started) / 1000;

      const lots = ((await (await fetch(`${url}/api/lots?limit=1000`, { headers: { authorization: `Bearer ${regulator}` } })).json()) as { lots: { id: string }[] }).lots.map((l) => l.id);
      process.stderr.write(`http benchmark (${engine}): reading lots with 50 connections for 10 s…\n`);
      const reads = await readLots(url, regulator, lots);
      return {
        engine, clients, events, captureSeconds: round(captureSeconds), captureEventsPerSecond: Math.round(events / captureSeconds),
        lotReads: reads.total, lotP50Ms: reads.p50, lotP99Ms: reads.p99, lotRequestsPerSecond: reads.perSecond, errors: reads.errors,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (databaseUrl !== undefined) await admin(`DROP DATABASE ${database}`);
  }
}

/** Random lots, 50 connections, 10 s, after the same load for 3 s unmeasured (as bench/epcis.ts warms
 * each query up): a process's first second of reads runs its code cold, at a fifth of the rate. */
async function readLots(url: string, token: string, lots: string[]): Promise<{ total: number; p50: number; p99: number; perSecond: number; errors: number }> {
  let i = 0;
  const load = (duration: number) => autocannon({
    url, connections: 50, duration,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/lots/${encodeURIComponent(lots[(i++) % lots.length]!)}` }) }],
  });
  await load(3);
  const result = await load(10);
  return { total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, perSecond: Math.round(result.requests.average), errors: result.errors + result.non2xx };
}

async function floorReads(): ReturnType<typeof readLots> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'http-floor-server.ts')], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.once('data', (chunk: Buffer) => resolve(/Server listening at (\S+)/.exec(chunk.toString())![1]!));
      child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
    });
    process.stderr.write('http benchmark: a bare Fastify process, the same reads…\n');
    return await readLots(url, 'ytb_floor', Array.from({ length: 1000 }, (_, n) => `91150200BYM8NE012H:L202401-${n}`));
  } finally {
    child.kill('SIGTERM');
  }
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
