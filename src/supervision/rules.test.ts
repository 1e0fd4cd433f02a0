// Each rule on a hand-built minimal case that must fire, and a near miss that must not, on every
// engine at hand: capture-time rules through the real capture path, period rules through runCheck.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAt } from '../testing/fixtures.ts';
import { assertChineseSummary } from '../testing/summary-zh.ts';
import { RULES, listAlerts, runCheck, saveRuleOverrides, type Alert } from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const GROUP = uscc('150200', 'SUPGRP01');
const MINER = uscc('150200', 'SUPMIN01');
const SEPARATOR = uscc('150200', 'SUPSEP01');
const MAKER = uscc('330200', 'SUPMAG01');
const RECYCLER = uscc('360700', 'SUPREC01');

const CONCENTRATE = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 }; // 1 t of Bayan Obo concentrate, ≈ 0.56 t REO
const MAGNET_SCRAP = { Pr: 60_000, Nd: 200_000, Dy: 15_000 };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [MINER, SEPARATOR, MAKER, RECYCLER]) keys[party] = await generateKeyFile(party);
  const year = { validFrom: '2024-01-01', validTo: '2024-12-31' };
  await importRegistry(store, {
    parties: [
      { id: GROUP, kind: 'group', nameZh: '测试集团', nameEn: 'Test Group', region: '150200' },
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '测试矿业', nameEn: 'Test Mining', region: '150200', group: GROUP },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator'], nameZh: '测试分离', nameEn: 'Test Separation', region: '150200', group: GROUP },
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker', 'exporter'], nameZh: '测试磁材', nameEn: 'Test Magnets', region: '330200' },
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '测试回收', nameEn: 'Test Recycling', region: '360700' },
    ],
    licences: [
      { id: 'lic-mining', party: MINER, activity: 'mining', capacityTonnesReo: 1.5, ...year },
      { id: 'lic-separation', party: SEPARATOR, activity: 'separation', ...year },
      { id: 'lic-export', party: MAKER, activity: 'export', capacityTonnesReo: 1, ...year },
      { id: 'lic-recycling', party: RECYCLER, activity: 'recycling', ...year },
    ],
    facilities: [
      { id: 'mine-listed', party: MINER, kind: 'mine', nameZh: '登记矿点', nameEn: 'Listed pit', region: '150206', licence: 'lic-mining', listed: true },
      { id: 'mine-unlisted', party: MINER, kind: 'mine', nameZh: '未列名矿点', nameEn: 'Unlisted pit', region: '150206', licence: 'lic-mining', listed: false },
      { id: 'plant-sep', party: SEPARATOR, kind: 'plant', nameZh: '分离厂', nameEn: 'Separation plant', region: '150200' },
      { id: 'plant-mag', party: MAKER, kind: 'plant', nameZh: '磁材厂', nameEn: 'Magnet plant', region: '330200' },
      { id: 'plant-rec', party: RECYCLER, kind: 'plant', nameZh: '回收厂', nameEn: 'Recycling plant', region: '360700' },
    ],
    quotas: [
      { id: 'q-group-mining', year: 2024, batch: 1, holder: GROUP, activity: 'mining', oreType: 'rock', tonnesReo: 2 },
      { id: 'q-miner', year: 2024, batch: 1, holder: MINER, activity: 'mining', oreType: 'rock', tonnesReo: 1.2, allocatedFrom: 'q-group-mining' },
      { id: 'q-group-separation', year: 2024, batch: 1, holder: GROUP, activity: 'separation', oreType: 'rock', tonnesReo: 2 },
      { id: 'q-separator', year: 2024, batch: 1, holder: SEPARATOR, activity: 'separation', oreType: 'rock', tonnesReo: 2, allocatedFrom: 'q-group-separation' },
    ],
    keys: Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return keys;
}

/** Records as `party` at `recordedAt` (the ledger's clock), by default early in the next month. */
const record = (store: Store, key: PrivateKeyFile, events: LedgerEvent[], recordedAt = '2024-07-05T10:00:00+08:00') => captureAt(store, key, events, recordedAt);

