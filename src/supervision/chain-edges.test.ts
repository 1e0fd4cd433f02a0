// The principles the ninth and tenth blind red-team rounds were answered with, each firing case
// beside its honest neighbour, on every engine at hand: the chain's edges (a registered party is no
// final user and no scrap supplier; Hong Kong is across a customs border; feed separated abroad
// comes back as a round trip), residue that stays waste and radioactive, licences read by the feed
// they name, reports due only from those the law obliges, corrections that move output across New
// Year or rewrite where material went, and receipts no transport could make.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines } from '../testing/engines.ts';
import { publicKeysOf, ruleWorld } from '../testing/rule-world.ts';
import { runCheck } from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const SEPARATOR = uscc('150200', 'EDGSEP01');
const TRADER = uscc('310000', 'EDGTRD01');
const OTHER_TRADER = uscc('110000', 'EDGTRD02');
const MAKER = uscc('330200', 'EDGMAG01');
const RECYCLER = uscc('360700', 'EDGREC01');
const HONG_KONG = uscc('810000', 'EDGHKG01');
const MINER = uscc('150200', 'EDGMIN01');
const PARTIES = [SEPARATOR, TRADER, OTHER_TRADER, MAKER, RECYCLER, HONG_KONG, MINER];

const TONNE = 1_000_000;
const YEAR = { validFrom: '2024-01-01', validTo: '2026-12-31' };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of PARTIES) keys[party] = await generateKeyFile(party);
  const enterprise = (id: string, roles: string[], name: string, region: string) => ({ id, kind: 'enterprise' as const, roles: roles as never, nameZh: name, nameEn: name, region });
  await importRegistry(store, {
    parties: [
      enterprise(SEPARATOR, ['separator', 'importer'], 'Edge Separation', '150200'),
      enterprise(TRADER, ['trader', 'exporter', 'importer'], 'Edge Trading', '310000'),
      enterprise(OTHER_TRADER, ['trader', 'importer'], 'Edge Other Trading', '110000'),
      enterprise(MAKER, ['magnet-maker'], 'Edge Magnets', '330200'),
      enterprise(RECYCLER, ['recycler'], 'Edge Recycling', '360700'),
      enterprise(HONG_KONG, ['trader'], 'Edge Hong Kong Trading', '810000'),
      enterprise(MINER, ['miner'], 'Edge Mining', '150200'),
    ],
    facilities: [{ id: 'e-mine', party: MINER, kind: 'mine', nameZh: '矿山', nameEn: 'Mine', region: '150200', licence: 'e-mining', listed: true }],
    licences: [
      { id: 'e-separation', party: SEPARATOR, activity: 'separation', ...YEAR, scope: { products: ['concentrate-bayan-obo', 'concentrate-mianning', 'oxide-ndpr', 'oxide-la', 'oxide-ce'] } },
      { id: 'e-recycling', party: RECYCLER, activity: 'recycling', ...YEAR },
      { id: 'e-mining', party: MINER, activity: 'mining', ...YEAR },
    ],
    quotas: [2024, 2025].map((year) => ({ id: `q-${year}`, year, batch: 1, holder: SEPARATOR, activity: 'separation' as const, oreType: 'rock' as const, tonnesReo: 10_000 })),
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string, time = '08:00') => `2025-${day}T${time}:00+08:00`;
type Grams = Record<string, number>;
const BAYAN_OBO = { La: 0.26, Ce: 0.5, Pr: 0.05, Nd: 0.17, Sm: 0.01, Gd: 0.005, Y: 0.005 };
const LONGNAN = { Y: 0.6, Dy: 0.07, Tb: 0.012, Gd: 0.06, Nd: 0.04, La: 0.02, Er: 0.04, Ho: 0.015, Yb: 0.04, Sm: 0.03, Eu: 0.001 };
const lotOf = (t: number, grade: number, shares: Grams): Grams => Object.fromEntries(Object.entries(shares).map(([e, s]) => [e, Math.round(t * TONNE * grade * s)]));
const imported = (id: string, product: string, t: number, composition: Grams, originCountry = 'MY', day = '07-01'): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at(day), lot: { id, product, massGrams: Math.round(t * TONNE), composition }, originCountry });
const processed = (id: string, day: string, inputs: [string, number][], outputs: [string, string, number, Grams][]): LedgerEvent => ({
  id, kind: 'process', time: at(day), inputs: inputs.map(([lot, t]) => ({ lot, massGrams: Math.round(t * TONNE) })),
  outputs: outputs.map(([lot, product, t, composition]) => ({ id: lot, product, massGrams: Math.round(t * TONNE), composition })),
});
const exported = (id: string, lot: string, t: number, country: string, day: string): LedgerEvent => ({ id, kind: 'export', time: at(day), lot, massGrams: Math.round(t * TONNE), destinationCountry: country });

