// final-user: a delivery whose customer's sector cannot use the product, and end-of-life scrap
// collected from a customer within a year of its delivery, each beside its honest neighbour, on
// every engine at hand.
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
const MAKER = uscc('330200', 'FUSMAG01');
const RECYCLER = uscc('360700', 'FUSREC01');
const TURBINES = uscc('150207', 'FUSWND01');
const MOTORS = uscc('330212', 'FUSMOT01');

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [MAKER, RECYCLER]) keys[party] = await generateKeyFile(party);
  await importRegistry(store, {
    parties: [
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker', 'importer'], nameZh: '终端磁材', nameEn: 'Final Magnets', region: '330200' },
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '终端回收', nameEn: 'Final Recycling', region: '360700' },
    ],
    licences: [{ id: 'f-recycling', party: RECYCLER, activity: 'recycling', validFrom: '2025-01-01', validTo: '2026-12-31' }],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
const MAGNET = { Pr: 75_000, Nd: 225_000, Dy: 10_000 };
const imported = (id: string, product: string, composition: Record<string, number>): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at('2025-06-02'), lot: { id, product, massGrams: 1_000_000, composition }, originCountry: 'JP' });
const delivered = (id: string, lot: string, customer: string, sector: 'wind-power' | 'motors' | 'electronics' | 'metallurgy' | 'petroleum-refining' | 'vehicles'): LedgerEvent =>
  ({ id, kind: 'deliver', time: at('2025-07-15'), lot, massGrams: 1_000_000, customer: { name: `customer ${customer.slice(-4)}`, id: customer }, sector });
const collected = (id: string, day: string, product: string, supplier: string): LedgerEvent =>
  ({ id, kind: 'collect', time: at(day), lot: { id, product, massGrams: 500_000, composition: { Pr: 30_000, Nd: 90_000 } }, supplier: { name: 'a motor maker', id: supplier } });

