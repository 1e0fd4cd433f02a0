// unlicensed-recycling: recovery from scrap outside a recycling licence's scope, by a party with no
// licence, end-of-life magnets re-sintered by a magnet works, and before a newly granted licence took
// effect, each beside its honest neighbour (recovery inside the scope, a magnet maker re-melting its
// own off-cuts, a trader collecting scrap, a licensed recycler's short loop), on every engine at hand.
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
const RECYCLER = uscc('360700', 'RCLREC01');
const NEWCOMER = uscc('320700', 'RCLNEW01');
const TRADER = uscc('110000', 'RCLTRD01');
const MAKER = uscc('330200', 'RCLMAG01');
const SMELTER = uscc('150200', 'RCLSME01');

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [RECYCLER, NEWCOMER, TRADER, MAKER, SMELTER]) keys[party] = await generateKeyFile(party);
  const years = { validFrom: '2025-01-01', validTo: '2027-12-31' };
  await importRegistry(store, {
    parties: [
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '磁材回收', nameEn: 'Magnet Recycling', region: '360700' },
      { id: NEWCOMER, kind: 'enterprise', roles: ['recycler'], nameZh: '新设回收', nameEn: 'New Recycling', region: '320700' },
      { id: TRADER, kind: 'enterprise', roles: ['trader'], nameZh: '废料贸易', nameEn: 'Scrap Trading', region: '110000' },
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker'], nameZh: '回炉磁材', nameEn: 'Remelt Magnets', region: '330200' },
      { id: SMELTER, kind: 'enterprise', roles: ['metal-smelter'], nameZh: '回炉冶炼', nameEn: 'Remelt Smelting', region: '150200' },
    ],
    licences: [
      {
        id: 'ndfeb-only', party: RECYCLER, activity: 'recycling', ...years,
        scope: { products: ['scrap-ndfeb-swarf', 'scrap-ndfeb-solid', 'eol-ndfeb-magnets'], elements: ['La', 'Ce', 'Pr', 'Nd', 'Tb', 'Dy'] },
      },
      { id: 'smelting', party: SMELTER, activity: 'metal-smelting', ...years },
      // Granted on 2025-08-15, its certificate dated back to the application.
      { id: 'granted-late', party: NEWCOMER, activity: 'recycling', validFrom: '2025-06-01', validTo: '2028-05-31', since: '2025-08-15T00:00:00+08:00' },
    ],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
const SWARF = { Pr: 60_000, Nd: 200_000, Dy: 10_000 };
const PHOSPHOR = { Y: 90_000, Eu: 6_000, Tb: 5_000, La: 20_000, Ce: 10_000 };
const collected = (id: string, day: string, product: string, composition: Record<string, number>): LedgerEvent =>
  ({ id: `c-${id}`, kind: 'collect', time: at(day), lot: { id, product, massGrams: 1_000_000, composition }, supplier: { name: '废料供应商' } });
const recovered = (id: string, day: string, from: string, product: string, composition: Record<string, number>): LedgerEvent =>
  ({ id, kind: 'process', time: at(day), inputs: [{ lot: from, massGrams: 1_000_000 }], outputs: [{ id: `O-${id}`, product, massGrams: 300_000, composition }] });

for (const engine of engines()) {
  describe(`unlicensed-recycling on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-09-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('lamp phosphor collected and its yttrium recovered under a licence for NdFeB scrap are flagged; NdPr oxide from swarf under it is not', async () => {
      await fresh();
      await record(RECYCLER, [
        collected('SW', '2025-07-02', 'scrap-ndfeb-swarf', SWARF), collected('LP', '2025-07-02', 'eol-lamp-phosphor', PHOSPHOR),
        recovered('r-ndpr', '2025-07-10', 'SW', 'oxide-ndpr', { Pr: 57_000, Nd: 190_000 }),
        recovered('r-y', '2025-07-10', 'LP', 'oxide-y', { Y: 85_000 }),
      ]);
      const alerts = await alertsOf('unlicensed-recycling');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${RECYCLER}:c-LP`, `${RECYCLER}:r-y`].sort());
      assert.match(alerts.find((a) => a.subject === `${RECYCLER}:r-y`)!.summary, /recovered from eol-lamp-phosphor by .* on 2025-07-10: licence ndfeb-only covers the products scrap-ndfeb-swarf, scrap-ndfeb-solid, eol-ndfeb-magnets, not eol-lamp-phosphor/);
      for (const alert of alerts) assert.match(String(alert.summaryZh), /许可证 ndfeb-only/);
    });

    test('a trader recovering oxide from scrap holds no licence; collecting scrap to sell it on, or a magnet maker re-melting its off-cuts into alloy, needs none', async () => {
      await fresh();
      await record(TRADER, [collected('SW', '2025-07-02', 'scrap-ndfeb-swarf', SWARF), recovered('t-ndpr', '2025-07-10', 'SW', 'oxide-ndpr', { Pr: 57_000, Nd: 190_000 })]);
      await record(MAKER, [collected('OC', '2025-07-02', 'scrap-ndfeb-solid', SWARF), recovered('m-alloy', '2025-07-10', 'OC', 'alloy-ndfeb-strip', { Pr: 58_000, Nd: 195_000, Dy: 9_000 })]);
      const alerts = await alertsOf('unlicensed-recycling');
      assert.deepEqual(alerts.map((a) => a.subject), [`${TRADER}:t-ndpr`]);
      assert.match(alerts[0]!.summary, /holds no recycling or separation licence on 2025-07-10/);
      assert.match(String(alerts[0]!.summaryZh), /未持有综合利用或冶炼分离许可证/);
    });

    test('a smelter feeding its own electrolysis slag back into its cells works inside its smelting licence; swarf it collected is others\' scrap', async () => {
      await fresh();
      await record(SMELTER, [
        { id: 'i-ox', kind: 'import', time: at('2025-07-01'), lot: { id: 'OX', product: 'oxide-ndpr', massGrams: 1_000_000, composition: { Pr: 200_000, Nd: 640_000 } }, originCountry: 'MY' },
        { id: 'cells', kind: 'process', time: at('2025-07-05'), inputs: [{ lot: 'OX', massGrams: 1_000_000 }], outputs: [{ id: 'MET', product: 'metal-ndpr', massGrams: 780_000, composition: { Pr: 188_000, Nd: 590_000 } }, { id: 'SLAG', product: 'slag-electrolysis', massGrams: 100_000, composition: { Pr: 10_000, Nd: 40_000 } }] },
        { id: 're-cells', kind: 'process', time: at('2025-07-10'), inputs: [{ lot: 'SLAG', massGrams: 100_000 }], outputs: [{ id: 'MET2', product: 'metal-ndpr', massGrams: 45_000, composition: { Pr: 9_000, Nd: 36_000 } }] },
        collected('SW', '2025-07-02', 'scrap-ndfeb-swarf', SWARF),
        recovered('swarf-cells', '2025-07-12', 'SW', 'metal-ndpr', { Pr: 57_000, Nd: 190_000 }),
      ]);
      assert.deepEqual((await alertsOf('unlicensed-recycling')).map((a) => a.subject), [`${SMELTER}:swarf-cells`]);
    });

    test('a magnet works re-sintering end-of-life motor magnets into magnets recycles without a licence; the licensed recycler doing it keeps 98 % of the scrap\'s rare earths without a recovery alert', async () => {
      await fresh();
      const EOL = { Pr: 60_000, Nd: 215_000, Dy: 20_000, Tb: 5_000 };
      const shortLoop = (id: string): LedgerEvent[] => [
        { id: `c-${id}`, kind: 'collect', time: at('2025-07-08'), lot: { id, product: 'eol-ndfeb-magnets', massGrams: 10_000_000, composition: Object.fromEntries(Object.entries(EOL).map(([e, g]) => [e, g * 10])) }, supplier: { name: '报废电机拆解厂' } },
        {
          id: `sinter-${id}`, kind: 'process', time: at('2025-07-18'), inputs: [{ lot: id, massGrams: 10_000_000 }],
          outputs: [
            { id: `mag-${id}`, product: 'magnet-ndfeb-sintered', massGrams: 9_500_000, composition: Object.fromEntries(Object.entries(EOL).map(([e, g]) => [e, g * 9.8])) },
            { id: `swf-${id}`, product: 'scrap-ndfeb-swarf', massGrams: 200_000, composition: Object.fromEntries(Object.entries(EOL).map(([e, g]) => [e, g * 0.2])) },
          ],
        },
      ];
      await record(RECYCLER, shortLoop('eol-r'));
      await record(MAKER, shortLoop('eol-m'));
      await runCheck(world.store);
      const alerts = await alertsOf('unlicensed-recycling');
      assert.deepEqual(alerts.map((a) => a.party.id), [MAKER]);
      assert.match(alerts[0]!.summary, /recovered from eol-ndfeb-magnets by .* holds no recycling or separation licence/);
      assert.deepEqual((await alertsOf('period-balance')).filter((a) => a.party.id === RECYCLER), []);
    });

    test('recovery before a newly granted licence took effect is unlicensed, whatever validity its certificate states; after it, it is not', async () => {
      await fresh();
      await record(NEWCOMER, [
        collected('JUN', '2025-06-05', 'scrap-ndfeb-swarf', SWARF), recovered('n-jun', '2025-06-18', 'JUN', 'oxide-ndpr', { Pr: 57_000, Nd: 190_000 }),
        collected('SEP', '2025-08-20', 'scrap-ndfeb-swarf', SWARF), recovered('n-sep', '2025-08-28', 'SEP', 'oxide-ndpr', { Pr: 57_000, Nd: 190_000 }),
      ]);
      const alerts = await alertsOf('unlicensed-recycling');
      assert.deepEqual(alerts.map((a) => a.subject), [`${NEWCOMER}:n-jun`]);
      assert.match(alerts[0]!.summary, /licence granted-late was not yet in force on 2025-06-18/);
      assert.match(String(alerts[0]!.summaryZh), /尚未生效/);
    });
  });
}
