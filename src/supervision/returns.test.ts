// round-trip and direct returns: a buyer sending a delivery, or its off-spec part, straight back to
// the maker that shipped it, unchanged and soon after, is a return, not a round trip; every way of
// dressing a round trip as one (a trading house's whole lot straight back, a return sent back again, a late one, one through a third party or
// repacked, toll processing with part of the feed sent back, the whole of an export re-imported)
// is still found, on every engine at hand.
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
const SMELTER = uscc('150200', 'RETSME01');
const MAKER = uscc('330200', 'RETMAG01');
const TRADER = uscc('310000', 'RETTRA01');
const SEPARATOR = uscc('150200', 'RETSEP01');

const TONNES = 1_000_000;
/** NdPr metal, 99 % rare earth: element grams in `t` tonnes. */
const metal = (t: number) => ({ Pr: 247_500 * t, Nd: 742_500 * t });

async function loadRegistry(store: Store): Promise<Record<string, PrivateKeyFile>> {
  const keys: Record<string, PrivateKeyFile> = {};
  for (const party of [SMELTER, MAKER, TRADER, SEPARATOR]) keys[party] = await generateKeyFile(party);
  const enterprise = (id: string, roles: string[], name: string, region: string) => ({ id, kind: 'enterprise' as const, roles: roles as never, nameZh: name, nameEn: name, region });
  await importRegistry(store, {
    parties: [
      enterprise(SMELTER, ['metal-smelter'], 'Return Smelter', '150200'),
      enterprise(MAKER, ['magnet-maker'], 'Return Magnets', '330200'),
      enterprise(TRADER, ['trader', 'importer'], 'Return Trading', '310000'),
      enterprise(SEPARATOR, ['separator'], 'Return Separation', '150200'),
    ],
    licences: [{ id: 'ret-separation', party: SEPARATOR, activity: 'separation', validFrom: '2024-01-01', validTo: '2024-12-31' }],
    keys: publicKeysOf(keys),
  });
  return keys;
}

const day = (d: string) => `2024-${d}T08:00:00+08:00`;
const ship = (id: string, time: string, lot: string, massGrams: number, to: string, shipmentLot?: string, note?: string): LedgerEvent =>
  ({ id, kind: 'ship', time: day(time), lot, massGrams, to, ...(shipmentLot === undefined ? {} : { shipmentLot }), ...(note === undefined ? {} : { note }) });
const receive = (id: string, time: string, lot: string, massGrams: number): LedgerEvent => ({ id, kind: 'receive', time: day(time), lot, massGrams });
const importMetal = (id: string, time: string, lot: string, tonnes: number): LedgerEvent =>
  ({ id, kind: 'import', time: day(time), lot: { id: lot, product: 'metal-ndpr', massGrams: tonnes * TONNES, composition: metal(tonnes) }, originCountry: 'LA' });
const process = (id: string, time: string, inputs: [string, number][], outputs: [string, string, number, Record<string, number>][]): LedgerEvent => ({
  id, kind: 'process', time: day(time), inputs: inputs.map(([lot, massGrams]) => ({ lot, massGrams })),
  outputs: outputs.map(([lotId, product, massGrams, composition]) => ({ id: lotId, product, massGrams, composition })),
});
const CLAIM = 'quality claim QC-17: oxygen 0.08 % above the 0.05 % limit, returned';

