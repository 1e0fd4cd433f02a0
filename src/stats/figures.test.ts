// The figures on a hand-built small ledger against values worked out by hand, on every engine at
// hand; the projection read in two steps; a correction; and drill-downs that sum back to their
// figures. REO is each element's grams times its oxide factor from the standard atomic weights
// (La 1.17277, Ce 1.22837, Pr 1.20816, Nd 1.16638: src/domain/elements.ts), rounded per element.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { ExtractEvent, LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAt } from '../testing/fixtures.ts';
import {
  deepProcessing, drillDown, elementFlows, exportsOf, growth, production, productionSeries, quotaUse, recycling, refreshStats, stocks,
  type FigureKey, type StatsFilter,
} from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const GROUP = uscc('150200', 'STAGRP01');
const MINER = uscc('150200', 'STAMIN01');
const SEPARATOR = uscc('150200', 'STASEP01');
const MAKER = uscc('330200', 'STAMAG01');
const RECYCLER = uscc('360700', 'STAREC01');

// 1 t of Bayan Obo concentrate: REO 130,000 × 1.17277 + 250,000 × 1.22837 + 25,000 × 1.20816 + 80,000 × 1.16638
// = 152,460 + 307,092 + 30,204 + 93,310 = 583,066 g.
const CONCENTRATE = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 };
const CONCENTRATE_REO = 583_066;
// The corrected extraction's replacement: 76,230 + 153,546 + 14,498 + 46,655 = 290,929 g REO.
const HALF = { La: 65_000, Ce: 125_000, Pr: 12_000, Nd: 40_000 };
const HALF_REO = 290_929;

const YEAR: StatsFilter = { from: '2024-01', to: '2024-12' };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [MINER, SEPARATOR, MAKER, RECYCLER]) keys[party] = await generateKeyFile(party);
  const year = { validFrom: '2024-01-01', validTo: '2024-12-31' };
  await importRegistry(store, {
    parties: [
      { id: GROUP, kind: 'group', nameZh: '统计集团', nameEn: 'Stats Group', region: '150200' },
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '统计矿业', nameEn: 'Stats Mining', region: '150200', group: GROUP },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator', 'exporter'], nameZh: '统计分离', nameEn: 'Stats Separation', region: '150200', group: GROUP },
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker', 'exporter'], nameZh: '统计磁材', nameEn: 'Stats Magnets', region: '330200' },
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '统计回收', nameEn: 'Stats Recycling', region: '360700' },
    ],
    licences: [
      { id: 'lic-mining', party: MINER, activity: 'mining', capacityTonnesReo: 5, ...year },
      { id: 'lic-separation', party: SEPARATOR, activity: 'separation', ...year },
      { id: 'lic-export-sep', party: SEPARATOR, activity: 'export', capacityTonnesReo: 5, ...year },
      { id: 'lic-recycling', party: RECYCLER, activity: 'recycling', ...year },
    ],
    facilities: [
      { id: 'mine', party: MINER, kind: 'mine', nameZh: '矿点', nameEn: 'Pit', region: '150206', licence: 'lic-mining', listed: true },
      { id: 'plant-sep', party: SEPARATOR, kind: 'plant', nameZh: '分离厂', nameEn: 'Separation plant', region: '150200' },
      { id: 'plant-mag', party: MAKER, kind: 'plant', nameZh: '磁材厂', nameEn: 'Magnet plant', region: '330200' },
      { id: 'plant-rec', party: RECYCLER, kind: 'plant', nameZh: '回收厂', nameEn: 'Recycling plant', region: '360700' },
    ],
    quotas: [
      { id: 'q-group-mining', year: 2024, batch: 1, holder: GROUP, activity: 'mining', oreType: 'rock', tonnesReo: 2 },
      { id: 'q-miner', year: 2024, batch: 1, holder: MINER, activity: 'mining', oreType: 'rock', tonnesReo: 1.2, allocatedFrom: 'q-group-mining' },
      { id: 'q-miner-2', year: 2024, batch: 2, holder: MINER, activity: 'mining', oreType: 'rock', tonnesReo: 0.3 },
      { id: 'q-separator', year: 2024, batch: 1, holder: SEPARATOR, activity: 'separation', oreType: 'rock', tonnesReo: 2 },
    ],
    keys: Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return keys;
}

