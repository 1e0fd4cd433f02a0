// The principles the seventh and eighth blind red-team rounds were answered with, each as a case that
// must fire beside its honest neighbour, on every engine at hand: traces make no export controlled;
// ores and concentrates keep their deposit's mix and come from a country that mines them; a trading
// house makes nothing; a controlled item goes only to an identified final user; radioactive residue
// is never exported, goes back to its maker lawfully, and cracking concentrate leaves its gangue as
// residue; residue cake dries; no quota for a small plant; capacity binds smelters too.
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
const SEPARATOR = uscc('150200', 'PRNSEP01');
const SMALL = uscc('150200', 'PRNSML01');
const CLAY = uscc('360734', 'PRNCLY01');
const TRADER = uscc('310000', 'PRNTRD01');
const SMELTER = uscc('150200', 'PRNSME01');
const DISPOSER = uscc('150200', 'PRNDSP01');
const PARTIES = [SEPARATOR, SMALL, CLAY, TRADER, SMELTER, DISPOSER];

const TONNE = 1_000_000;
const YEAR = { validFrom: '2025-01-01', validTo: '2026-12-31' };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of PARTIES) keys[party] = await generateKeyFile(party);
  const enterprise = (id: string, roles: string[], name: string, region: string) => ({ id, kind: 'enterprise' as const, roles: roles as never, nameZh: name, nameEn: name, region });
  await importRegistry(store, {
    parties: [
      enterprise(SEPARATOR, ['separator', 'importer', 'exporter'], 'Principle Separation', '150200'),
      enterprise(SMALL, ['separator'], 'Principle Small Separation', '150200'),
      enterprise(CLAY, ['miner'], 'Principle Clay Mining', '360734'),
      enterprise(TRADER, ['trader', 'exporter', 'importer'], 'Principle Trading', '310000'),
      enterprise(SMELTER, ['metal-smelter', 'importer'], 'Principle Smelting', '150200'),
      enterprise(DISPOSER, ['disposer'], 'Principle Disposal', '150200'),
    ],
    licences: [
      { id: 'p-separation', party: SEPARATOR, activity: 'separation', ...YEAR, capacityTonnesReo: 10_000 },
      { id: 'p-small', party: SMALL, activity: 'separation', ...YEAR, capacityTonnesReo: 1_500 },
      { id: 'p-clay', party: CLAY, activity: 'mining', ...YEAR, scope: { products: ['ore-ionic-light', 'concentrate-ionic-light'] } },
      { id: 'p-smelting', party: SMELTER, activity: 'metal-smelting', ...YEAR, capacityTonnesReo: 40 },
      { id: 'p-disposal', party: DISPOSER, activity: 'disposal', ...YEAR },
    ],
    facilities: [
      { id: 'p-clay-mine', party: CLAY, kind: 'mine', nameZh: '离子矿', nameEn: 'Clay mine', region: '360734', licence: 'p-clay', listed: true },
      { id: 'p-store', party: DISPOSER, kind: 'disposal-site', nameZh: '渣库', nameEn: 'Residue store', region: '150200', licence: 'p-disposal' },
    ],
    quotas: [
      { id: 'q-sep', year: 2025, batch: 1, holder: SEPARATOR, activity: 'separation', oreType: 'rock', tonnesReo: 10_000 },
      { id: 'q-small', year: 2025, batch: 1, holder: SMALL, activity: 'separation', oreType: 'rock', tonnesReo: 1_500 },
      { id: 'q-clay', year: 2025, batch: 1, holder: CLAY, activity: 'mining', oreType: 'ionic', tonnesReo: 2_000 },
    ],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `2025-${day}T08:00:00+08:00`;
type Grams = Record<string, number>;
/** Element grams of `t` tonnes of a lot whose rare earths are `shares` of `grade` of its mass. */
const lotOf = (t: number, grade: number, shares: Grams): Grams => Object.fromEntries(Object.entries(shares).map(([e, s]) => [e, Math.round(t * TONNE * grade * s)]));
/** Bayan Obo's rare earth mix, and a light ion-adsorption clay's (src/domain/products.ts, rounded). */
const BAYAN_OBO = { La: 0.26, Ce: 0.5, Pr: 0.05, Nd: 0.17, Sm: 0.01, Gd: 0.005, Y: 0.005 };
const XUNWU = { La: 0.42, Ce: 0.04, Pr: 0.08, Nd: 0.31, Sm: 0.05, Eu: 0.01, Gd: 0.03, Dy: 0.01, Y: 0.05 };
const imported = (id: string, product: string, t: number, composition: Grams, originCountry = 'MY', day = '07-01'): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at(day), lot: { id, product, massGrams: t * TONNE, composition }, originCountry });
const processed = (id: string, day: string, inputs: [string, number][], outputs: [string, string, number, Grams][]): LedgerEvent => ({
  id, kind: 'process', time: at(day), inputs: inputs.map(([lot, t]) => ({ lot, massGrams: t * TONNE })),
  outputs: outputs.map(([lot, product, t, composition]) => ({ id: lot, product, massGrams: Math.round(t * TONNE), composition })),
});

