// Issue 5's bars on the generator's year (`ytterby demo`) rather than bench/provenance.ts's
// synthetic workload: the attribution read (recycled content of a magnet lot), the passport issued
// for it (JSON-LD, Digital Link, QR SVG and PNG, inclusion proof, signed checkpoint; nothing written
// to files), the full backward trace of a magnet lot against a plain recursive-CTE walk of the same
// edges, and the forward trace of each mine's yearly output (traceMineOutput) against a plain walk
// from the same roots. p50 / p99 after warm-up; prints one JSON line and a markdown table.
//
//   createdb -h 127.0.0.1 -U postgres bench5
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench5 npm run bench:provenance -- --engine postgres --scale 1.4
//   DATABASE_URL=… npm run bench:provenance -- --engine postgres --reuse        # measure again, no reload
//   npm run bench:provenance -- --engine sqlite --scale 1.4 [--data /tmp/ytterby-bench5-sqlite] [--reuse]
//
// Without --reuse the year is generated and captured into the database (which must be empty: the
// demo refuses otherwise), its ground truth written to --truth (default /tmp/ytterby-bench5-ENGINE),
// from which --reuse reads the year, seed and scale back. Keep data folders out of the repository.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { lineageIndex, openStore, type Engine, type Store } from '../src/store/index.ts';
import { runDemo, type GroundTruthFile } from '../src/sim/index.ts';
import QRCode from 'qrcode';
import { proveInclusion } from '../src/ledger/index.ts';
import { issuePassport, lotPassport, passportByLink, recycledContent, signCheckpoint, traceBackward, traceMineOutput, yearPeriod } from '../src/provenance/index.ts';
import { lotsMadeBy, mineExtractSeqs } from '../src/provenance/trace-output.ts';
import { gs1CheckDigit } from '../src/provenance/digital-link.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'postgres' },
    scale: { type: 'string', default: '1.4' },
    seed: { type: 'string', default: '1' },
    year: { type: 'string', default: '2024' },
    data: { type: 'string' },
    truth: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    samples: { type: 'string', default: '300' },
    'trace-samples': { type: 'string' },
    warmup: { type: 'string', default: '30' },
    'mine-rounds': { type: 'string', default: '1' },
    mines: { type: 'string' },
    // The plain walk from a large mine's roots takes minutes at 10⁶ lots (11 min for the largest):
    // run it in the first round only.
    'plain-forward-rounds': { type: 'string', default: '1' },
  },
});
const engine = values.engine as 'sqlite' | 'postgres';
if (engine !== 'sqlite' && engine !== 'postgres') throw new Error(`--engine takes sqlite or postgres, got ${values.engine}`);
const samples = Number(values.samples);
const warmup = Number(values.warmup);
/** Backward traces of the largest ancestries take seconds: fewer of them keep a run short. */
const traceSamples = Number(values['trace-samples'] ?? values.samples);
const mineRounds = Number(values['mine-rounds']);
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/bench5';
const dataDir = values.data ?? '/tmp/ytterby-bench5-sqlite';
const truthDir = values.truth ?? (engine === 'sqlite' ? dataDir : '/tmp/ytterby-bench5-postgres');
const REGULATOR = { role: 'regulator' } as const;
/** A GTIN per magnet maker: a Digital Link (GTIN and batch) names one lot, and makers' local lot ids repeat. */
const gtinOf = (lotId: string) => {
  const digits = `0690${String(Number.parseInt(createHash('sha256').update(lotId.slice(0, lotId.indexOf(':'))).digest('hex').slice(0, 12), 16) % 1e9).padStart(9, '0')}`;
  return `${digits}${gs1CheckDigit(digits)}`;
};

function percentiles(ms: number[]): { p50: number; p99: number; max: number; n: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(3));
  return { p50: at(0.5), p99: at(0.99), max: Number(sorted.at(-1)!.toFixed(3)), n: sorted.length };
}

async function timed<T>(items: readonly T[], fn: (item: T) => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await fn(item);
    ms.push(performance.now() - started);
  }
  return ms;
}

