// The closure rules judged by lineage (round-trip, recycler-mineral-ancestry) on hand-built
// schemes written from the law, not from the generator: each scheme must fire, each honest near
// miss must not, on every engine at hand.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAt } from '../testing/fixtures.ts';
import { listAlerts, runCheck, saveRuleOverrides, type Alert } from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const TRADE_GROUP = uscc('310000', 'CLOGRP01');
const MINER = uscc('150200', 'CLOMIN01');
const SEPARATOR = uscc('150200', 'CLOSEP01');
const TRADER_A = uscc('310000', 'CLOTRA01');
const TRADER_B = uscc('310000', 'CLOTRB01');
const TRADER_C = uscc('120000', 'CLOTRC01');
const SMELTER = uscc('150200', 'CLOSME01');
const MAKER = uscc('330200', 'CLOMAG01');
const RECYCLER = uscc('360700', 'CLOREC01');

/** 1 t of Bayan Obo concentrate: 485 kg of rare earths. */
const CONCENTRATE = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 };
/** 1 t of PrNd oxide: 849 kg of Pr and Nd. */
const NDPR_OXIDE = { Pr: 212_000, Nd: 637_000 };
const MAGNET_SCRAP = { Pr: 60_000, Nd: 200_000, Dy: 15_000 };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const parties = [MINER, SEPARATOR, TRADER_A, TRADER_B, TRADER_C, SMELTER, MAKER, RECYCLER];
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of parties) keys[party] = await generateKeyFile(party);
  const year = { validFrom: '2024-01-01', validTo: '2024-12-31' };
  const enterprise = (id: string, roles: string[], name: string, region: string, group?: string) =>
    ({ id, kind: 'enterprise' as const, roles: roles as never, nameZh: name, nameEn: name, region, ...(group === undefined ? {} : { group }) });
  await importRegistry(store, {
    parties: [
      { id: TRADE_GROUP, kind: 'group', nameZh: '贸易集团', nameEn: 'Trade Group', region: '310000' },
      enterprise(MINER, ['miner'], 'Miner', '150200'),
      enterprise(SEPARATOR, ['separator'], 'Separator', '150200'),
      enterprise(TRADER_A, ['trader', 'exporter', 'importer'], 'Trader A', '310000', TRADE_GROUP),
      enterprise(TRADER_B, ['trader', 'exporter', 'importer'], 'Trader B', '310000', TRADE_GROUP),
      enterprise(TRADER_C, ['trader'], 'Trader C', '120000'),
      enterprise(SMELTER, ['metal-smelter'], 'Smelter', '150200'),
      enterprise(MAKER, ['magnet-maker'], 'Magnet maker', '330200'),
      enterprise(RECYCLER, ['recycler'], 'Recycler', '360700'),
    ],
    licences: [
      { id: 'clo-mining', party: MINER, activity: 'mining', ...year },
      { id: 'clo-separation', party: SEPARATOR, activity: 'separation', ...year },
      { id: 'clo-export', party: TRADER_A, activity: 'export', ...year },
    ],
    facilities: [{ id: 'clo-mine', party: MINER, kind: 'mine', nameZh: '矿点', nameEn: 'Pit', region: '150206', licence: 'clo-mining', listed: true }],
    keys: Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return keys;
}

const day = (d: string) => `2024-${d}T08:00:00+08:00`;
const ship = (id: string, time: string, lot: string, massGrams: number, to: string, shipmentLot?: string): LedgerEvent =>
  ({ id, kind: 'ship', time: day(time), lot, massGrams, to, ...(shipmentLot === undefined ? {} : { shipmentLot }) });
const receive = (id: string, time: string, lot: string, massGrams: number): LedgerEvent => ({ id, kind: 'receive', time: day(time), lot, massGrams });
const process = (id: string, time: string, inputs: [string, number][], outputs: [string, string, number, Record<string, number>][]): LedgerEvent => ({
  id, kind: 'process', time: day(time), inputs: inputs.map(([lot, massGrams]) => ({ lot, massGrams })),
  outputs: outputs.map(([lotId, product, massGrams, composition]) => ({ id: lotId, product, massGrams, composition })),
});
const extract = (id: string, time: string, lot: string): LedgerEvent =>
  ({ id, kind: 'extract', time: day(time), facility: 'clo-mine', lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: CONCENTRATE } });
