// Provenance reads on a synthetic ledger captured through the real path: backward traces of magnet
// lots and forward traces of ore lots (the full trace: walk, edges, lots, events, registry,
// presenters) against a plain recursive-CTE walk of the same lots in the same run, and the
// attribution read behind passports (recycled content). Prints one JSON line.
//   node --import tsx bench/provenance.ts --engine sqlite|postgres --rounds 300 [--keep: leave the ledger for a closer look]
// Each round is a day: a miner extracts 40 ore lots and ships part of each to a separator, which
// separates all 40 in one run into 4 oxide lots, ships part of each to a magnet maker, which makes
// 10 magnet lots from all 4: 98 lots and 130 events a round; a magnet's ancestry is 88 lots, 4 deep.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import pg from 'pg';
import { sql } from 'kysely';
import { captureStream, CAPTURE_FORMAT, PreparePool, signDocument, type LedgerEvent } from '../src/ledger/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { recycledContent, traceBackward, traceForward } from '../src/provenance/index.ts';
import { setUpWorkloadRegistry, type WorkloadParties } from './workload.ts';

const { values } = parseArgs({ options: { engine: { type: 'string', default: 'sqlite' }, rounds: { type: 'string', default: '300' }, samples: { type: 'string', default: '300' }, keep: { type: 'boolean', default: false } } });
const engine = values.engine as 'sqlite' | 'postgres';
const rounds = Number(values.rounds);
const samples = Number(values.samples);
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const ORE = 40;
const OXIDES = 4;
const MAGNETS = 10;

async function openFresh(): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'ytterby-bench-prov-'));
    const store = await openStore({ dataDir });
    return { store, dispose: async () => { await store.close(); rmSync(dataDir, { recursive: true, force: true }); } };
  }
  const schema = 'bench_provenance';
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  const store = await openStore({ databaseUrl, postgres: { schema } });
  return {
    store,
    dispose: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

async function* documents(parties: WorkloadParties): AsyncGenerator<string> {
  const { miner, separator, magnetMaker } = parties;
  for (let r = 0; r < rounds; r += 1) {
    const t = new Date(Date.UTC(2024, 0, 1) + r * 60_000).toISOString();
    const sign = async (key: typeof miner, events: LedgerEvent[]) =>
      JSON.stringify(await signDocument({ format: CAPTURE_FORMAT, party: key.party, keyId: key.kid, createdAt: t, events }, key.privateJwk as JWK));
    const mined: LedgerEvent[] = [];
    for (let i = 0; i < ORE; i += 1) {
      mined.push({ id: `x-${r}-${i}`, kind: 'extract', time: t, facility: 'bench-mine', lot: { id: `c-${r}-${i}`, product: 'concentrate-bayan-obo', massGrams: 10_000_000, composition: { La: 1_000_000, Ce: 2_000_000, Pr: 200_000, Nd: 700_000 } } });
      mined.push({ id: `s-${r}-${i}`, kind: 'ship', time: t, lot: `c-${r}-${i}`, massGrams: 9_000_000, to: separator.party, shipmentLot: `c-${r}-${i}-s` });
    }
    yield await sign(miner, mined);
    const separated: LedgerEvent[] = [];
    for (let i = 0; i < ORE; i += 1) separated.push({ id: `r-${r}-${i}`, kind: 'receive', time: t, lot: `${miner.party}:c-${r}-${i}-s`, massGrams: 9_000_000 });
    separated.push({
      id: `p-${r}`, kind: 'process', time: t, facility: 'bench-sep',
      inputs: Array.from({ length: ORE }, (_, i) => ({ lot: `${miner.party}:c-${r}-${i}-s`, massGrams: 9_000_000 })),
      outputs: Array.from({ length: OXIDES }, (_, k) => ({ id: `o-${r}-${k}`, product: 'oxide-ndpr', massGrams: 9_000_000, composition: { Pr: 1_700_000, Nd: 6_000_000 } })),
    });
    for (let k = 0; k < OXIDES; k += 1) separated.push({ id: `s-${r}-${k}`, kind: 'ship', time: t, lot: `o-${r}-${k}`, massGrams: 8_000_000, to: magnetMaker.party, shipmentLot: `o-${r}-${k}-s` });
    yield await sign(separator, separated);
    const made: LedgerEvent[] = [];
    for (let k = 0; k < OXIDES; k += 1) made.push({ id: `r-${r}-${k}`, kind: 'receive', time: t, lot: `${separator.party}:o-${r}-${k}-s`, massGrams: 8_000_000 });
    made.push({
      id: `m-${r}`, kind: 'process', time: t, facility: 'bench-mag',
      inputs: Array.from({ length: OXIDES }, (_, k) => ({ lot: `${separator.party}:o-${r}-${k}-s`, massGrams: 8_000_000 })),
      outputs: Array.from({ length: MAGNETS }, (_, m) => ({ id: `m-${r}-${m}`, product: 'magnet-ndfeb-sintered', massGrams: 10_000_000, composition: { Pr: 600_000, Nd: 2_100_000 } })),
    });
    yield await sign(magnetMaker, made);
  }
}

function percentiles(ms: number[]): { p50: number; p99: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3));
  return { p50: at(0.5), p99: at(0.99) };
}