for (const engine of engines()) {
  describe(`final-user on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-08-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('dysprosium oxide "delivered" to a wind-turbine maker is no final use; magnets delivered to one are', async () => {
      await fresh();
      await record(MAKER, [imported('DY', 'oxide-dy', { Dy: 870_000 }), imported('MAG', 'magnet-ndfeb-sintered', MAGNET), imported('Y', 'oxide-y', { Y: 787_000 })]);
      await record(MAKER, [delivered('d-dy', 'DY', TURBINES, 'wind-power'), delivered('d-mag', 'MAG', TURBINES, 'wind-power'), delivered('d-y', 'Y', MOTORS, 'electronics')]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MAKER}:DY`]);
      assert.match(alerts[0]!.summary, /1 t of oxide-dy \(oxide\) delivered to .* as a final user in wind-power, a sector that uses magnet, not oxide/);
      assert.match(String(alerts[0]!.summaryZh), /风电行业的终端用户/);
    });

    test('magnesium–yttrium master alloy delivered to a car maker\'s die-caster is a vehicle part\'s feed', async () => {
      await fresh();
      await record(MAKER, [imported('MGY', 'alloy-mg-y', { Y: 300_000 })]);
      await record(MAKER, [delivered('d-mgy', 'MGY', MOTORS, 'vehicles')]);
      await runCheck(world.store);
      assert.deepEqual(await alertsOf('final-user'), []);
    });

    test('terbium oxide "delivered" to a steel mill is no ladle addition; lanthanum oxide to it is, and lanthanum chloride to a refinery\'s catalyst plant is FCC catalyst feed', async () => {
      await fresh();
      await record(MAKER, [imported('TB', 'oxide-tb', { Tb: 850_000 }), imported('LA', 'oxide-la', { La: 852_000 }), imported('LACL', 'salt-la-chloride', { La: 560_000 })]);
      await record(MAKER, [delivered('d-tb', 'TB', TURBINES, 'metallurgy'), delivered('d-la', 'LA', TURBINES, 'metallurgy'), delivered('d-lacl', 'LACL', MOTORS, 'petroleum-refining')]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MAKER}:TB`]);
      assert.match(alerts[0]!.summary, /1 t of oxide-tb delivered to .* as a final user in metallurgy, which takes La, Ce, .* and no Tb/);
      assert.match(String(alerts[0]!.summaryZh), /不使用 Tb/);
    });

    test('a "final user" whose registered name says it trades, forwards freight or sits in a bonded zone is none; a manufacturer is', async () => {
      await fresh();
      await record(MAKER, [imported('MAG', 'magnet-ndfeb-sintered', MAGNET), imported('MAG2', 'magnet-ndfeb-sintered', MAGNET), imported('MAG3', 'magnet-ndfeb-sintered', MAGNET)]);
      await record(MAKER, [
        { id: 'd-zone', kind: 'deliver', time: at('2025-07-15'), lot: 'MAG', massGrams: 1_000_000, customer: { name: '上海外高桥保税区鑫拓电子材料贸易有限公司' }, sector: 'electronics' },
        { id: 'd-works', kind: 'deliver', time: at('2025-07-15'), lot: 'MAG2', massGrams: 1_000_000, customer: { name: '宁波鄞州恒驰电机有限公司' }, sector: 'motors' },
        { id: 'd-forwarder', kind: 'deliver', time: at('2025-07-15'), lot: 'MAG3', massGrams: 1_000_000, customer: { name: '上海恒远国际货运代理有限公司' }, sector: 'motors' },
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${MAKER}:MAG`, `${MAKER}:MAG3`].sort());
      alerts.sort((a, b) => a.subject.localeCompare(b.subject));
      assert.match(alerts[0]!.summary, /whose registered name says it trades or sits in a bonded zone/);
      assert.match(String(alerts[0]!.summaryZh), /保税区/);
    });

    test('NdPr oxide by the tonne to a glassworks, over a year, is more than any colourant takes; a few hundred kilograms of it, and tonnes of ceria, are what glassworks use', async () => {
      await fresh();
      const GLASS = uscc('130582', 'FUSGLS01');
      const ART = uscc('130582', 'FUSART01');
      const oxide = (id: string, product: string, composition: Record<string, number>): LedgerEvent =>
        ({ id: `i-${id}`, kind: 'import', time: at('2025-06-02'), lot: { id, product, massGrams: 1_500_000, composition }, originCountry: 'MY' });
      await record(MAKER, [oxide('N1', 'oxide-ndpr', { Pr: 290_000, Nd: 990_000 }), oxide('N2', 'oxide-ndpr', { Pr: 290_000, Nd: 990_000 }), oxide('N3', 'oxide-ndpr', { Pr: 290_000, Nd: 990_000 }), oxide('CE', 'oxide-ce', { Ce: 1_220_000 })]);
      const glass = (id: string, lot: string, massGrams: number, customer: string, day: string): LedgerEvent =>
        ({ id, kind: 'deliver', time: at(day), lot, massGrams, customer: { name: `glassworks ${customer.slice(-4)}`, id: customer }, sector: 'glass-and-ceramics' });
      await record(MAKER, [
        glass('g-1', 'N1', 1_500_000, GLASS, '2025-07-15'), glass('g-2', 'N2', 1_500_000, GLASS, '2025-07-20'),
        glass('a-1', 'N3', 300_000, ART, '2025-07-15'), glass('a-ce', 'CE', 1_500_000, ART, '2025-07-15'),
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MAKER}:N2`]);
      assert.match(alerts[0]!.summary, /2\.56 t of Pr, Nd, Tb, Dy delivered in 2025 as oxide to glassworks .*, a final user in glass-and-ceramics, which uses them only as colourants and dopants \(at most 2 t a year\)/);
      assert.deepEqual(alerts[0]!.evidence['events'], [`${MAKER}:g-1`, `${MAKER}:g-2`]);
      assert.match(String(alerts[0]!.summaryZh), /着色剂和掺杂剂/);
    });

    test('end-of-life magnets collected from a motor maker nine days after its delivery are new magnets laundered; its production scrap is not', async () => {
      await fresh();
      await record(MAKER, [imported('MAG', 'magnet-ndfeb-sintered', MAGNET)]);
      await record(MAKER, [delivered('d-1', 'MAG', MOTORS, 'motors')]);
      await record(RECYCLER, [
        collected('EOL-1', '2025-07-24', 'eol-ndfeb-magnets', MOTORS),
        collected('SCR-1', '2025-07-24', 'scrap-ndfeb-solid', MOTORS),
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject), [`${RECYCLER}:EOL-1`]);
      assert.match(alerts[0]!.summary, /collected from a motor maker \(.*\), which was delivered 1 t of magnet-ndfeb-sintered as a final user 9 days before/);
    });

    test('scrap collected from the registered magnet maker is the maker\'s when it held magnets before and keeps no such scrap on its books; not when its books still hold the scrap, nor before it held anything to make it from', async () => {
      await fresh();
      await record(MAKER, [imported('MAG', 'magnet-ndfeb-sintered', MAGNET)]);
      await record(MAKER, [{
        id: 'grind', kind: 'process', time: at('2025-06-20'), inputs: [{ lot: 'MAG', massGrams: 1_000_000 }],
        outputs: [
          { id: 'SEG', product: 'magnet-ndfeb-sintered', massGrams: 600_000, composition: { Pr: 45_000, Nd: 135_000, Dy: 6_000 } },
          { id: 'SW', product: 'scrap-ndfeb-swarf', massGrams: 400_000, composition: { Pr: 30_000, Nd: 90_000, Dy: 4_000 } },
        ],
      }]);
      await record(RECYCLER, [
        collected('EARLY', '2025-05-20', 'scrap-ndfeb-swarf', MAKER),
        collected('TWICE', '2025-07-10', 'scrap-ndfeb-swarf', MAKER),
        collected('OFFCUT', '2025-07-10', 'scrap-ndfeb-solid', MAKER),
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('final-user');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${RECYCLER}:EARLY`, `${RECYCLER}:TWICE`]);
      const twice = alerts.find((a) => a.subject.endsWith(':TWICE'))!;
      assert.match(twice.summary, /0\.5 t of scrap-ndfeb-swarf collected from a motor maker \(.*\), a registered party whose own books held 0\.4 t of scrap-ndfeb-swarf at the time/);
      assert.match(String(twice.summaryZh), /仍有 0\.4 吨同一产品/);
      const early = alerts.find((a) => a.subject.endsWith(':EARLY'))!;
      assert.match(early.summary, /held no metal, alloy, magnet it could have fallen from before 2025-05-20T08:00:00\+08:00 \(its first, lot .*:MAG, on 2025-06-02/);
      assert.deepEqual(early.evidence['lots'], [`${RECYCLER}:EARLY`, `${MAKER}:MAG`]);
    });
  });
}