async function record(store: Store, key: PrivateKeyFile, events: LedgerEvent[], recordedAt: string): Promise<void> {
  await captureAt(store, key, events, recordedAt);
}

const at = (day: string) => `${day}T10:00:00+08:00`;
const extract = (id: string, lot: string, composition: Record<string, number>, massGrams: number, day: string): ExtractEvent =>
  ({ id, kind: 'extract', time: at(day), facility: 'mine', lot: { id: lot, product: 'concentrate-bayan-obo', massGrams, composition } });

/** June: mine, ship, separate, ship part (received short), make magnets, export, recycle. */
async function recordJune(store: Store, keys: Record<string, PrivateKeyFile>): Promise<void> {
  const when = '2024-07-05T10:00:00+08:00';
  await record(store, keys[MINER]!, [
    extract('e1', 'c1', CONCENTRATE, 1_000_000, '2024-06-02'),
    { id: 's1', kind: 'ship', time: at('2024-06-05'), lot: 'c1', massGrams: 1_000_000, to: SEPARATOR },
  ], when);
  await record(store, keys[SEPARATOR]!, [
    { id: 'r1', kind: 'receive', time: at('2024-06-07'), lot: `${MINER}:c1`, massGrams: 1_000_000 },
    {
      id: 'p1', kind: 'process', time: at('2024-06-10'), facility: 'plant-sep', inputs: [{ lot: `${MINER}:c1`, massGrams: 1_000_000 }],
      outputs: [
        { id: 'ndpr1', product: 'oxide-ndpr', massGrams: 125_000, composition: { Pr: 25_000, Nd: 80_000 } },
        { id: 'lace1', product: 'mixed-oxide-lace', massGrams: 450_000, composition: { La: 130_000, Ce: 250_000 } },
      ],
    },
    // 50,000 of the 125,000 g: 40 % of its elements, Pr 10,000 and Nd 32,000.
    { id: 's2', kind: 'ship', time: at('2024-06-12'), lot: 'ndpr1', massGrams: 50_000, to: MAKER, shipmentLot: 'ndpr1-a' },
    // A fifth of the La–Ce oxide (controlled in 2024: compounds were under export licence).
    { id: 'x2', kind: 'export', time: at('2024-06-20'), lot: 'lace1', massGrams: 90_000, destinationCountry: 'JP', licence: 'lic-export-sep' },
  ], when);
  await record(store, keys[MAKER]!, [
    // 2,000 g short: Pr 400 and Nd 1,280 lost in transit.
    { id: 'r2', kind: 'receive', time: at('2024-06-14'), lot: `${SEPARATOR}:ndpr1-a`, massGrams: 48_000 },
    {
      id: 'p2', kind: 'process', time: at('2024-06-16'), facility: 'plant-mag', inputs: [{ lot: `${SEPARATOR}:ndpr1-a`, massGrams: 48_000 }],
      outputs: [{ id: 'mag1', product: 'magnet-ndfeb-sintered', massGrams: 100_000, composition: { Pr: 9_600, Nd: 30_720 } }],
    },
    // 60 % of the magnets: Pr 5,760, Nd 18,432.
    { id: 'x1', kind: 'export', time: at('2024-06-25'), lot: 'mag1', massGrams: 60_000, destinationCountry: 'DE' },
  ], when);
  await record(store, keys[RECYCLER]!, [
    { id: 'k1', kind: 'collect', time: at('2024-06-03'), facility: 'plant-rec', lot: { id: 'sw1', product: 'scrap-ndfeb-swarf', massGrams: 100_000, composition: { Pr: 5_000, Nd: 17_000 } }, supplier: { name: '磁材厂' } },
    {
      id: 'p3', kind: 'process', time: at('2024-06-18'), facility: 'plant-rec', inputs: [{ lot: 'sw1', massGrams: 100_000 }],
      outputs: [
        { id: 'rec1', product: 'oxide-ndpr', massGrams: 26_000, composition: { Pr: 4_750, Nd: 16_150 } },
        { id: 'res1', product: 'slag-recycling-residue', massGrams: 74_000, composition: { Pr: 250, Nd: 850 } },
      ],
    },
  ], when);
}