for (const engine of engines()) {
  describe(`the chain's edges from the blind rounds on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-09-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('high-yttrium ionic concentrate, a mixed oxide under heading 2846, needs the dual-use licence; Bayan Obo concentrate, an ore, does not', async () => {
      await fresh();
      await record(TRADER, [
        imported('hy', 'concentrate-ionic-high-y', 10, lotOf(10, 0.78, LONGNAN), 'MM'), imported('bo', 'concentrate-bayan-obo', 10, lotOf(10, 0.42, BAYAN_OBO), 'AU'),
        exported('x-hy', 'hy', 10, 'JP', '07-10'), exported('x-bo', 'bo', 10, 'JP', '07-10'),
      ]);
      assert.deepEqual((await alertsOf('unlicensed-export')).map((a) => a.subject), [`${TRADER}:x-hy`]);
    });

    test('a shipment of dysprosium oxide to a party registered in Hong Kong is an export; to one in Beijing it is not', async () => {
      await fresh();
      await record(TRADER, [
        imported('dy1', 'oxide-dy', 1, { Dy: 860_000 }), imported('dy2', 'oxide-dy', 1, { Dy: 860_000 }),
        { id: 's-hk', kind: 'ship', time: at('07-10'), lot: 'dy1', massGrams: TONNE, to: HONG_KONG },
        { id: 's-bj', kind: 'ship', time: at('07-10'), lot: 'dy2', massGrams: TONNE, to: OTHER_TRADER },
      ]);
      const alerts = await alertsOf('unlicensed-export');
      assert.deepEqual(alerts.map((a) => a.subject), [`${TRADER}:s-hk`]);
      assert.match(alerts[0]!.summary, /export of 1 t of oxide-dy .* to HK: no export licence cited/);
    });

    test('concentrate exported and its NdPr oxide imported back by another party is separation abroad; Dy oxide sold abroad and Dy–Fe alloy bought back by another is trade', async () => {
      await fresh();
      const conc = lotOf(400, 0.42, BAYAN_OBO);
      const ndpr = { Pr: Math.round(conc['Pr']! * 0.95), Nd: Math.round(conc['Nd']! * 0.95) };
      await record(TRADER, [imported('c', 'concentrate-bayan-obo', 400, conc, 'AU', '06-01'), exported('x-c', 'c', 400, 'VN', '07-20'), imported('dy', 'oxide-dy', 2, { Dy: 1_720_000 }, 'MM', '06-01'), exported('x-dy', 'dy', 2, 'JP', '07-20')]);
      await record(OTHER_TRADER, [imported('vn-ndpr', 'oxide-ndpr', 40, ndpr, 'VN', '09-08'), imported('jp-dyfe', 'alloy-dyfe', 2.1, { Dy: 1_660_000 }, 'JP', '09-08')], '2025-09-20T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = await alertsOf('round-trip');
      assert.deepEqual(alerts.map((a) => a.subject), [`${OTHER_TRADER}:vn-ndpr`]);
      assert.match(alerts[0]!.summary, /was exported to VN and imported back/);
    });

    test('scrap "collected" from a registered magnet maker that never held anything it could fall from is not its scrap; sludge collected from an unregistered workshop is scrap', async () => {
      await fresh();
      const sludge = (id: string, supplier: { name: string; id?: string }): LedgerEvent =>
        ({ id: `c-${id}`, kind: 'collect', time: at('07-12'), lot: { id, product: 'scrap-ndfeb-swarf', massGrams: 10 * TONNE, composition: { Pr: 600_000, Nd: 1_900_000 } }, supplier });
      await record(RECYCLER, [sludge('from-maker', { name: 'Edge Magnets', id: MAKER }), sludge('from-workshop', { name: '宁波北仑精磨加工厂' })]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject), [`${RECYCLER}:from-maker`]);
      assert.match(alerts[0]!.summary, /collected from Edge Magnets \(.*\), a registered party whose books held no metal, alloy, magnet it could have fallen from/);
      assert.match(String(alerts[0]!.summaryZh), /登记企业.*无从产生/);
    });

    test('a separation licence written for bastnaesite does not cover monazite feed; Bayan Obo feed it covers', async () => {
      await fresh();
      const separation = (id: string, product: string) => [
        imported(`${id}-c`, product, 100, lotOf(100, 0.42, BAYAN_OBO), 'AU'),
        processed(id, '07-10', [[`${id}-c`, 100]], [[`${id}-la`, 'oxide-la', 12, lotOf(12, 0.82, { La: 1 })], [`${id}-ce`, 'oxide-ce', 22, lotOf(22, 0.8, { Ce: 1 })], [`${id}-res`, 'slag-monazite-residue', 45, { Ce: 300_000 }]]),
      ];
      await record(SEPARATOR, [...separation('mz', 'concentrate-monazite'), ...separation('bo', 'concentrate-bayan-obo')]);
      const alerts = await alertsOf('unlicensed-separation');
      assert.equal(alerts.length, 1);
      assert.deepEqual(alerts[0]!.evidence['events'], [`${SEPARATOR}:mz`]);
      assert.match(alerts[0]!.summary, /licence e-separation covers the products .*, not concentrate-monazite/);
    });

    test('radioactive residue blended into concentrate, relabelled ordinary slag or shrunk by a re-leach is residue lost; limed and heavier, it is still residue', async () => {
      await fresh();
      const cake = (id: string, t: number) => imported(id, 'slag-monazite-residue', t, { Ce: Math.round(t * 6_000), La: Math.round(t * 3_000) }, 'AU');
      await record(SEPARATOR, [
        cake('r1', 100), cake('r2', 100), cake('r3', 100), cake('r4', 100), imported('c', 'concentrate-bayan-obo', 300, lotOf(300, 0.42, BAYAN_OBO), 'AU'),
        processed('blend', '07-10', [['r1', 100], ['c', 300]], [['c-blend', 'concentrate-bayan-obo', 400, lotOf(300, 0.42, BAYAN_OBO)]]),
        processed('stabilise', '07-10', [['r2', 100]], [['r2-slag', 'slag-electrolysis', 110, { Ce: 600_000 }]]),
        processed('releach', '07-10', [['r3', 100]], [['r3-small', 'slag-monazite-residue', 30, { Ce: 500_000 }]]),
        processed('lime', '07-10', [['r4', 100]], [['r4-limed', 'slag-monazite-residue', 115, { Ce: 600_000, La: 300_000 }]]),
      ]);
      await runCheck(world.store);
      const problems = (await alertsOf('residue-disposal')).map((a) => [String((a.evidence['events'] as string[])[0] ?? ''), String(a.evidence['problem'])]);
      const of = (id: string) => problems.filter(([ref]) => ref === `${SEPARATOR}:${id}`).map(([, p]) => p).sort();
      assert.deepEqual(of('blend'), ['radioactive residue relabelled', 'residue passed off as ore']);
      assert.deepEqual(of('stabilise'), ['radioactive residue relabelled']);
      assert.deepEqual(of('releach'), ['radioactive residue shrank']);
      assert.deepEqual(of('lime'), []);
    });

    test('a magnet maker, which the law does not oblige to report, reporting late raises nothing; a separator late does', async () => {
      await fresh();
      await record(MAKER, [imported('m', 'metal-ndpr', 1, { Pr: 240_000, Nd: 740_000 })], '2025-08-20T10:00:00+08:00');
      await record(SEPARATOR, [imported('s', 'oxide-ndpr', 1, { Pr: 200_000, Nd: 640_000 })], '2025-08-20T10:00:00+08:00');
      await runCheck(world.store);
      assert.deepEqual((await alertsOf('late-report')).map((a) => a.party.id), [SEPARATOR]);
    });

    test('a December extraction re-dated into January on the 8th leaves its quota year however soon; a delivery re-pointed to another customer, or an export struck out, months later rewrites a reported flow', async () => {
      await fresh();
      const dug: LedgerEvent = { id: 'dec-ext', kind: 'extract', time: '2024-12-20T08:00:00+08:00', facility: 'e-mine', lot: { id: 'dec-c', product: 'concentrate-bayan-obo', massGrams: 600 * TONNE, composition: lotOf(600, 0.42, BAYAN_OBO) } };
      await record(MINER, [dug], '2025-01-05T10:00:00+08:00');
      await record(MINER, [{ id: 'cor-dec', kind: 'correct', time: '2025-01-08T10:00:00+08:00', corrects: 'dec-ext', reason: 'extraction date keyed wrongly', replacement: { ...dug, id: 'cor-dec', time: '2025-01-03T08:00:00+08:00', lot: { ...dug.lot, id: 'jan-c' } } }], '2025-01-08T10:00:00+08:00');
      await record(TRADER, [imported('dy', 'oxide-dy', 1, { Dy: 860_000 }), { id: 'd-dy', kind: 'deliver', time: at('07-20'), lot: 'dy', massGrams: TONNE, customer: { name: '深圳前海某电子有限公司', id: uscc('440300', 'EDGQHS01') }, sector: 'electronics' }], '2025-08-05T10:00:00+08:00');
      await record(TRADER, [{ id: 'cor-dy', kind: 'correct', time: at('11-20'), corrects: 'd-dy', reason: 'customer keyed wrongly', replacement: { id: 'cor-dy', kind: 'deliver', time: at('07-20'), lot: 'dy', massGrams: TONNE, customer: { name: '东莞某电子有限公司', id: uscc('441900', 'EDGDGE01') }, sector: 'electronics' } }], '2025-11-20T15:00:00+08:00');
      // An export struck out seven weeks after it sailed, and one shut out at the port and voided the next day.
      await record(TRADER, [imported('nd1', 'oxide-ndpr', 1, { Pr: 200_000, Nd: 640_000 }), imported('nd2', 'oxide-ndpr', 1, { Pr: 200_000, Nd: 640_000 }), exported('x-late', 'nd1', 1, 'JP', '07-22'), exported('x-soon', 'nd2', 1, 'JP', '07-22')], '2025-08-05T10:00:00+08:00');
      await record(TRADER, [{ id: 'cor-soon', kind: 'correct', time: at('08-06'), corrects: 'x-soon', reason: 'shut out at the port' }], '2025-08-06T10:00:00+08:00');
      await record(TRADER, [{ id: 'cor-late', kind: 'correct', time: at('09-10'), corrects: 'x-late', reason: 'export cancelled' }], '2025-09-20T10:00:00+08:00');
      const alerts = await alertsOf('late-correction');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${MINER}:dec-ext`, `${TRADER}:d-dy`, `${TRADER}:x-late`].sort());
      assert.match(alerts.find((a) => a.subject === `${TRADER}:x-late`)!.summary, /its material now went to none: the export struck out, not JP/);
      assert.match(alerts.find((a) => a.subject === `${MINER}:dec-ext`)!.summary, /before 2024-12's report was due, but into another quota year: re-dated into 2025/);
      assert.match(alerts.find((a) => a.subject === `${TRADER}:d-dy`)!.summary, /its material now went to .*, not .*: a flow already reported, rewritten/);
      for (const alert of alerts) assert.ok(alert.summaryZh !== undefined && alert.summaryZh !== null);
    });

    test('an import\'s country of origin, or a collection\'s supplier, rewritten months later rewrites where reported material came from; corrected before the report was due it is a keying error', async () => {
      await fresh();
      const clay = lotOf(50, 0.92, LONGNAN);
      const cargo = (id: string, country: string, lot = `${id}-lot`) => ({ id, kind: 'import' as const, time: at('04-12'), lot: { id: lot, product: 'concentrate-ionic-high-y', massGrams: 50 * TONNE, composition: clay }, originCountry: country });
      await record(SEPARATOR, [cargo('imp-late', 'MM'), cargo('imp-soon', 'LA')], '2025-05-06T10:00:00+08:00');
      await record(SEPARATOR, [{ id: 'cor-soon', kind: 'correct', time: at('05-07'), corrects: 'imp-soon', reason: 'origin keyed wrongly', replacement: cargo('cor-soon', 'MM', 'imp-soon-lot-2') }], '2025-05-07T10:00:00+08:00');
      await record(SEPARATOR, [{ id: 'cor-late', kind: 'correct', time: at('09-15'), corrects: 'imp-late', reason: 'certificate of origin reissued', replacement: cargo('cor-late', 'LA', 'imp-late-lot-2') }], '2025-09-15T10:00:00+08:00');
      const swarf = { id: 'sw', product: 'scrap-ndfeb-swarf', massGrams: 10 * TONNE, composition: { Pr: 600_000, Nd: 1_900_000 } };
      await record(RECYCLER, [{ id: 'c-sw', kind: 'collect', time: at('06-12'), lot: swarf, supplier: { name: '东莞某废品回收站' } }], '2025-07-06T10:00:00+08:00');
      await record(RECYCLER, [{ id: 'cor-sw', kind: 'correct', time: at('10-20'), corrects: 'c-sw', reason: 'supplier named', replacement: { id: 'cor-sw', kind: 'collect', time: at('06-12'), lot: { ...swarf, id: 'sw-2' }, supplier: { name: 'Ningbo magnet works', id: MAKER } } }], '2025-10-20T10:00:00+08:00');
      const alerts = await alertsOf('late-correction');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${RECYCLER}:c-sw`, `${SEPARATOR}:imp-late`].sort());
      assert.match(alerts.find((a) => a.subject === `${SEPARATOR}:imp-late`)!.summary, /its material now came from LA, not MM, for "certificate of origin reissued"/);
      assert.match(String(alerts.find((a) => a.subject === `${RECYCLER}:c-sw`)!.summaryZh), /把物料来源从 东莞某废品回收站 改为 /);
    });

    test('Bayan Obo concentrate shipped to a magnet maker goes where no one separates it; to a separator or a trader it is in order', async () => {
      await fresh();
      await record(MINER, [
        { id: 'e1', kind: 'extract', time: at('07-02'), facility: 'e-mine', lot: { id: 'c1', product: 'concentrate-bayan-obo', massGrams: 300 * TONNE, composition: lotOf(300, 0.42, BAYAN_OBO) } },
        { id: 's-mag', kind: 'ship', time: at('07-05'), lot: 'c1', massGrams: 100 * TONNE, to: MAKER, shipmentLot: 'c1-mag' },
        { id: 's-sep', kind: 'ship', time: at('07-05'), lot: 'c1', massGrams: 100 * TONNE, to: SEPARATOR, shipmentLot: 'c1-sep' },
        { id: 's-trd', kind: 'ship', time: at('07-05'), lot: 'c1', massGrams: 100 * TONNE, to: TRADER, shipmentLot: 'c1-trd' },
      ]);
      const alerts = await alertsOf('recycler-mineral-intake');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MINER}:c1-mag`]);
      assert.match(alerts[0]!.summary, /shipped to .*, which neither separates, mines nor trades mineral products/);
    });

    test('ore beneficiated into concentrate with no tailings booked leaves its tailings off the books; with them it does not', async () => {
      await fresh();
      const ore = (id: string) => ({ id: `e-${id}`, kind: 'extract' as const, time: at('07-02'), facility: 'e-mine', lot: { id, product: 'ore-bayan-obo', massGrams: 10_000 * TONNE, composition: lotOf(10_000, 0.05, BAYAN_OBO) } });
      const beneficiated = (id: string, tailings: number): LedgerEvent => processed(`b-${id}`, '07-05', [[id, 10_000]], [
        [`${id}-c`, 'concentrate-bayan-obo', 900, lotOf(900, 0.42, BAYAN_OBO)],
        ...(tailings === 0 ? [] : [[`${id}-t`, 'tailings-bayan-obo', tailings, lotOf(tailings, 0.01, BAYAN_OBO)] as [string, string, number, Grams]]),
      ]);
      await record(MINER, [ore('none'), ore('some'), beneficiated('none', 0), beneficiated('some', 5_000)]);
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'tailings left off the books');
      assert.deepEqual(alerts.map((a) => (a.evidence['events'] as string[])[0]), [`${MINER}:b-none`]);
    });

    test('NdPr metal received in Ningbo 40 minutes after it left Baotou came by no transport; flown in seven and a half hours, or handed over in one city, it did', async () => {
      await fresh();
      await record(SEPARATOR, [imported('m1', 'metal-ndpr', 2, { Pr: 490_000, Nd: 1_480_000 }), imported('m2', 'metal-ndpr', 2, { Pr: 490_000, Nd: 1_480_000 }),
        { id: 's1', kind: 'ship', time: at('06-28', '09:00'), lot: 'm1', massGrams: 2 * TONNE, to: MAKER },
        { id: 's2', kind: 'ship', time: at('06-28', '09:00'), lot: 'm2', massGrams: 2 * TONNE, to: MAKER }]);
      await record(MAKER, [
        { id: 'r1', kind: 'receive', time: at('06-28', '09:40'), lot: `${SEPARATOR}:m1`, massGrams: 2 * TONNE },
        { id: 'r2', kind: 'receive', time: at('06-28', '16:30'), lot: `${SEPARATOR}:m2`, massGrams: 2 * TONNE },
      ]);
      await runCheck(world.store);
      const alerts = (await alertsOf('lot-chronology')).filter((a) => a.evidence['problem'] === 'received faster than any transport');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:m1`]);
      assert.match(alerts[0]!.summary, /received by .* 40 minutes later, \d+ km away between their provinces/);
      assert.match(String(alerts[0]!.summaryZh), /任何运输方式都无法/);
    });
  });
}
