// Licence coverage (scope, facility, ore type, history) and time (events judged by the registry of
// their own time; corrections dated by the corrected event's time), each on cases from the law that
// must fire and honest near misses that must not, on every engine at hand.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { InputRefused } from '../problems.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAt } from '../testing/fixtures.ts';
import { listAlerts, runCheck, type Alert } from './index.ts';
import { overrideProblems } from './config.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const ROCK_MINER = uscc('150200', 'LTROCK01');
const CLAY_MINER = uscc('360700', 'LTCLAY01');
const SEPARATOR = uscc('150200', 'LTSEPA01');
const SMELTER = uscc('150200', 'LTSMLT01');
const TRADER = uscc('330200', 'LTTRAD01');

const CONCENTRATE = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 }; // 1 t Bayan Obo concentrate, ≈ 0.56 t REO
const IONIC = { Y: 500_000, Dy: 60_000, Nd: 30_000, Tb: 10_000 }; // 1 t ionic concentrate, ≈ 0.75 t REO
const YEAR = { validFrom: '2024-01-01', validTo: '2024-12-31' };
const JUNE_REPORT = '2024-07-05T10:00:00+08:00';

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [ROCK_MINER, CLAY_MINER, SEPARATOR, SMELTER, TRADER]) keys[party] = await generateKeyFile(party);
  const enterprise = (id: string, roles: string[], region: string, name: string) => ({ id, kind: 'enterprise', roles, nameZh: name, nameEn: name, region });
  await importRegistry(store, {
    parties: [
      enterprise(ROCK_MINER, ['miner'], '150200', 'Rock Mining'), enterprise(CLAY_MINER, ['miner'], '360700', 'Clay Mining'),
      enterprise(SEPARATOR, ['separator'], '150200', 'Separation'), enterprise(SMELTER, ['metal-smelter'], '150200', 'Smelting'),
      enterprise(TRADER, ['trader', 'exporter'], '330200', 'Trading'),
    ],
    licences: [
      { id: 'lic-rock-2024h1', party: ROCK_MINER, activity: 'mining', validFrom: '2024-01-01', validTo: '2024-06-30' },
      { id: 'lic-rock-2024h2', party: ROCK_MINER, activity: 'mining', validFrom: '2024-07-01', validTo: '2024-12-31' },
      { id: 'lic-clay', party: CLAY_MINER, activity: 'mining', ...YEAR },
      { id: 'lic-separation', party: SEPARATOR, activity: 'separation', scope: { products: ['oxide-la', 'oxide-ce', 'oxide-ndpr', 'mixed-carbonate-light', 'oxide-y', 'oxide-dy'] }, ...YEAR },
      { id: 'lic-smelting', party: SMELTER, activity: 'metal-smelting', ...YEAR },
      { id: 'lic-export', party: TRADER, activity: 'export', scope: { elements: ['Dy'] }, ...YEAR },
    ],
    facilities: [
      { id: 'pit-rock', party: ROCK_MINER, kind: 'mine', nameZh: '岩矿', nameEn: 'Rock pit', region: '150206', licence: 'lic-rock-2024h1', listed: true },
      { id: 'pit-clay', party: CLAY_MINER, kind: 'mine', nameZh: '离子矿', nameEn: 'Clay pit', region: '360700', licence: 'lic-clay', listed: true },
      { id: 'plant-sep', party: SEPARATOR, kind: 'plant', nameZh: '分离厂', nameEn: 'Separation plant', region: '150200' },
      { id: 'plant-sep-2', party: SEPARATOR, kind: 'plant', nameZh: '二分厂', nameEn: 'Second plant', region: '150200', licence: 'lic-separation' },
      { id: 'plant-smelt', party: SMELTER, kind: 'plant', nameZh: '金属厂', nameEn: 'Metal plant', region: '150200', licence: 'lic-smelting' },
      { id: 'wh-trader', party: TRADER, kind: 'warehouse', nameZh: '仓库', nameEn: 'Warehouse', region: '330200' },
    ],
    quotas: [
      // The clay miner holds a large rock quota and a small ionic one; quotas of one ore type do
      // not cover the other. The rock miner holds a rock quota only.
      { id: 'q-rock', year: 2024, batch: 1, holder: ROCK_MINER, activity: 'mining', oreType: 'rock', tonnesReo: 10 },
      { id: 'q-clay-rock', year: 2024, batch: 1, holder: CLAY_MINER, activity: 'mining', oreType: 'rock', tonnesReo: 10 },
      { id: 'q-clay-ionic', year: 2024, batch: 1, holder: CLAY_MINER, activity: 'mining', oreType: 'ionic', tonnesReo: 1 },
      { id: 'q-separation', year: 2024, batch: 1, holder: SEPARATOR, activity: 'separation', oreType: 'rock', tonnesReo: 10 },
    ],
    keys: Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return keys;
}

const extract = (id: string, facility: string, lot: string, product: string, composition: Record<string, number>, time = '2024-06-03T08:00:00+08:00'): LedgerEvent =>
  ({ id, kind: 'extract', time, facility, lot: { id: lot, product, massGrams: 1_000_000, composition } });
const ship = (id: string, lot: string, to: string, time = '2024-06-04T08:00:00+08:00'): LedgerEvent => ({ id, kind: 'ship', time, lot, massGrams: 1_000_000, to });
const receive = (id: string, lot: string, time = '2024-06-06T08:00:00+08:00'): LedgerEvent => ({ id, kind: 'receive', time, lot, massGrams: 1_000_000 });

async function alertsOf(store: Store, rule: string): Promise<Alert[]> {
  return (await listAlerts(store, { role: 'regulator' }, { rule, limit: 500 })).alerts;
}

async function refusal(promise: Promise<unknown>): Promise<InputRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRefused) return error;
    throw error;
  }
  assert.fail('expected the input to be refused');
}

