// The principles the library's last misses were answered with, each firing case beside its honest
// neighbour, on every engine at hand: a party closes with empty books (what it holds at its
// deregistration, or sells after it and dates before, left the chain); one party's two timed entries
// share one clock; a miner keeps its tailings only in tailings storage; cracking leaves in its
// residue the rare earths the leach cannot take; scrap from consumption is not new goods exported
// weeks before; a disposal licence's scope names the residues it covers; a separation licence does
// not cover metal smelting; tailings floated again by a licensed miner are beneficiation; slag
// rich enough to recycle may pass through a trading house; and swarf, weighed wet, loses coolant on
// the road; and a time written in a foreign zone does not move an event into another period.
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
const SEPARATOR = uscc('150200', 'CLKSEP01');
const DISPOSER = uscc('150200', 'CLKDSP01');
const MAKER = uscc('330200', 'CLKMAG01');
const MINER = uscc('360700', 'CLKMIN01');
/** Deregistered from 1 September with its dysprosium oxide still in store. */
const SHELL = uscc('360700', 'CLKSHL01');
/** Deregistered from 1 September after selling all it held. */
const CLOSED_CLEAN = uscc('360700', 'CLKSHL02');
/** Deregistered from 1 August; its last sale, dated 31 July, arrives 13 days later. */
const CLOSED_LATE = uscc('110000', 'CLKTRD01');
/** Deregistered from 1 August; its last sale, dated 31 July, arrives the next day. */
const CLOSED_ON_TIME = uscc('110000', 'CLKTRD02');
const EXPORTING_MAKER = uscc('330200', 'CLKMAG02');
const RECYCLER = uscc('360700', 'CLKREC01');
const NARROW_STORE = uscc('150200', 'CLKDSP02');
const SMELTER = uscc('150200', 'CLKSME01');
const TRADER = uscc('110000', 'CLKTRD03');
const PARTIES = [TRADER, SEPARATOR, DISPOSER, MAKER, MINER, SHELL, CLOSED_CLEAN, CLOSED_LATE, CLOSED_ON_TIME, EXPORTING_MAKER, RECYCLER, NARROW_STORE, SMELTER];

