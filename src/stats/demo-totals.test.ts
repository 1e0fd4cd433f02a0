// The figures of a generated year against the generator's own tallies (src/sim/tally.ts), which
// count what it generated as it went, apart from the ledger: two sets of books that must agree.
// And the statistics against the ledger's own lots: each element's flows close on what the lots
// still hold, and every figure stays inside its definition's range.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { runDemo, type DemoSummary, type GroundTruthFile } from '../sim/index.ts';
import type { Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { categoryOf, isMaterial, isSeparated } from './classify.ts';
import { deepProcessing, drillDown, exportsOf, production, recycling, refreshStats, stocks, sumFacts, type FigureKey, type StatsFilter } from './index.ts';
import { ELEMENT_SYMBOLS } from '../domain/elements.ts';
import { buildAnnualReport } from './annual-report.ts';
import { renderReportHtml } from './render-html.ts';

// CI reconciles seed 1 at a small scale; issue 26's bar is seeds 1–3, which `npm run bench:reconcile`
// runs through these same tests with YTTERBY_RECONCILE_SEED and YTTERBY_RECONCILE_SCALE.
const SEED = Number(process.env['YTTERBY_RECONCILE_SEED'] ?? 1);
const SCALE = Number(process.env['YTTERBY_RECONCILE_SCALE'] ?? 0.02);
const YEAR: StatsFilter = { from: '2024-01', to: '2024-12' };
const TONNE = 1_000_000;

for (const engine of engines()) {
  describe(`statistics of a demo year (seed ${SEED}, scale ${SCALE}) on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let summary: DemoSummary;
    /** The recycler that bought and processed a miner's concentrate (a labelled violation). */
    let mineralRecycler: string;
    before(async () => {
      t = await makeTestStore(engine);
      store = t.store;
      const truthDir = mkdtempSync(join(tmpdir(), 'ytterby-stats-truth-'));
      try {
        summary = await runDemo(store, { year: 2024, seed: SEED, scale: SCALE, groundTruthDir: truthDir });
        const truth = JSON.parse(readFileSync(join(truthDir, 'ground-truth.json'), 'utf8')) as GroundTruthFile;
        mineralRecycler = truth.violations.find((v) => v.class === 'recycler-buys-mineral')!.parties[1]!;
      } finally {
        rmSync(truthDir, { recursive: true, force: true });
      }
      await refreshStats(store);
    });
    after(async () => t.cleanup());

    /** Tonnes agree to the kilogram the tally rounds to; REO to the kilogram where both sum the
     * same lots, within 0.1 % where the tally rounds a batch's total instead of each lot's. */
    function agrees(stage: keyof DemoSummary['stages'], massGrams: number, reoGrams: number | undefined, reoTolerance = 0.001): void {
      const tally = summary.stages[stage];
      assert.ok(Math.abs(massGrams / TONNE - tally.tonnes) <= 0.0015, `${stage}: ${massGrams / TONNE} t in the ledger, ${tally.tonnes} t in the tally`);
      if (reoGrams !== undefined) {
        assert.ok(Math.abs(reoGrams / TONNE - tally.tonnesReo) <= Math.max(0.0015, tally.tonnesReo * reoTolerance), `${stage}: ${reoGrams / TONNE} t REO in the ledger, ${tally.tonnesReo} in the tally`);
      }
    }

    test('production per stage agrees with the tallies', async () => {
      const facts = await sumFacts(store.db, YEAR, { measures: ['extracted', 'made', 'imported', 'collected', 'exported', 'disposed'], groupBy: ['measure', 'activity', 'product', 'party_id'] });
      const total = (predicate: (f: (typeof facts)[number]) => boolean) => facts.filter(predicate).reduce((s, f) => ({ mass: s.mass + f.massGrams, reo: s.reo + f.reoGrams }), { mass: 0, reo: 0 });
      const rock = total((f) => f.measure === 'extracted' && f.activity === 'rock');
      agrees('extracted-rock', rock.mass, rock.reo, 0);
      const ionic = total((f) => f.measure === 'extracted' && f.activity === 'ionic');
      agrees('extracted-ionic', ionic.mass, ionic.reo, 0);
      const concentrate = total((f) => f.measure === 'made' && f.activity === 'beneficiation' && categoryOf(f.product) === 'concentrate');
      agrees('concentrate', concentrate.mass, concentrate.reo, 0);
      const imported = total((f) => f.measure === 'imported');
      agrees('imported', imported.mass, imported.reo, 0);
      const { stages } = await production(store.db, YEAR);
      const stage = (name: string) => stages.find((s) => s.stage === name)!;
      // The generator counts what a recycler made of a miner's concentrate as recycled; the figures
      // count any process fed with mineral products as separation, whoever runs it.
      const mineralBatch = total((f) => f.party_id === mineralRecycler && f.measure === 'made' && f.activity === 'separation' && isSeparated(f.product));
      assert.ok(mineralBatch.mass > 0, 'the recycler separated the concentrate it bought');
      agrees('separated', stage('separation').massGrams - mineralBatch.mass, stage('separation').reoGrams - mineralBatch.reo, 0);
      agrees('metal', stage('metal').massGrams, stage('metal').reoGrams);
      const magnets = total((f) => f.measure === 'made' && f.activity === 'material' && categoryOf(f.product) === 'magnet');
      agrees('magnet', magnets.mass, magnets.reo);
      // The tally counts other materials' REO as what went in, so only their tonnes compare.
      const otherMaterials = total((f) => f.measure === 'made' && f.activity === 'material' && isMaterial(f.product) && categoryOf(f.product) !== 'magnet');
      agrees('material', otherMaterials.mass, undefined);
      agrees('recycled', stage('recycling').massGrams + mineralBatch.mass, stage('recycling').reoGrams + mineralBatch.reo, 0);
      const disposed = total((f) => f.measure === 'disposed');
      agrees('disposed', disposed.mass, disposed.reo, 0);
    });

    test('recycling intake and exports agree with the tallies', async () => {
      const r = await recycling(store.db, YEAR);
      const collected = r.collected.reduce((s, c) => ({ mass: s.mass + c.amount.massGrams, reo: s.reo + c.amount.reoGrams }), { mass: 0, reo: 0 });
      agrees('collected', collected.mass, collected.reo, 0);
      const x = await exportsOf(store.db, YEAR);
      const magnets = x.byCategory.find((c) => c.label === 'magnet')!;
      agrees('exported-magnet', magnets.massGrams, magnets.reoGrams, 0);
      agrees('exported-other', x.total.massGrams - magnets.massGrams, x.total.reoGrams - magnets.reoGrams, 0);
      assert.ok(x.controlled.massGrams > 0 && x.controlled.massGrams < x.total.massGrams, 'oxides under licence, magnets not (2024)');
    });

    test('what was delivered to final users agrees with the tally, and is nobody\'s stock', async () => {
      const [delivered] = await sumFacts(store.db, YEAR, { measures: ['delivered'], groupBy: ['measure'] });
      assert.ok(delivered !== undefined && delivered.massGrams > 0, 'the demo delivers its materials');
      agrees('delivered', delivered.massGrams, delivered.reoGrams, 0);
      const held = await stocks(store.db, YEAR);
      const lots = await store.db.selectFrom('lots').select(['mass_grams_remaining']).where('status', '=', 'active').execute();
      assert.equal(held.held.massGrams, lots.reduce((sum, l) => sum + Number(l.mass_grams_remaining), 0));
    });

    test('each element\'s flows in the figures close on what the ledger\'s lots still hold, within 0.1 %', async () => {
      const facts = await sumFacts(store.db, { from: '2024-01', to: '2025-12' }, { measures: ['extracted', 'imported', 'collected', 'adjusted-in', 'made', 'consumed', 'exported', 'delivered', 'disposed', 'adjusted-out', 'lost'], groupBy: ['measure'], elements: true });
      const sign: Record<string, number> = { extracted: 1, imported: 1, collected: 1, 'adjusted-in': 1, made: 1, consumed: -1, exported: -1, delivered: -1, disposed: -1, 'adjusted-out': -1, lost: -1 };
      const rows = await store.db.selectFrom('lots').select(['elements', 'mass_grams', 'mass_grams_remaining']).where('status', 'in', ['active', 'in_transit']).execute();
      for (const element of ELEMENT_SYMBOLS) {
        const sources = facts.filter((f) => ['extracted', 'imported', 'collected', 'adjusted-in'].includes(f.measure)).reduce((sum, f) => sum + (f.elements[element] ?? 0), 0);
        const left = facts.reduce((sum, f) => sum + sign[f.measure]! * (f.elements[element] ?? 0), 0);
        // A lot's elements column holds what it holds now (src/ledger/lot-rows.ts).
        const held = rows.reduce((sum, r) => sum + ((JSON.parse(r.elements) as Record<string, number>)[element] ?? 0), 0);
        assert.ok(Math.abs(left - held) <= Math.max(1, sources * 0.001), `${element}: the figures leave ${left} g in the chain, the lots hold ${held} g (sources ${sources} g)`);
      }
    });

    test('every figure stays inside its definition: the deep-processing share at most 100 % each quarter, stock at most what entered', async () => {
      const deep = await deepProcessing(store.db, YEAR, 'quarter');
      for (const p of deep.byPeriod) assert.ok(p.share === null || (p.share >= 0 && p.share <= 1), `${p.period}: ${p.share}`);
      assert.ok(deep.share !== null && deep.share > 0 && deep.share <= 1);
      const held = await stocks(store.db, YEAR);
      const [entered] = await sumFacts(store.db, YEAR, { measures: ['extracted', 'imported', 'collected'], groupBy: [] });
      assert.ok(held.held.reoGrams <= entered!.reoGrams, `stock ${held.held.reoGrams} g REO above the ${entered!.reoGrams} g that entered`);
      for (const row of held.byCategory) assert.ok(row.massGrams >= 0 && row.reoGrams >= 0, `${row.stage} ${row.category}`);
    });

    test('the annual report opens on the year\'s findings, written from its figures, and defines every table', async () => {
      const report = await buildAnnualReport(store, 2024);
      const { stages } = await production(store.db, YEAR);
      const mined = (stages.find((s) => s.stage === 'mining')!.reoGrams / TONNE).toLocaleString('en-US', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
      assert.match(report.findings[0]!.en, new RegExp(`^Mining extracted ${mined.replace('.', '\\.')} t REO; 2023 has no data to compare`));
      assert.match(report.findings[0]!.zh, /^开采折稀土氧化物 .* 吨，2023年无可比数据/);
      assert.ok(report.findings.some((f) => /quotas? (was|were) passed/.test(f.en)), report.findings.map((f) => f.en).join('\n'));
      assert.ok(report.findings.some((f) => f.en.startsWith('Export controls that applied this year: Catalogue of goods under export licence management')));
      for (const table of report.tables) assert.ok(table.definition.zh.length > 0 && table.definition.en.length > 0, table.id);
      const html = renderReportHtml(report);
      assert.ok(html.indexOf('Key findings') < html.indexOf('Production by stage'), 'the findings come first');
      assert.ok(!html.includes('docs/statistics.md'), 'the reader is not sent to the repository');
    });

    test('a figure of the year drills down to events that sum back to it', async () => {
      const { stages } = await production(store.db, YEAR);
      const separation = stages.find((s) => s.stage === 'separation')!;
      let reoGrams = 0;
      let after: number | undefined;
      const key: FigureKey = separation.key;
      for (;;) {
        const page = await drillDown(store.db, key, { limit: 1_000, ...(after === undefined ? {} : { after }) });
        for (const item of page.items) reoGrams += item.reoGrams;
        if (page.next === null) break;
        after = page.next;
      }
      assert.equal(reoGrams, separation.reoGrams);
    });
  });
}
