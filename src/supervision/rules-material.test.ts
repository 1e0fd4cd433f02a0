// Conservation, material identity and residues, each on schemes written from the law and the
// chemistry (not from the generator) and on honest near misses that must stay quiet, on every
// engine at hand. Each scheme is also varied the way an evader would: split into small pieces,
// spread over months, hidden in one element, relabelled.
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
const MINER = uscc('150200', 'MATMIN01');
const SEPARATOR = uscc('360700', 'MATSEP01');
const MAKER = uscc('330200', 'MATMAG01');
const RECYCLER = uscc('360700', 'MATREC01');
const DISPOSER = uscc('150200', 'MATDIS01');
const TRADER = uscc('310000', 'MATTRD01');

type Grams = Record<string, number>;

/** 10 t of light ionic concentrate (Xunwu type), ≈ 6.9 t of rare earth. */
const IONIC: Grams = { La: 3_000_000, Ce: 400_000, Pr: 600_000, Nd: 2_200_000, Sm: 350_000, Gd: 170_000, Dy: 70_000, Y: 140_000 };
/** 100 t of Bayan Obo ore, ≈ 4.9 t of rare earth. */
const ORE: Grams = { La: 1_300_000, Ce: 2_550_000, Pr: 250_000, Nd: 820_000 };

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [MINER, SEPARATOR, MAKER, RECYCLER, DISPOSER, TRADER]) keys[party] = await generateKeyFile(party);
  const years = { validFrom: '2025-01-01', validTo: '2026-12-31' };
  await importRegistry(store, {
    parties: [
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '材料矿业', nameEn: 'Material Mining', region: '150200' },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator', 'metal-smelter'], nameZh: '材料分离', nameEn: 'Material Separation', region: '360700' },
      { id: MAKER, kind: 'enterprise', roles: ['magnet-maker', 'exporter'], nameZh: '材料磁材', nameEn: 'Material Magnets', region: '330200' },
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '材料回收', nameEn: 'Material Recycling', region: '360700' },
      { id: DISPOSER, kind: 'enterprise', roles: ['disposer'], nameZh: '材料处置', nameEn: 'Material Disposal', region: '150200' },
      { id: TRADER, kind: 'enterprise', roles: ['trader', 'exporter', 'importer'], nameZh: '材料贸易', nameEn: 'Material Trading', region: '310000' },
    ],
    licences: [
      { id: 'm-mining', party: MINER, activity: 'mining', ...years },
      { id: 'm-separation', party: SEPARATOR, activity: 'separation', ...years },
      { id: 'm-export', party: MAKER, activity: 'export', ...years },
      { id: 'm-recycling', party: RECYCLER, activity: 'recycling', ...years },
      { id: 'm-disposal', party: DISPOSER, activity: 'disposal', ...years },
    ],
    facilities: [
      { id: 'm-mine', party: MINER, kind: 'mine', nameZh: '矿点', nameEn: 'Pit', region: '150206', licence: 'm-mining', listed: true },
      { id: 'm-dump', party: DISPOSER, kind: 'disposal-site', nameZh: '处置场', nameEn: 'Disposal site', region: '150200' },
    ],
    keys: Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
const imported = (id: string, day: string, product: string, massGrams: number, composition: Grams): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at(day), lot: { id, product, massGrams, composition }, originCountry: 'MM' });
const processed = (id: string, day: string, inputs: [string, number][], outputs: { id: string; product: string; composition: Grams; massGrams?: number }[]): LedgerEvent => ({
  id, kind: 'process', time: at(day), inputs: inputs.map(([lot, massGrams]) => ({ lot, massGrams })),
  outputs: outputs.map((o) => ({ id: o.id, product: o.product, composition: o.composition, massGrams: o.massGrams ?? Math.ceil(sum(o.composition) / 0.85) })),
});
const exported = (id: string, day: string, lot: string, massGrams: number, licence?: string): LedgerEvent =>
  ({ id, kind: 'export', time: at(day), lot, massGrams, destinationCountry: 'JP', ...(licence === undefined ? {} : { licence }) });
