// Material identity by grade band (misdeclared-product with src/domain/grade-bands.ts), on schemes
// written from the chemistry and on honest near misses that must stay quiet, on every engine at
// hand: fresh metal "collected" as magnet off-cuts, a mineral concentrate imported as a mixed
// oxide, a calcined ionic or a monazite concentrate imported as a carbonate, a flotation concentrate
// richer than flotation makes; rich, oxidised and coated honest lots.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines } from '../testing/engines.ts';
import { publicKeysOf, ruleWorld } from '../testing/rule-world.ts';
import { saveRuleOverrides } from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const RECYCLER = uscc('360700', 'IDNREC01');
const TRADER = uscc('310000', 'IDNTRD01');
const MAKER = uscc('330200', 'IDNMAG01');
const MINER = uscc('150200', 'IDNMIN01');

type Grams = Record<string, number>;

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [RECYCLER, TRADER, MAKER, MINER]) keys[party] = await generateKeyFile(party);
  const years = { validFrom: '2025-01-01', validTo: '2026-12-31' };
  await importRegistry(store, {
    parties: [
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '标识回收', nameEn: 'Identity Recycling', region: '360700' },
      { id: TRADER, kind: 'enterprise', roles: ['trader', 'importer'], nameZh: '标识贸易', nameEn: 'Identity Trading', region: '310000' },
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker', 'exporter'], nameZh: '标识磁材', nameEn: 'Identity Magnets', region: '330200' },
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '标识矿业', nameEn: 'Identity Mining', region: '150200' },
    ],
    facilities: [{ id: 'i-mine', party: MINER, kind: 'mine', nameZh: '矿山', nameEn: 'Mine', region: '150200', licence: 'i-mining', listed: true }],
    licences: [{ id: 'i-recycling', party: RECYCLER, activity: 'recycling', ...years }, { id: 'i-mining', party: MINER, activity: 'mining', ...years }],
    quotas: [{ id: 'i-quota', year: 2025, batch: 1, holder: MINER, activity: 'mining', oreType: 'rock', tonnesReo: 10_000 }],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
const collected = (id: string, product: string, massGrams: number, composition: Grams): LedgerEvent =>
  ({ id, kind: 'collect', time: at('2025-05-02'), lot: { id, product, massGrams, composition }, supplier: { name: '废料供应商' } });
const imported = (id: string, product: string, massGrams: number, composition: Grams): LedgerEvent =>
  ({ id, kind: 'import', time: at('2025-05-03'), lot: { id, product, massGrams, composition }, originCountry: 'MY' });

/** 1 t of Bayan Obo concentrate at 50 % REO, 416 kg of rare earth. */
const CONCENTRATE: Grams = { La: 111_000, Ce: 205_000, Pr: 21_000, Nd: 69_000, Sm: 5_000 };
/** 1 t of calcined light ionic concentrate at about 90 % REO, 770 kg of rare earth. */
const IONIC: Grams = { La: 329_000, Ce: 45_000, Pr: 65_000, Nd: 244_000, Sm: 40_000, Gd: 20_000, Dy: 8_000, Y: 15_000, Eu: 4_000 };
/** 1 t of monazite concentrate at 60 % REO, 500 kg of rare earth (Sm, Gd and Y above Bayan Obo's). */
const MONAZITE: Grams = { La: 117_000, Ce: 229_000, Pr: 25_000, Nd: 90_000, Sm: 15_000, Gd: 9_000, Dy: 4_000, Y: 11_000 };