/** A deterministic pick of `n` of `items` (mulberry32), so reruns sample the same lots. */
function pick<T>(items: readonly T[], n: number, seed: number): T[] {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => items[Math.floor(next() * items.length)]!);
}

/** The roots as one parameter (a JSON array), so that any number of them fits one statement. */
function rootsTable(engine: Engine, ids: readonly string[]) {
  const json = JSON.stringify(ids);
  return engine === 'postgres'
    ? sql`SELECT r.value AS id FROM json_array_elements_text(CAST(${json} AS json)) AS r(value)`
    : sql`SELECT r.value AS id FROM json_each(${json}) AS r`;
}

/** The baseline of bench/provenance.ts: ancestor ids by the plainest recursive CTE, no depth, no
 * bounds, no details, only a count. */
async function plainBackward(store: Store, id: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`WITH RECURSIVE walk (id) AS (SELECT CAST(${id} AS TEXT)
    UNION SELECT f.lot_id FROM walk w JOIN lots c ON c.id = w.id JOIN lot_flows f ON f.seq = c.created_seq AND f.direction = -1)
    SELECT COUNT(*) AS n FROM walk`.execute(store.db);
  return Number(rows[0]!.n);
}

/** The same for descendants of many roots (given as found, so the roots' lookup is not timed). */
async function plainForward(store: Store, roots: readonly string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`WITH RECURSIVE walk (id) AS (SELECT CAST(roots.id AS TEXT) FROM (${rootsTable(store.engine, roots)}) AS roots
    UNION SELECT g.lot_id FROM walk w JOIN lot_flows f ON f.lot_id = w.id AND f.direction = -1 JOIN lot_flows g ON g.seq = f.seq AND +g.direction = 1
      JOIN lots c ON c.id = g.lot_id AND c.created_seq = g.seq)
    SELECT COUNT(*) AS n FROM walk`.execute(store.db);
  return Number(rows[0]!.n);
}

const count = async (store: Store, table: 'lots' | 'events') =>
  Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
// From a copy of the tree without .git (a snapshot run), say the commit in YTTERBY_COMMIT.
const commit = process.env['YTTERBY_COMMIT'] ?? (() => { try { return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim(); } catch { return 'unknown'; } })();