for (const engine of engines()) {
  describe(`round-trip and direct returns on ${engine}`, () => {
    const world = ruleWorld(engine, loadRegistry, '2024-12-31T10:00:00+08:00');
    const { fresh, record, alertsOf } = world;

    /** The smelter ships `tonnes` of NdPr metal (lot `lot`) to the magnet maker, who receives it. */
    async function delivered(lot: string, time: string, tonnes: number): Promise<string> {
      await record(SMELTER, [importMetal(`i-${lot}`, time, lot, tonnes), ship(`s-${lot}`, time, lot, tonnes * TONNES, MAKER)]);
      await record(MAKER, [receive(`r-${lot}`, time, `${SMELTER}:${lot}`, tonnes * TONNES)]);
      return `${SMELTER}:${lot}`;
    }

    test('2 t of a 20 t delivery returned straight to its maker is a return, and so are the whole lot sent back and most of it in two pieces: a buyer may reject a delivery', async () => {
      await fresh();
      const honest = await delivered('d1', '03-01', 20);
      await record(MAKER, [
        ship('claim', '03-12', honest, 2 * TONNES, SMELTER, 'claim-part', CLAIM),
        process('magnets', '03-20', [[honest, 18 * TONNES]], [['mags', 'magnet-ndfeb-sintered', 58 * TONNES, metal(18)]]),
      ]);
      await record(SMELTER, [receive('r-claim', '03-14', `${MAKER}:claim-part`, 2 * TONNES)]);
      await runCheck(world.store);
      assert.deepEqual((await alertsOf('round-trip')).map((a) => a.summary), []);

      const whole = await delivered('d2', '04-01', 20);
      const pieces = await delivered('d3', '04-01', 20);
      await record(MAKER, [
        ship('back', '04-05', whole, 20 * TONNES, SMELTER, undefined, CLAIM),
        ship('half1', '04-05', pieces, 6 * TONNES, SMELTER, 'p1', CLAIM),
        ship('half2', '04-09', pieces, 6 * TONNES, SMELTER, 'p2', CLAIM),
      ]);
      await runCheck(world.store);
      assert.deepEqual((await alertsOf('round-trip')).map((a) => a.summary), [], 'a whole delivery rejected, and one rejected in two pieces, are returns');
    });

    test('a trading house that sends a whole lot straight back bought nothing: a wash trade; part of a lot back is its claim', async () => {
      await fresh();
      await record(SMELTER, [
        importMetal('i-w', '06-01', 'washed', 20), ship('s-w', '06-01', 'washed', 20 * TONNES, TRADER),
        importMetal('i-c', '06-01', 'claimed', 20), ship('s-c', '06-01', 'claimed', 20 * TONNES, TRADER),
      ]);
      await record(TRADER, [
        receive('r-w', '06-02', `${SMELTER}:washed`, 20 * TONNES), receive('r-c', '06-02', `${SMELTER}:claimed`, 20 * TONNES),
        ship('back-w', '06-06', `${SMELTER}:washed`, 20 * TONNES, SMELTER, undefined, CLAIM),
        ship('back-c', '06-06', `${SMELTER}:claimed`, 3 * TONNES, SMELTER, 'claim-part', CLAIM),
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('round-trip');
      assert.deepEqual(alerts.map((a) => a.subject), [`${SMELTER}:washed`]);
      assert.deepEqual(alerts[0]!.evidence['path'], [SMELTER, TRADER, SMELTER]);
    });

    test('a regulator that allows only part of a delivery back sees the whole lot, and the piece that took the returns past its share, as round trips', async () => {
      await fresh();
      await saveRuleOverrides(world.store.db, { 'round-trip': { thresholds: { directReturnShareMax: 0.5 } } });
      const whole = await delivered('d2', '04-01', 20);
      const pieces = await delivered('d3', '04-01', 20);
      await record(MAKER, [
        ship('back', '04-05', whole, 20 * TONNES, SMELTER, undefined, CLAIM),
        ship('half1', '04-05', pieces, 6 * TONNES, SMELTER, 'p1', CLAIM),
        ship('half2', '04-09', pieces, 6 * TONNES, SMELTER, 'p2', CLAIM),
      ]);
      await runCheck(world.store);
      const alerts = await alertsOf('round-trip');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [whole, `${MAKER}:p2`].sort(), 'the whole lot, and the piece that took the returns past half');
      for (const alert of alerts) {
        assert.equal(alert.party.id, SMELTER);
        assert.deepEqual(alert.evidence['path'], [SMELTER, MAKER, SMELTER]);
      }
    });

    test('a return sent back again, a late one, one through a third party and a repacked one are round trips', async () => {
      await fresh();
      // Ping-pong: 2 t returned, and the maker sends half of that same metal to the buyer again (a
      // part of what it got, straight back to its sender, but a return of a return).
      const ping = await delivered('d1', '05-01', 20);
      await record(MAKER, [ship('ret1', '05-05', ping, 2 * TONNES, SMELTER, 'ret1', CLAIM)]);
      await record(SMELTER, [receive('r-ret1', '05-06', `${MAKER}:ret1`, 2 * TONNES), ship('again', '05-07', `${MAKER}:ret1`, TONNES, MAKER, 'again')]);
      // Through a trader: the buyer sells 2 t to a trader who sells it to the maker.
      const via = await delivered('d3', '05-01', 20);
      // Repacked under the buyer's own lot id first.
      const repack = await delivered('d4', '05-01', 20);
      // Late: 2 t returned 120 days after delivery (inside the 180-day window, past the 90 days of a claim).
      const late = await delivered('d2', '05-01', 20);
      await record(MAKER, [
        ship('to-trader', '05-05', via, 2 * TONNES, TRADER, 'via'),
        process('rebag', '05-05', [[repack, 2 * TONNES]], [['rebagged', 'metal-ndpr', 2 * TONNES, metal(2)]]),
        ship('rebagged', '05-06', 'rebagged', 2 * TONNES, SMELTER),
      ]);
      await record(TRADER, [receive('r-via', '05-06', `${MAKER}:via`, 2 * TONNES), ship('on', '05-08', `${MAKER}:via`, 2 * TONNES, SMELTER)]);
      await record(MAKER, [ship('late', '08-29', late, 2 * TONNES, SMELTER, 'late', CLAIM)]);
      await runCheck(world.store);
      const alerts = await alertsOf('round-trip');
      assert.deepEqual(alerts.map((a) => a.subject).sort(), [`${SMELTER}:again`, `${MAKER}:late`, `${MAKER}:via`, `${MAKER}:rebagged`].sort());
      const again = alerts.find((a) => a.subject === `${SMELTER}:again`)!;
      assert.equal(again.party.id, MAKER, 'the returned part is the buyer\'s material going back to it');
      assert.match(again.summary, /shipped back to it by .* 2 days later/);
      assert.match(alerts.find((a) => a.subject === `${MAKER}:late`)!.summary, /120 days later/);
      assert.deepEqual(alerts.find((a) => a.subject === `${MAKER}:via`)!.evidence['path'], [SMELTER, MAKER, TRADER, SMELTER]);
    });

    test('toll processing with part of the feed returned unchanged is still toll processing, judged on what was kept', async () => {
      await fresh();
      const CONCENTRATE = { La: 2_600_000, Ce: 5_000_000, Pr: 500_000, Nd: 1_600_000 };
      await record(TRADER, [
        { id: 'i-c', kind: 'import', time: day('06-01'), lot: { id: 'conc', product: 'concentrate-bayan-obo', massGrams: 20 * TONNES, composition: CONCENTRATE }, originCountry: 'MM' },
        ship('s-c', '06-02', 'conc', 20 * TONNES, SEPARATOR),
      ]);
      // Half sent back as "off-spec", half separated and its oxides taken back by the trader: less
      // than half of the 20 t that left, nearly all of the 10 t the separator kept.
      await record(SEPARATOR, [
        receive('r-c', '06-03', `${TRADER}:conc`, 20 * TONNES),
        ship('claim', '06-05', `${TRADER}:conc`, 10 * TONNES, TRADER, 'claim', CLAIM),
        process('sep', '06-10', [[`${TRADER}:conc`, 10 * TONNES]], [
          ['ndpr', 'oxide-ndpr', 1_200_000, { Pr: 240_000, Nd: 770_000 }], ['la', 'oxide-la', 1_500_000, { La: 1_260_000 }], ['ce', 'oxide-ce', 3_000_000, { Ce: 2_440_000 }],
        ]),
        ship('b1', '06-12', 'ndpr', 1_200_000, TRADER), ship('b2', '06-12', 'la', 1_500_000, TRADER), ship('b3', '06-12', 'ce', 3_000_000, TRADER),
      ]);
      await runCheck(world.store);
      const [alert, ...rest] = await alertsOf('round-trip');
      assert.equal(rest.length, 0, 'the direct return itself is quiet');
      assert.equal(alert!.party.id, TRADER);
      assert.equal(alert!.evidence['productLeft'], 'concentrate-bayan-obo');
      assert.ok((alert!.evidence['returnedShare'] as number) > 0.9, 'nearly all of the 10 t kept came back as oxide');
    });

    test('material returned directly and shipped again by its maker in a later load is no round trip: the return undid the receipt', async () => {
      await fresh();
      const lot = await delivered('d6', '05-01', 20);
      await record(MAKER, [ship('back', '05-05', lot, 4 * TONNES, SMELTER, 'back-part', CLAIM)]);
      await record(SMELTER, [
        receive('r-back', '05-06', `${MAKER}:back-part`, 4 * TONNES),
        importMetal('i-fresh', '05-20', 'fresh', 16),
        process('blend', '05-21', [[`${MAKER}:back-part`, 4 * TONNES], ['fresh', 16 * TONNES]], [['reload', 'metal-ndpr', 20 * TONNES, metal(20)]]),
        ship('s-reload', '05-22', 'reload', 20 * TONNES, MAKER),
      ]);
      await record(MAKER, [receive('r-reload', '05-23', `${SMELTER}:reload`, 20 * TONNES)]);
      await runCheck(world.store);
      assert.deepEqual((await alertsOf('round-trip')).map((a) => a.summary), []);
    });

    test('part of an export its exporter takes back months later is returned goods; the whole of it back is a round trip', async () => {
      await fresh();
      const exported = (id: string, lot: string, tonnes: number, time: string): LedgerEvent => ({ id, kind: 'export', time: day(time), lot, massGrams: tonnes * TONNES, destinationCountry: 'NL' });
      const reimported = (id: string, lot: string, tonnes: number, time: string): LedgerEvent =>
        ({ id, kind: 'import', time: day(time), lot: { id: lot, product: 'metal-ndpr', massGrams: tonnes * TONNES, composition: metal(tonnes) }, originCountry: 'NL' });
      await record(TRADER, [importMetal('i-c', '01-05', 'consign', 20), exported('x-c', 'consign', 20, '01-10'), reimported('back-c', 'unsold', 3.5, '05-15')]);
      await runCheck(world.store);
      assert.deepEqual((await alertsOf('round-trip')).map((a) => a.summary), []);
      await record(TRADER, [importMetal('i-w', '06-01', 'whole', 20), exported('x-w', 'whole', 20, '06-05'), reimported('back-w', 'whole-back', 20, '06-17')]);
      await runCheck(world.store);
      const alerts = await alertsOf('round-trip');
      assert.deepEqual(alerts.map((a) => a.subject), [`${TRADER}:whole-back`]);
      assert.match(alerts[0]!.summary, /was exported to NL and imported back 12 days later/);
    });

    test('bad direct-return thresholds are refused with the field named', async () => {
      await fresh();
      for (const [thresholds, path] of [[{ directReturnShareMax: 1.5 }, 'round-trip.thresholds.directReturnShareMax'], [{ directReturnDaysMax: -1 }, 'round-trip.thresholds.directReturnDaysMax']] as const) {
        await assert.rejects(saveRuleOverrides(world.store.db, { 'round-trip': { thresholds } }), (error: Error & { problems?: { path: string }[] }) => {
          assert.equal(error.problems?.[0]?.path, path);
          return true;
        });
      }
    });
  });
}