for (const engine of engines()) {
  describe(`material identity by grade band on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-06-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('misdeclared-product sees fresh NdPr metal collected as magnet off-cuts at twice a magnet\'s grade; rich high-Dy off-cuts and oxidised swarf are quiet', async () => {
      await fresh();
      await record(RECYCLER, [
        collected('rich-offcuts', 'scrap-ndfeb-solid', 1_000_000, { Pr: 50_000, Nd: 200_000, Tb: 15_000, Dy: 80_000 }),
        collected('old-swarf', 'scrap-ndfeb-swarf', 2_000_000, { Pr: 60_000, Nd: 220_000, Dy: 16_000 }),
        collected('eol-mags', 'eol-ndfeb-magnets', 500_000, { Pr: 30_000, Nd: 110_000, Dy: 12_000, Tb: 2_000 }),
      ]);
      assert.deepEqual(await alertsOf('misdeclared-product'), []);
      // Fresh metal with a little Dy, its mix a magnet's: 62 % rare earth where magnets hold 29–32 %.
      await record(RECYCLER, [collected('offcuts', 'scrap-ndfeb-solid', 1_000_000, { Pr: 150_000, Nd: 450_000, Dy: 20_000 })]);
      const [alert, ...rest] = await alertsOf('misdeclared-product');
      assert.equal(rest.length, 0);
      assert.equal(alert!.subject, `${RECYCLER}:offcuts`);
      assert.deepEqual((alert!.evidence['misfits'] as { kind: string }[]).map((m) => m.kind), ['grade']);
      assert.match(alert!.summary, /62\.0 % rare earth by mass, where scrap-ndfeb-solid holds at most 35\.0 %: no richer than the NdFeB magnets .* \(limit 36\.8 %\)/);
      assert.deepEqual(alert!.evidence['gradeBand'], { min: 0, max: 0.35 });
    });

    test('misdeclared-product sees a concentrate imported as a mixed oxide, a calcined ionic and a monazite concentrate imported as carbonates; a carbonate dried to its octahydrate is quiet', async () => {
      await fresh();
      // Mixed carbonate at 55 % REO (0.459 rare earth): the octahydrate, as dry as the trade ships it.
      await record(TRADER, [imported('carb-real', 'mixed-carbonate-light', 1_000_000, { La: 122_000, Ce: 226_000, Pr: 23_000, Nd: 76_000, Sm: 5_000 })]);
      assert.deepEqual(await alertsOf('misdeclared-product'), []);
      await record(TRADER, [
        imported('as-oxide', 'mixed-oxide-lace', 1_000_000, CONCENTRATE),
        imported('as-carb', 'mixed-carbonate-light', 1_000_000, IONIC),
        imported('monazite-as-carb', 'mixed-carbonate-light', 1_000_000, MONAZITE),
      ]);
      const alerts = await alertsOf('misdeclared-product');
      const bySubject = new Map(alerts.map((a) => [a.subject, a]));
      assert.deepEqual([...bySubject.keys()].sort(), [`${TRADER}:as-carb`, `${TRADER}:as-oxide`, `${TRADER}:monazite-as-carb`]);
      const lean = bySubject.get(`${TRADER}:as-oxide`)!;
      assert.deepEqual((lean.evidence['misfits'] as { kind: string }[]).map((m) => m.kind), ['lean']);
      assert.match(lean.summary, /only 41\.1 % rare earth by mass, where mixed-oxide-lace holds 66\.2 %–82\.8 %/);
      assert.match(bySubject.get(`${TRADER}:as-carb`)!.summary, /77\.0 % rare earth by mass, where mixed-carbonate-light holds at most 46\.4 %: the octahydrate RE2\(CO3\)3·8H2O/);
      assert.match(bySubject.get(`${TRADER}:monazite-as-carb`)!.summary, /50\.0 % rare earth by mass, .* \(limit 48\.8 %\)/);
    });

    test('a Bayan Obo "concentrate" at 75 % REO is past what flotation of its minerals makes; a high-grade one at 62 % is a concentrate', async () => {
      await fresh();
      const grade = (reo: number): Grams => Object.fromEntries(Object.entries(CONCENTRATE).map(([e, g]) => [e, Math.round(g * reo / 0.5)]));
      const mined = (id: string, reo: number): LedgerEvent =>
        ({ id: `x-${id}`, kind: 'extract', time: at('2025-05-03'), facility: 'i-mine', lot: { id, product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: grade(reo) } });
      await record(MINER, [mined('high-grade', 0.62)]);
      assert.deepEqual(await alertsOf('misdeclared-product'), []);
      await record(MINER, [mined('topped-up', 0.75)]);
      const alerts = await alertsOf('misdeclared-product');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MINER}:topped-up`]);
      assert.match(alerts[0]!.summary, /61\.7 % rare earth by mass, where concentrate-bayan-obo holds at most 56\.6 %: nine tenths of its mineral/);
    });

    test('a coated NdFeB magnet carrying Dy is lean but still a magnet: no misdeclaration by its grade, no licence needed to export it', async () => {
      await fresh();
      await record(MAKER, [
        imported('metal', 'metal-ndpr', 300_000, { Pr: 72_000, Nd: 225_000 }),
        imported('dy', 'metal-dy', 20_000, { Dy: 19_800 }),
        { id: 'sinter', kind: 'process', time: at('2025-05-10'), inputs: [{ lot: 'metal', massGrams: 300_000 }, { lot: 'dy', massGrams: 20_000 }], outputs: [{ id: 'coated', product: 'magnet-ndfeb-sintered', massGrams: 1_240_000, composition: { Pr: 72_000, Nd: 225_000, Dy: 19_000 } }] },
        { id: 'x', kind: 'export', time: at('2025-05-20'), lot: 'coated', massGrams: 1_240_000, destinationCountry: 'DE' },
      ]);
      assert.deepEqual(await alertsOf('misdeclared-product'), [], '25.5 % rare earth: 29–32 % less a nickel coating');
      assert.deepEqual(await alertsOf('unlicensed-export'), []);
    });

    test('unlicensed-export judges a label by the controlled elements it carries: a samarium alloy as La–Mg–Ni hydrogen-storage alloy needs the licence Sm does; a real La–Mg–Ni alloy does not', async () => {
      await fresh();
      // La–Mg–Ni (A2B7) powder: 26 % rare earth, about a sixth of it Sm; and one two thirds Sm.
      await record(MAKER, [
        imported('a2b7', 'hsa-la-mg-ni', 1_000_000, { La: 200_000, Nd: 20_000, Sm: 40_000 }),
        imported('sm-alloy', 'hsa-la-mg-ni', 1_000_000, { La: 85_000, Sm: 170_000 }),
        { id: 'x-a2b7', kind: 'export', time: at('2025-05-20'), lot: 'a2b7', massGrams: 1_000_000, destinationCountry: 'JP' },
        { id: 'x-sm', kind: 'export', time: at('2025-05-20'), lot: 'sm-alloy', massGrams: 1_000_000, destinationCountry: 'JP' },
      ]);
      const alerts = await alertsOf('unlicensed-export');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MAKER}:x-sm`]);
      assert.match(alerts[0]!.summary, /judged by what it carries \(66\.7 % of its rare earths are Sm, under export control, where hsa-la-mg-ni carries about 15\.4 % \(limit 40\.4 %\)\): no export licence cited/);
      assert.match(String(alerts[0]!.summaryZh), /出口管制元素 Sm/);
    });

    test('misdeclared-product sees fresh samarium metal melted straight into "SmCo scrap" and NdPr ingots rebooked as metal scrap at their own grade; a magnet line\'s swarf beside its magnets, off-spec magnets scrapped whole and corroded metal written down to scrap are quiet', async () => {
      await fresh();
      await record(MAKER, [
        imported('sm', 'metal-sm', 400_000, { Sm: 396_000 }),
        imported('ndpr', 'metal-ndpr', 300_000, { Pr: 72_000, Nd: 225_000 }),
        imported('offspec', 'magnet-ndfeb-sintered', 1_000_000, { Pr: 72_000, Nd: 225_000 }),
        imported('flooded', 'metal-ndpr', 500_000, { Pr: 120_000, Nd: 370_000 }),
        imported('ingots', 'metal-ndpr', 800_000, { Pr: 190_000, Nd: 600_000 }),
      ]);
      await record(MAKER, [
        { id: 'melt', kind: 'process', time: at('2025-05-10'), inputs: [{ lot: 'sm', massGrams: 400_000 }], outputs: [{ id: 'smco-scrap', product: 'scrap-smco', massGrams: 1_150_000, composition: { Sm: 390_000 } }] },
        { id: 'sinter', kind: 'process', time: at('2025-05-10'), inputs: [{ lot: 'ndpr', massGrams: 300_000 }], outputs: [
          { id: 'magnets', product: 'magnet-ndfeb-sintered', massGrams: 800_000, composition: { Pr: 55_000, Nd: 172_000 } },
          { id: 'swarf', product: 'scrap-ndfeb-swarf', massGrams: 250_000, composition: { Pr: 16_000, Nd: 50_000 } },
        ] },
        { id: 'scrapped', kind: 'process', time: at('2025-05-11'), inputs: [{ lot: 'offspec', massGrams: 1_000_000 }], outputs: [{ id: 'offspec-scrap', product: 'scrap-ndfeb-solid', massGrams: 1_000_000, composition: { Pr: 72_000, Nd: 225_000 } }] },
        // Metal corroded in a flooded store, written down to scrap at the mass it had.
        { id: 'corroded', kind: 'process', time: at('2025-05-11'), inputs: [{ lot: 'flooded', massGrams: 500_000 }], outputs: [{ id: 'flooded-scrap', product: 'scrap-ndfeb-solid', massGrams: 510_000, composition: { Pr: 120_000, Nd: 370_000 } }] },
        // New ingots "sorted for sale" as off-cuts: the same mass at the same 98.8 % grade.
        { id: 'rebook', kind: 'process', time: at('2025-05-11'), inputs: [{ lot: 'ingots', massGrams: 800_000 }], outputs: [{ id: 'ingot-scrap', product: 'scrap-re-metal', massGrams: 800_000, composition: { Pr: 190_000, Nd: 600_000 } }] },
      ]);
      const alerts = (await alertsOf('misdeclared-product')).filter((a) => a.evidence['scrapShare'] !== undefined);
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${MAKER}:melt`, `${MAKER}:rebook`].sort());
      assert.match(alerts.find((a) => a.subject === `${MAKER}:melt`)!.summary, /took in only fresh metal and declared 100\.0 % of the rare earths it put out as pre-consumer scrap/);
      assert.ok(alerts.every((a) => String(a.summaryZh).includes('所谓“废料”即新料')));
    });

    test('a negative or unknown band margin is refused with the field named', async () => {
      await fresh();
      for (const [thresholds, path] of [[{ gradeBandMarginShare: -0.1 }, 'misdeclared-product.thresholds.gradeBandMarginShare'], [{ gradeBandMarginShare: 1.5 }, 'misdeclared-product.thresholds.gradeBandMarginShare'], [{ gradeBandMax: 0.4 }, 'misdeclared-product.thresholds.gradeBandMax']] as const) {
        await assert.rejects(saveRuleOverrides(world.store.db, { 'misdeclared-product': { thresholds } }), (error: Error & { problems?: { path: string }[] }) => {
          assert.equal(error.problems?.[0]?.path, path);
          return true;
        });
      }
    });
  });
}