for (const engine of engines()) {
  describe(`the chain's principles from the blind rounds on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-08-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('lanthanum oxide with yttrium at traces is no controlled item; with 5 % of it, it is', async () => {
      await fresh();
      await record(TRADER, [
        imported('la-pure', 'oxide-la', 10, { La: 8_520_000, Y: 400 }),
        imported('la-y', 'oxide-la', 10, { La: 8_100_000, Y: 426_000 }),
        { id: 'x-pure', kind: 'export', time: at('07-10'), lot: 'la-pure', massGrams: 10 * TONNE, destinationCountry: 'JP' },
        { id: 'x-y', kind: 'export', time: at('07-10'), lot: 'la-y', massGrams: 10 * TONNE, destinationCountry: 'JP' },
      ]);
      assert.deepEqual((await alertsOf('unlicensed-export')).map((a) => a.subject), [`${TRADER}:x-y`]);
    });

    test('a clay mine\'s "ionic concentrate" with Bayan Obo\'s mix is not what it says; a bench richer in yttrium is', async () => {
      await fresh();
      const extracted = (id: string, composition: Grams): LedgerEvent =>
        ({ id: `e-${id}`, kind: 'extract', time: at('07-08'), facility: 'p-clay-mine', lot: { id, product: 'concentrate-ionic-light', massGrams: 100 * TONNE, composition } });
      await record(CLAY, [
        extracted('bench', lotOf(100, 0.78, { ...XUNWU, La: 0.4, Y: 0.08 })),
        extracted('rock', lotOf(100, 0.42, BAYAN_OBO)),
      ]);
      const alerts = await alertsOf('misdeclared-product');
      assert.deepEqual(alerts.map((a) => a.subject), [`${CLAY}:rock`]);
      assert.match(alerts[0]!.summary, /its rare earth mix differs from concentrate-ionic-light's, its deposit's, by .* \(limit 25\.0 %\)/);
    });

    test('Bayan Obo concentrate imported from Mongolia, or any concentrate from a country that mines no rare earths, is domestic ore; Lao clay concentrate is an import', async () => {
      await fresh();
      await record(SEPARATOR, [
        imported('mn-bo', 'concentrate-bayan-obo', 300, lotOf(300, 0.42, BAYAN_OBO), 'MN'),
        imported('sg-mz', 'concentrate-monazite', 100, lotOf(100, 0.5, BAYAN_OBO), 'SG'),
        imported('la-clay', 'concentrate-ionic-light', 100, lotOf(100, 0.78, XUNWU), 'LA'),
      ]);
      const alerts = (await alertsOf('misdeclared-product')).filter((a) => a.evidence['originCountry'] !== undefined);
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${SEPARATOR}:mn-bo`, `${SEPARATOR}:sg-mz`].sort());
      assert.match(alerts.find((a) => a.subject === `${SEPARATOR}:mn-bo`)!.summary, /named for a deposit in China, so MN cannot be its origin/);
      assert.match(String(alerts.find((a) => a.subject === `${SEPARATOR}:sg-mz`)!.summaryZh), /SG 不开采稀土/);
    });

    test('a trading house that "makes" phosphor from oxides makes nothing; re-bagging oxide as oxide is handling', async () => {
      await fresh();
      await record(TRADER, [
        imported('tb', 'oxide-tb', 1, { Tb: 850_000 }), imported('la', 'oxide-la', 5, { La: 4_260_000 }), imported('la2', 'oxide-la', 5, { La: 4_260_000 }),
        processed('blend', '07-20', [['tb', 1], ['la', 5]], [['phos', 'phosphor-green-lap', 12, { La: 4_200_000, Tb: 840_000 }]]),
        processed('rebag', '07-20', [['la2', 5]], [['la2-bags', 'oxide-la', 5, { La: 4_260_000 }]]),
      ]);
      const alerts = (await alertsOf('misdeclared-product')).filter((a) => a.evidence['madeCategories'] !== undefined);
      assert.deepEqual(alerts.map((a) => a.subject), [`${TRADER}:blend`]);
      assert.match(alerts[0]!.summary, /registered only to trade .* "made" phosphor .* from oxide/);
    });

    test('dysprosium oxide delivered to a name without a credit code goes nobody can say where; with the code, or magnets without one, it is a delivery', async () => {
      await fresh();
      await record(TRADER, [
        imported('dy1', 'oxide-dy', 0.5, { Dy: 430_000 }), imported('dy2', 'oxide-dy', 0.2, { Dy: 172_000 }),
        imported('mag', 'magnet-ndfeb-sintered', 1, { Pr: 75_000, Nd: 225_000, Dy: 10_000 }),
      ]);
      await record(TRADER, [
        { id: 'd-anon', kind: 'deliver', time: at('07-15'), lot: 'dy1', massGrams: 500_000, customer: { name: '张伟' }, sector: 'other' },
        { id: 'd-known', kind: 'deliver', time: at('07-15'), lot: 'dy2', massGrams: 200_000, customer: { name: '苏州微电子陶瓷有限公司', id: uscc('320500', 'PRNMLC01') }, sector: 'electronics' },
        { id: 'd-mag', kind: 'deliver', time: at('07-15'), lot: 'mag', massGrams: TONNE, customer: { name: '宁波某电机厂' }, sector: 'motors' },
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject), [`${TRADER}:dy1`]);
      assert.match(alerts[0]!.summary, /an item under export control, delivered to 张伟, a final user the record names without a credit code/);
      assert.match(String(alerts[0]!.summaryZh), /未注明统一社会信用代码/);
    });

    test('cracking concentrate into chloride with a third of its residue booked leaves the rest off the books, and its residue called mine tailings hides its thorium; with its radioactive residue, or blending concentrate, neither', async () => {
      await fresh();
      const chloride = (t: number) => lotOf(t, 0.4, BAYAN_OBO);
      await record(SEPARATOR, [
        imported('c1', 'concentrate-monazite', 1_000, lotOf(1_000, 0.42, BAYAN_OBO), 'AU'),
        imported('c2', 'concentrate-monazite', 1_000, lotOf(1_000, 0.42, BAYAN_OBO), 'AU'),
        imported('c3', 'concentrate-monazite', 400, lotOf(400, 0.42, BAYAN_OBO), 'AU'),
        imported('c4', 'concentrate-monazite', 400, lotOf(400, 0.42, BAYAN_OBO), 'AU'),
        processed('short', '07-20', [['c1', 1_000]], [['ch1', 'mixed-chloride-light', 1_000, chloride(1_000)], ['res1', 'slag-monazite-residue', 150, { Ce: 900_000, La: 450_000 }]]),
        processed('whole', '07-20', [['c2', 1_000]], [['ch2', 'mixed-chloride-light', 1_000, chloride(1_000)], ['res2', 'slag-monazite-residue', 450, { Ce: 2_700_000, La: 1_350_000 }]]),
        processed('blend', '07-21', [['c3', 400], ['c4', 400]], [['c34', 'concentrate-monazite', 800, lotOf(800, 0.42, BAYAN_OBO)]]),
        imported('c5', 'concentrate-monazite', 1_000, lotOf(1_000, 0.42, BAYAN_OBO), 'AU'),
        processed('plain', '07-22', [['c5', 1_000]], [['ch5', 'mixed-chloride-light', 1_000, chloride(1_000)], ['res5', 'tailings-bayan-obo', 450, { Ce: 2_700_000, La: 1_350_000 }]]),
      ]);
      await runCheck(world.store);
      const ordinary = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'thorium-bearing residue declared ordinary');
      assert.deepEqual(ordinary.map((a) => a.subject), [`${SEPARATOR}:res5`], 'the residue of cracking carries the thorium, whatever it is called');
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'residue left off the books');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:short`]);
      assert.match(alerts[0]!.summary, /booked 150 t of residue \(.* of it; at least 40\.0 %\)/);
      assert.match(String(alerts[0]!.summaryZh), /其余尾渣未入账/);
    });

    test('radioactive residue exported is dumped; non-radioactive electrolysis slag exported to a recycler is not, and a load sent back to its maker is its maker\'s', async () => {
      await fresh();
      await record(SEPARATOR, [
        imported('ore', 'concentrate-monazite', 1_000, lotOf(1_000, 0.42, BAYAN_OBO), 'AU'),
        processed('crack', '07-10', [['ore', 1_000]], [['ch', 'mixed-chloride-light', 1_000, lotOf(1_000, 0.4, BAYAN_OBO)], ['th', 'slag-monazite-residue', 450, { Ce: 2_700_000, La: 1_350_000 }], ['th2', 'slag-monazite-residue', 100, { Ce: 600_000, La: 300_000 }]]),
        { id: 'x-th', kind: 'export', time: at('07-12'), lot: 'th', massGrams: 450 * TONNE, destinationCountry: 'VN' },
        { id: 's-th2', kind: 'ship', time: at('07-12'), lot: 'th2', massGrams: 100 * TONNE, to: DISPOSER },
      ]);
      await record(DISPOSER, [
        { id: 'r-th2', kind: 'receive', time: at('07-13'), lot: `${SEPARATOR}:th2`, massGrams: 100 * TONNE },
        { id: 'back', kind: 'ship', time: at('07-13'), lot: `${SEPARATOR}:th2`, massGrams: 100 * TONNE, to: SEPARATOR, note: 'turned back at the gate: broken seal' },
      ]);
      await record(SEPARATOR, [{ id: 'r-back', kind: 'receive', time: at('07-14'), lot: `${SEPARATOR}:th2`, massGrams: 100 * TONNE }]);
      await record(SMELTER, [
        imported('slagfeed', 'oxide-ndpr', 10, { Pr: 2_100_000, Nd: 6_400_000 }),
        processed('reduce', '07-10', [['slagfeed', 10]], [['met', 'metal-ndpr', 8.3, { Pr: 2_030_000, Nd: 6_180_000 }], ['eslag', 'slag-electrolysis', 1, { Pr: 60_000, Nd: 200_000 }]]),
        { id: 'x-slag', kind: 'export', time: at('07-12'), lot: 'eslag', massGrams: TONNE, destinationCountry: 'JP' },
      ]);
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => ['radioactive residue exported', 'shipped to an unlicensed receiver'].includes(String(a.evidence['problem'])));
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:th`]);
      assert.match(alerts[0]!.summary, /radioactive slag-monazite-residue \(450 t, lot .*\) exported to VN/);
    });

    test('residue cake dried by 6 % before placement is water; concentrate "drying" by 6 % is not, for concentrate is booked by dry weight', async () => {
      await fresh();
      await record(SEPARATOR, [
        imported('conc', 'concentrate-monazite', 1_000, lotOf(1_000, 0.42, BAYAN_OBO), 'AU'),
        imported('conc2', 'concentrate-monazite', 500, lotOf(500, 0.42, BAYAN_OBO), 'AU'),
        processed('crack', '07-10', [['conc', 1_000]], [['ch', 'mixed-chloride-light', 1_000, lotOf(1_000, 0.4, BAYAN_OBO)], ['cake', 'slag-monazite-residue', 450, { Ce: 2_700_000, La: 1_350_000 }]]),
        { id: 'dry-cake', kind: 'adjust', time: at('07-11'), lot: 'cake', deltaGrams: -27 * TONNE, reason: 'filter cake dried on the pad: moisture 6 %' },
        { id: 'dry-conc', kind: 'adjust', time: at('07-11'), lot: 'conc2', deltaGrams: -30 * TONNE, reason: 'moisture loss in the yard' },
      ]);
      await runCheck(world.store);
      const alerts = (await alertsOf('period-balance')).filter((a) => a.evidence['boundTonnes'] !== undefined);
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:conc2`]);
      assert.match(alerts[0]!.summary, /the bound is 15 t \(3\.0 % of the lot\)/);
    });

    test('separation under a 1,500 t a year licence holds no lawful quota; under a 10,000 t one it does', async () => {
      await fresh();
      const run = (id: string): LedgerEvent[] => [
        imported(`${id}-c`, 'mixed-carbonate-light', 100, lotOf(100, 0.38, BAYAN_OBO), 'MM'),
        processed(id, '07-10', [[`${id}-c`, 100]], [[`${id}-la`, 'oxide-la', 12, lotOf(12, 0.82, { La: 1 })], [`${id}-ce`, 'oxide-ce', 22, lotOf(22, 0.8, { Ce: 1 })]]),
      ];
      await record(SMALL, run('small'));
      await record(SEPARATOR, run('large'));
      const alerts = await alertsOf('unlicensed-separation');
      assert.deepEqual(alerts.map((a) => a.party.id), [SMALL]);
      assert.match(alerts[0]!.summary, /its separation licence p-small is for 1500 t REO a year, and no separation quota may be given to a plant under 2000 t REO a year/);
    });

    test('a smelter licensed for 40 t REO a year that reduces 53 t passes its capacity; 38 t does not', async () => {
      await fresh();
      const smelt = (id: string, day: string, t: number): LedgerEvent[] => [
        imported(`${id}-ox`, 'oxide-dy', t, lotOf(t, 0.871, { Dy: 1 }), 'MM', day),
        processed(id, day, [[`${id}-ox`, t]], [[`${id}-m`, 'metal-dy', t * 0.84, lotOf(t * 0.84, 0.99, { Dy: 1 })]]),
      ];
      await record(SMELTER, [...smelt('a', '03-10', 19), ...smelt('b', '05-10', 19)]);
      await runCheck(world.store);
      assert.deepEqual(await alertsOf('over-capacity'), []);
      await record(SMELTER, smelt('c', '07-10', 19));
      await runCheck(world.store);
      const alerts = await alertsOf('over-capacity');
      assert.equal(alerts.length, 1);
      assert.match(alerts[0]!.summary, /metal-smelting of .* t REO in 2025 under licence p-smelting, whose capacity is 40 t REO a year/);
    });
  });
}