for (const engine of engines()) {
  describe(`licences and time on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let keys: Record<string, PrivateKeyFile>;
    const record = (party: string, events: LedgerEvent[], recordedAt = JUNE_REPORT) => captureAt(store, keys[party]!, events, recordedAt);

    async function fresh(): Promise<void> {
      if (t !== undefined) await t.cleanup();
      t = await makeTestStore(engine);
      store = t.store;
      keys = await loadRegistry(store);
    }
    before(fresh);
    after(async () => t.cleanup());

    /** The separator holds concentrate lot c1 (1 t, rock) and i1 (1 t, ionic). */
    async function separatorWithFeed(): Promise<void> {
      await record(CLAY_MINER, [extract('e1', 'pit-clay', 'i1', 'concentrate-ionic-high-y', IONIC), ship('s1', 'i1', SEPARATOR)]);
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE), ship('s1', 'c1', SEPARATOR)]);
      await record(SEPARATOR, [receive('r1', `${CLAY_MINER}:i1`), receive('r2', `${ROCK_MINER}:c1`)]);
    }
    const separate = (id: string, input: string, facility: string, output: { product: string; composition: Record<string, number> }, massGrams = 100_000): LedgerEvent => ({
      id, kind: 'process', time: '2024-06-10T08:00:00+08:00', facility, inputs: [{ lot: input, massGrams }],
      outputs: [{ id: `out-${id}`, product: output.product, massGrams: Math.round(massGrams / 2), composition: output.composition }],
    });
    const LACE = { product: 'oxide-la', composition: { La: 10_000 } };

    test('unlicensed-separation: a licensed separator at its licensed plant, inside scope and quota, raises nothing; another plant, a product outside the scope or ionic feed on a rock quota fires', async () => {
      await fresh();
      await separatorWithFeed();
      // Near miss: licensed, rock quota, rock feed, a product in scope, at the plant the licence is bound to.
      await record(SEPARATOR, [separate('p1', `${ROCK_MINER}:c1`, 'plant-sep-2', LACE)]);
      assert.equal((await alertsOf(store, 'unlicensed-separation')).length, 0);

      // The same run at the separator's other plant, which the licence does not cover.
      await record(SEPARATOR, [separate('p2', `${ROCK_MINER}:c1`, 'plant-sep', LACE)]);
      const [elsewhere] = await alertsOf(store, 'unlicensed-separation');
      assert.equal(elsewhere!.subject, 'plant-sep');
      assert.deepEqual(elsewhere!.evidence['reasons'], ['licence lic-separation covers the plants plant-sep-2, not plant-sep']);

      // At the licensed plant: terbium oxide, outside the licence's product scope, then ionic feed.
      await record(SEPARATOR, [
        separate('p3', `${ROCK_MINER}:c1`, 'plant-sep-2', { product: 'oxide-tb', composition: { Tb: 400 } }),
        separate('p4', `${CLAY_MINER}:i1`, 'plant-sep-2', { product: 'oxide-y', composition: { Y: 30_000 } }),
      ]);
      const licensed = (await alertsOf(store, 'unlicensed-separation')).find((a) => a.subject === 'plant-sep-2')!;
      assert.deepEqual(licensed.evidence['events'], [`${SEPARATOR}:p3`, `${SEPARATOR}:p4`]);
      const reasons = (licensed.evidence['reasons'] as string[]).join(' | ');
      assert.match(reasons, /licence lic-separation covers the products .*, not oxide-tb/);
      assert.match(reasons, /no ionic-ore separation quota for 2024/);
      assert.equal(licensed.evidence['feedTonnesReo'], 0.133, '0.058 t REO of concentrate and 0.075 t of ionic concentrate');
    });

    test('unlicensed-separation fires for a metal smelter separating concentrate, split into small runs: one alert for the plant and month with every run', async () => {
      await fresh();
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE), ship('s1', 'c1', SMELTER)]);
      await record(SMELTER, [receive('r1', `${ROCK_MINER}:c1`)]);
      // Near miss first: the smelter's own trade, oxide into metal, is not separation.
      await record(SMELTER, [{
        id: 'i1', kind: 'import', time: '2024-06-07T08:00:00+08:00', lot: { id: 'ndpr', product: 'oxide-ndpr', massGrams: 100_000, composition: { Pr: 20_000, Nd: 65_000 } }, originCountry: 'MM',
      }, {
        id: 'm1', kind: 'process', time: '2024-06-08T08:00:00+08:00', facility: 'plant-smelt', inputs: [{ lot: 'ndpr', massGrams: 100_000 }],
        outputs: [{ id: 'metal', product: 'metal-ndpr', massGrams: 84_000, composition: { Pr: 19_800, Nd: 64_200 } }],
      }]);
      assert.equal((await alertsOf(store, 'unlicensed-separation')).length, 0);
      await record(SMELTER, [1, 2, 3, 4].map((n) => separate(`p${n}`, `${ROCK_MINER}:c1`, 'plant-smelt', { product: 'oxide-la', composition: { La: 4_000 } }, 10_000)));
      const alerts = await alertsOf(store, 'unlicensed-separation');
      assert.equal(alerts.length, 1);
      assert.equal(alerts[0]!.party.id, SMELTER);
      assert.equal((alerts[0]!.evidence['events'] as string[]).length, 4);
      const reasons = (alerts[0]!.evidence['reasons'] as string[]).join(' ');
      assert.match(reasons, /holds no separation licence/);
      assert.match(reasons, /plant plant-smelt is registered under licence lic-smelting, which does not cover this separation: .*metal-smelting licence, not a separation licence/);
      assert.match(reasons, /no rock-ore separation quota/);
    });

    test('illegal-mining: the mine re-pointed to its renewed licence keeps June legal; extraction after the old licence ended with no renewal fires', async () => {
      await fresh();
      // The regulator re-points the mine on 07-01; the miner then reports June and July.
      await importRegistry(store, { facilities: [{ id: 'pit-rock', party: ROCK_MINER, kind: 'mine', nameZh: '岩矿', nameEn: 'Rock pit', region: '150206', licence: 'lic-rock-2024h2', listed: true, since: '2024-07-01T00:00:00+08:00' }] });
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE), extract('e2', 'pit-rock', 'c2', 'concentrate-bayan-obo', CONCENTRATE, '2024-07-03T08:00:00+08:00')], '2024-07-05T10:00:00+08:00');
      assert.equal((await alertsOf(store, 'illegal-mining')).length, 0);
      // The clay miner's only licence ends 12-31: extraction on 2025-01-02 is outside it (and
      // outside any 2025 quota).
      await record(CLAY_MINER, [extract('e1', 'pit-clay', 'i1', 'concentrate-ionic-light', IONIC, '2025-01-02T08:00:00+08:00')], '2025-01-05T10:00:00+08:00');
      const [alert] = await alertsOf(store, 'illegal-mining');
      assert.equal(alert!.party.id, CLAY_MINER);
      assert.match((alert!.evidence['reasons'] as string[]).join(' '), /lic-clay is valid 2024-01-01 to 2024-12-31, not on 2025-01-02/);
    });

    test('illegal-mining: a registry loaded already re-pointed still lets the old licence cover the months before the renewal', async () => {
      await fresh();
      await importRegistry(store, { facilities: [{ id: 'pit-rock', party: ROCK_MINER, kind: 'mine', nameZh: '岩矿', nameEn: 'Rock pit', region: '150206', licence: 'lic-rock-2024h2', listed: true, since: '2024-01-01T00:00:00+08:00' }] });
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE)]);
      assert.equal((await alertsOf(store, 'illegal-mining')).length, 0);
    });

    test('illegal-mining: a licence revoked on 07-01 covers June reported on 07-05, not July; a mine delisted on 07-01 likewise', async () => {
      await fresh();
      await importRegistry(store, {
        licences: [{ id: 'lic-clay', party: CLAY_MINER, activity: 'mining', ...YEAR, status: 'revoked', since: '2024-07-01T00:00:00+08:00' }],
        facilities: [{ id: 'pit-rock', party: ROCK_MINER, kind: 'mine', nameZh: '岩矿', nameEn: 'Rock pit', region: '150206', licence: 'lic-rock-2024h1', listed: false, since: '2024-07-01T00:00:00+08:00' }],
      });
      await record(CLAY_MINER, [extract('e1', 'pit-clay', 'i1', 'concentrate-ionic-light', IONIC)]);
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE)]);
      assert.equal((await alertsOf(store, 'illegal-mining')).length, 0, 'June, judged by the registry of June');
      await record(CLAY_MINER, [extract('e2', 'pit-clay', 'i2', 'concentrate-ionic-light', IONIC, '2024-07-02T08:00:00+08:00')], '2024-07-05T11:00:00+08:00');
      await record(ROCK_MINER, [extract('e2', 'pit-rock', 'c2', 'concentrate-bayan-obo', CONCENTRATE, '2024-07-02T08:00:00+08:00')], '2024-07-05T11:00:00+08:00');
      const alerts = await alertsOf(store, 'illegal-mining');
      const reasons = (party: string) => (alerts.find((a) => a.party.id === party)?.evidence['reasons'] as string[]).join(' ');
      assert.match(reasons(CLAY_MINER), /licence lic-clay was revoked on 2024-07-02/);
      assert.match(reasons(ROCK_MINER), /not on the published list/);
      assert.ok(alerts.every((a) => a.period === '2024-07'));
    });

    test('illegal-mining fires for ionic ore mined on a rock quota alone; over-quota holds each ore type to its own quota, never the sum', async () => {
      await fresh();
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'i1', 'concentrate-ionic-high-y', IONIC)]);
      const [mining] = await alertsOf(store, 'illegal-mining');
      assert.match((mining!.evidence['reasons'] as string[]).join(' '), /holds no ionic-ore mining quota for 2024/);

      // Near miss: the clay miner, 0.75 t REO of ionic ore against its 1 t ionic quota, and rock ore.
      await record(CLAY_MINER, [extract('e1', 'pit-clay', 'i1', 'concentrate-ionic-light', IONIC), extract('e2', 'pit-clay', 'c1', 'concentrate-bayan-obo', CONCENTRATE)]);
      await runCheck(store);
      assert.equal((await alertsOf(store, 'over-quota')).filter((a) => a.party.id === CLAY_MINER).length, 0);
      // A second ionic lot in July: 1.5 t REO of ionic ore, over the 1 t ionic quota though the
      // miner's use (2.1 t REO) is far under the sum of its quotas (11 t).
      await record(CLAY_MINER, [extract('e3', 'pit-clay', 'i2', 'concentrate-ionic-light', IONIC, '2024-07-03T08:00:00+08:00')], '2024-08-05T10:00:00+08:00');
      await runCheck(store);
      const [over, ...more] = (await alertsOf(store, 'over-quota')).filter((a) => a.party.id === CLAY_MINER);
      assert.equal(more.length, 0);
      assert.equal(over!.period, '2024-07');
      assert.deepEqual(over!.evidence['overOreTypes'], ['ionic']);
      assert.equal(over!.evidence['ionicUsedTonnesReo'], 1.501);
      assert.equal(over!.evidence['ionicQuotaTonnesReo'], 1);
      assert.deepEqual(over!.evidence['events'], [`${CLAY_MINER}:e3`]);
    });

    test('unlicensed-export reads the licence\'s element scope: terbium under a dysprosium licence fires, dysprosium does not', async () => {
      await fresh();
      const imported = (id: string, product: string, composition: Record<string, number>): LedgerEvent =>
        ({ id: `i-${id}`, kind: 'import', time: '2024-06-02T08:00:00+08:00', lot: { id, product, massGrams: 100_000, composition }, originCountry: 'MM' });
      const exported = (id: string): LedgerEvent => ({ id: `x-${id}`, kind: 'export', time: '2024-06-10T08:00:00+08:00', lot: id, massGrams: 100_000, destinationCountry: 'JP', licence: 'lic-export' });
      await record(TRADER, [imported('dy', 'oxide-dy', { Dy: 87_000 }), imported('tb', 'oxide-tb', { Tb: 85_000 }), exported('dy')]);
      assert.equal((await alertsOf(store, 'unlicensed-export')).length, 0);
      await record(TRADER, [exported('tb')]);
      const [alert] = await alertsOf(store, 'unlicensed-export');
      assert.match(alert!.summary, /licence lic-export covers the elements Dy, not Tb/);
    });

    test('a receipt corrected months later is dated by the receipt: neither overdue nor late; a receipt truly 161 days after shipment fires', async () => {
      await fresh();
      await record(ROCK_MINER, [
        extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE), extract('e2', 'pit-rock', 'c2', 'concentrate-bayan-obo', CONCENTRATE),
        ship('s1', 'c1', SEPARATOR), ship('s2', 'c2', SEPARATOR),
      ]);
      await record(SEPARATOR, [receive('r1', `${ROCK_MINER}:c1`)]);
      // November: the separator corrects its June receipt (a weighbridge note).
      await record(SEPARATOR, [{
        id: 'r1-fix', kind: 'correct', time: '2024-11-12T09:00:00+08:00', corrects: 'r1', reason: 'weighbridge ticket number',
        replacement: { id: 'r1-fix', kind: 'receive', time: '2024-06-06T08:00:00+08:00', lot: `${ROCK_MINER}:c1`, massGrams: 1_000_000, note: 'ticket 0612-7' },
      }, receive('r2', `${ROCK_MINER}:c2`, '2024-11-12T08:00:00+08:00')], '2024-11-12T10:00:00+08:00');
      await runCheck(store, { asOf: '2024-12-01T00:00:00+08:00' });
      const overdue = await alertsOf(store, 'never-received');
      assert.deepEqual(overdue.map((a) => a.subject), [`${ROCK_MINER}:c2`], 'only the receipt made 161 days after shipment');
      assert.match(overdue[0]!.summary, /received only after 161 days/);
      assert.equal((await alertsOf(store, 'late-report')).length, 0, 'a correction is not a late report');
    });

    test('a party suspended on 07-01 files its June data on 07-05, and may be shipped to in June; July is refused', async () => {
      await fresh();
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE), extract('e2', 'pit-rock', 'c2', 'concentrate-bayan-obo', CONCENTRATE)]);
      await importRegistry(store, { parties: [{ id: SEPARATOR, kind: 'enterprise', roles: ['separator'], nameZh: 'Separation', nameEn: 'Separation', region: '150200', status: 'suspended', since: '2024-07-01T00:00:00+08:00' }] });
      await record(ROCK_MINER, [ship('s1', 'c1', SEPARATOR, '2024-06-20T08:00:00+08:00')]);
      await record(SEPARATOR, [receive('r1', `${ROCK_MINER}:c1`, '2024-06-22T08:00:00+08:00')]);
      const july = await refusal(record(SEPARATOR, [{ id: 'a1', kind: 'adjust', time: '2024-07-02T08:00:00+08:00', lot: `${ROCK_MINER}:c1`, deltaGrams: -1_000, reason: 'moisture' }], '2024-07-05T11:00:00+08:00'));
      assert.equal(july.problems[0]!.path, 'document.events[0].time');
      assert.match(july.problems[0]!.reason, /was suspended at 2024-07-02T08:00:00\+08:00/);
      const shipped = await refusal(record(ROCK_MINER, [ship('s2', 'c2', SEPARATOR, '2024-07-02T08:00:00+08:00')], '2024-07-05T11:00:00+08:00'));
      assert.match(shipped.problems[0]!.reason, /is suspended and may not receive goods/);
    });

    test('a party registered suspended with no date files its June receipt on 07-08; what it does after the registry recorded the suspension is refused', async () => {
      await fresh();
      // The registry learns of a suspension (which took effect on 07-01) without its date.
      const suspended = uscc('150200', 'LTSUSP01');
      keys[suspended] = await generateKeyFile(suspended);
      await importRegistry(store, {
        parties: [{ id: suspended, kind: 'enterprise', roles: ['separator'], nameZh: 'Suspended', nameEn: 'Suspended', region: '150200', status: 'suspended' }],
        keys: [{ party: suspended, publicJwk: keys[suspended]!.publicJwk, validFrom: '2020-01-01T00:00:00Z' }],
      });
      await record(ROCK_MINER, [extract('e1', 'pit-rock', 'c1', 'concentrate-bayan-obo', CONCENTRATE), ship('s1', 'c1', suspended, '2024-06-20T08:00:00+08:00')]);
      await record(suspended, [receive('r1', `${ROCK_MINER}:c1`, '2024-06-22T08:00:00+08:00')], '2024-07-08T10:00:00+08:00');
      await runCheck(store, { asOf: '2024-08-20T00:00:00+08:00' });
      assert.deepEqual((await listAlerts(store, { role: 'regulator' }, { limit: 50 })).alerts.map((a) => a.rule.id), [], 'June judged as June');

      // After the registry recorded the suspension: refused, from the party and to it.
      const later = new Date(Date.now() + 60_000).toISOString();
      const recordedAt = new Date(Date.now() + 120_000).toISOString();
      const own = await refusal(record(suspended, [{ id: 'a1', kind: 'adjust', time: later, lot: `${ROCK_MINER}:c1`, deltaGrams: -1_000, reason: 'moisture' }], recordedAt));
      assert.equal(own.problems[0]!.path, 'document.events[0].time');
      assert.match(own.problems[0]!.reason, /was suspended at/);
      await record(ROCK_MINER, [extract('e2', 'pit-rock', 'c2', 'concentrate-bayan-obo', CONCENTRATE)]);
      const shipped = await refusal(record(ROCK_MINER, [ship('s2', 'c2', suspended, later)], recordedAt));
      assert.match(shipped.problems[0]!.reason, /is suspended and may not receive goods/);
    });
  });
}

test('the configuration of unlicensed-separation refuses a negative grace, naming the field', () => {
  const problems = overrideProblems({ 'unlicensed-separation': { thresholds: { licenceGraceDays: -1 } } });
  assert.deepEqual(problems.map((p) => p.path), ['unlicensed-separation.thresholds.licenceGraceDays']);
});