const extract = (id: string, facility: string, lot: string, composition: Record<string, number>, time = '2024-06-03T08:00:00+08:00'): LedgerEvent =>
  ({ id, kind: 'extract', time, facility, lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition } });

/** The miner extracts two lots of concentrate, c1 and c2, and ships both whole to the separator. */
const TWO_LOTS_TO_SEPARATOR: LedgerEvent[] = [
  extract('e1', 'mine-listed', 'c1', CONCENTRATE), extract('e2', 'mine-listed', 'c2', CONCENTRATE),
  { id: 's1', kind: 'ship', time: '2024-06-04T08:00:00+08:00', lot: 'c1', massGrams: 1_000_000, to: SEPARATOR },
  { id: 's2', kind: 'ship', time: '2024-06-04T08:00:00+08:00', lot: 'c2', massGrams: 1_000_000, to: SEPARATOR },
];

async function alertsOf(store: Store, rule: string): Promise<Alert[]> {
  return (await listAlerts(store, { role: 'regulator' }, { rule, limit: 500 })).alerts;
}

for (const engine of engines()) {
  describe(`supervision rules on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let keys: Record<string, PrivateKeyFile>;

    // Each test builds on a fresh ledger: rules see the whole log.
    async function fresh(): Promise<void> {
      if (t !== undefined) await t.cleanup();
      t = await makeTestStore(engine);
      store = t.store;
      keys = await loadRegistry(store);
    }
    before(fresh);
    after(async () => t.cleanup());

    test('illegal-mining fires at an unlisted pit, not at the listed one', async () => {
      await fresh();
      await record(store, keys[MINER]!, [extract('e1', 'mine-listed', 'c1', CONCENTRATE)]);
      assert.equal((await alertsOf(store, 'illegal-mining')).length, 0);
      await record(store, keys[MINER]!, [extract('e2', 'mine-unlisted', 'c2', CONCENTRATE), extract('e3', 'mine-unlisted', 'c3', CONCENTRATE)]);
      const [alert, ...rest] = await alertsOf(store, 'illegal-mining');
      assert.equal(rest.length, 0, 'one alert per pit and month, however many extractions');
      assert.equal(alert!.party.id, MINER);
      assert.equal(alert!.period, '2024-06');
      assert.deepEqual(alert!.evidence['events'], [`${MINER}:e2`, `${MINER}:e3`]);
      assert.match((alert!.evidence['reasons'] as string[])[0]!, /not on the published list/);
      assert.equal(alert!.raisedBy, 'capture');
    });

    test('elements-from-nothing fires when a process puts out more Nd than went in, not when it balances', async () => {
      await fresh();
      await record(store, keys[MINER]!, [extract('e1', 'mine-listed', 'c1', CONCENTRATE)]);
      const process = (id: string, nd: number): LedgerEvent => ({
        id, kind: 'process', time: '2024-06-05T08:00:00+08:00', facility: 'mine-listed', inputs: [{ lot: `c1`, massGrams: 100_000 }],
        outputs: [{ id: `out-${id}`, product: 'concentrate-bayan-obo', massGrams: 100_000, composition: { La: 13_000, Ce: 25_000, Pr: 2_500, Nd: nd } }],
      });
      await record(store, keys[MINER]!, [process('p1', 8_000)]);
      assert.equal((await alertsOf(store, 'elements-from-nothing')).length, 0);
      await record(store, keys[MINER]!, [process('p2', 20_000)]);
      const alerts = await alertsOf(store, 'elements-from-nothing');
      assert.equal(alerts.length, 1);
      assert.deepEqual(alerts[0]!.evidence['excessGrams'], { Nd: 12_000 });
    });

    test('recycler-mineral-intake fires once for concentrate shipped to and received by a recycler; scrap collected raises nothing', async () => {
      await fresh();
      await record(store, keys[RECYCLER]!, [{ id: 'k1', kind: 'collect', time: '2024-06-02T08:00:00+08:00', facility: 'plant-rec', lot: { id: 's1', product: 'scrap-ndfeb-swarf', massGrams: 1_000_000, composition: MAGNET_SCRAP }, supplier: { name: '电机厂' } }]);
      assert.equal((await alertsOf(store, 'recycler-mineral-intake')).length, 0);
      await record(store, keys[MINER]!, [extract('e1', 'mine-listed', 'c1', CONCENTRATE), { id: 's1', kind: 'ship', time: '2024-06-04T08:00:00+08:00', lot: 'c1', massGrams: 1_000_000, to: RECYCLER }]);
      await record(store, keys[RECYCLER]!, [{ id: 'r1', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 1_000_000 }]);
      const alerts = await alertsOf(store, 'recycler-mineral-intake');
      assert.equal(alerts.length, 1, 'the shipment and the receipt are one finding about one lot');
      assert.equal(alerts[0]!.party.id, RECYCLER);
      assert.deepEqual(alerts[0]!.evidence['lots'], [`${MINER}:c1`]);
      assertChineseSummary(alerts[0]!);
      assert.match(alerts[0]!.summaryZh!, /矿产品.*发运给综合利用企业/);
    });

    test('misdeclared-product fires for "magnet scrap" with a concentrate\'s elements, not for real swarf', async () => {
      await fresh();
      const collect = (id: string, composition: Record<string, number>): LedgerEvent =>
        ({ id, kind: 'collect', time: '2024-06-02T08:00:00+08:00', facility: 'plant-rec', lot: { id: `lot-${id}`, product: 'scrap-ndfeb-solid', massGrams: 1_000_000, composition }, supplier: { name: '个体回收商' } });
      await record(store, keys[RECYCLER]!, [collect('k1', MAGNET_SCRAP)]);
      assert.equal((await alertsOf(store, 'misdeclared-product')).length, 0);
      await record(store, keys[RECYCLER]!, [collect('k2', CONCENTRATE)]);
      const alerts = await alertsOf(store, 'misdeclared-product');
      assert.equal(alerts.length, 1);
      const misfits = alerts[0]!.evidence['misfits'] as { kind: string; value: number }[];
      // La and Ce are no foreign elements in NdFeB scrap (Ce-substituted grades carry them), but a
      // mix three quarters La and Ce is no magnet's.
      assert.deepEqual(misfits.map((m) => m.kind), ['grade', 'distribution']);
      assert.ok(misfits[1]!.value > 0.7, 'its mix is far from a magnet\'s');
    });

    test('unlicensed-export fires for a controlled oxide exported without a licence, not with a valid one', async () => {
      await fresh();
      const imported = (id: string): LedgerEvent => ({ id: `i-${id}`, kind: 'import', time: '2024-06-02T08:00:00+08:00', lot: { id, product: 'oxide-dy', massGrams: 100_000, composition: { Dy: 87_000 } }, originCountry: 'MM' });
      const exported = (id: string, licence?: string): LedgerEvent => ({ id: `x-${id}`, kind: 'export', time: '2024-06-10T08:00:00+08:00', lot: id, massGrams: 100_000, destinationCountry: 'JP', ...(licence === undefined ? {} : { licence }) });
      await record(store, keys[MAKER]!, [imported('d1'), imported('d2'), exported('d1', 'lic-export')]);
      assert.equal((await alertsOf(store, 'unlicensed-export')).length, 0);
      await record(store, keys[MAKER]!, [exported('d2')]);
      const alerts = await alertsOf(store, 'unlicensed-export');
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]!.evidence['problem'], 'no export licence cited');
      assert.deepEqual(alerts[0]!.evidence['controls'], ['export-licence-catalogue']);
    });

    test('short-receipt fires for a receipt 10 % short, not for one 100 g short', async () => {
      await fresh();
      await record(store, keys[MINER]!, TWO_LOTS_TO_SEPARATOR);
      await record(store, keys[SEPARATOR]!, [{ id: 'r1', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 999_900 }]);
      assert.equal((await alertsOf(store, 'short-receipt')).length, 0);
      await record(store, keys[SEPARATOR]!, [{ id: 'r2', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c2`, massGrams: 900_000 }]);
      const alerts = await alertsOf(store, 'short-receipt');
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]!.party.id, MINER, 'the alert is about the shipper, whose goods went missing');
      assert.equal(alerts[0]!.evidence['shortShare'], 0.1);
    });

    test('untraced-separation fires when a third of the feed is stock added without a source, not for traced feed', async () => {
      await fresh();
      await record(store, keys[MINER]!, TWO_LOTS_TO_SEPARATOR);
      const separate = (id: string, lot: string, mass: number, la: number): LedgerEvent => ({
        id, kind: 'process', time: '2024-06-20T08:00:00+08:00', facility: 'plant-sep', inputs: [{ lot: `${MINER}:${lot}`, massGrams: mass }],
        outputs: [{ id: `la-${id}`, product: 'oxide-la', massGrams: Math.ceil(la / 0.85), composition: { La: la } }],
      });
      await record(store, keys[SEPARATOR]!, [
        { id: 'r1', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 1_000_000 },
        { id: 'r2', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c2`, massGrams: 1_000_000 },
        separate('p1', 'c1', 1_000_000, 130_000),
      ]);
      assert.equal((await alertsOf(store, 'untraced-separation')).length, 0);
      await record(store, keys[SEPARATOR]!, [
        { id: 'a1', kind: 'adjust', time: '2024-06-21T08:00:00+08:00', lot: `${MINER}:c2`, deltaGrams: 500_000, reason: '盘盈', composition: { La: 65_000, Ce: 125_000, Pr: 12_500, Nd: 40_000 } },
        separate('p2', 'c2', 1_500_000, 195_000),
      ]);
      const alerts = await alertsOf(store, 'untraced-separation');
      assert.equal(alerts.length, 1);
      assert.ok(Math.abs((alerts[0]!.evidence['untracedShare'] as number) - 1 / 3) < 0.01);
    });

    test('a capture-time rule set to refuse refuses the document at the field, and records nothing', async () => {
      await fresh();
      await saveRuleOverrides(store.db, { 'illegal-mining': { action: 'refuse' } });
      await assert.rejects(record(store, keys[MINER]!, [extract('e1', 'mine-listed', 'c1', CONCENTRATE), extract('e2', 'mine-unlisted', 'c2', CONCENTRATE)]), (error: Error & { problems?: { path: string; reason: string }[] }) => {
        assert.equal(error.problems?.[0]?.path, 'document.events[1].facility');
        assert.match(error.problems?.[0]?.reason ?? '', /refused by rule illegal-mining/);
        return true;
      });
      const head = await store.db.selectFrom('ledger_head').select('size').executeTakeFirst();
      assert.equal(head, undefined, 'nothing was recorded');
      assert.equal((await alertsOf(store, 'illegal-mining')).length, 0);
      await saveRuleOverrides(store.db, { 'illegal-mining': { enabled: false } });
      await record(store, keys[MINER]!, [extract('e2', 'mine-unlisted', 'c2', CONCENTRATE)]);
      assert.equal((await alertsOf(store, 'illegal-mining')).length, 0, 'a disabled rule raises nothing');
    });

    test('over-quota, group-over-quota and over-capacity fire past the quota, the group\'s quota and the licence; not below', async () => {
      await fresh();
      // Each lot of concentrate holds ≈ 0.56 t REO: two lots stay below the miner's 1.2 t quota.
      await record(store, keys[MINER]!, [extract('e1', 'mine-listed', 'c1', CONCENTRATE, '2024-05-03T08:00:00+08:00'), extract('e2', 'mine-listed', 'c2', CONCENTRATE, '2024-05-04T08:00:00+08:00')], '2024-06-05T10:00:00+08:00');
      await runCheck(store);
      for (const rule of ['over-quota', 'group-over-quota', 'over-capacity']) assert.equal((await alertsOf(store, rule)).length, 0, rule);
      await record(store, keys[MINER]!, [extract('e3', 'mine-listed', 'c3', CONCENTRATE), extract('e4', 'mine-listed', 'c4', CONCENTRATE)]);
      const report = await runCheck(store);
      const [quota] = await alertsOf(store, 'over-quota');
      assert.equal(quota!.party.id, MINER);
      assert.equal(quota!.period, '2024-06');
      assert.equal(quota!.evidence['activity'], 'mining');
      assert.equal(quota!.evidence['quotaTonnesReo'], 1.2);
      assert.deepEqual(quota!.evidence['events'], [`${MINER}:e3`, `${MINER}:e4`]);
      assert.equal((await alertsOf(store, 'over-capacity')).length, 1, 'the licence allows 1.5 t REO a year');
      assert.equal((await alertsOf(store, 'group-over-quota')).length, 1, 'the group holds 2 t REO');
      assert.equal(report.raised, 3);
      for (const rule of ['over-quota', 'group-over-quota', 'over-capacity']) for (const raised of await alertsOf(store, rule)) assertChineseSummary(raised);
      assert.match(quota!.summaryZh!, /^2024 年开采：岩矿型稀土矿 [\d.]+ 吨 REO，而岩矿型矿指标为 1\.2 吨 REO/);
      const again = await runCheck(store);
      assert.equal(again.raised, 0, 're-running the check raises nothing twice');
      assert.equal(again.findings, report.findings);
    });

    test('export-beyond-licence fires when licensed exports pass the licence\'s 1 t REO, not before', async () => {
      await fresh();
      const imported = (id: string): LedgerEvent => ({ id: `i-${id}`, kind: 'import', time: '2024-06-02T08:00:00+08:00', lot: { id, product: 'oxide-dy', massGrams: 500_000, composition: { Dy: 435_000 } }, originCountry: 'MM' });
      const exported = (id: string, time: string): LedgerEvent => ({ id: `x-${id}`, kind: 'export', time, lot: id, massGrams: 500_000, destinationCountry: 'JP', licence: 'lic-export' });
      await record(store, keys[MAKER]!, [imported('d1'), imported('d2'), imported('d3'), exported('d1', '2024-06-10T08:00:00+08:00'), exported('d2', '2024-06-11T08:00:00+08:00')]);
      await runCheck(store);
      assert.equal((await alertsOf(store, 'export-beyond-licence')).length, 0, 'two exports of ≈ 0.5 t REO stay inside 1 t');
      await record(store, keys[MAKER]!, [exported('d3', '2024-06-12T08:00:00+08:00')]);
      await runCheck(store);
      const [alert] = await alertsOf(store, 'export-beyond-licence');
      assert.equal(alert!.evidence['licence'], 'lic-export');
      assert.deepEqual(alert!.evidence['events'], [`${MAKER}:x-d3`]);
    });

    test('never-received fires once the receipt is overdue, not before, and not for a shipment received', async () => {
      await fresh();
      await record(store, keys[MINER]!, TWO_LOTS_TO_SEPARATOR);
      await record(store, keys[SEPARATOR]!, [{ id: 'r1', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 1_000_000 }]);
      // 45 days from 4 June fall in July, whose report is due on 10 August, a Saturday: on Monday the 12th.
      await runCheck(store, { asOf: '2024-08-12T12:00:00+08:00' });
      assert.equal((await alertsOf(store, 'never-received')).length, 0);
      await runCheck(store, { asOf: '2024-08-13T00:00:01+08:00' });
      const alerts = await alertsOf(store, 'never-received');
      assert.equal(alerts.length, 1);
      assert.deepEqual(alerts[0]!.evidence['events'], [`${MINER}:s2`]);
    });

    test('period-balance fires for a month losing half its La and a fifth of its Ce, not for one that balances', async () => {
      await fresh();
      const process = (id: string, time: string, lot: string, la: number, ce: number): LedgerEvent => ({
        id, kind: 'process', time, facility: 'mine-listed', inputs: [{ lot, massGrams: 1_000_000 }],
        outputs: [{ id: `o-${id}`, product: 'mixed-oxide-lace', massGrams: 800_000, composition: { La: la, Ce: ce } }, { id: `t-${id}`, product: 'concentrate-bayan-obo', massGrams: 200_000, composition: { Pr: 25_000, Nd: 80_000 } }],
      });
      await record(store, keys[MINER]!, [
        extract('e1', 'mine-listed', 'c1', CONCENTRATE, '2024-05-02T08:00:00+08:00'), extract('e2', 'mine-listed', 'c2', CONCENTRATE, '2024-06-02T08:00:00+08:00'),
        process('p1', '2024-05-20T08:00:00+08:00', 'c1', 130_000, 250_000), process('p2', '2024-06-20T08:00:00+08:00', 'c2', 60_000, 200_000),
      ]);
      await runCheck(store);
      const alerts = await alertsOf(store, 'period-balance');
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]!.period, '2024-06');
      assert.ok((alerts[0]!.evidence['unaccountedShare'] as number) > 0.2);
    });

    test('late-report fires for June recorded on 11 July, not for June recorded on 10 July', async () => {
      await fresh();
      await record(store, keys[MINER]!, [extract('e1', 'mine-listed', 'c1', CONCENTRATE)], '2024-07-10T23:59:00+08:00');
      await record(store, keys[MINER]!, [extract('e2', 'mine-listed', 'c2', CONCENTRATE, '2024-05-30T08:00:00+08:00')], '2024-06-10T23:00:00+08:00');
      await runCheck(store);
      assert.equal((await alertsOf(store, 'late-report')).length, 0);
      await record(store, keys[MINER]!, [extract('e3', 'mine-listed', 'c3', CONCENTRATE)], '2024-07-11T09:00:00+08:00');
      await runCheck(store, { period: '2024-06' });
      const alerts = await alertsOf(store, 'late-report');
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]!.evidence['dueBy'], '2024-07-10T23:59:59+08:00');
      assert.deepEqual(alerts[0]!.evidence['events'], [`${MINER}:e3`]);
    });

    // A lot its buyer sends straight back unchanged is a rejected delivery (returns.test.ts); one
    // that comes back through another party has gone round.
    test('round-trip fires for a lot that comes back through a second buyer, not for one sent on', async () => {
      await fresh();
      await record(store, keys[MINER]!, TWO_LOTS_TO_SEPARATOR);
      await record(store, keys[SEPARATOR]!, [
        { id: 'r1', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 1_000_000 },
        { id: 'r2', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${MINER}:c2`, massGrams: 1_000_000 },
        { id: 's3', kind: 'ship', time: '2024-06-08T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 1_000_000, to: MAKER },
        { id: 's4', kind: 'ship', time: '2024-06-08T08:00:00+08:00', lot: `${MINER}:c2`, massGrams: 1_000_000, to: MAKER },
      ]);
      await record(store, keys[MAKER]!, [
        { id: 'r3', kind: 'receive', time: '2024-06-09T08:00:00+08:00', lot: `${MINER}:c1`, massGrams: 1_000_000 },
        { id: 'r4', kind: 'receive', time: '2024-06-09T08:00:00+08:00', lot: `${MINER}:c2`, massGrams: 1_000_000 },
        { id: 's5', kind: 'ship', time: '2024-06-10T08:00:00+08:00', lot: `${MINER}:c2`, massGrams: 1_000_000, to: MINER },
      ]);
      await runCheck(store);
      const alerts = await alertsOf(store, 'round-trip');
      assert.equal(alerts.length, 1);
      assert.deepEqual(alerts[0]!.evidence['events'], [`${MINER}:s2`, `${MAKER}:s5`]);
    });
  });
}

// A regulator reads an alert's legal basis in the console's language, so each rule must cite its
// laws in Chinese as well as English.
test('every rule cites its legal basis in Chinese and English', () => {
  for (const rule of RULES) {
    assert.ok(rule.legalBasis.en.trim() !== '', `${rule.id}: no English legal basis`);
    assert.ok(rule.legalBasis.zh.trim() !== '', `${rule.id}: no Chinese legal basis`);
    assert.match(rule.legalBasis.zh, /\p{Script=Han}/u, `${rule.id}: the Chinese legal basis has no Chinese`);
  }
});