/** July: another extraction, and one corrected to half its size. */
async function recordJuly(store: Store, keys: Record<string, PrivateKeyFile>): Promise<void> {
  await record(store, keys[MINER]!, [extract('e2', 'c2', CONCENTRATE, 1_000_000, '2024-07-02'), extract('e3', 'c3', CONCENTRATE, 1_000_000, '2024-07-03')], '2024-08-03T10:00:00+08:00');
  await record(store, keys[MINER]!, [{
    id: 'fix-e3', kind: 'correct', time: at('2024-07-03'), corrects: 'e3', reason: 'weighed twice', replacement: extract('fix-e3', 'c3b', HALF, 500_000, '2024-07-03'),
  }], '2024-08-04T10:00:00+08:00');
}

async function drillTotal(store: Store, key: FigureKey, limit: number): Promise<{ reoGrams: number; massGrams: number; events: number; pages: number }> {
  let after: number | undefined;
  let reoGrams = 0;
  let massGrams = 0;
  const events = new Set<number>();
  let pages = 0;
  for (;;) {
    const page = await drillDown(store.db, key, { limit, ...(after === undefined ? {} : { after }) });
    pages += 1;
    for (const item of page.items) {
      reoGrams += item.reoGrams;
      massGrams += item.massGrams;
      events.add(item.seq);
    }
    if (page.next === null) return { reoGrams, massGrams, events: events.size, pages };
    after = page.next;
  }
}