const importLot = (id: string, time: string, lot: string, product: string, massGrams: number, composition: Record<string, number>, originCountry: string): LedgerEvent =>
  ({ id, kind: 'import', time: day(time), lot: { id: lot, product, massGrams, composition }, originCountry });
const exportLot = (id: string, time: string, lot: string, massGrams: number, destinationCountry: string): LedgerEvent =>
  ({ id, kind: 'export', time: day(time), lot, massGrams, destinationCountry, licence: 'clo-export' });

for (const engine of engines()) {
  describe(`closure rules on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let keys: Record<string, PrivateKeyFile>;
    const record = (party: string, events: LedgerEvent[]) => captureAt(store, keys[party]!, events, '2024-12-31T10:00:00+08:00');
    const alertsOf = async (rule: string): Promise<Alert[]> => (await listAlerts(store, { role: 'regulator' }, { rule, limit: 500 })).alerts;

    async function fresh(): Promise<void> {
      if (t !== undefined) await t.cleanup();
      t = await makeTestStore(engine);
      store = t.store;
      keys = await loadRegistry(store);
    }
    before(fresh);
    after(async () => t.cleanup());

    /** The separator ships oxide made of the miner's concentrate to trader A (domestic, mined). */
    async function domesticOxideAtTraderA(lot: string, time: string): Promise<string> {
      await record(MINER, [extract(`e-${lot}`, time, `c-${lot}`), ship(`s-${lot}`, time, `c-${lot}`, 1_000_000, SEPARATOR)]);
      await record(SEPARATOR, [
        receive(`r-${lot}`, time, `${MINER}:c-${lot}`, 1_000_000),
        process(`p-${lot}`, time, [[`${MINER}:c-${lot}`, 1_000_000]], [[lot, 'oxide-ndpr', 124_000, { Pr: 25_000, Nd: 80_000 }], [`lace-${lot}`, 'mixed-oxide-lace', 400_000, { La: 130_000, Ce: 250_000 }]]),
        ship(`so-${lot}`, time, lot, 124_000, TRADER_A),
      ]);
      await record(TRADER_A, [receive(`ro-${lot}`, time, `${SEPARATOR}:${lot}`, 124_000)]);
      return `${SEPARATOR}:${lot}`;
    }

    test('round-trip follows a lot over three parties through a repack under a new id and a split back to where it started', async () => {
      await fresh();
      await record(TRADER_A, [importLot('i1', '03-01', 'o1', 'oxide-ndpr', 1_000_000, NDPR_OXIDE, 'MY'), ship('s1', '03-02', 'o1', 1_000_000, TRADER_B)]);
      await record(TRADER_B, [
        receive('r1', '03-04', `${TRADER_A}:o1`, 1_000_000),
        // A "repack": the same oxide under a new lot id, which breaks a lot-by-lot chain.
        process('p1', '03-05', [[`${TRADER_A}:o1`, 1_000_000]], [['o1-bags', 'oxide-ndpr', 1_000_000, NDPR_OXIDE]]),
        ship('s2', '03-06', 'o1-bags', 1_000_000, TRADER_C),
      ]);
      await record(TRADER_C, [receive('r2', '03-08', `${TRADER_B}:o1-bags`, 1_000_000), ship('s3', '03-20', `${TRADER_B}:o1-bags`, 400_000, TRADER_A, 'part')]);
      await runCheck(store);
      const [alert, ...rest] = await alertsOf('round-trip');
      assert.equal(rest.length, 0);
      assert.equal(alert!.party.id, TRADER_A);
      assert.equal(alert!.period, '2024-03');
      assert.deepEqual(alert!.evidence['path'], [TRADER_A, TRADER_B, TRADER_C, TRADER_A]);
      assert.deepEqual(alert!.evidence['events'], [`${TRADER_A}:s1`, `${TRADER_C}:s3`]);
      assert.deepEqual(alert!.evidence['lots'], [`${TRADER_A}:o1`, `${TRADER_C}:part`]);
      assert.equal(alert!.evidence['returnShare'], 1);
      assert.match(alert!.summary, /18 days later/);
    });

    test('round-trip finds toll processing: concentrate sent to a separator and its oxides taken back', async () => {
      await fresh();
      await record(MINER, [extract('e1', '04-01', 'c1'), ship('s1', '04-02', 'c1', 1_000_000, TRADER_A)]);
      await record(TRADER_A, [receive('r1', '04-03', `${MINER}:c1`, 1_000_000), ship('s2', '04-04', `${MINER}:c1`, 1_000_000, SEPARATOR)]);
      await record(SEPARATOR, [
        receive('r2', '04-05', `${MINER}:c1`, 1_000_000),
        process('p1', '04-10', [[`${MINER}:c1`, 1_000_000]], [
          ['ndpr', 'oxide-ndpr', 124_000, { Pr: 25_000, Nd: 80_000 }], ['la', 'oxide-la', 150_000, { La: 127_000 }], ['ce', 'oxide-ce', 300_000, { Ce: 245_000 }],
        ]),
        ship('b1', '04-12', 'ndpr', 124_000, TRADER_A), ship('b2', '04-12', 'la', 150_000, TRADER_A), ship('b3', '04-13', 'ce', 300_000, TRADER_A),
      ]);
      await runCheck(store);
      const [alert, ...rest] = await alertsOf('round-trip');
      assert.equal(rest.length, 0, 'one finding, raised by the shipment that brought back more than half');
      assert.equal(alert!.party.id, TRADER_A);
      assert.deepEqual(alert!.evidence['events'], [`${TRADER_A}:s2`, `${SEPARATOR}:b1`, `${SEPARATOR}:b2`, `${SEPARATOR}:b3`]);
      assert.ok((alert!.evidence['returnedShare'] as number) > 0.95);
      assert.equal(alert!.evidence['productLeft'], 'concentrate-bayan-obo');
    });

    test('round-trip finds an export and a like import by the exporter and by its group', async () => {
      await fresh();
      await domesticOxideAtTraderA('x1', '05-02');
      await domesticOxideAtTraderA('x2', '05-03');
      await record(TRADER_A, [
        exportLot('x1', '05-10', `${SEPARATOR}:x1`, 124_000, 'VN'), exportLot('x2', '05-10', `${SEPARATOR}:x2`, 124_000, 'VN'),
        importLot('i1', '06-01', 'back', 'oxide-ndpr', 120_000, { Pr: 24_500, Nd: 79_000 }, 'VN'),
      ]);
      await record(TRADER_B, [importLot('i2', '06-02', 'back', 'oxide-ndpr', 120_000, { Pr: 25_500, Nd: 78_000 }, 'VN')]);
      await runCheck(store);
      const alerts = await alertsOf('round-trip');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${TRADER_A}:back`, `${TRADER_B}:back`]);
      for (const alert of alerts) assert.equal(alert.party.id, TRADER_A, 'the finding is about the exporter');
      assert.match(alerts.find((a) => a.subject === `${TRADER_B}:back`)!.summary, /imported back by .* of its group/);
    });

    test('round-trip raises nothing for trade, a scrap return, a small buy-back, re-exports of imports, magnets made of a trader\'s metal and a return after the window', async () => {
      await fresh();
      // A trader buys and resells; later it buys another lot from the same supplier.
      const first = await domesticOxideAtTraderA('t1', '02-01');
      await record(TRADER_A, [ship('t1', '02-05', first, 124_000, TRADER_C)]);
      await record(TRADER_C, [receive('t1', '02-07', first, 124_000)]);
      await domesticOxideAtTraderA('t2', '02-20');
      // A magnet maker turns out-of-spec magnets into scrap and returns it to its metal supplier.
      await record(SMELTER, [
        importLot('m0', '03-01', 'ox', 'oxide-ndpr', 1_000_000, NDPR_OXIDE, 'MY'),
        process('m1', '03-02', [['ox', 1_000_000]], [['metal', 'metal-ndpr', 840_000, { Pr: 210_000, Nd: 630_000 }]]),
        ship('m2', '03-03', 'metal', 840_000, MAKER),
      ]);
      await record(MAKER, [
        receive('m3', '03-05', `${SMELTER}:metal`, 840_000),
        process('m4', '03-10', [[`${SMELTER}:metal`, 840_000]], [['magnets', 'magnet-ndfeb-sintered', 2_800_000, { Pr: 210_000, Nd: 630_000 }]]),
        process('m5', '03-15', [['magnets', 1_000_000]], [['rejects', 'scrap-ndfeb-solid', 1_000_000, { Pr: 75_000, Nd: 225_000 }]]),
        ship('m6', '03-16', 'rejects', 1_000_000, SMELTER),
      ]);
      await record(SMELTER, [receive('m7', '03-18', `${MAKER}:rejects`, 1_000_000)]);
      // A trader supplies a separator that blends it with other feed, and buys a little of its oxide.
      await record(MINER, [extract('e1', '04-01', 'c1'), extract('e2', '04-01', 'c2'), ship('s1', '04-02', 'c1', 1_000_000, TRADER_A), ship('s2', '04-02', 'c2', 1_000_000, SEPARATOR)]);
      await record(TRADER_A, [receive('r1', '04-03', `${MINER}:c1`, 1_000_000), ship('s3', '04-04', `${MINER}:c1`, 1_000_000, SEPARATOR)]);
      await record(SEPARATOR, [
        receive('r2', '04-05', `${MINER}:c1`, 1_000_000), receive('r3', '04-05', `${MINER}:c2`, 1_000_000),
        process('p1', '04-10', [[`${MINER}:c1`, 1_000_000], [`${MINER}:c2`, 1_000_000]], [['la', 'oxide-la', 300_000, { La: 254_000 }], ['rest', 'mixed-carbonate-light', 1_500_000, { Ce: 490_000, Pr: 50_000, Nd: 160_000 }]]),
        ship('s4', '04-12', 'la', 100_000, TRADER_A, 'la-part'),
      ]);
      // Imported oxide re-exported, one lot to Japan, one returned to its Malaysian supplier; the
      // next imports from Malaysia are like them.
      await record(TRADER_A, [
        importLot('i1', '05-01', 'my1', 'oxide-ndpr', 1_000_000, NDPR_OXIDE, 'MY'), importLot('i2', '05-01', 'my2', 'oxide-ndpr', 1_000_000, NDPR_OXIDE, 'MY'),
        exportLot('x1', '05-05', 'my1', 1_000_000, 'JP'), exportLot('x2', '05-05', 'my2', 1_000_000, 'MY'),
        importLot('i3', '06-01', 'my3', 'oxide-ndpr', 1_000_000, NDPR_OXIDE, 'MY'),
      ]);
      // A lot that comes back after the window (180 days).
      await record(TRADER_B, [importLot('i4', '06-01', 'late', 'oxide-ndpr', 1_000_000, NDPR_OXIDE, 'LA'), ship('s5', '06-02', 'late', 1_000_000, TRADER_C)]);
      await record(TRADER_C, [receive('r5', '06-04', `${TRADER_B}:late`, 1_000_000), ship('s6', '12-20', `${TRADER_B}:late`, 1_000_000, TRADER_B)]);
      // Toll manufacturing of magnets: a trader's metal made into magnets for it.
      await record(TRADER_C, [importLot('i5', '07-01', 'metal', 'metal-ndpr', 500_000, { Pr: 123_750, Nd: 371_250 }, 'LA'), ship('s7', '07-02', 'metal', 500_000, MAKER)]);
      await record(MAKER, [
        receive('r7', '07-03', `${TRADER_C}:metal`, 500_000),
        process('p2', '07-10', [[`${TRADER_C}:metal`, 500_000]], [['tolled', 'magnet-ndfeb-sintered', 1_700_000, { Pr: 123_750, Nd: 371_250 }]]),
        ship('s8', '07-12', 'tolled', 1_700_000, TRADER_C),
      ]);
      await runCheck(store);
      assert.deepEqual((await alertsOf('round-trip')).map((a) => a.summary), []);
    });

    test('recycler-mineral-ancestry finds concentrate relabelled and diluted by a trader, not scrap or separated residue, and leaves the labelled case to recycler-mineral-intake', async () => {
      await fresh();
      await record(MINER, [extract('e1', '06-01', 'c1'), extract('e2', '06-01', 'c2'), ship('s1', '06-02', 'c1', 1_000_000, TRADER_A), ship('s2', '06-02', 'c2', 1_000_000, SEPARATOR)]);
      await record(RECYCLER, [{ id: 'k1', kind: 'collect', time: day('06-01'), lot: { id: 'swarf', product: 'scrap-ndfeb-swarf', massGrams: 2_000_000, composition: MAGNET_SCRAP }, supplier: { name: '电机厂' } }, ship('k2', '06-02', 'swarf', 2_000_000, TRADER_A)]);
      await record(TRADER_A, [
        receive('r1', '06-03', `${MINER}:c1`, 1_000_000), receive('r2', '06-03', `${RECYCLER}:swarf`, 2_000_000),
        // Half the concentrate renamed as mixed carbonate; the other half blended into magnet scrap.
        process('p1', '06-05', [[`${MINER}:c1`, 500_000]], [['carbonate', 'mixed-carbonate-light', 500_000, { La: 65_000, Ce: 125_000, Pr: 12_500, Nd: 40_000 }]]),
        process('p2', '06-06', [[`${MINER}:c1`, 500_000], [`${RECYCLER}:swarf`, 2_000_000]], [['blend', 'scrap-ndfeb-swarf', 2_500_000, { La: 65_000, Ce: 125_000, Pr: 72_500, Nd: 240_000, Dy: 15_000 }]]),
        ship('s3', '06-07', 'carbonate', 500_000, RECYCLER), ship('s4', '06-07', 'blend', 2_500_000, RECYCLER),
      ]);
      await record(RECYCLER, [receive('r3', '06-09', `${TRADER_A}:carbonate`, 500_000), receive('r4', '06-09', `${TRADER_A}:blend`, 2_500_000)]);
      // Honest: the separator's residue and the magnet maker's swarf go to the recycler.
      await record(SEPARATOR, [
        receive('r5', '06-03', `${MINER}:c2`, 1_000_000),
        process('p3', '06-05', [[`${MINER}:c2`, 1_000_000]], [['lace', 'mixed-oxide-lace', 420_000, { La: 129_000, Ce: 249_000 }], ['ndpr', 'oxide-ndpr', 120_000, { Pr: 24_500, Nd: 79_000 }], ['slag', 'slag-water-leach-residue', 400_000, { La: 1_000, Ce: 1_000, Pr: 500, Nd: 1_000 }]]),
        ship('s5', '06-07', 'slag', 400_000, RECYCLER), ship('s6', '06-07', 'ndpr', 120_000, MAKER),
      ]);
      await record(MAKER, [
        receive('r6', '06-09', `${SEPARATOR}:ndpr`, 120_000),
        process('p4', '06-10', [[`${SEPARATOR}:ndpr`, 120_000]], [['mag', 'magnet-ndfeb-sintered', 300_000, { Pr: 20_000, Nd: 70_000 }], ['sw', 'scrap-ndfeb-swarf', 60_000, { Pr: 4_500, Nd: 9_000 }]]),
        ship('s7', '06-11', 'sw', 60_000, RECYCLER),
      ]);
      await record(RECYCLER, [receive('r7', '06-12', `${SEPARATOR}:slag`, 400_000), receive('r8', '06-12', `${MAKER}:sw`, 60_000)]);
      // Concentrate shipped under its own name: the capture-time rule's case, not raised twice.
      await record(MINER, [extract('e3', '06-01', 'c3'), ship('s8', '06-02', 'c3', 1_000_000, RECYCLER)]);
      await runCheck(store);
      const alerts = await alertsOf('recycler-mineral-ancestry');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${TRADER_A}:blend`, `${TRADER_A}:carbonate`]);
      const carbonate = alerts.find((a) => a.subject === `${TRADER_A}:carbonate`)!;
      assert.equal(carbonate.party.id, RECYCLER);
      assert.equal(carbonate.evidence['mineralShare'], 1);
      assert.deepEqual(carbonate.evidence['path'], [MINER, TRADER_A, RECYCLER]);
      assert.deepEqual(carbonate.evidence['events'], [`${MINER}:e1`, `${TRADER_A}:s3`, `${RECYCLER}:r3`], 'the shipment and the receipt are one finding');
      const blend = alerts.find((a) => a.subject === `${TRADER_A}:blend`)!;
      assert.ok(Math.abs((blend.evidence['mineralShare'] as number) - 242_500 / (242_500 + 275_000)) < 0.001);
      assert.deepEqual((await alertsOf('recycler-mineral-intake')).map((a) => a.subject), [`${MINER}:c3`]);
    });

    test('never-received finds a diversion split into receipts each short by less than a kilogram, not honest weighing differences', async () => {
      await fresh();
      const shipments = (prefix: string, to: string, month: string, count: number) =>
        Array.from({ length: count }, (_, i) => ship(`${prefix}${i}`, `${month}-${String(i + 2).padStart(2, '0')}`, 'stock', 100_000, to, `${prefix}-lot${i}`));
      const receipts = (prefix: string, month: string, count: number, receivedGrams: number) =>
        Array.from({ length: count }, (_, i) => receive(`${prefix}${i}`, `${month}-${String(i + 3).padStart(2, '0')}`, `${TRADER_A}:${prefix}-lot${i}`, receivedGrams));
      await record(TRADER_A, [importLot('i1', '02-01', 'stock', 'oxide-ndpr', 5_000_000, { Pr: 1_060_000, Nd: 3_185_000 }, 'MY'), ...shipments('d', TRADER_C, '03', 12), ...shipments('h', TRADER_B, '03', 12), ...shipments('o', TRADER_C, '04', 1)]);
      // Diversion: 900 g (0.9 %) kept back from each of twelve 100 kg shipments, under the 1 kg floor.
      await record(TRADER_C, [...receipts('d', '03', 12, 99_100), ...receipts('o', '04', 1, 99_200)]);
      // Honest: weighing differences of 0.3 %; and one receipt 800 g short alone in its month.
      await record(TRADER_B, receipts('h', '03', 12, 99_700));
      assert.equal((await alertsOf('short-receipt')).length, 0, 'no receipt is short beyond the tolerance on its own');
      await runCheck(store, { asOf: '2024-12-31T00:00:00+08:00' });
      const [alert, ...rest] = await alertsOf('never-received');
      assert.equal(rest.length, 0);
      assert.equal(alert!.party.id, TRADER_A);
      assert.equal(alert!.period, '2024-03');
      assert.equal(alert!.evidence['receiver'], TRADER_C);
      assert.equal(alert!.evidence['receipts'], 12);
      assert.equal(alert!.evidence['shortTonnes'], 0.011);
      assert.equal(alert!.evidence['shortShare'], 0.009);
    });

    test('bad thresholds for the closure rules are refused with the field named, and change nothing', async () => {
      await fresh();
      for (const [overrides, path] of [
        [{ 'round-trip': { thresholds: { returnedShareMin: -0.5 } } }, 'round-trip.thresholds.returnedShareMin'],
        [{ 'round-trip': { thresholds: { hopsMax: 3 } } }, 'round-trip.thresholds.hopsMax'],
        [{ 'recycler-mineral-ancestry': { thresholds: { mineralShareMin: Number.NaN } } }, 'recycler-mineral-ancestry.thresholds.mineralShareMin'],
        [{ 'recycler-mineral-ancestry': { action: 'refuse' } }, 'recycler-mineral-ancestry.action'],
      ] as const) {
        await assert.rejects(saveRuleOverrides(store.db, overrides), (error: Error & { problems?: { path: string }[] }) => {
          assert.deepEqual(error.problems?.map((p) => p.path), [path]);
          return true;
        });
      }
      const row = await store.db.selectFrom('meta').select('value').where('key', '=', 'supervision.rules').executeTakeFirst();
      assert.equal(row, undefined);
    });
  });
}