const adjusted = (id: string, day: string, lot: string, deltaGrams: number, reason: string, composition?: Grams): LedgerEvent =>
  ({ id, kind: 'adjust', time: at(day), lot, deltaGrams, reason, ...(composition === undefined ? {} : { composition }) });

function sum(c: Grams): number {
  return Object.values(c).reduce((s, g) => s + g, 0);
}

function part(c: Grams, share: number, only?: string[]): Grams {
  const out: Grams = {};
  for (const [e, g] of Object.entries(c)) if (only === undefined || only.includes(e)) out[e] = Math.floor(g * share);
  return out;
}

/** Separated products of `feed` (its elements), each element recovered at `recovery`; `drop`
 * elements have no product. Each is 78 % rare earth, which every oxide here can be (Y2O3 is 78.7 % Y). */
function separatedOutputs(prefix: string, feed: Grams, recovery: number, drop: string[] = []): { id: string; product: string; composition: Grams; massGrams: number }[] {
  const groups: [string, string[]][] = [['oxide-la', ['La']], ['oxide-ce', ['Ce']], ['oxide-ndpr', ['Pr', 'Nd']], ['mixed-oxide-smeugd', ['Sm', 'Gd']], ['oxide-dy', ['Dy']], ['oxide-y', ['Y']]];
  return groups.flatMap(([product, elements]) => {
    const kept = elements.filter((e) => !drop.includes(e) && (feed[e] ?? 0) > 0);
    if (kept.length === 0) return [];
    const composition = part(feed, recovery, kept);
    return [{ id: `${prefix}-${product}`, product, composition, massGrams: Math.ceil(sum(composition) / 0.78) }];
  });
}