async function timed(ids: string[], fn: (id: string) => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const ms: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    await fn(id);
    ms.push(performance.now() - started);
  }
  return percentiles(ms);
}

/** The baseline: ancestor (or descendant) ids by the plainest recursive CTE, no depth, no bounds,
 * no details; with the same planner hint as the store's walk (src/store/lineage.ts), without which
 * SQLite scans every flow on each forward step. */
async function plainWalk(store: Store, id: string, forward: boolean): Promise<number> {
  const step = forward
    ? sql`SELECT g.lot_id FROM walk w JOIN lot_flows f ON f.lot_id = w.id AND f.direction = -1 JOIN lot_flows g ON g.seq = f.seq AND +g.direction = 1 JOIN lots c ON c.id = g.lot_id AND c.created_seq = g.seq`
    : sql`SELECT f.lot_id FROM walk w JOIN lots c ON c.id = w.id JOIN lot_flows f ON f.seq = c.created_seq AND f.direction = -1`;
  const { rows } = await sql<{ n: number }>`WITH RECURSIVE walk (id) AS (SELECT CAST(${id} AS TEXT) UNION ${step}) SELECT COUNT(*) AS n FROM walk`.execute(store.db);
  return Number(rows[0]!.n);
}

const { store, dispose } = await openFresh();
try {
  const parties = await setUpWorkloadRegistry(store);
  const texts: string[] = [];
  for await (const text of documents(parties)) texts.push(text);
  const pool = new PreparePool();
  const captureStarted = performance.now();
  let events = 0;
  for await (const result of captureStream(store, texts, pool)) events += result.events.length;
  const captureSeconds = (performance.now() - captureStarted) / 1000;
  await pool.close();
  // A ledger at rest has planner statistics (PostgreSQL's autovacuum gathers them within a minute of
  // a bulk load); without them PostgreSQL guesses a few dozen flows and scans every one.
  await sql`ANALYZE`.execute(store.db);
  const lots = Number((await store.db.selectFrom('lots').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  const pick = (make: (r: number, i: number) => string, width: number) =>
    Array.from({ length: samples }, (_, s) => make(Math.floor((s * 7919) % rounds), s % width));
  const magnets = pick((r, m) => `${parties.magnetMaker.party}:m-${r}-${m}`, MAGNETS);
  const ores = pick((r, i) => `${parties.miner.party}:c-${r}-${i}`, ORE);
  const regulator = { viewer: { role: 'regulator' as const }, limit: 1000 };
  const backwardSize = (await traceBackward(store, magnets[0]!, regulator)).lotsTotal;
  const forwardSize = (await traceForward(store, ores[0]!, regulator)).lotsTotal;
  if (backwardSize !== await plainWalk(store, magnets[0]!, false) || forwardSize !== await plainWalk(store, ores[0]!, true)) throw new Error('the trace and the plain walk disagree');
  // Warm both paths alike before timing.
  await timed(magnets.slice(0, 20), (id) => traceBackward(store, id, regulator));
  await timed(magnets.slice(0, 20), (id) => plainWalk(store, id, false));
  const backward = await timed(magnets, (id) => traceBackward(store, id, regulator));
  const backwardPlain = await timed(magnets, (id) => plainWalk(store, id, false));
  const forward = await timed(ores, (id) => traceForward(store, id, regulator));
  const forwardPlain = await timed(ores, (id) => plainWalk(store, id, true));
  const recycled = await timed(magnets, (id) => recycledContent(store, id, { viewer: { role: 'regulator' } }));
  process.stdout.write(`${JSON.stringify({
    engine, rounds, events, lots, captureSeconds: Number(captureSeconds.toFixed(2)), samples,
    backwardTraceLots: backwardSize, backwardTraceMs: backward, backwardPlainWalkMs: backwardPlain, backwardRatioP99: Number((backward.p99 / backwardPlain.p99).toFixed(2)),
    forwardTraceLots: forwardSize, forwardTraceMs: forward, forwardPlainWalkMs: forwardPlain, forwardRatioP99: Number((forward.p99 / forwardPlain.p99).toFixed(2)),
    recycledContentMs: recycled,
  })}\n`);
} finally {
  if (values.keep === true) {
    process.stderr.write(`kept the ledger: ${store.location}\n`);
    await store.close();
  }
  else await dispose();
}