for (const engine of engines()) {
  describe(`statistics on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    before(async () => {
      t = await makeTestStore(engine);
      store = t.store;
      const keys = await loadRegistry(store);
      await recordJune(store, keys);
      // Read in two steps, as a running ledger is: June first, then July with its correction.
      assert.ok((await refreshStats(store)).events > 0);
      const june = await production(store.db, { from: '2024-06', to: '2024-06' });
      assert.equal(june.stages.find((s) => s.stage === 'mining')!.reoGrams, CONCENTRATE_REO);
      await recordJuly(store, keys);
      // Two refreshes at once (on PostgreSQL, on two connections): each event is counted by one.
      const [first, second] = await Promise.all([refreshStats(store), refreshStats(store)]);
      assert.equal(first.events + second.events, 3);
    });
    after(async () => t.cleanup());

    test('a refresh with nothing new reads nothing', async () => {
      const result = await refreshStats(store);
      assert.equal(result.events, 0);
    });

    test('production per stage, in t and t REO, by month and region', async () => {
      const { stages, rows } = await production(store.db, YEAR);
      const stage = (name: string) => stages.find((s) => s.stage === name)!;
      assert.equal(stage('mining').massGrams, 2_500_000);
      assert.equal(stage('mining').reoGrams, 2 * CONCENTRATE_REO + HALF_REO);
      assert.equal(stage('mining').events, 3);
      assert.equal(stage('separation').massGrams, 575_000);
      assert.equal(stage('separation').reoGrams, CONCENTRATE_REO);
      // Recovered oxide: 4,750 × 1.20816 + 16,150 × 1.16638 = 5,739 + 18,837; the slag is a by-product row.
      assert.equal(stage('recycling').reoGrams, 24_576);
      assert.equal(stage('recycling').massGrams, 26_000);
      assert.deepEqual(rows.filter((r) => r.stage === 'recycling').map((r) => [r.category, r.principal, r.massGrams]), [['oxide', true, 26_000], ['slag', false, 74_000]]);
      // Magnets: 9,600 × 1.20816 + 30,720 × 1.16638 = 11,598 + 35,831.
      assert.equal(stage('materials').reoGrams, 47_429);
      assert.equal(stage('metal').reoGrams, 0);
      const series = await productionSeries(store.db, YEAR, 'month');
      assert.equal(series.length, 12);
      assert.equal(series[5]!.stages.mining.reoGrams, CONCENTRATE_REO);
      assert.equal(series[6]!.stages.mining.reoGrams, CONCENTRATE_REO + HALF_REO, 'the corrected extraction counts at its replacement\'s size');
      const quarters = await productionSeries(store.db, YEAR, 'quarter');
      assert.deepEqual(quarters.map((q) => q.period), ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
      assert.equal(quarters[2]!.stages.mining.reoGrams, CONCENTRATE_REO + HALF_REO);
      const zhejiang = await production(store.db, { ...YEAR, region: '330000' });
      assert.equal(zhejiang.stages.find((s) => s.stage === 'mining')!.reoGrams, 0);
      assert.equal(zhejiang.stages.find((s) => s.stage === 'materials')!.reoGrams, 47_429);
      const baotou = await production(store.db, { ...YEAR, region: '150200' });
      assert.equal(baotou.stages.find((s) => s.stage === 'separation')!.reoGrams, CONCENTRATE_REO);
      assert.equal(baotou.stages.find((s) => s.stage === 'materials')!.reoGrams, 0);
    });

    test('deep-processing share: of the separated products and metals put to use, the share made into materials', async () => {
      const deep = await deepProcessing(store.db, YEAR);
      assert.equal(deep.intoMaterials.reoGrams, 47_429);
      // The La–Ce oxide exported to JP left as it was (91,910 g REO); the separated output still in
      // stock is no use yet, so it counts on neither side.
      assert.equal(deep.leftAsPrimary.reoGrams, 91_910);
      assert.equal(deep.share, 47_429 / (47_429 + 91_910));
      assert.equal(deep.byPeriod.find((p) => p.period === '2024-06')!.share, 47_429 / (47_429 + 91_910));
      assert.equal(deep.byPeriod.find((p) => p.period === '2024-07')!.share, null);
    });

    test('quota use per holder and ore type, over the year\'s batches, a group counting its members', async () => {
      const rows = await quotaUse(store.db, 2024);
      const used = Object.fromEntries(rows.map((r) => [r.quotaIds.join('+'), [r.usedReoGrams, r.quotaReoGrams]]));
      // The year's two batches count as one quota.
      assert.deepEqual(used['q-miner+q-miner-2'], [2 * CONCENTRATE_REO + HALF_REO, 1_500_000]);
      assert.deepEqual(used['q-group-mining'], [2 * CONCENTRATE_REO + HALF_REO, 2_000_000]);
      assert.deepEqual(used['q-separator'], [CONCENTRATE_REO, 2_000_000]);
      assert.deepEqual((await quotaUse(store.db, 2024, '330000')).length, 0);
    });

    test('recycling intake and recovered REO', async () => {
      const r = await recycling(store.db, YEAR);
      // Swarf collected: 5,000 × 1.20816 + 17,000 × 1.16638 = 6,041 + 19,828.
      assert.deepEqual(r.collected.map((c) => [c.source, c.amount.massGrams, c.amount.reoGrams]), [['pre-consumer', 100_000, 25_869]]);
      assert.equal(r.intake.reoGrams, 25_869);
      assert.equal(r.recovered.reoGrams, 24_576);
      assert.deepEqual(r.byProvince.map((p) => [p.province, p.recoveredReoGrams]), [['360000', 24_576]]);
    });

    test('exports by destination, product and element, controlled items apart', async () => {
      const x = await exportsOf(store.db, YEAR);
      assert.equal(x.total.massGrams, 150_000);
      // Magnets to DE: 5,760 × 1.20816 + 18,432 × 1.16638 = 6,959 + 21,499; La–Ce oxide to JP: 26,000 × 1.17277 + 50,000 × 1.22837 = 30,492 + 61,418.
      assert.equal(x.total.reoGrams, 28_458 + 91_910);
      assert.deepEqual(x.controlled, { massGrams: 90_000, reoGrams: 91_910, events: 1 });
      assert.deepEqual(x.byDestination.map((d) => [d.label, d.massGrams, d.controlled.massGrams]), [['JP', 90_000, 90_000], ['DE', 60_000, 0]]);
      assert.deepEqual(x.byCategory.map((d) => [d.label, d.massGrams]), [['mixed-compound', 90_000], ['magnet', 60_000]]);
      assert.deepEqual(x.byElement.map((e) => [e.element, e.grams, e.controlledGrams]), [['La', 26_000, 26_000], ['Ce', 50_000, 50_000], ['Pr', 5_760, 0], ['Nd', 18_432, 0]]);
    });

    test('stocks at period end agree with the lots the ledger holds', async () => {
      const s = await stocks(store.db, YEAR);
      const held = Object.fromEntries(s.byCategory.map((r) => [r.category, r.massGrams]));
      assert.deepEqual(held, { concentrate: 1_500_000, 'mixed-compound': 360_000, oxide: 101_000, slag: 74_000, magnet: 40_000 });
      // Nothing is in transit; REO is rounded per element of each movement, so the split shipment's
      // REO (received plus lost) may differ from the shipped REO by a gram.
      assert.equal(s.inTransit!.massGrams, 0);
      assert.ok(Math.abs(s.inTransit!.reoGrams) <= 1);
      const lots = await store.db.selectFrom('lots').select(['mass_grams_remaining']).where('status', '=', 'active').execute();
      assert.equal(s.held.massGrams, lots.reduce((sum, l) => sum + Number(l.mass_grams_remaining), 0));
      const endOfJune = await stocks(store.db, { from: '2024-06', to: '2024-06' });
      assert.equal(endOfJune.byCategory.find((r) => r.category === 'concentrate'), undefined, 'June\'s concentrate was all separated');
    });

    test('growth against the same months of the year before; a year with no data is no data, not zero', async () => {
      const g = await growth(store.db, YEAR);
      const mining = g.find((x) => x.stage === 'mining')!;
      assert.equal(mining.previousReoGrams, null, 'the ledger holds nothing of 2023');
      assert.equal(mining.change, null);
      const july = await growth(store.db, { from: '2025-07', to: '2025-07' });
      assert.equal(july.find((x) => x.stage === 'mining')!.previousReoGrams, CONCENTRATE_REO + HALF_REO);
      assert.equal(july.find((x) => x.stage === 'mining')!.change, -1);
      assert.equal(july.find((x) => x.stage === 'metal')!.previousReoGrams, 0, 'July 2024 has data, and no metal in it');
    });

    test('element flows: a Sankey whose pools hand on what they took in', async () => {
      const flows = await elementFlows(store.db, YEAR);
      const link = (s: string, t: string) => flows.links.find((l) => l.source === s && l.target === t)?.reoGrams ?? 0;
      assert.equal(link('mining:150000', 'separation'), 2 * CONCENTRATE_REO + HALF_REO);
      assert.equal(link('scrap-collected', 'recycling'), 25_869);
      const fromSeparation = flows.links.filter((l) => l.source === 'separation').reduce((s, l) => s + l.reoGrams, 0);
      const fromRecycling = flows.links.filter((l) => l.source === 'recycling').reduce((s, l) => s + l.reoGrams, 0);
      assert.ok(Math.abs(fromSeparation - CONCENTRATE_REO) <= 2, `separation hands on ${fromSeparation}`);
      assert.ok(Math.abs(fromRecycling - 24_576) <= 2, `recycling hands on ${fromRecycling}`);
      assert.equal(link('materials', 'export'), 28_458);
      assert.equal(link('materials', 'stock'), 47_429 - 28_458);
      assert.ok(flows.nodes.some((n) => n.id === 'mining:150000' && n.nameEn === 'Mining · Inner Mongolia'));
      const neodymium = await elementFlows(store.db, YEAR, 'Nd');
      const nd = neodymium.links.find((l) => l.source === 'mining:150000' && l.target === 'separation')!.reoGrams;
      // Nd2O3 of 200,000 g Nd: 233,275 g.
      assert.equal(nd, 233_275);
    });

    test('a figure\'s drill-down lists its events and sums back to it, page by page', async () => {
      const { stages } = await production(store.db, YEAR);
      const mining = stages.find((s) => s.stage === 'mining')!;
      const drilled = await drillTotal(store, mining.key, 2);
      assert.deepEqual([drilled.reoGrams, drilled.massGrams, drilled.events, drilled.pages], [mining.reoGrams, mining.massGrams, 3, 2]);
      const firstPage = await drillDown(store.db, mining.key, { limit: 2 });
      assert.deepEqual(firstPage.items.map((i) => i.eventId), ['e1', 'e2']);
      const x = await exportsOf(store.db, YEAR);
      for (const row of [...x.byDestination, ...x.byCategory]) {
        const d = await drillTotal(store, row.key, 1);
        assert.deepEqual([d.massGrams, d.reoGrams], [row.massGrams, row.reoGrams], row.label);
      }
      const deep = await deepProcessing(store.db, YEAR);
      assert.equal((await drillTotal(store, deep.keys.leftAsPrimary, 1)).reoGrams, deep.leftAsPrimary.reoGrams);
      assert.equal((await drillTotal(store, deep.keys.intoMaterials, 1)).reoGrams, deep.intoMaterials.reoGrams);
      for (const row of await quotaUse(store.db, 2024)) assert.equal((await drillTotal(store, row.key, 100)).reoGrams, row.usedReoGrams, row.quotaIds.join());
    });
  });
}
