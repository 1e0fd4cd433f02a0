// Events judged at their own time: a late correction that takes reported output off the books
// (late-correction, at capture) and a lot's events out of causal order (lot-chronology, over the
// period), each on cases from the law that must fire and honest near misses that must not, on every
// engine at hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { InputRefused } from '../problems.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines } from '../testing/engines.ts';
import { publicKeysOf, ruleWorld } from '../testing/rule-world.ts';
import { runCheck, saveRuleOverrides } from './index.ts';
import { overrideProblems } from './config.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const MINER = uscc('150200', 'TMMINE01');
const SEPARATOR = uscc('150200', 'TMSEPA01');

/** Bayan Obo concentrate, per tonne: ≈ 0.56 t REO. */
const PER_TONNE = { La: 130_000, Ce: 250_000, Pr: 25_000, Nd: 80_000 };
const TONNE = 1_000_000;

function concentrate(tonnes: number, grade = 1): Record<string, number> {
  return Object.fromEntries(Object.entries(PER_TONNE).map(([element, grams]) => [element, Math.round(grams * tonnes * grade)]));
}

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [MINER, SEPARATOR]) keys[party] = await generateKeyFile(party);
  const years = { validFrom: '2024-01-01', validTo: '2025-12-31' };
  await importRegistry(store, {
    parties: [
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '时间矿业', nameEn: 'Time Mining', region: '150200' },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator'], nameZh: '时间分离', nameEn: 'Time Separation', region: '150200' },
    ],
    licences: [
      { id: 'lic-mining', party: MINER, activity: 'mining', ...years },
      { id: 'lic-separation', party: SEPARATOR, activity: 'separation', ...years },
    ],
    facilities: [
      { id: 'pit', party: MINER, kind: 'mine', nameZh: '矿点', nameEn: 'Pit', region: '150206', licence: 'lic-mining', listed: true },
      { id: 'plant', party: SEPARATOR, kind: 'plant', nameZh: '分离厂', nameEn: 'Separation plant', region: '150200' },
    ],
    quotas: [2024, 2025].flatMap((year) => [
      { id: `q-mining-${year}`, year, batch: 1, holder: MINER, activity: 'mining' as const, oreType: 'rock' as const, tonnesReo: 5_000 },
      { id: `q-separation-${year}`, year, batch: 1, holder: SEPARATOR, activity: 'separation' as const, oreType: 'rock' as const, tonnesReo: 5_000 },
    ]),
    keys: publicKeysOf(keys),
  });
  return keys;
}

const extract = (id: string, lot: string, tonnes: number, time = '2024-06-03T08:00:00+08:00', grade = 1): LedgerEvent =>
  ({ id, kind: 'extract', time, facility: 'pit', lot: { id: lot, product: 'concentrate-bayan-obo', massGrams: tonnes * TONNE, composition: concentrate(tonnes, grade) } });
const ship = (id: string, lot: string, grams: number, time: string, shipmentLot?: string): LedgerEvent =>
  ({ id, kind: 'ship', time, lot, massGrams: grams, to: SEPARATOR, ...(shipmentLot === undefined ? {} : { shipmentLot }) });
const receive = (id: string, lot: string, grams: number, time: string): LedgerEvent => ({ id, kind: 'receive', time, lot: `${MINER}:${lot}`, massGrams: grams });
const correct = (id: string, corrects: string, reason: string, time: string, replacement?: LedgerEvent): LedgerEvent =>
  ({ id, kind: 'correct', time, corrects, reason, ...(replacement === undefined ? {} : { replacement: { ...replacement, id } as never }) });

