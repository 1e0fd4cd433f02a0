import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ELEMENT_SYMBOLS, reoGrams, type Composition } from '../domain/index.ts';
import { verifyLedger } from '../ledger/index.ts';
import { checkAttribution } from '../provenance/index.ts';
import { InputRefused } from '../problems.ts';
import type { Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { publicFiguresOf } from './figures.ts';
import { VIOLATION_CLASSES } from './ground-truth.ts';
import { buildIndustry } from './industry.ts';
import { Random } from './random.ts';
import { demoOptionsProblem, runDemo, type DemoSummary, type GroundTruthFile } from './run-demo.ts';
import { YearSimulation } from './simulate.ts';

const SMALL = { year: 2024, seed: 7, scale: 0.01 } as const;

describe('ytterby demo at scale 0.01', () => {
  let sqlite: TestStore;
  let summary: DemoSummary;
  let truth: GroundTruthFile;
  let truthDir: string;

  before(async () => {
    sqlite = await makeTestStore('sqlite');
    truthDir = mkdtempSync(join(tmpdir(), 'ytterby-truth-'));
    summary = await runDemo(sqlite.store, { ...SMALL, groundTruthDir: truthDir });
    truth = JSON.parse(readFileSync(join(truthDir, 'ground-truth.json'), 'utf8')) as GroundTruthFile;
  });
  after(async () => {
    await sqlite.cleanup();
    rmSync(truthDir, { recursive: true, force: true });
  });

  test('records a whole, verifiable ledger', async () => {
    assert.ok(summary.events > 10_000, `${summary.events} events`);
    assert.equal(summary.treeSize, summary.events);
    const report = await verifyLedger(sqlite.store);
    assert.equal(report.ok, true);
    assert.equal(report.root, summary.root);
  });

  test('every violation class is in the ground truth, with parties, a month of the year and evidence', () => {
    for (const cls of VIOLATION_CLASSES) assert.ok(summary.violations[cls] > 0, `no ${cls} in the ground truth`);
    for (const v of truth.violations) {
      assert.match(v.month, /^2024-(0[1-9]|1[0-2])$/);
      assert.ok(v.parties.length > 0, `${v.id} names no party`);
      assert.ok(Object.keys(v.evidence).length > 0, `${v.id} has no evidence`);
    }
    assert.equal(truth.generator.root, summary.root);
  });

  test('the double spends were refused, and the ground truth says why', () => {
    const attempts = truth.violations.filter((v) => v.class === 'double-spend');
    assert.equal(attempts.length, 3);
    for (const attempt of attempts) {
      assert.equal(attempt.refused, true);
      assert.match(attempt.refusal ?? '', /g left/);
    }
  });

  test('elements are conserved: what entered is in stock, exported, delivered to final users, disposed, short-received or the unbalanced smelter lost it', async () => {
    const flows = await flowsByKind(sqlite.store);
    const remaining = await remainingElements(sqlite.store);
    const loss: Composition = {};
    for (const element of ELEMENT_SYMBOLS) {
      const entered = ['extract', 'import', 'collect'].reduce((s, kind) => s + (flows.get(`${kind}:1`)?.[element] ?? 0), 0);
      const left = ['export', 'deliver', 'dispose', 'receive'].reduce((s, kind) => s + (flows.get(`${kind}:-1`)?.[element] ?? 0), 0);
      const processed = (flows.get('process:-1')?.[element] ?? 0) - (flows.get('process:1')?.[element] ?? 0);
      assert.ok(processed >= 0, `${element}: processing made ${-processed} g from nothing`);
      assert.equal(entered - left - processed, remaining[element] ?? 0, `${element} does not balance`);
      if (processed > 0) loss[element] = processed;
    }
    const unbalanced = truth.violations.filter((v) => v.class === 'unbalanced-period');
    const declared = unbalanced.reduce((s, v) => s + (v.evidence['unaccountedTonnesReo'] as number), 0);
    assert.ok(Math.abs(reoGrams(loss) / 1e6 - declared) < 0.01, `lost ${reoGrams(loss) / 1e6} t REO in processing, ground truth says ${declared}`);
  });

  test('every lot of the year carries an origin attribution that adds up to its elements', async () => {
    const check = await checkAttribution(sqlite.store);
    assert.equal(check.problemCount, 0, JSON.stringify(check.problems.slice(0, 3)));
    assert.equal(check.legacy, 0);
    assert.ok(check.exact > 0.9 * check.lots, `${check.exact} of ${check.lots} lots exact`);
  });

  test('the same seed and scale give the same ledger on every engine', async () => {
    for (const engine of engines()) {
      const again = await makeTestStore(engine);
      try {
        const second = await runDemo(again.store, SMALL);
        assert.equal(second.root, summary.root, `${engine}: a second run gave another root`);
        assert.equal(second.events, summary.events);
      } finally {
        await again.cleanup();
      }
    }
  });

  test('refuses a ledger that is not empty, changing nothing', async () => {
    await assert.rejects(runDemo(sqlite.store, SMALL), (error: unknown) => error instanceof InputRefused && /not empty/.test(error.message));
    const report = await verifyLedger(sqlite.store);
    assert.equal(report.events, summary.events);
  });
});

describe('demo options', () => {
  test('name what is wrong with a year, a seed or a scale', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    assert.equal(demoOptionsProblem({ year: 2024, seed: 1, scale: 1 }, now), null);
    assert.match(demoOptionsProblem({ year: 2026, seed: 1, scale: 1 }, now) ?? '', /--year must be a whole year from 2001 to 2025/);
    assert.match(demoOptionsProblem({ year: 2024.5, seed: 1, scale: 1 }, now) ?? '', /--year/);
    assert.match(demoOptionsProblem({ year: 2024, seed: -1, scale: 1 }, now) ?? '', /--seed must be a non-negative integer/);
    assert.match(demoOptionsProblem({ year: 2024, seed: 1, scale: 0 }, now) ?? '', /--scale must be a number from 0.001 to 100/);
    assert.match(demoOptionsProblem({ year: 2024, seed: 1, scale: Number.NaN }, now) ?? '', /--scale/);
  });

  test('invalid options record nothing', async () => {
    const test = await makeTestStore('sqlite');
    try {
      await assert.rejects(runDemo(test.store, { year: 2024, seed: 1, scale: 1000 }), InputRefused);
      assert.equal((await verifyLedger(test.store)).events, 0);
    } finally {
      await test.cleanup();
    }
  });
});

