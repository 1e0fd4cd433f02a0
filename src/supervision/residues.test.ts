// Residues reach licensed disposal, and carry what residues carry: radioactive residue kept at the
// plant that made it beyond interim storage, and valuable elements written off in a residue whose
// mix is not its feed's. Each scheme beside the honest activity that looks like it, on every
// engine at hand.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';
import { engines } from '../testing/engines.ts';
import { publicKeysOf, ruleWorld } from '../testing/rule-world.ts';
import { runCheck, saveRuleOverrides } from './index.ts';

const uscc = (region: string, body: string) => makeUscc({ authority: '9', orgType: '1', region, orgBody8: body });
const MINER = uscc('150200', 'RESMIN01');
const SEPARATOR = uscc('150200', 'RESSEP01');
const SMELTER = uscc('150200', 'RESSML01');
const DISPOSER = uscc('150200', 'RESDIS01');

type Grams = Record<string, number>;

/** 100 t of Bayan Obo concentrate (50 % REO), element grams. */
const BAYAN_OBO: Grams = { La: 11_090_000, Ce: 20_560_000, Pr: 2_110_000, Nd: 6_940_000, Sm: 470_000, Eu: 90_000, Gd: 170_000, Y: 120_000 };
/** 10 t of light ionic concentrate (Xunwu type). */
const IONIC: Grams = { La: 3_000_000, Ce: 400_000, Pr: 600_000, Nd: 2_200_000, Sm: 350_000, Gd: 170_000, Dy: 70_000, Y: 140_000 };
/** 100 t of Bayan Obo ore. */
const ORE: Grams = { La: 1_300_000, Ce: 2_550_000, Pr: 250_000, Nd: 820_000 };
const PRODUCTS: [string, string[]][] = [['oxide-la', ['La']], ['oxide-ce', ['Ce']], ['oxide-ndpr', ['Pr', 'Nd']], ['mixed-oxide-smeugd', ['Sm', 'Eu', 'Gd']], ['oxide-dy', ['Dy']], ['oxide-y', ['Y']]];

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [MINER, SEPARATOR, SMELTER, DISPOSER]) keys[party] = await generateKeyFile(party);
  const years = { validFrom: '2025-01-01', validTo: '2026-12-31' };
  await importRegistry(store, {
    parties: [
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '渣矿业', nameEn: 'Residue Mining', region: '150200' },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator'], nameZh: '渣分离', nameEn: 'Residue Separation', region: '150200' },
      { id: SMELTER, kind: 'enterprise', roles: ['metal-smelter'], nameZh: '渣冶炼', nameEn: 'Residue Smelting', region: '150200' },
      { id: DISPOSER, kind: 'enterprise', roles: ['disposer'], nameZh: '渣处置', nameEn: 'Residue Disposal', region: '150200' },
    ],
    licences: [
      { id: 'r-mining', party: MINER, activity: 'mining', ...years },
      { id: 'r-separation', party: SEPARATOR, activity: 'separation', ...years },
      { id: 'r-smelting', party: SMELTER, activity: 'metal-smelting', ...years },
      { id: 'r-disposal', party: DISPOSER, activity: 'disposal', ...years },
    ],
    facilities: [
      { id: 'r-mine', party: MINER, kind: 'mine', nameZh: '矿点', nameEn: 'Pit', region: '150206', licence: 'r-mining', listed: true },
      { id: 'r-plant', party: SEPARATOR, kind: 'plant', nameZh: '分离厂', nameEn: 'Separation plant', region: '150200' },
      { id: 'r-store', party: DISPOSER, kind: 'disposal-site', nameZh: '放射性废渣库', nameEn: 'Radioactive residue store', region: '150200' },
    ],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const at = (day: string) => `${day}T08:00:00+08:00`;
/** An import, by default from Myanmar (ionic concentrate); a rock concentrate of Bayan Obo's mix
 * comes as monazite from Australia, since Bayan Obo's own cannot be imported. */
const imported = (id: string, day: string, product: string, massGrams: number, composition: Grams, originCountry = 'MM'): LedgerEvent =>
  ({ id: `i-${id}`, kind: 'import', time: at(day), lot: { id, product, massGrams, composition }, originCountry });
const processed = (id: string, day: string, inputs: [string, number][], outputs: { id: string; product: string; composition: Grams; massGrams: number }[]): LedgerEvent =>
  ({ id, kind: 'process', time: at(day), inputs: inputs.map(([lot, massGrams]) => ({ lot, massGrams })), outputs });
const shipped = (id: string, day: string, lot: string, massGrams: number, to: string): LedgerEvent => ({ id, kind: 'ship', time: at(day), lot, massGrams, to });
const received = (id: string, day: string, lot: string, massGrams: number): LedgerEvent => ({ id, kind: 'receive', time: at(day), lot, massGrams });
const disposed = (id: string, day: string, lot: string, massGrams: number): LedgerEvent =>
  ({ id, kind: 'dispose', time: at(day), facility: 'r-store', lot, massGrams, method: 'radioactive-waste-storage' });

/** Each element of `c` at its share (`otherwise` for the elements not named), floored. */
function scaled(c: Grams, shares: Grams, otherwise: number): Grams {
  const out: Grams = {};
  for (const [e, g] of Object.entries(c)) out[e] = Math.floor(g * (shares[e] ?? otherwise));
  return out;
}

function sum(c: Grams): number {
  return Object.values(c).reduce((s, g) => s + g, 0);
}

/** A separation run: each element left in the residue at its share (`residueShares`, else
 * `residueShare`), recovered at `recovery` less that share, the residue a lean slag. */
function separation(id: string, day: string, feedLot: string, feed: Grams, feedMass: number, residueShare: number, residueShares: Grams = {}, recovery = 0.99): { event: LedgerEvent; slag: string; slagMass: number } {
  const residue = scaled(feed, residueShares, residueShare);
  const products = PRODUCTS.flatMap(([product, elements]) => {
    const composition: Grams = {};
    for (const e of elements) if ((feed[e] ?? 0) > 0) composition[e] = Math.floor(feed[e]! * recovery) - residue[e]!;
    // Oxides at 85 % rare earth, but yttria, which holds 78.7 % Y at most (Y2O3).
    return sum(composition) === 0 ? [] : [{ id: `${id}-${product}`, product, composition, massGrams: Math.ceil(sum(composition) / (product === 'oxide-y' ? 0.78 : 0.85)) }];
  });
  const slag = `${id}-slag`;
  const slagMass = feedMass;
  return { event: processed(id, day, [[feedLot, feedMass]], [...products, { id: slag, product: 'slag-water-leach-residue', composition: residue, massGrams: slagMass }]), slag, slagMass };
}

for (const engine of engines()) {
  describe(`residue rules on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2025-06-05T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    test('residue-disposal: radioactive residue left on its maker\'s books is raised once 90 days have passed as of the check', async () => {
      await fresh();
      const run = separation('p1', '2025-01-10', 'c1', IONIC, 10_000_000, 0.04);
      await record(SEPARATOR, [imported('c1', '2025-01-05', 'concentrate-ionic-light', 10_000_000, IONIC), run.event], '2025-02-05T10:00:00+08:00');
      // By default the check judges "now" by the ledger's last recording.
      await runCheck(world.store);
      assert.equal((await alertsOf('residue-disposal')).length, 0, 'in February the slag has been held 26 days');
      await runCheck(world.store, { asOf: '2025-04-09T12:00:00+08:00' });
      assert.equal((await alertsOf('residue-disposal')).length, 0, '89 days');
      await record(DISPOSER, [imported('unrelated', '2025-04-20', 'oxide-la', 100_000, { La: 84_000 })], '2025-05-06T10:00:00+08:00');
      await runCheck(world.store);
      const [alert, ...rest] = await alertsOf('residue-disposal');
      assert.equal(rest.length, 0);
      assert.equal(alert!.subject, `${SEPARATOR}:${run.slag}`);
      assert.equal(alert!.party.id, SEPARATOR);
      assert.equal(alert!.period, '2025-04', 'the month the 90 days passed');
      assert.equal(alert!.evidence['heldDays'], 116);
      assert.equal(alert!.evidence['heldDaysMax'], 90);
      assert.equal(alert!.evidence['stillHeld'], true);
      assert.deepEqual(alert!.evidence['events'], [`${SEPARATOR}:p1`]);
      assert.match(alert!.summary, new RegExp(`lot ${SEPARATOR}:p1-slag, 10 t, made in ${SEPARATOR}:p1\\) held by ${SEPARATOR} for 116 days without disposal \\(limit 90 days for radioactive residue held by a party without a disposal licence\\)`));
    });

    test('residue-disposal: radioactive residue held half a year and then shipped, or repacked to restart its clock, is seen', async () => {
      await fresh();
      const late = separation('p-late', '2025-01-10', 'c1', IONIC, 10_000_000, 0.04);
      const repacked = separation('p-rep', '2025-01-10', 'c2', IONIC, 10_000_000, 0.04);
      await record(SEPARATOR, [
        imported('c1', '2025-01-05', 'concentrate-ionic-light', 10_000_000, IONIC), imported('c2', '2025-01-05', 'concentrate-ionic-light', 10_000_000, IONIC), late.event, repacked.event,
        processed('releach', '2025-03-31', [[repacked.slag, repacked.slagMass]], [{ id: 'rep-slag', product: 'slag-water-leach-residue', composition: scaled(IONIC, {}, 0.04), massGrams: repacked.slagMass }]),
        shipped('s-late', '2025-07-10', late.slag, late.slagMass, DISPOSER),
      ], '2025-08-05T10:00:00+08:00');
      await record(DISPOSER, [
        received('r-late', '2025-07-11', `${SEPARATOR}:${late.slag}`, late.slagMass), disposed('d-late', '2025-07-12', `${SEPARATOR}:${late.slag}`, late.slagMass),
      ], '2025-08-05T10:00:00+08:00');
      await runCheck(world.store, { asOf: '2025-08-01T12:00:00+08:00' });
      const alerts = new Map((await alertsOf('residue-disposal')).map((a) => [a.subject, a]));
      assert.deepEqual([...alerts.keys()].sort(), [`${SEPARATOR}:${late.slag}`, `${SEPARATOR}:rep-slag`].sort());
      const shippedLate = alerts.get(`${SEPARATOR}:${late.slag}`)!;
      assert.equal(shippedLate.evidence['heldDays'], 181);
      assert.equal(shippedLate.evidence['stillHeld'], false);
      assert.deepEqual(shippedLate.evidence['events'], [`${SEPARATOR}:p-late`, `${SEPARATOR}:s-late`]);
      assert.match(shippedLate.summary, /for 181 days before it shipped it on 2025-07-10/);
      const repack = alerts.get(`${SEPARATOR}:rep-slag`)!;
      assert.equal(repack.evidence['heldDays'], 203, 'the clock of the slag it was re-leached from, not of the re-leach');
      assert.equal(repack.period, '2025-04');
    });

    test('residue-disposal: weeks in interim storage while the disposer is closed, a licensed world.store\'s stock, a miner\'s tailings dam and slag that is not radioactive are quiet', async () => {
      await fresh();
      const waited = separation('p-wait', '2025-02-01', 'c1', IONIC, 10_000_000, 0.04);
      const stored = separation('p-store', '2025-03-01', 'c2', IONIC, 10_000_000, 0.04);
      await record(SEPARATOR, [
        imported('c1', '2025-01-25', 'concentrate-ionic-light', 10_000_000, IONIC), imported('c2', '2025-02-25', 'concentrate-ionic-light', 10_000_000, IONIC), waited.event, stored.event,
        // Six weeks in the plant's lined interim world.store while the disposer's site is closed.
        shipped('s-wait', '2025-03-15', waited.slag, waited.slagMass, DISPOSER),
        shipped('s-store', '2025-03-05', stored.slag, stored.slagMass, DISPOSER),
      ], '2025-04-05T10:00:00+08:00');
      await record(DISPOSER, [
        received('r-wait', '2025-03-17', `${SEPARATOR}:${waited.slag}`, waited.slagMass),
        disposed('d-wait', '2025-03-18', `${SEPARATOR}:${waited.slag}`, waited.slagMass),
        received('r-store', '2025-03-06', `${SEPARATOR}:${stored.slag}`, stored.slagMass),
        // A licensed world.store holding what it received for 200 days: the year of hazardous waste, not interim storage.
        disposed('d-store', '2025-09-22', `${SEPARATOR}:${stored.slag}`, stored.slagMass),
      ], '2025-10-05T10:00:00+08:00');
      const extract = (id: string, lot: string): LedgerEvent => ({ id, kind: 'extract', time: at('2025-02-01'), facility: 'r-mine', lot: { id: lot, product: 'ore-bayan-obo', massGrams: 100_000_000, composition: ORE } });
      const beneficiate = (id: string, ore: string): LedgerEvent => processed(id, '2025-02-02', [[ore, 100_000_000]], [
        { id: `${id}-conc`, product: 'concentrate-bayan-obo', composition: scaled(ORE, {}, 0.8), massGrams: 8_000_000 },
        { id: `${id}-tail`, product: 'tailings-bayan-obo', composition: scaled(ORE, {}, 0.2), massGrams: 92_000_000 },
      ]);
      await record(MINER, [
        extract('e1', 'ore1'), extract('e2', 'ore2'), beneficiate('b1', 'ore1'), beneficiate('b2', 'ore2'),
        { id: 'd-dam', kind: 'dispose', time: at('2025-02-03'), facility: 'r-mine', lot: 'b1-tail', massGrams: 92_000_000, method: 'tailings-storage' },
      ], '2025-03-05T10:00:00+08:00');
      const ndpr = { Pr: 2_100_000, Nd: 6_300_000 };
      await record(SMELTER, [
        imported('ox', '2025-02-01', 'oxide-ndpr', 10_000_000, ndpr),
        processed('cell', '2025-02-10', [['ox', 10_000_000]], [
          { id: 'metal', product: 'metal-ndpr', composition: scaled(ndpr, {}, 0.96), massGrams: 8_200_000 },
          { id: 'e-slag', product: 'slag-electrolysis', composition: scaled(ndpr, {}, 0.03), massGrams: 800_000 },
        ]),
      ], '2025-03-05T10:00:00+08:00');
      await runCheck(world.store, { asOf: '2025-12-01T12:00:00+08:00' });
      assert.deepEqual((await alertsOf('residue-disposal')).map((a) => a.summary), [], 'tailings and electrolysis slag held ten months are within the year');
    });

    test('misdeclared-product: NdPr written off in a separator\'s residue beside ordinary losses of the rest is seen; ordinary residues, electrolysis slag, an element at the edge of the norm and beneficiation tailings are quiet', async () => {
      await fresh();
      await record(SEPARATOR, [
        imported('bo1', '2025-03-01', 'concentrate-monazite', 100_000_000, BAYAN_OBO, 'AU'), imported('bo2', '2025-03-01', 'concentrate-monazite', 100_000_000, BAYAN_OBO, 'AU'),
        imported('io1', '2025-03-01', 'concentrate-ionic-light', 10_000_000, IONIC),
        // Ordinary: about 5 % of every element in the water-leach residue, scattered as assays are.
        separation('p-ok', '2025-03-05', 'bo1', BAYAN_OBO, 100_000_000, 0.05, { La: 0.06, Ce: 0.045, Pr: 0.055, Nd: 0.04, Sm: 0.07, Eu: 0.03 }).event,
        // Dy at 7 % beside 4 %: at the edge of the norm, not a write-off.
        separation('p-dy', '2025-03-05', 'io1', IONIC, 10_000_000, 0.04, { Dy: 0.07 }).event,
      ], '2025-04-05T10:00:00+08:00');
      const ndpr = { Pr: 2_100_000, Nd: 6_300_000 };
      await record(SMELTER, [
        imported('ox', '2025-03-01', 'oxide-ndpr', 10_000_000, ndpr),
        processed('cell', '2025-03-10', [['ox', 10_000_000]], [
          { id: 'metal', product: 'metal-ndpr', composition: scaled(ndpr, {}, 0.96), massGrams: 8_200_000 },
          { id: 'e-slag', product: 'slag-electrolysis', composition: scaled(ndpr, {}, 0.03), massGrams: 800_000 },
        ]),
      ], '2025-04-05T10:00:00+08:00');
      // Flotation recovers minerals: Ce-bearing minerals lost to the tailings at 20 % beside 8 %.
      await record(MINER, [
        { id: 'e1', kind: 'extract', time: at('2025-03-02'), facility: 'r-mine', lot: { id: 'ore1', product: 'ore-bayan-obo', massGrams: 100_000_000, composition: ORE } },
        processed('b1', '2025-03-03', [['ore1', 100_000_000]], [
          { id: 'conc1', product: 'concentrate-bayan-obo', composition: scaled(ORE, { Ce: 0.8 }, 0.92), massGrams: 9_000_000 },
          { id: 'tail1', product: 'tailings-bayan-obo', composition: scaled(ORE, { Ce: 0.2 }, 0.08), massGrams: 91_000_000 },
        ]),
      ], '2025-04-05T10:00:00+08:00');
      assert.deepEqual((await alertsOf('misdeclared-product')).map((a) => a.summary), []);
      // The scheme: 15 % of the Pr and Nd into the residue, 4 % of the rest: past what refining may
      // lose (13.5 %), and far above the others.
      const hide = separation('p-hide', '2025-03-06', 'bo2', BAYAN_OBO, 100_000_000, 0.04, { Pr: 0.15, Nd: 0.15 });
      await record(SEPARATOR, [hide.event], '2025-04-05T10:00:00+08:00');
      const [alert, ...rest] = await alertsOf('misdeclared-product');
      assert.equal(rest.length, 0);
      assert.equal(alert!.subject, `${SEPARATOR}:p-hide`);
      assert.equal(alert!.party.id, SEPARATOR);
      assert.deepEqual(alert!.evidence['lots'], [`${SEPARATOR}:${hide.slag}`]);
      const byElement = alert!.evidence['byElement'] as Record<string, { share: number; othersShare: number; over: string[] }>;
      assert.deepEqual(Object.keys(byElement), ['Pr', 'Nd']);
      assert.equal(byElement['Nd']!.share, 0.15);
      assert.deepEqual(byElement['Nd']!.over, ['share', 'selective']);
      assert.ok((alert!.evidence['distance'] as number) > 0.2);
      assert.match(alert!.summary, new RegExp(`process p-hide of ${SEPARATOR} left in residue ${SEPARATOR}:p-hide-slag \\(100 t, 3\\.167 t REO\\) 15\\.0 % of the Pr it took in .*, where the limit is 13\\.5 %; and 15\\.0 % of its Pr`));
      assert.match(alert!.summary, /a rare earth mix 29\.3 % away from its feed's \(limit 20\.0 %\)/);
    });

    test('bad configuration of the residue thresholds is refused with the field named', async () => {
      await fresh();
      for (const [rule, name, value] of [['residue-disposal', 'radioactiveHeldDaysMax', -1], ['misdeclared-product', 'residueExcessShareMax', 1.5], ['misdeclared-product', 'residueExcessFactorMax', -2]] as const) {
        await assert.rejects(saveRuleOverrides(world.store.db, { [rule]: { thresholds: { [name]: value } } }), (error: Error & { problems?: { path: string }[] }) => {
          assert.equal(error.problems?.[0]?.path, `${rule}.thresholds.${name}`);
          return true;
        });
      }
    });
  });
}
