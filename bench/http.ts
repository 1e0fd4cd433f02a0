// The HTTP API's bars, with the load from this process and the server in another: capture over
// HTTP of documents of 1,000 events (≥ 20,000 events/s on SQLite, ≥ 15,000 on PostgreSQL), and
// GET /api/lots/{id} under 50 concurrent connections (p99 < 10 ms), with first the same reads of a
// bare Fastify process (bench/http-floor-server.ts) as the machine's floor.
// The reads are measured with wrk (C; `apt-get install wrk`) when it is installed, and with
// autocannon (Node, in this process) always: on two cores the load generator's own CPU is taken
// from the server, and autocannon takes about twice wrk's a request (43 against 20 µs measured
// here), so both figures are printed.
//   node --import tsx bench/http.ts                        both engines, 102,000 events each
//   node --import tsx bench/http.ts --engine sqlite --events 30000
import { execFile, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { openStore } from '../src/store/index.ts';
import { createToken } from '../src/server/tokens.ts';
import { adminQuery, benchDatabaseUrl, startServeProcess } from './serve-process.ts';
import { setUpWorkloadRegistry, workloadDocuments } from './workload.ts';

const { values } = parseArgs({ options: { engine: { type: 'string' }, events: { type: 'string', default: '102000' }, clients: { type: 'string', default: '4' } } });

interface ReadFigures {
  total: number;
  p50: number;
  p99: number;
  perSecond: number;
  errors: number;
}

/** The same reads measured by each load generator at hand, wrk first (when installed). */
type ReadsByTool = [tool: string, figures: ReadFigures][];

interface HttpFigures {
  engine: string;
  clients: number;
  events: number;
  captureSeconds: number;
  captureEventsPerSecond: number;
  reads: ReadsByTool;
}

const wrkInstalled = hasWrk();
if (!wrkInstalled) process.stderr.write('http benchmark: wrk is not installed (apt-get install wrk): the reads are measured with autocannon only, whose own CPU takes much of what the server would have\n');
const floor = await floorReads();
process.stdout.write('\nbare Fastify, the same reads (50 connections, 10 s):\n');
for (const [tool, f] of floor) process.stdout.write(`  ${tool}: ${f.total.toLocaleString('en')} reads, p50 / p99 ${f.p50} / ${f.p99} ms, ${f.perSecond.toLocaleString('en')} reads/s, ${f.errors} errors\n`);
const results: HttpFigures[] = [];
for (const engine of values.engine === undefined ? ['sqlite', 'postgres'] : [values.engine]) results.push(await runOnce(engine, Number(values.events), Number(values.clients)));
process.stdout.write('\n| engine | clients | events | capture s | capture events/s | load generator | GET /api/lots/{id} (50 connections): reads, p50 / p99 | reads/s | errors |\n|---|---|---|---|---|---|---|---|---|\n');
for (const r of results) {
  r.reads.forEach(([tool, f], i) => {
    const capture = i === 0 ? `${r.engine} | ${r.clients} | ${r.events.toLocaleString('en')} | ${r.captureSeconds} | ${r.captureEventsPerSecond.toLocaleString('en')}` : ' | | | |';
    process.stdout.write(`| ${capture} | ${tool} | ${f.total.toLocaleString('en')}, ${f.p50} / ${f.p99} ms | ${f.perSecond.toLocaleString('en')} | ${f.errors} |\n`);
  });
}

/** `clients` enterprises' chains record at once, each its documents in order, as the server sees
 * many enterprises reporting together; each chain's documents build on its own earlier ones. */
async function runOnce(engine: string, eventsTotal: number, clients: number): Promise<HttpFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'ytterby-bench-http-'));
  const database = `bench_http_${randomBytes(4).toString('hex')}`;
  const databaseUrl = engine === 'postgres' ? benchDatabaseUrl(database) : undefined;
  if (databaseUrl !== undefined) await adminQuery(`CREATE DATABASE ${database}`);
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
        engine, clients, events, captureSeconds: round(captureSeconds), captureEventsPerSecond: Math.round(events / captureSeconds), reads,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (databaseUrl !== undefined) await adminQuery(`DROP DATABASE ${database}`);
  }
}

/** Random lots, 50 connections, 10 s, by wrk (when installed) and then by autocannon, each after the
 * same load for 3 s unmeasured (as bench/epcis.ts warms each query up): a process's first second of
 * reads runs its code cold, at a fifth of the rate. */
async function readLots(url: string, token: string, lots: string[]): Promise<ReadsByTool> {
  const reads: ReadsByTool = [];
  if (wrkInstalled) {
    const script = join(mkdtempSync(join(tmpdir(), 'ytterby-bench-wrk-')), 'lots.lua');
    writeFileSync(script, wrkScript(token, lots));
    try {
      await wrk(url, script, 3);
      reads.push(['wrk', await wrk(url, script, 10)]);
    } finally {
      rmSync(dirname(script), { recursive: true, force: true });
    }
  }
  let i = 0;
  const load = (duration: number) => autocannon({
    url, connections: 50, duration,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `/api/lots/${encodeURIComponent(lots[(i++) % lots.length]!)}` }) }],
  });
  await load(3);
  const result = await load(10);
  reads.push(['autocannon', { total: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, perSecond: Math.round(result.requests.average), errors: result.errors + result.non2xx }]);
  return reads;
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version prints its version and exits 1; only a missing binary fails to spawn.
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

/** wrk's Lua: the lots in turn over all connections (as autocannon asks them), the token, and
 * at the end one line of JSON with wrk's own latency percentiles (µs) and error counts. */
function wrkScript(token: string, lots: string[]): string {
  const paths = lots.map((id) => JSON.stringify(`/api/lots/${encodeURIComponent(id)}`)).join(',\n');
  return `local paths = {
${paths}
}
local i = 0
wrk.headers["Authorization"] = ${JSON.stringify(`Bearer ${token}`)}
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"total":%d,"us":%d,"p50":%d,"p99":%d,"errors":%d}\\n', summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.status + e.timeout))
end
`;
}

/** One wrk run of `seconds` on one thread (the cheapest load it can give 50 connections). */
async function wrk(url: string, script: string, seconds: number): Promise<ReadFigures> {
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile('wrk', ['-t1', '-c50', `-d${seconds}s`, '--timeout', '5s', '-s', script, url], (error, out) => (error === null ? resolve(out) : reject(error)));
  });
  const line = stdout.split('\n').find((l) => l.startsWith('{"total"'));
  if (line === undefined) throw new Error(`wrk printed no figures:\n${stdout}`);
  const f = JSON.parse(line) as { total: number; us: number; p50: number; p99: number; errors: number };
  return { total: f.total, p50: round(f.p50 / 1000), p99: round(f.p99 / 1000), perSecond: Math.round(f.total / (f.us / 1e6)), errors: f.errors };
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

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