for (const engine of engines()) {
  describe(`conservation, identity and residue rules on ${engine}`, () => {
    let t: TestStore;
    let store: Store;
    let keys: Record<string, PrivateKeyFile>;

    async function fresh(): Promise<void> {
      if (t !== undefined) await t.cleanup();
      t = await makeTestStore(engine);
      store = t.store;
      keys = await loadRegistry(store);
    }
    const record = (party: string, events: LedgerEvent[], recordedAt = '2026-01-05T10:00:00+08:00') => captureAt(store, keys[party]!, events, recordedAt);
    const alertsOf = async (rule: string): Promise<Alert[]> => (await listAlerts(store, { role: 'regulator' }, { rule, limit: 500 })).alerts;
    before(fresh);
    after(async () => t.cleanup());

    // ── Conservation ─────────────────────────────────────────────────────────────────────────
    test('period-balance sees one element vanish in separation while the REO total closes; a loss within the recovery norms is quiet', async () => {
      await fresh();
      await record(SEPARATOR, [
        imported('c1', '2025-03-01', 'concentrate-ionic-light', 10_000_000, IONIC),
        imported('c2', '2025-03-01', 'concentrate-ionic-light', 10_000_000, IONIC),
        // Honest: 92 % of every element recovered, the rest lost (concentrate → products may lose 11.7 %).
        processed('p-honest', '2025-03-10', [['c1', 10_000_000]], separatedOutputs('h', IONIC, 0.92)),
      ]);
      await runCheck(store);
      assert.equal((await alertsOf('period-balance')).length, 0, 'an 8 % loss on concentrate is within the norms');
      // The scheme: every element recovered whole but Dy, which has no product: 1 % of the REO.
      await record(SEPARATOR, [processed('p-dy', '2025-04-10', [['c2', 10_000_000]], separatedOutputs('d', IONIC, 1, ['Dy']))]);
      await runCheck(store);
      const [alert, ...rest] = await alertsOf('period-balance');
      assert.equal(rest.length, 0);
      assert.equal(alert!.period, '2025-04');
      assert.deepEqual(Object.keys(alert!.evidence['byElement'] as object), ['Dy']);
      assert.ok((alert!.evidence['unaccountedShare'] as number) < 0.02, 'the REO total all but closes');
      assert.deepEqual(alert!.evidence['events'], [`${SEPARATOR}:p-dy`]);
      assert.match(alert!.summary, /lost 0\.07 t of the 0\.07 t of Dy/);
    });

    test('period-balance adds up small excesses each under the per-event tolerance; rounding-sized ones are quiet', async () => {
      await fresh();
      const runs = (prefix: string, day: string, extraGrams: number) => Array.from({ length: 30 }, (_, i) =>
        processed(`${prefix}${i}`, day, [[`${prefix}-nd`, 10_000]], [{ id: `${prefix}-m${i}`, product: 'metal-nd', composition: { Nd: 8_500 + extraGrams }, massGrams: 9_500 }]));
      await record(SEPARATOR, [
        imported('ok-nd', '2025-05-01', 'oxide-nd', 300_000, { Nd: 255_000 }), imported('x-nd', '2025-06-01', 'oxide-nd', 300_000, { Nd: 255_000 }),
        ...runs('ok', '2025-05-10', 10), ...runs('x', '2025-06-10', 900),
      ]);
      assert.equal((await alertsOf('elements-from-nothing')).length, 0, 'each excess is under the per-event 1 kg');
      await runCheck(store);
      const alerts = await alertsOf('period-balance');
      assert.equal(alerts.length, 1, 'thirty 10 g excesses (300 g) are rounding; thirty 900 g ones (27 kg) are not');
      assert.equal(alerts[0]!.period, '2025-06');
      assert.equal((alerts[0]!.evidence['byElement'] as Record<string, { gainedTonnes: number }>)['Nd']!.gainedTonnes, 0.027);
      assert.equal(alerts[0]!.evidence['eventCount'], 30);
    });

    test('period-balance adds a loss spread thinly over months; a smaller steady loss stays quiet', async () => {
      await fresh();
      const months = ['01', '02', '03', '04', '05', '06'];
      const smelt = (prefix: string, lostGrams: number) => months.map((m, i) =>
        processed(`${prefix}${i}`, `2025-${m}-15`, [[`${prefix}-dy`, 115_000]], [{ id: `${prefix}-metal${i}`, product: 'metal-dy', composition: { Dy: 100_050 - lostGrams } }]));
      await record(MAKER, [imported('ok-dy', '2025-01-02', 'oxide-dy', 1_000_000, { Dy: 870_000 }), ...smelt('ok', 3_000)]);
      await record(SEPARATOR, [imported('x-dy', '2025-01-02', 'oxide-dy', 1_000_000, { Dy: 870_000 }), ...smelt('x', 14_000)]);
      await runCheck(store);
      const alerts = await alertsOf('period-balance');
      assert.equal(alerts.length, 1, 'no month passes 10 % + 10 kg; the 14 kg a month add up, the 3 kg do not');
      assert.equal(alerts[0]!.subject, `${SEPARATOR}:to-2025-03`, 'by March 42 kg are lost where 10 % of 300 kg fed and 10 kg are allowed');
      assert.equal(alerts[0]!.evidence['cumulative'], true);
      assert.equal((alerts[0]!.evidence['events'] as string[]).length, 3);
    });

    test('period-balance bounds a lot\'s stock adjustments, also split into small ones over months; moisture and stocktake within bounds are quiet', async () => {
      await fresh();
      const ndpr = { Pr: 4_250_000, Nd: 12_750_000 };
      await record(TRADER, [
        imported('fire', '2025-02-01', 'oxide-ndpr', 20_000_000, ndpr), imported('honest', '2025-02-01', 'oxide-ndpr', 20_000_000, ndpr),
        imported('sliced', '2025-02-01', 'oxide-ndpr', 20_000_000, ndpr), imported('found', '2025-02-01', 'oxide-ndpr', 20_000_000, ndpr),
        adjusted('a-fire', '2025-02-20', 'fire', -2_000_000, '仓库火灾损失'),
        adjusted('a-moist', '2025-02-20', 'honest', -500_000, '水分复检'), adjusted('a-count', '2025-03-20', 'honest', 160_000, '盘盈'),
        ...Array.from({ length: 10 }, (_, i) => adjusted(`a-slice${i}`, `2025-${String(3 + i).padStart(2, '0')}-05`, 'sliced', -100_000, '损耗')),
        adjusted('a-found', '2025-04-01', 'found', 1_000_000, '盘盈', { Dy: 850_000 }),
      ]);
      await runCheck(store);
      const alerts = await alertsOf('period-balance');
      const bySubject = new Map(alerts.map((a) => [a.subject, a]));
      assert.deepEqual([...bySubject.keys()].sort(), [`${TRADER}:fire`, `${TRADER}:found`, `${TRADER}:sliced`].sort());
      assert.equal(bySubject.get(`${TRADER}:fire`)!.evidence['removedTonnes'], 2);
      assert.equal(bySubject.get(`${TRADER}:sliced`)!.period, '2025-09', 'the seventh 0.5 % slice passes 3 % of the lot');
      assert.equal(bySubject.get(`${TRADER}:found`)!.evidence['addedTonnes'], 1);
    });

    test('period-balance adds up a party\'s adjustments across many small lots, each under the grams floor; small moisture corrections are quiet', async () => {
      await fresh();
      const lots = (prefix: string) => Array.from({ length: 20 }, (_, i) => imported(`${prefix}${i}`, '2025-02-01', 'oxide-dy', 100_000, { Dy: 87_000 }));
      await record(MAKER, [...lots('ok'), ...lots('ok').map((_, i) => adjusted(`a-ok${i}`, '2025-02-10', `ok${i}`, -2_000, '水分'))]);
      await record(TRADER, [...lots('x'), ...lots('x').map((_, i) => adjusted(`a-x${i}`, `2025-0${2 + Math.floor(i / 10)}-10`, `x${i}`, -9_000, '损耗'))]);
      await runCheck(store);
      const [alert, ...rest] = await alertsOf('period-balance');
      assert.equal(rest.length, 0, '20 lots × 2 kg of 2 t is 2 %; 20 lots × 9 kg is 9 %');
      assert.equal(alert!.party.id, TRADER);
      assert.equal(alert!.subject, `${TRADER}:adjustments-to-2025-02`, 'the second 9 kg passes the 10 kg floor, which counts once for the party, not once a lot');
    });

    test('period-balance holds a recycler\'s products to what it fed (scrap at its recovery, anything else in full): more than that, the bought oxide beside it counted, is seen; two honest steps are quiet', async () => {
      await fresh();
      const swarf = { Pr: 50_000, Nd: 170_000, Dy: 12_000 };
      const collect = (id: string, day: string): LedgerEvent =>
        ({ id, kind: 'collect', time: at(day), lot: { id: `sw-${id}`, product: 'scrap-ndfeb-swarf', massGrams: 1_000_000, composition: swarf }, supplier: { name: '磁材厂' } });
      await record(RECYCLER, [
        collect('k1', '2025-04-02'),
        // Honest: swarf to mixed carbonate, then the carbonate to NdPr and Dy oxide, 95 % recovered, the rest in residue.
        processed('leach', '2025-04-05', [['sw-k1', 1_000_000]], [
          { id: 'carb', product: 'mixed-carbonate-light', composition: part(swarf, 0.96), massGrams: 600_000 },
          { id: 'res1', product: 'slag-recycling-residue', composition: part(swarf, 0.04), massGrams: 2_000_000 },
        ]),
        processed('refine', '2025-04-08', [['carb', 600_000]], [
          { id: 'ndpr1', product: 'oxide-ndpr', composition: part(swarf, 0.95, ['Pr', 'Nd']) }, { id: 'dy1', product: 'oxide-dy', composition: part(swarf, 0.95, ['Dy']) },
          { id: 'res2', product: 'slag-recycling-residue', composition: { Pr: 500, Nd: 1_700, Dy: 120 }, massGrams: 200_000 },
        ]),
      ]);
      await runCheck(store);
      assert.equal((await alertsOf('period-balance')).length, 0, 'a recovery of 95 % through an intermediate of its own');
      await record(TRADER, [
        imported('ox', '2025-05-01', 'oxide-ndpr', 2_000_000, { Pr: 425_000, Nd: 1_275_000 }),
        { id: 's-ox', kind: 'ship', time: at('2025-05-02'), lot: 'ox', massGrams: 2_000_000, to: RECYCLER },
      ]);
      await record(RECYCLER, [
        collect('k2', '2025-05-02'),
        { id: 'r-ox', kind: 'receive', time: at('2025-05-03'), lot: `${TRADER}:ox`, massGrams: 2_000_000 },
        // Half the bought oxide dissolved with the swarf; the products hold as much as all of it would give.
        processed('launder', '2025-05-06', [['sw-k2', 1_000_000], [`${TRADER}:ox`, 1_000_000]], [
          { id: 'ndpr2', product: 'oxide-ndpr', composition: { Pr: 470_000, Nd: 1_430_000 } }, { id: 'dy2', product: 'oxide-dy', composition: { Dy: 11_000 } },
        ]),
      ]);
      await runCheck(store);
      const alerts = await alertsOf('period-balance');
      // The month's balance sees the same excess (more Pr and Nd out than in); the recovery is the recycler's own finding.
      const alert = alerts.find((a) => a.subject === `${RECYCLER}:recycled-to-2025-05`);
      assert.ok(alert !== undefined, JSON.stringify(alerts.map((a) => a.subject)));
      assert.deepEqual(Object.keys(alert!.evidence['byElement'] as object), ['Pr', 'Nd']);
      assert.deepEqual(alert!.evidence['events'], [`${RECYCLER}:launder`]);
    });

    // ── Material identity ────────────────────────────────────────────────────────────────────
    test('misdeclared-product sees concentrate left as tailings; honest beneficiation tailings and a rich ionic residue are quiet', async () => {
      await fresh();
      const extract = (id: string, lot: string): LedgerEvent => ({ id, kind: 'extract', time: at('2025-03-02'), facility: 'm-mine', lot: { id: lot, product: 'ore-bayan-obo', massGrams: 100_000_000, composition: ORE } });
      await record(MINER, [
        extract('e1', 'ore1'), extract('e2', 'ore2'),
        processed('b-honest', '2025-03-03', [['ore1', 100_000_000]], [
          { id: 'conc1', product: 'concentrate-bayan-obo', composition: part(ORE, 0.8), massGrams: 8_000_000 },
          { id: 'tail1', product: 'tailings-bayan-obo', composition: part(ORE, 0.2), massGrams: 92_000_000 },
        ]),
      ]);
      // The residue of a 92 % ionic concentrate is far richer than a typical slag, never richer than its feed.
      await record(SEPARATOR, [
        imported('ionic', '2025-03-01', 'concentrate-ionic-light', 10_000_000, IONIC),
        processed('sep', '2025-03-05', [['ionic', 10_000_000]], [...separatedOutputs('sep', IONIC, 0.94), { id: 'rich-slag', product: 'slag-water-leach-residue', composition: part(IONIC, 0.06), massGrams: 1_500_000 }]),
      ]);
      assert.equal((await alertsOf('misdeclared-product')).length, 0);
      await record(MINER, [processed('b-hide', '2025-03-04', [['ore2', 100_000_000]], [
        { id: 'conc2', product: 'concentrate-bayan-obo', composition: part(ORE, 0.2), massGrams: 2_000_000 },
        { id: 'tail2', product: 'tailings-bayan-obo', composition: part(ORE, 0.8), massGrams: 8_000_000 },
      ])]);
      const alerts = await alertsOf('misdeclared-product');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${MINER}:b-hide`, `${MINER}:tail2`].sort(), 'the lot by its grade, the process by the share it left in residues');
      const lot = alerts.find((a) => a.subject === `${MINER}:tail2`)!;
      assert.deepEqual((lot.evidence['misfits'] as { kind: string }[]).map((m) => m.kind), ['grade']);
    });

    test('misdeclared-product sees concentrate collected as spent batteries; real battery scrap is quiet', async () => {
      await fresh();
      const collect = (id: string, composition: Grams): LedgerEvent =>
        ({ id, kind: 'collect', time: at('2025-05-02'), lot: { id: `lot-${id}`, product: 'eol-nimh-battery', massGrams: 10_000_000, composition }, supplier: { name: '废电池回收点' } });
      await record(RECYCLER, [collect('k-real', { La: 400_000, Ce: 300_000, Pr: 40_000, Nd: 120_000 })]);
      assert.equal((await alertsOf('misdeclared-product')).length, 0);
      await record(RECYCLER, [collect('k-fake', ORE)]);
      const [alert, ...rest] = await alertsOf('misdeclared-product');
      assert.equal(rest.length, 0);
      assert.equal(alert!.subject, `${RECYCLER}:lot-k-fake`);
      assert.match(alert!.summary, /49\.2 % rare earth by mass/);
    });

    test('a dysprosium "magnet" is misdeclared and its export needs a licence; a real NdFeB magnet exported without one is quiet', async () => {
      await fresh();
      await record(MAKER, [
        imported('ndpr', '2025-06-01', 'metal-ndpr', 300_000, { Pr: 72_000, Nd: 225_000 }),
        imported('dy', '2025-06-01', 'metal-dy', 1_020_000, { Dy: 1_000_000 }),
        processed('melt', '2025-06-05', [['ndpr', 300_000], ['dy', 20_000]], [{ id: 'mag', product: 'magnet-ndfeb-sintered', composition: { Pr: 72_000, Nd: 225_000, Dy: 19_000 }, massGrams: 1_000_000 }]),
        exported('x-mag', '2025-06-20', 'mag', 1_000_000),
      ]);
      assert.equal((await alertsOf('misdeclared-product')).length, 0);
      assert.equal((await alertsOf('unlicensed-export')).length, 0, 'NdFeB magnets are not on the dual-use list');
      await record(MAKER, [
        processed('relabel', '2025-06-21', [['dy', 1_000_000]], [{ id: 'fake-mag', product: 'magnet-ndfeb-sintered', composition: { Dy: 980_000 }, massGrams: 1_000_000 }]),
        exported('x-fake', '2025-06-22', 'fake-mag', 1_000_000),
      ]);
      const [misdeclared] = await alertsOf('misdeclared-product');
      assert.equal(misdeclared!.subject, `${MAKER}:fake-mag`);
      const [exportAlert] = await alertsOf('unlicensed-export');
      assert.deepEqual(exportAlert!.evidence['controls'], ['dual-use-2025-18']);
      assert.deepEqual(exportAlert!.evidence['elementsCarried'], ['Dy']);
      assert.match(exportAlert!.summary, /judged by what it carries/);
    });

    test('unlicensed-export judges a lot made and exported in the same document by what it carried', async () => {
      await fresh();
      await record(MAKER, [imported('d-ok', '2025-06-02', 'oxide-dy', 100_000, { Dy: 87_000 }), exported('x-ok', '2025-06-10', 'd-ok', 100_000, 'm-export')]);
      assert.equal((await alertsOf('unlicensed-export')).length, 0);
      await record(MAKER, [imported('d-no', '2025-06-02', 'oxide-dy', 100_000, { Dy: 87_000 }), exported('x-no', '2025-06-10', 'd-no', 100_000)]);
      const alerts = await alertsOf('unlicensed-export');
      assert.equal(alerts.length, 1, 'before the fix, the emptied lot carried no elements and Dy went out unseen');
      assert.deepEqual(alerts[0]!.evidence['controls'], ['dual-use-2025-18']);
      assert.equal(alerts[0]!.evidence['tonnesReo'], 0.1);
    });

    test('dysprosium in a "catalyst" is controlled; a real ceria–zirconia catalyst carrying some yttrium is not', async () => {
      await fresh();
      await record(TRADER, [
        imported('cat-real', '2025-07-01', 'catalyst-ceria-zirconia', 1_000_000, { Ce: 330_000, La: 40_000, Y: 40_000 }), exported('x-real', '2025-07-05', 'cat-real', 1_000_000),
      ]);
      assert.equal((await alertsOf('unlicensed-export')).length + (await alertsOf('misdeclared-product')).length, 0);
      await record(TRADER, [imported('cat-dy', '2025-07-01', 'catalyst-ceria-zirconia', 1_000_000, { Ce: 100_000, Dy: 300_000 }), exported('x-dy', '2025-07-05', 'cat-dy', 1_000_000)]);
      assert.equal((await alertsOf('misdeclared-product')).length, 1);
      const [alert] = await alertsOf('unlicensed-export');
      assert.deepEqual(alert!.evidence['elementsCarried'], ['Ce', 'Dy']);
    });

    // ── Residues ─────────────────────────────────────────────────────────────────────────────
    test('residue-disposal: thorium slag landfilled by its unlicensed maker, shipped to an unlicensed trader, a product "disposed of"; licensed routes are quiet', async () => {
      await fresh();
      const slag = (id: string): { id: string; product: string; composition: Grams; massGrams: number } => ({ id, product: 'slag-water-leach-residue', composition: { La: 5_000, Ce: 8_000, Nd: 2_000 }, massGrams: 1_500_000 });
      const feed = (id: string) => imported(id, '2025-03-01', 'concentrate-ionic-light', 10_000_000, IONIC);
      const run = (id: string, lot: string) => processed(id, '2025-03-05', [[lot, 10_000_000]], [...separatedOutputs(id, IONIC, 0.9), slag(`slag-${id}`)]);
      await record(SEPARATOR, [
        feed('c1'), feed('c2'), feed('c3'), run('p1', 'c1'), run('p2', 'c2'), run('p3', 'c3'),
        { id: 's-ok', kind: 'ship', time: at('2025-03-06'), lot: 'slag-p1', massGrams: 1_500_000, to: DISPOSER },
      ], '2025-03-07T10:00:00+08:00');
      await record(DISPOSER, [
        { id: 'r-ok', kind: 'receive', time: at('2025-03-08'), lot: `${SEPARATOR}:slag-p1`, massGrams: 1_500_000 },
        { id: 'd-ok', kind: 'dispose', time: at('2025-03-09'), facility: 'm-dump', lot: `${SEPARATOR}:slag-p1`, massGrams: 1_500_000, method: 'radioactive-waste-storage' },
      ], '2025-03-10T10:00:00+08:00');
      await record(MINER, [
        { id: 'e1', kind: 'extract', time: at('2025-03-02'), facility: 'm-mine', lot: { id: 'ore1', product: 'ore-bayan-obo', massGrams: 100_000_000, composition: ORE } },
        processed('b1', '2025-03-03', [['ore1', 100_000_000]], [
          { id: 'conc1', product: 'concentrate-bayan-obo', composition: part(ORE, 0.8), massGrams: 8_000_000 },
          { id: 'tail1', product: 'tailings-bayan-obo', composition: part(ORE, 0.2), massGrams: 92_000_000 },
        ]),
        { id: 'd-tail', kind: 'dispose', time: at('2025-03-04'), facility: 'm-mine', lot: 'tail1', massGrams: 92_000_000, method: 'tailings-storage' },
      ], '2025-03-10T10:00:00+08:00');
      await runCheck(store);
      assert.equal((await alertsOf('residue-disposal')).length, 0, 'slag to a licensed disposer, tailings stored by the licensed miner');
      await record(SEPARATOR, [
        { id: 'd-self', kind: 'dispose', time: at('2025-03-20'), lot: 'slag-p2', massGrams: 1_500_000, method: 'landfill' },
        { id: 's-trader', kind: 'ship', time: at('2025-03-20'), lot: 'slag-p3', massGrams: 1_500_000, to: TRADER },
        { id: 'd-dy', kind: 'dispose', time: at('2025-03-21'), lot: 'p3-oxide-dy', massGrams: Math.ceil(63_000 / 0.85), method: 'landfill' },
      ], '2025-03-25T10:00:00+08:00');
      await runCheck(store);
      const alerts = await alertsOf('residue-disposal');
      const problems = alerts.map((a) => `${(a.evidence['events'] as string[])[0]!} ${a.evidence['problem'] as string}`).sort();
      assert.deepEqual(problems, [
        `${SEPARATOR}:d-dy product disposed of as waste`,
        `${SEPARATOR}:d-self disposed of without a disposal licence`,
        `${SEPARATOR}:d-self radioactive residue disposed of as ordinary waste`,
        `${SEPARATOR}:s-trader shipped to an unlicensed receiver`,
      ]);
    });

    test('residue-disposal: residue that is not radioactive held beyond a year is seen once the year has passed, not before', async () => {
      await fresh();
      await record(SEPARATOR, [
        imported('c1', '2025-01-05', 'concentrate-ionic-light', 10_000_000, IONIC),
        processed('p1', '2025-01-10', [['c1', 10_000_000]], [...separatedOutputs('p1', IONIC, 0.9), { id: 'slag1', product: 'slag-recycling-residue', composition: part(IONIC, 0.1), massGrams: 10_000_000 }]),
      ], '2025-02-05T10:00:00+08:00');
      await runCheck(store, { asOf: '2026-01-09T12:00:00+08:00' });
      assert.equal((await alertsOf('residue-disposal')).length, 0);
      await runCheck(store, { asOf: '2026-01-11T12:00:00+08:00' });
      const [alert, ...rest] = await alertsOf('residue-disposal');
      assert.equal(rest.length, 0);
      assert.equal(alert!.subject, `${SEPARATOR}:slag1`);
      assert.equal(alert!.period, '2026-01');
      assert.equal(alert!.evidence['radioactive'], false, 'radioactive residue has a shorter limit (residues.test.ts)');
    });

    test('bad configuration of the new rules is refused with the field named', async () => {
      await fresh();
      await assert.rejects(saveRuleOverrides(store.db, { 'residue-disposal': { thresholds: { heldDaysMax: -1 } } }), (error: Error & { problems?: { path: string }[] }) => {
        assert.equal(error.problems?.[0]?.path, 'residue-disposal.thresholds.heldDaysMax');
        return true;
      });
      await assert.rejects(saveRuleOverrides(store.db, { 'period-balance': { thresholds: { adjustShareMax: 2 } } }), (error: Error & { problems?: { path: string }[] }) => {
        assert.equal(error.problems?.[0]?.path, 'period-balance.thresholds.adjustShareMax');
        return true;
      });
      await assert.rejects(saveRuleOverrides(store.db, { 'fake-scrap': { enabled: false } }), (error: Error & { problems?: { path: string; reason: string }[] }) => {
        assert.equal(error.problems?.[0]?.path, 'fake-scrap');
        assert.match(error.problems?.[0]?.reason ?? '', /misdeclared-product/);
        return true;
      });
    });
  });
}