const TONNE = 1_000_000;
const YEAR = { validFrom: '2024-01-01', validTo: '2026-12-31' };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of PARTIES) keys[party] = await generateKeyFile(party);
  const enterprise = (id: string, roles: string[], name: string, region: string, closedSince?: string) => ({
    id, kind: 'enterprise' as const, roles: roles as never, nameZh: name, nameEn: name, region,
    ...(closedSince === undefined ? {} : { status: 'deregistered' as const, since: closedSince }),
  });
  await importRegistry(store, {
    parties: [
      enterprise(SEPARATOR, ['separator', 'importer'], 'Clock Separation', '150200'),
      enterprise(DISPOSER, ['disposer'], 'Clock Residue Store', '150200'),
      enterprise(MAKER, ['magnet-maker'], 'Clock Magnets', '330200'),
      enterprise(MINER, ['miner'], 'Clock Ionic Mining', '360700'),
      enterprise(EXPORTING_MAKER, ['magnet-maker', 'exporter', 'importer'], 'Clock Exporting Magnets', '330200'),
      enterprise(RECYCLER, ['recycler', 'importer'], 'Clock Recycling', '360700'),
      enterprise(NARROW_STORE, ['disposer'], 'Clock Water-leach Store', '150200'),
      enterprise(SMELTER, ['metal-smelter', 'importer'], 'Clock Smelting', '150200'),
      enterprise(TRADER, ['trader'], 'Clock Slag Trading', '110000'),
      enterprise(SHELL, ['trader', 'importer'], 'Clock Shell Trading', '360700', '2025-09-01T00:00:00+08:00'),
      enterprise(CLOSED_CLEAN, ['trader', 'importer'], 'Clock Clean Trading', '360700', '2025-09-01T00:00:00+08:00'),
      enterprise(CLOSED_LATE, ['trader', 'importer'], 'Clock Late Trading', '110000', '2025-08-01T00:00:00+08:00'),
      enterprise(CLOSED_ON_TIME, ['trader', 'importer'], 'Clock On-time Trading', '110000', '2025-08-01T00:00:00+08:00'),
    ],
    facilities: [
      { id: 'k-mine', party: MINER, kind: 'mine', nameZh: '矿山', nameEn: 'Mine', region: '360700', licence: 'k-mining', listed: true },
      { id: 'k-tailings', party: MINER, kind: 'disposal-site', nameZh: '尾矿库', nameEn: 'Tailings pond', region: '360700' },
      { id: 'k-store', party: DISPOSER, kind: 'disposal-site', nameZh: '渣库', nameEn: 'Residue store', region: '150200', licence: 'k-disposal' },
    ],
    licences: [
      { id: 'k-separation', party: SEPARATOR, activity: 'separation', ...YEAR },
      { id: 'k-disposal', party: DISPOSER, activity: 'disposal', ...YEAR },
      { id: 'k-mining', party: MINER, activity: 'mining', ...YEAR },
      { id: 'k-recycling', party: RECYCLER, activity: 'recycling', ...YEAR },
      { id: 'k-narrow-disposal', party: NARROW_STORE, activity: 'disposal', ...YEAR, scope: { products: ['slag-water-leach-residue'] } },
      { id: 'k-smelting', party: SMELTER, activity: 'metal-smelting', ...YEAR },
    ],
    quotas: [
      { id: 'k-sep-2025', year: 2025, batch: 1, holder: SEPARATOR, activity: 'separation' as const, oreType: 'rock' as const, tonnesReo: 10_000 },
      { id: 'k-min-2025', year: 2025, batch: 1, holder: MINER, activity: 'mining' as const, oreType: 'ionic' as const, tonnesReo: 1_000 },
    ],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string, time = '08:00') => `2025-${day}T${time}:00+08:00`;
type Grams = Record<string, number>;
const BAYAN_OBO = { La: 0.26, Ce: 0.5, Pr: 0.05, Nd: 0.17, Sm: 0.01, Gd: 0.005, Y: 0.005 };
const lotOf = (t: number, grade: number, shares: Grams): Grams => Object.fromEntries(Object.entries(shares).map(([e, s]) => [e, Math.round(t * TONNE * grade * s)]));
const imported = (id: string, product: string, t: number, composition: Grams, day = '07-01'): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at(day), lot: { id, product, massGrams: Math.round(t * TONNE), composition }, originCountry: 'AU' });
const shipped = (id: string, lot: string, t: number, to: string, time: string): LedgerEvent => ({ id, kind: 'ship', time, lot, massGrams: Math.round(t * TONNE), to });
const received = (id: string, lot: string, t: number, time: string): LedgerEvent => ({ id, kind: 'receive', time, lot, massGrams: Math.round(t * TONNE) });
const dysprosium = (t: number): Grams => ({ Dy: Math.round(t * 871_000) });

/** The separator cracks 1,000 t of Bayan Obo concentrate; its 450 t of water-leach residue holds
 * `residueGrade` rare earths. */
function separation(id: string, residueGrade: number): LedgerEvent[] {
  const feed = lotOf(1_000, 0.5, BAYAN_OBO);
  const recovered = (e: string) => Math.round((feed[e] ?? 0) * 0.9);
  return [
    imported(`${id}-c`, 'concentrate-bayan-obo', 1_000, feed),
    {
      id, kind: 'process', time: at('07-20'), inputs: [{ lot: `${id}-c`, massGrams: 1_000 * TONNE }],
      outputs: [
        { id: `${id}-ndpr`, product: 'oxide-ndpr', massGrams: Math.round((recovered('Pr') + recovered('Nd')) / 0.857), composition: { Pr: recovered('Pr'), Nd: recovered('Nd') } },
        { id: `${id}-la`, product: 'oxide-la', massGrams: Math.round(recovered('La') / 0.853), composition: { La: recovered('La') } },
        { id: `${id}-ce`, product: 'oxide-ce', massGrams: Math.round(recovered('Ce') / 0.814), composition: { Ce: recovered('Ce') } },
        { id: `${id}-res`, product: 'slag-water-leach-residue', massGrams: 450 * TONNE, composition: { La: Math.round(450 * TONNE * residueGrade * 0.3), Ce: Math.round(450 * TONNE * residueGrade * 0.7) } },
      ],
    },
  ];
}