const loadBefore = uptime();
const store = engine === 'sqlite' ? (mkdirSync(dataDir, { recursive: true }), await openStore({ dataDir })) : await openStore({ databaseUrl });
try {
  let loadSeconds: number | undefined;
  if (!values.reuse) {
    mkdirSync(truthDir, { recursive: true });
    process.stderr.write(`loading the ${values.year} demo at scale ${values.scale} into ${store.location}…\n`);
    const summary = await runDemo(store, { year: Number(values.year), seed: Number(values.seed), scale: Number(values.scale), groundTruthDir: truthDir });
    loadSeconds = summary.seconds;
  }
  const truthFile = join(truthDir, 'ground-truth.json');
  const generator = existsSync(truthFile)
    ? (JSON.parse(readFileSync(truthFile, 'utf8')) as GroundTruthFile).generator
    : { year: Number(values.year), seed: Number(values.seed), scale: Number(values.scale) };
  const lots = await count(store, 'lots');
  const events = await count(store, 'events');
  if (lots === 0) throw new Error(`${store.location} holds no lots: run without --reuse to load the demo`);
  // A ledger at rest has planner statistics (autovacuum gathers them after a bulk load).
  await sql`ANALYZE`.execute(store.db);

  const magnetIds = (await store.db.selectFrom('lots').select('id').where('product', '=', 'magnet-ndfeb-sintered').where('status', '<>', 'void').orderBy('id').execute()).map((r) => r.id);
  // In id order, so every run and both engines sample the same magnets.
  const magnets = pick(magnetIds, samples, 5);
  const warm = pick(magnetIds, warmup, 7);

  // Attribution read: the recycled content (origin attribution) of a magnet lot.
  await timed(warm, (id) => recycledContent(store, id, { viewer: REGULATOR }));
  const attribution = percentiles(await timed(magnets, (id) => recycledContent(store, id, { viewer: REGULATOR })));
  process.stderr.write(`attribution read: ${JSON.stringify(attribution)}\n`);

  // Passport issue (issuePassport: build, sign, prove, draw the QR code, keep), then the passport
  // read, as the API serves it: the kept passport by its lot (the maker's and the supervisors' read)
  // and by its Digital Link (the public read a QR code leads to).
  await timed(warm, (id) => issuePassport(store, id, { viewer: REGULATOR, gtin: gtinOf(id) }));
  const passport = percentiles(await timed(magnets, (id) => issuePassport(store, id, { viewer: REGULATOR, gtin: gtinOf(id) })));
  process.stderr.write(`passport issue: ${JSON.stringify(passport)}\n`);
  const passportRead = percentiles(await timed(magnets, (id) => lotPassport(store, id, { viewer: REGULATOR })));
  const batchOf = (id: string) => id.slice(id.indexOf(':') + 1);
  const passportPublicRead = percentiles(await timed(magnets, (id) => passportByLink(store, gtinOf(id), batchOf(id))));
  process.stderr.write(`passport read: by lot ${JSON.stringify(passportRead)}, by Digital Link ${JSON.stringify(passportPublicRead)}\n`);
  // Where a passport's time goes: the signed checkpoint (the log's root at its size), the inclusion
  // proof, and the QR code (SVG and PNG) of its Digital Link.
  const partSamples = magnets.slice(0, 50);
  const madeAt = new Map((await store.db.selectFrom('lots').select(['id', 'created_seq']).where('id', 'in', [...new Set(partSamples)]).execute()).map((r) => [r.id, Number(r.created_seq)]));
  const checkpointPart = percentiles(await timed(partSamples, () => signCheckpoint(store)));
  const proofPart = percentiles(await timed(partSamples, (id) => proveInclusion(store, madeAt.get(id)!, events)));
  const link = (id: string) => `https://id.ytterby.example/01/${gtinOf(id)}/10/${id.slice(id.indexOf(':') + 1)}`;
  const qrPart = percentiles(await timed(partSamples, (id) => QRCode.toString(link(id), { type: 'svg', errorCorrectionLevel: 'M', margin: 4 })));
  process.stderr.write(`passport parts: checkpoint ${JSON.stringify(checkpointPart)}, inclusion proof ${JSON.stringify(proofPart)}, QR SVG ${JSON.stringify(qrPart)}\n`);

  // The in-memory lineage the traces walk, built from the whole log as a server does when it starts.
  const indexStarted = performance.now();
  await lineageIndex(store.db);
  const lineageBuildSeconds = Number(((performance.now() - indexStarted) / 1000).toFixed(2));
  const heapMiB = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  process.stderr.write(`lineage index: built in ${lineageBuildSeconds} s, heap ${heapMiB} MiB\n`);

  // Full backward trace of a magnet (a page of up to 1,000 lots, as in bench/provenance.ts) and the plain walk.
  const sizes: number[] = [];
  let cut = 0;
  const traced = magnets.slice(0, traceSamples);
  const warmTraced = warm.slice(0, Math.min(warm.length, Math.max(5, Math.ceil(traceSamples / 10))));
  for (const id of traced.slice(0, 2)) {
    const trace = await traceBackward(store, id, { viewer: REGULATOR, limit: 1000 });
    const plain = await plainBackward(store, id);
    if (trace.complete && trace.lotsTotal !== plain) throw new Error(`backward trace of ${id}: ${trace.lotsTotal} lots (complete ${trace.complete}), plain walk ${plain}`);
  }
  await timed(warmTraced, (id) => traceBackward(store, id, { viewer: REGULATOR, limit: 1000 }));
  await timed(warmTraced, (id) => plainBackward(store, id));
  const backwardMs = await timed(traced, async (id) => {
    const trace = await traceBackward(store, id, { viewer: REGULATOR, limit: 1000 });
    sizes.push(trace.lotsTotal);
    if (!trace.complete) cut += 1;
  });
  const backward = percentiles(backwardMs);
  // The API's default page (200 lots): the same walk, fewer lots, edges and events to read.
  const backwardDefaultPage = percentiles(await timed(traced, (id) => traceBackward(store, id, { viewer: REGULATOR })));
  const backwardPlain = percentiles(await timed(traced, (id) => plainBackward(store, id)));
  const sortedSizes = [...sizes].sort((a, b) => a - b);
  process.stderr.write(`backward trace: page of 1,000 ${JSON.stringify(backward)}, page of 200 ${JSON.stringify(backwardDefaultPage)}, plain walk ${JSON.stringify(backwardPlain)}, lots p50 ${sortedSizes[Math.floor(sortedSizes.length / 2)]} max ${sortedSizes.at(-1)}, ${cut} cut\n`);

  // Forward trace of each mine's yearly output (largest first), timed with the plain walk from the
  // same roots, --mine-rounds times over the mines, after one untimed trace of the largest.
  const { from, to } = yearPeriod(generator.year);
  const mineRows = await store.db.selectFrom('facilities').select(['id', 'party_id']).where('kind', '=', 'mine').orderBy('id').execute();
  const mines: { id: string; roots: string[]; lots: number; walkCut: boolean; plainLots: number }[] = [];
  for (const mine of mineRows) {
    const roots = await lotsMadeBy(store.db, await mineExtractSeqs(store, mine.party_id, mine.id, Date.parse(from), Date.parse(to)));
    if (roots.length > 0) mines.push({ id: mine.id, roots, lots: 0, walkCut: false, plainLots: 0 });
  }
  mines.sort((a, b) => b.roots.length - a.roots.length);
  if (values.mines !== undefined) mines.splice(Number(values.mines));
  await traceMineOutput(store, { facility: mines[0]!.id, from, to }, { viewer: REGULATOR, limit: 1000 });
  const forwardMs: number[] = [];
  const forwardPlainMs: number[] = [];
  const perMine = new Map(mines.map((m) => [m.id, [] as number[]]));
  for (let round = 0; round < mineRounds; round += 1) {
    for (const mine of mines) {
      let started = performance.now();
      const trace = await traceMineOutput(store, { facility: mine.id, from, to }, { viewer: REGULATOR, limit: 1000 });
      const ms = performance.now() - started;
      if (trace.rootsTotal !== mine.roots.length) throw new Error(`forward trace of ${mine.id}: ${trace.rootsTotal} roots, found ${mine.roots.length}`);
      Object.assign(mine, { lots: trace.lotsTotal, walkCut: !trace.complete });
      forwardMs.push(ms);
      perMine.get(mine.id)!.push(ms);
      if (round >= Number(values['plain-forward-rounds'])) {
        process.stderr.write(`mine ${mine.id}: ${mine.roots.length} roots, trace ${ms.toFixed(0)} ms (${trace.lotsTotal} lots${trace.complete ? '' : ', walk cut'})\n`);
        continue;
      }
      started = performance.now();
      const plain = await plainForward(store, mine.roots);
      const plainMs = performance.now() - started;
      if (trace.complete && trace.lotsTotal !== plain) throw new Error(`forward trace of ${mine.id}: ${trace.lotsTotal} lots, plain walk ${plain}`);
      mine.plainLots = plain;
      forwardPlainMs.push(plainMs);
      process.stderr.write(`mine ${mine.id}: ${mine.roots.length} roots, trace ${ms.toFixed(0)} ms (${trace.lotsTotal} lots${trace.complete ? '' : ', walk cut'}), plain walk ${plainMs.toFixed(0)} ms (${plain} lots)\n`);
    }
  }
  const forward = percentiles(forwardMs);
  const forwardPlain = forwardPlainMs.length === 0 ? { p50: NaN, p99: NaN, max: NaN, n: 0 } : percentiles(forwardPlainMs);
  const largest = mines[0]!;
  const largestMs = percentiles(perMine.get(largest.id)!);

  const loadAfter = uptime();
  const result = {
    date: new Date().toISOString(), commit, engine, location: engine === 'sqlite' ? dataDir : databaseUrl.replace(/\/\/[^@]*@/, '//'),
    generator, lots, events, loadSeconds, samples, traceSamples, warmup, loadBefore, loadAfter,
    attributionReadMs: attribution, passportReadMs: passportRead, passportPublicReadMs: passportPublicRead, passportIssueMs: passport, passportPartsMs: { checkpoint: checkpointPart, inclusionProof: proofPart, qrSvg: qrPart },
    lineageIndex: { buildSeconds: lineageBuildSeconds, heapMiB },
    backwardTrace: { lotsP50: sortedSizes[Math.floor(sortedSizes.length / 2)], lotsP99: sortedSizes[Math.min(sortedSizes.length - 1, Math.floor(sortedSizes.length * 0.99))], lotsMax: sortedSizes.at(-1), walkCut: cut, ms: backward, defaultPageMs: backwardDefaultPage, plainWalkMs: backwardPlain, ratioP99: Number((backward.p99 / backwardPlain.p99).toFixed(2)) },
    mineOutputForwardTrace: {
      mines: mines.map((m) => ({ facility: m.id, roots: m.roots.length, lots: m.lots, walkCut: m.walkCut, plainWalkLots: m.plainLots, ms: perMine.get(m.id) })), rounds: mineRounds,
      ms: forward, plainWalkMs: forwardPlain, ratioP99: Number((forward.p99 / forwardPlain.p99).toFixed(2)), largestMine: { facility: largest.id, ms: largestMs },
    },
  };
  process.stdout.write(`${JSON.stringify(result)}\n\n`);
  const f = (p: { p50: number; p99: number }) => `${p.p50} / ${p.p99} ms`;
  const met = (p99: number, bar: number) => (p99 < bar ? 'met' : '**not met**');
  process.stdout.write([
    `${result.date.slice(0, 10)}, commit ${commit}, ${engine}, demo ${generator.year} seed ${generator.seed} scale ${generator.scale}: ${lots.toLocaleString('en-US')} lots, ${events.toLocaleString('en-US')} events; load before: ${loadBefore}; after: ${loadAfter}`,
    '',
    '| measure | p50 / p99 | plain CTE walk p50 / p99 | ratio at p99 | bar |',
    '|---|---|---|---|---|',
    `| attribution read (recycled content of a magnet lot) | ${f(attribution)} | | | < 5 ms: ${met(attribution.p99, 5)} |`,
    `| passport read, by lot / by Digital Link (public) | ${f(passportRead)} / ${f(passportPublicRead)} | | | < 5 ms: ${met(Math.max(passportRead.p99, passportPublicRead.p99), 5)} |`,
    `| passport issue (JSON-LD, QR SVG, proof, checkpoint, kept) | ${f(passport)} | | | |`,
    `| of which: signed checkpoint / inclusion proof / QR SVG | ${f(checkpointPart)} / ${f(proofPart)} / ${f(qrPart)} | | | |`,
    `| lineage index built from the whole log (once, at start) | ${lineageBuildSeconds} s, heap ${heapMiB} MiB after | | | |`,
    `| backward trace of a magnet lot, page of 1,000 (${result.backwardTrace.lotsP50} lots at p50, ${result.backwardTrace.lotsP99} at p99, ${result.backwardTrace.lotsMax} at most; ${cut} of ${traced.length} walks cut at the bound) | ${f(backward)} | ${f(backwardPlain)} | ${result.backwardTrace.ratioP99} | < 50 ms: ${met(backward.p99, 50)} |`,
    `| the same, the API's default page of 200 | ${f(backwardDefaultPage)} | | ${Number((backwardDefaultPage.p99 / backwardPlain.p99).toFixed(3))} | < 50 ms: ${met(backwardDefaultPage.p99, 50)} |`,
    `| forward trace of a mine's yearly output (${mines.length} mines × ${mineRounds}; largest ${largest.id}: ${largest.roots.length} lots extracted, ${largest.lots} reached${largest.walkCut ? ', walk cut' : ''}) | ${f(forward)} | ${f(forwardPlain)} | ${result.mineOutputForwardTrace.ratioP99} | < 2 s: ${met(forward.p99, 2000)} |`,
    '',
  ].join('\n'));
} finally {
  await store.close();
}