describe('the year at scale 1 matches the national figures within ±15 %', () => {
  test('quota use, magnets, magnet exports, recycling and where recyclers are', () => {
    const { figures } = publicFiguresOf(2024);
    const random = new Random('ytterby-demo:1:2024:1');
    const industry = buildIndustry(2024, figures, 1, random.fork('industry'), 'ytterby-demo:1');
    const simulation = new YearSimulation(industry, { year: 2024, scale: 1, figures }, random.fork('year'));
    for (const document of simulation.documents()) assert.ok(document.events.length > 0);
    const stages = simulation.tally.stages();
    const within = (name: string, value: number, target: number) =>
      assert.ok(Math.abs(value / target - 1) <= 0.15, `${name}: ${Math.round(value)} against ${target} (${Math.round((value / target - 1) * 100)} %)`);
    within('mining, t REO', stages['extracted-rock'].tonnesReo + stages['extracted-ionic'].tonnesReo, figures.miningQuotaTonnesReo);
    within('NdFeB output, t', stages.magnet.tonnes, figures.ndfebOutputTonnes);
    within('magnet exports, t', stages['exported-magnet'].tonnes, figures.magnetExportTonnes);
    within('REO recovered from NdFeB scrap, t', stages['recycled-pre-consumer'].tonnesReo + stages['recycled-post-consumer'].tonnesReo, figures.recycledReoTonnes);
    assert.equal(industry.byRole.get('recycler')!.length, figures.recyclers);
    const byProvince = simulation.tally.recycledByProvince;
    const total = [...byProvince.values()].reduce((s, v) => s + v, 0);
    const share = (code: string) => (byProvince.get(code) ?? 0) / total;
    assert.ok(Math.abs(share('360000') - 0.64) < 0.1, `Jiangxi ${share('360000')}`);
    assert.ok(Math.abs(share('370000') - 0.15) < 0.06, `Shandong ${share('370000')}`);
    assert.ok(Math.abs(share('320000') - 0.11) < 0.06, `Jiangsu ${share('320000')}`);
    for (const separator of industry.byRole.get('separator')!) assert.ok((separator.quotaTonnesReo ?? 0) >= 2_000, `separator quota ${separator.quotaTonnesReo} t REO`);
  });
});

async function flowsByKind(store: Store): Promise<Map<string, Composition>> {
  const rows = await store.db
    .selectFrom('lot_flows')
    .innerJoin('events', 'events.seq', 'lot_flows.seq')
    .select(['events.kind as kind', 'lot_flows.direction as direction', 'lot_flows.elements as elements'])
    .execute();
  const sums = new Map<string, Composition>();
  for (const row of rows) {
    const key = `${row.kind}:${row.direction}`;
    const sum = sums.get(key) ?? {};
    for (const [element, grams] of Object.entries(JSON.parse(row.elements) as Record<string, number>)) {
      sum[element as keyof Composition] = (sum[element as keyof Composition] ?? 0) + grams;
    }
    sums.set(key, sum);
  }
  return sums;
}

async function remainingElements(store: Store): Promise<Composition> {
  const rows = await store.db.selectFrom('lots').select('elements').execute();
  const sum: Composition = {};
  for (const row of rows) {
    for (const [element, grams] of Object.entries(JSON.parse(row.elements) as Record<string, number>)) {
      sum[element as keyof Composition] = (sum[element as keyof Composition] ?? 0) + grams;
    }
  }
  return sum;
}