for (const engine of engines()) {
  describe(`closure, clocks, tailings and cracking residue on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-09-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('a party deregistered with dysprosium oxide in store let it leave the chain; one that sold all it held first closed clean', async () => {
      await fresh();
      await record(SHELL, [imported('dy', 'oxide-dy', 3, dysprosium(3), '07-15')], '2025-08-05T10:00:00+08:00');
      await record(CLOSED_CLEAN, [imported('dy', 'oxide-dy', 3, dysprosium(3), '07-15'), shipped('s-dy', 'dy', 3, MAKER, at('08-20'))], '2025-08-25T10:00:00+08:00');
      await record(MAKER, [received('r-dy', `${CLOSED_CLEAN}:dy`, 3, at('08-21'))], '2025-08-25T11:00:00+08:00');
      await runCheck(world.store);
      const alerts = await alertsOf('stock-at-deregistration');
      assert.deepEqual(alerts.map((a) => [a.party.id, a.subject]), [[SHELL, `${SHELL}:dy`]]);
      assert.match(alerts[0]!.summary, /deregistered on 2025-09-01T00:00:00\+08:00 holding 3 t in 1 lot/);
      assert.match(String(alerts[0]!.summaryZh), /注销时仍持有 1 个批次共 3 吨/);
    });

    test('a last sale dated the day before the closure and received 13 days after it was made after it; one received the next day was not', async () => {
      await fresh();
      for (const party of [CLOSED_LATE, CLOSED_ON_TIME]) {
        await record(party, [imported('ndpr', 'oxide-ndpr', 10, { Pr: 2_120_000, Nd: 6_370_000 }, '07-10')], '2025-07-20T10:00:00+08:00');
      }
      await record(CLOSED_ON_TIME, [shipped('s-last', 'ndpr', 10, MAKER, at('07-31', '17:00'))], '2025-08-07T10:00:00+08:00');
      await record(CLOSED_LATE, [shipped('s-last', 'ndpr', 10, MAKER, at('07-31', '17:00'))], '2025-08-12T10:00:00+08:00');
      await record(MAKER, [received('r-on-time', `${CLOSED_ON_TIME}:ndpr`, 10, at('08-01', '16:00')), received('r-late', `${CLOSED_LATE}:ndpr`, 10, at('08-13'))], '2025-08-14T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = await alertsOf('stock-at-deregistration');
      assert.deepEqual(alerts.map((a) => [a.party.id, a.subject]), [[CLOSED_LATE, `${CLOSED_LATE}:ndpr`]]);
      assert.match(alerts[0]!.summary, /received by .* 12 days later, on 2025-08-13.*: a sale made after the closure, dated before it/);
    });

    test('a store that times its disposal 16 h before its own timed receipt contradicts its own clock; a disposal entered by date only does not', async () => {
      await fresh();
      await record(SEPARATOR, [
        ...separation('a', 0.012), ...separation('b', 0.012),
        shipped('s-a', 'a-res', 450, DISPOSER, at('07-24', '10:00')), shipped('s-b', 'b-res', 450, DISPOSER, at('07-24', '10:00')),
      ], '2025-08-05T10:00:00+08:00');
      await record(DISPOSER, [
        received('r-a', `${SEPARATOR}:a-res`, 450, at('07-25')), { id: 'd-a', kind: 'dispose', time: at('07-24', '16:00'), lot: `${SEPARATOR}:a-res`, massGrams: 450 * TONNE, method: 'radioactive-waste-storage', facility: 'k-store' },
        received('r-b', `${SEPARATOR}:b-res`, 450, at('07-25', '10:00')), { id: 'd-b', kind: 'dispose', time: at('07-25', '00:00'), lot: `${SEPARATOR}:b-res`, massGrams: 450 * TONNE, method: 'radioactive-waste-storage', facility: 'k-store' },
      ], '2025-08-06T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = await alertsOf('lot-chronology');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:a-res`]);
      assert.match(alerts[0]!.summary, /used 16 h .* before it: dispose .*d-a .*\(tolerance 1 h, both timed by one party\)/);
    });

    test('a miner without a disposal licence spreading its leached clay on the hillside disposes of it unlicensed; into its tailings pond it keeps it lawfully', async () => {
      await fresh();
      const clay = (id: string): LedgerEvent[] => [
        { id: `x-${id}`, kind: 'extract', time: at('07-02'), facility: 'k-mine', lot: { id: `ore-${id}`, product: 'ore-ionic-light', massGrams: 20_000 * TONNE, composition: { La: 6_000_000, Ce: 1_000_000, Pr: 1_200_000, Nd: 4_400_000, Sm: 600_000, Y: 4_000_000 } } },
        {
          id: `leach-${id}`, kind: 'process', time: at('07-04'), inputs: [{ lot: `ore-${id}`, massGrams: 20_000 * TONNE }],
          outputs: [
            { id: `conc-${id}`, product: 'concentrate-ionic-light', massGrams: 18 * TONNE, composition: { La: 4_800_000, Ce: 800_000, Pr: 1_000_000, Nd: 3_500_000, Sm: 450_000, Y: 3_200_000 } },
            { id: `tl-${id}`, product: 'tailings-ionic-leach', massGrams: 19_200 * TONNE, composition: { La: 1_200_000, Ce: 200_000, Pr: 200_000, Nd: 900_000, Sm: 150_000, Y: 800_000 } },
          ],
        },
      ];
      await record(MINER, [
        ...clay('hill'), { id: 'd-hill', kind: 'dispose', time: at('07-08'), lot: 'tl-hill', massGrams: 19_200 * TONNE, method: 'other' },
        ...clay('pond'), { id: 'd-pond', kind: 'dispose', time: at('07-08'), lot: 'tl-pond', massGrams: 19_200 * TONNE, method: 'tailings-storage', facility: 'k-tailings' },
      ], '2025-08-05T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'tailings disposed of outside tailings storage');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MINER}:tl-hill`]);
      assert.match(alerts[0]!.summary, /disposed of by .* by other at no site: a miner without a disposal licence may only keep its tailings in tailings storage/);
    });

    test('a water-leach residue booked at 3 ppm rare earth was leached again off the books; one at half the usual grade (a second leach) was not', async () => {
      await fresh();
      await record(SEPARATOR, [...separation('lean', 0.000003), ...separation('second-leach', 0.006)], '2025-08-05T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'cracking residue leaner than its chemistry');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:lean-res`]);
      assert.match(alerts[0]!.summary, /booked its residue .*lean-res .* at 3 ppm rare earth, where such a residue holds about 1\.2 %/);
    });

    test('new magnets exported to Vietnam and imported from there two weeks later as end-of-life magnets of their very mix came back; Japanese compressor magnets with Dy, weeks later, are scrap', async () => {
      await fresh();
      const magnets = (id: string, t: number, composition: Grams): LedgerEvent =>
        ({ id: `i-${id}`, kind: 'import', time: at('07-01'), lot: { id, product: 'magnet-ndfeb-sintered', massGrams: Math.round(t * TONNE), composition }, originCountry: 'JP' });
      const NEW = { Pr: 0.075, Nd: 0.225 };
      await record(EXPORTING_MAKER, [
        magnets('mg-vn', 10, lotOf(10, 1, NEW)), magnets('mg-jp', 60, lotOf(60, 1, NEW)),
        { id: 'x-vn', kind: 'export', time: at('07-15'), lot: 'mg-vn', massGrams: 10 * TONNE, destinationCountry: 'VN' },
        { id: 'x-jp', kind: 'export', time: at('07-28'), lot: 'mg-jp', massGrams: 60 * TONNE, destinationCountry: 'JP' },
      ], '2025-08-08T10:00:00+08:00');
      // The recycler reports first: the scrap reaches the log before the export it came back as.
      await record(RECYCLER, [
        { id: 'i-vn-eol', kind: 'import', time: at('07-29'), lot: { id: 'eol-vn', product: 'eol-ndfeb-magnets', massGrams: 10 * TONNE, composition: lotOf(10, 1, NEW) }, originCountry: 'VN' },
      ], '2025-08-06T10:00:00+08:00');
      await record(RECYCLER, [
        { id: 'i-jp-eol', kind: 'import', time: at('09-04'), lot: { id: 'eol-jp', product: 'eol-ndfeb-magnets', massGrams: 30 * TONNE, composition: lotOf(30, 1, { Pr: 0.06, Nd: 0.2, Dy: 0.025, Tb: 0.003 }) }, originCountry: 'JP' },
      ], '2025-09-10T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = (await alertsOf('round-trip')).filter((a) => (a.evidence['how'] as { asScrap?: boolean }).asScrap === true);
      assert.deepEqual(alerts.map((a) => [a.party.id, a.subject]), [[EXPORTING_MAKER, `${RECYCLER}:eol-vn`]]);
      assert.match(alerts[0]!.summary, /was exported to VN and imported back as scrap nearly whole by .*, another party, 14 days later/);
      assert.match(String(alerts[0]!.summaryZh), /以废料名义进口回国/);
    });

    test('NdPr oxide exported to Malaysia and its very grams imported twelve days later as magnet off-cuts came back; a plant\'s grinding sludge, a tenth of it, is its scrap', async () => {
      await fresh();
      const oxide = { Pr: 2_120_000, Nd: 6_370_000 };
      await record(EXPORTING_MAKER, [
        imported('ox-my', 'oxide-ndpr', 10, oxide),
        { id: 'x-my', kind: 'export', time: at('07-10'), lot: 'ox-my', massGrams: 10 * TONNE, destinationCountry: 'MY', customsDeclaration: '310120250700012345' },
      ]);
      await record(RECYCLER, [
        { id: 'i-cuts', kind: 'import', time: at('07-22'), lot: { id: 'cuts', product: 'scrap-ndfeb-solid', massGrams: 28 * TONNE, composition: oxide }, originCountry: 'MY', customsDeclaration: '310120250700012399' },
        { id: 'i-sludge', kind: 'import', time: at('07-22'), lot: { id: 'sludge', product: 'scrap-ndfeb-swarf', massGrams: 4 * TONNE, composition: { Pr: 212_000, Nd: 637_000 } }, originCountry: 'MY', customsDeclaration: '310120250700012398' },
      ], '2025-08-06T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = (await alertsOf('round-trip')).filter((a) => (a.evidence['how'] as { asScrap?: boolean }).asScrap === true);
      assert.deepEqual(alerts.map((a) => a.subject), [`${RECYCLER}:cuts`]);
    });

    test('a New Year\'s Eve extraction written at −06:00 reads as 1 January in China, in the next quota year; one written at +08:00 or in UTC is dated as its clock says', async () => {
      await fresh();
      const extraction = (id: string, time: string): LedgerEvent =>
        ({ id: `x-${id}`, kind: 'extract', time, facility: 'k-mine', lot: { id, product: 'ore-ionic-light', massGrams: 1_000 * TONNE, composition: { La: 300_000, Ce: 50_000, Pr: 60_000, Nd: 220_000, Y: 200_000 } } });
      await record(MINER, [
        extraction('foreign', '2025-12-31T20:00:00-06:00'), extraction('beijing', '2025-12-31T20:00:00+08:00'), extraction('utc', '2025-12-31T10:00:00Z'),
      ], '2026-01-05T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = (await alertsOf('lot-chronology')).filter((a) => a.evidence['problem'] === 'dated in a foreign time zone');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MINER}:foreign`]);
      assert.match(alerts[0]!.summary, /dated 2025-12-31T20:00:00-06:00, with a UTC offset no site in China keeps: its own clock reads 2025-12, China's reads 2026-01-01T10:00:00\+08:00/);
      assert.match(String(alerts[0]!.summaryZh), /时区偏移 -06:00/);
    });

    test('a store licensed for water-leach residue alone that places monazite cake disposes of it outside its licence; the water-leach residue it may take', async () => {
      await fresh();
      const cake = (id: string, product: string): LedgerEvent => imported(id, product, 100, { La: 300_000, Ce: 600_000 });
      await record(NARROW_STORE, [
        cake('mz', 'slag-monazite-residue'), cake('wl', 'slag-water-leach-residue'),
        { id: 'd-mz', kind: 'dispose', time: at('07-05'), lot: 'mz', massGrams: 100 * TONNE, method: 'radioactive-waste-storage' },
        { id: 'd-wl', kind: 'dispose', time: at('07-05'), lot: 'wl', massGrams: 100 * TONNE, method: 'radioactive-waste-storage' },
      ], '2025-08-05T10:00:00+08:00');
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'disposed of outside its licence\'s scope');
      assert.deepEqual(alerts.map((a) => a.subject), [`${NARROW_STORE}:mz`]);
      assert.match(alerts[0]!.summary, /whose disposal licence on 2025-07-05 does not name slag-monazite-residue among the residues it may take/);
    });

    test('a separator that reduces its NdPr oxide to metal smelts outside its separation licence; a licensed smelter does not', async () => {
      await fresh();
      const reduce = (): LedgerEvent[] => [
        imported('ndpr', 'oxide-ndpr', 10, { Pr: 2_120_000, Nd: 6_370_000 }),
        { id: 'cells', kind: 'process', time: at('07-10'), inputs: [{ lot: 'ndpr', massGrams: 10 * TONNE }], outputs: [{ id: 'metal', product: 'metal-ndpr', massGrams: 8_300_000, composition: { Pr: 2_070_000, Nd: 6_200_000 } }] },
      ];
      await record(SEPARATOR, reduce());
      await record(SMELTER, reduce());
      const alerts = await alertsOf('unlicensed-smelting');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SEPARATOR}:metal`]);
      assert.match(alerts[0]!.summary, /holds no metal-smelting licence on 2025-07-10/);
    });

    test('tailings floated again by the licensed miner are beneficiation; the same by a party that may not mine is waste passed off as ore', async () => {
      await fresh();
      const TAILINGS = lotOf(3_000, 0.015, BAYAN_OBO);
      const refloat = (id: string): LedgerEvent[] => [
        imported(`${id}-tl`, 'tailings-bayan-obo', 3_000, TAILINGS),
        {
          id: `flo-${id}`, kind: 'process', time: at('07-12'), inputs: [{ lot: `${id}-tl`, massGrams: 3_000 * TONNE }],
          outputs: [
            { id: `${id}-conc`, product: 'concentrate-bayan-obo', massGrams: 60 * TONNE, composition: lotOf(60, 0.5, BAYAN_OBO) },
            { id: `${id}-tl2`, product: 'tailings-bayan-obo', massGrams: 2_900 * TONNE, composition: Object.fromEntries(Object.entries(TAILINGS).map(([e, g]) => [e, Math.round(g * 0.3)])) },
          ],
        },
      ];
      await record(MINER, refloat('m'));
      await record(SEPARATOR, refloat('s'));
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'residue passed off as ore');
      assert.deepEqual(alerts.map((a) => a.party.id), [SEPARATOR]);
    });

    test('residue imported is solid waste brought in, whatever recovery it is for; monazite concentrate imported is ore', async () => {
      await fresh();
      await record(SMELTER, [imported('my-res', 'slag-water-leach-residue', 300, { La: 300_000, Ce: 700_000 }), imported('my-mon', 'concentrate-monazite', 100, { La: 12_000_000, Ce: 26_000_000, Pr: 2_800_000, Nd: 10_000_000 })]);
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'residue imported');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SMELTER}:my-res`]);
      assert.match(alerts[0]!.summary, /radioactive slag-water-leach-residue \(300 t, lot .*:my-res\) imported from .* residue is solid waste, which may not be imported/);
      assert.match(String(alerts[0]!.summaryZh), /禁止进口/);
    });

    test('electrolysis slag, a recycling feed, may pass through a trading house; water-leach residue shipped to it has gone to no licensed receiver', async () => {
      await fresh();
      await record(SMELTER, [
        imported('slag', 'slag-electrolysis', 2, { Pr: 160_000, Nd: 500_000 }), imported('wl', 'slag-water-leach-residue', 100, { La: 300_000, Ce: 700_000 }),
        shipped('s-slag', 'slag', 2, TRADER, at('07-10')), shipped('s-wl', 'wl', 100, TRADER, at('07-10')),
      ]);
      await runCheck(world.store);
      const alerts = (await alertsOf('residue-disposal')).filter((a) => a.evidence['problem'] === 'shipped to an unlicensed receiver');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SMELTER}:wl`]);
    });

    test('wet swarf 5 % short after two days on the road lost coolant; 39 % short, or NdPr oxide 5 % short, lost material', async () => {
      await fresh();
      const swarf = (id: string) => imported(id, 'scrap-ndfeb-swarf', 18, { Pr: 1_080_000, Nd: 3_600_000 });
      await record(EXPORTING_MAKER, [
        swarf('sw-a'), swarf('sw-b'), imported('ox', 'oxide-ndpr', 18, { Pr: 3_800_000, Nd: 11_500_000 }),
        shipped('s-a', 'sw-a', 18, RECYCLER, at('07-10')), shipped('s-b', 'sw-b', 18, RECYCLER, at('07-10')), shipped('s-ox', 'ox', 18, RECYCLER, at('07-10')),
      ]);
      await record(RECYCLER, [
        received('r-a', `${EXPORTING_MAKER}:sw-a`, 17.1, at('07-12')), received('r-b', `${EXPORTING_MAKER}:sw-b`, 11, at('07-12')), received('r-ox', `${EXPORTING_MAKER}:ox`, 17.1, at('07-12')),
      ]);
      const alerts = await alertsOf('short-receipt');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${EXPORTING_MAKER}:ox`, `${EXPORTING_MAKER}:sw-b`].sort());
    });

    test('damp concentrate 1.3 % light after a summer haul dried; 4 % light lost material', async () => {
      await fresh();
      const concentrate = (id: string) => imported(id, 'concentrate-monazite', 100, { La: 12_000_000, Ce: 26_000_000, Pr: 2_800_000, Nd: 10_000_000 });
      await record(TRADER, [concentrate('c-a'), concentrate('c-b'), shipped('s-ca', 'c-a', 100, SEPARATOR, at('08-04')), shipped('s-cb', 'c-b', 100, SEPARATOR, at('08-04'))]);
      await record(SEPARATOR, [received('r-ca', `${TRADER}:c-a`, 98.7, at('08-07')), received('r-cb', `${TRADER}:c-b`, 96, at('08-07'))]);
      const alerts = await alertsOf('short-receipt');
      assert.deepEqual(alerts.map((a) => a.subject), [`${TRADER}:c-b`]);
    });
  });
}