for (const engine of engines()) {
  describe(`time rules on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2024-07-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('late-correction: a June extraction of 300 t corrected in November to 50 t fires, naming both events, the party and the figures; the same correction before the 10th does not', async () => {
      await fresh();
      await record(MINER, [extract('e1', 'c1', 300), extract('e2', 'c2', 300)]);
      // Near miss: corrected on 07-08, before June's report was due.
      await record(MINER, [correct('e1-fix', 'e1', 'weighing error', '2024-07-08T09:00:00+08:00', extract('x', 'c1b', 50))], '2024-07-08T10:00:00+08:00');
      assert.equal((await alertsOf('late-correction')).length, 0);
      await record(MINER, [correct('e2-fix', 'e2', 'weighing error', '2024-11-20T09:00:00+08:00', extract('x', 'c2b', 50))], '2024-11-20T10:00:00+08:00');
      const [alert, ...more] = await alertsOf('late-correction');
      assert.equal(more.length, 0);
      assert.equal(alert!.party.id, MINER);
      assert.equal(alert!.period, '2024-06');
      assert.equal(alert!.subject, `${MINER}:e2`);
      assert.deepEqual(alert!.evidence['events'], [`${MINER}:e2-fix`, `${MINER}:e2`]);
      assert.deepEqual(alert!.evidence['lots'], [`${MINER}:c2`, `${MINER}:c2b`]);
      assert.equal(alert!.evidence['bookedTonnes'], 300);
      assert.equal(alert!.evidence['correctedTonnes'], 50);
      assert.equal(alert!.evidence['erasedTonnes'], 250);
      assert.equal(alert!.evidence['erasedShare'], 0.8333);
      assert.equal(alert!.evidence['daysAfterEvent'], 170);
      assert.equal(alert!.evidence['erasedTonnesReo'], 145.767);
      assert.equal(alert!.evidence['erasedReoShare'], 0.8333);
      assert.match(alert!.summary, /corrected its extract e2 of 2024-06-03.* by e2-fix, recorded 2024-11-20.*170 days later.*taking 145\.767 t REO \(83\.3 %\) and 250 t of material off the books for "weighing error"/);
    });

    test('late-correction: an extraction struck out, re-dated into the next quota year, or re-assayed to a fifth of its grade, months later, fires', async () => {
      await fresh();
      await record(MINER, [extract('e1', 'c1', 100), extract('e2', 'c2', 100), extract('e3', 'c3', 100, '2024-12-20T08:00:00+08:00')], '2025-01-05T10:00:00+08:00');
      await record(MINER, [
        correct('e1-fix', 'e1', 'recorded twice', '2025-01-15T09:00:00+08:00'),
        correct('e2-fix', 'e2', 'assay', '2025-01-15T09:00:00+08:00', extract('x', 'c2b', 100, '2024-06-03T08:00:00+08:00', 0.2)),
        correct('e3-fix', 'e3', 'date', '2025-01-15T09:00:00+08:00', extract('x', 'c3b', 100, '2025-01-02T08:00:00+08:00')),
      ], '2025-01-15T10:00:00+08:00');
      const alerts = new Map((await alertsOf('late-correction')).map((a) => [a.subject, a]));
      assert.equal(alerts.size, 3);
      assert.match(alerts.get(`${MINER}:e1`)!.summary, /struck out, taking 58\.307 t REO \(100\.0 %\)/);
      const assay = alerts.get(`${MINER}:e2`)!;
      assert.equal(assay.evidence['erasedTonnes'], 0);
      assert.equal(assay.evidence['erasedReoShare'], 0.8);
      const redated = alerts.get(`${MINER}:e3`)!;
      assert.equal(redated.period, '2024-12');
      assert.match(redated.summary, /re-dated into 2025, taking 58\.307 t REO \(100\.0 %\)/);
    });

    test('late-correction: an extraction raised by a fifth in November adds output to a closed month and fires; raised by 3 % it is a weighing and stays quiet', async () => {
      await fresh();
      await record(MINER, [extract('e1', 'c1', 100), extract('e2', 'c2', 100)]);
      await record(MINER, [
        correct('e1-fix', 'e1', 'weighbridge tickets misread', '2024-11-20T09:00:00+08:00', extract('x', 'c1b', 120)),
        correct('e2-fix', 'e2', 'weighing', '2024-11-20T09:00:00+08:00', extract('x', 'c2b', 103)),
      ], '2024-11-20T10:00:00+08:00');
      const alerts = await alertsOf('late-correction');
      assert.deepEqual(alerts.map((a) => a.subject), [`${MINER}:e1`]);
      assert.match(alerts[0]!.summary, /raised to 120 t \(69\.968 t REO\), adding 11\.661 t REO \(20\.0 %\) to a closed month for "weighbridge tickets misread"/);
      assert.match(String(alerts[0]!.summaryZh), /向已截止的月份追加 11\.661 吨 REO/);
    });

    test('late-correction stays quiet for a receipt corrected by 0.5 % in November, a re-assay of 3 %, a lot re-weighed dry, and a lot corrected into two', async () => {
      await fresh();
      await record(MINER, [
        extract('e1', 'c1', 100), ship('s1', 'c1', 100 * TONNE, '2024-06-04T08:00:00+08:00'),
        extract('e2', 'c2', 100), extract('e3', 'c3', 300), extract('e5', 'c5', 100),
      ]);
      await record(SEPARATOR, [receive('r1', 'c1', 100 * TONNE, '2024-06-06T08:00:00+08:00')]);
      // November: the weighing dispute settled at 0.5 % less than received.
      await record(SEPARATOR, [correct('r1-fix', 'r1', 'weighing dispute settled', '2024-11-12T09:00:00+08:00', receive('x', 'c1', 99_500_000, '2024-06-06T08:00:00+08:00'))], '2024-11-12T10:00:00+08:00');
      await record(MINER, [
        // The assay lab's figure, 3 % less rare earth than the pit's.
        correct('e2-fix', 'e2', 're-assay', '2024-11-20T09:00:00+08:00', extract('x', 'c2b', 100, '2024-06-03T08:00:00+08:00', 0.97)),
        // Two lots of 150 t recorded as one: the correction and the second lot, in one document.
        correct('e3-fix', 'e3', 'two lots', '2024-11-20T09:00:00+08:00', extract('x', 'c3a', 150)),
        extract('e3b', 'c3b', 150, '2024-06-03T09:00:00+08:00'),
        // Weighed wet: 8 % of water, and every gram of rare earth, on a dry weighing.
        correct('e5-fix', 'e5', 'dry weight', '2024-11-20T09:00:00+08:00', { id: 'x', kind: 'extract', time: '2024-06-03T08:00:00+08:00', facility: 'pit', lot: { id: 'c5b', product: 'concentrate-bayan-obo', massGrams: 92 * TONNE, composition: concentrate(100) } }),
      ], '2024-11-20T10:00:00+08:00');
      assert.deepEqual((await alertsOf('late-correction')).map((a) => a.subject), []);
    });

    test('late-correction set to refuse refuses the correction at its corrects field; a negative threshold is refused by name', async () => {
      await fresh();
      await saveRuleOverrides(world.store.db, { 'late-correction': { action: 'refuse' } });
      await record(MINER, [extract('e1', 'c1', 300)]);
      const refused = await record(MINER, [correct('e1-fix', 'e1', 'weighing error', '2024-11-20T09:00:00+08:00', extract('x', 'c1b', 50))], '2024-11-20T10:00:00+08:00')
        .then(() => assert.fail('expected a refusal'), (error: unknown) => error as InputRefused);
      assert.ok(refused instanceof InputRefused);
      assert.equal(refused.problems[0]!.path, 'document.events[0].corrects');
      assert.match(refused.problems[0]!.reason, /refused by rule late-correction/);
      assert.deepEqual(overrideProblems({ 'late-correction': { thresholds: { erasedReoShareMax: -0.1 } } }).map((p) => p.path), ['late-correction.thresholds.erasedReoShareMax']);
    });

    test('lot-chronology: December output shipped on 12-28 and dated as extracted on 01-02 fires, naming the extraction, the lot, the party and the quota year', async () => {
      await fresh();
      await record(MINER, [
        extract('e1', 'c1', 100, '2025-01-02T08:00:00+08:00'),
        ship('s1', 'c1', 60 * TONNE, '2024-12-28T08:00:00+08:00', 'c1-s1'),
        ship('s2', 'c1', 40 * TONNE, '2024-12-29T08:00:00+08:00', 'c1-s2'),
      ], '2025-01-05T10:00:00+08:00');
      await record(SEPARATOR, [receive('r1', 'c1-s1', 60 * TONNE, '2024-12-30T08:00:00+08:00'), receive('r2', 'c1-s2', 40 * TONNE, '2024-12-31T08:00:00+08:00')], '2025-01-06T10:00:00+08:00');
      await runCheck(world.store, { asOf: '2025-01-20T00:00:00+08:00' });
      const [alert, ...more] = await alertsOf('lot-chronology');
      assert.equal(more.length, 0, 'one alert for the extraction, with both shipments');
      assert.equal(alert!.party.id, MINER);
      assert.equal(alert!.period, '2024-12');
      assert.equal(alert!.subject, `${MINER}:c1`);
      assert.deepEqual(alert!.evidence['events'], [`${MINER}:e1`, `${MINER}:s1`, `${MINER}:s2`]);
      assert.equal(alert!.evidence['hoursBefore'], 120);
      assert.deepEqual(alert!.evidence['quotaYearMoved'], { from: 2024, to: 2025, tonnesReo: 58.307 });
      assert.match(alert!.summary, /by extract .*:e1 dated 2025-01-02.*used 120 h \(5 days\) before it: ship .*:s1 dated 2024-12-28.*and 1 more event.*counts? against the 2025 mining quota, not 2024's/);
    });

    test('lot-chronology: a receipt dated three days before its shipment fires against the shipper; a receipt entered by date only, hours before a shipment timed that day, does not', async () => {
      await fresh();
      await record(MINER, [
        extract('e1', 'c1', 10), extract('e2', 'c2', 10),
        ship('s1', 'c1', 10 * TONNE, '2024-06-14T14:30:00+08:00'), ship('s2', 'c2', 10 * TONNE, '2024-06-20T08:00:00+08:00'),
      ]);
      await record(SEPARATOR, [receive('r1', 'c1', 10 * TONNE, '2024-06-14T00:00:00+08:00'), receive('r2', 'c2', 10 * TONNE, '2024-06-17T08:00:00+08:00')]);
      await runCheck(world.store, { asOf: '2024-08-20T00:00:00+08:00' });
      const [alert, ...more] = await alertsOf('lot-chronology');
      assert.equal(more.length, 0);
      assert.equal(alert!.party.id, MINER);
      assert.equal(alert!.evidence['dependsOn'], `${MINER}:s2`);
      assert.equal(alert!.evidence['earliest'], `${SEPARATOR}:r2`);
      assert.deepEqual(alert!.evidence['parties'], [SEPARATOR]);
      assert.equal(alert!.evidence['quotaYearMoved'], null);
    });

    test('lot-chronology stays quiet for a stock count recorded before an earlier shipment of part of the lot, a receipt corrected months later, and an inversion within the tolerance', async () => {
      await fresh();
      await record(MINER, [extract('e1', 'c1', 100), extract('e2', 'c2', 10, '2024-06-10T08:00:00+08:00')]);
      // The month-end count first, then the shipment of the 20th: the two do not depend on each other.
      await record(MINER, [{ id: 'a1', kind: 'adjust', time: '2024-06-30T18:00:00+08:00', lot: 'c1', deltaGrams: -100_000, reason: 'moisture' }]);
      await record(MINER, [ship('s1', 'c1', 50 * TONNE, '2024-06-20T08:00:00+08:00', 'c1-s1'), ship('s2', 'c2', 10 * TONNE, '2024-06-11T07:00:00+08:00')]);
      // Received 23 h before the shipment of c2 was timed: within the tolerance.
      await record(SEPARATOR, [receive('r1', 'c1-s1', 50 * TONNE, '2024-06-22T08:00:00+08:00'), receive('r2', 'c2', 10 * TONNE, '2024-06-10T08:00:00+08:00')]);
      await record(SEPARATOR, [correct('r1-fix', 'r1', 'ticket number', '2024-11-12T09:00:00+08:00', receive('x', 'c1-s1', 50 * TONNE, '2024-06-22T08:00:00+08:00'))], '2024-11-12T10:00:00+08:00');
      await runCheck(world.store, { asOf: '2024-12-01T00:00:00+08:00' });
      assert.deepEqual((await alertsOf('lot-chronology')).map((a) => a.summary), []);
      assert.deepEqual(overrideProblems({ 'lot-chronology': { thresholds: { toleranceHours: -1 } } }).map((p) => p.path), ['lot-chronology.thresholds.toleranceHours']);
    });
  });
}
