import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { InputRefused } from '../problems.ts';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import {
  captureAs, loadFixtureRegistry, MAGNET_MAKER, MINE, MINER, RECYCLER, SEPARATION_PLANT, SEPARATOR, signAs, type Keys,
} from '../testing/fixtures.ts';
import { captureDocument, listLots, verifyLedger, type ExtractEvent, type LedgerEvent } from './index.ts';
import { revokeKey } from '../registry/index.ts';

const T = '2024-06-01T08:00:00+08:00';
const concentrate = (id: string, massGrams = 1_000_000, ce = 250_000): ExtractEvent => ({
  id: `extract-${id}`, kind: 'extract', time: T, facility: MINE,
  lot: { id, product: 'concentrate-bayan-obo', massGrams, composition: { Ce: ce, La: Math.floor(massGrams * 0.12), Nd: Math.floor(massGrams * 0.08), Pr: Math.floor(massGrams * 0.025) } },
});

async function refusal(promise: Promise<unknown>): Promise<InputRefused> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InputRefused) return error;
    throw error;
  }
  assert.fail('expected the capture to be refused');
}

async function counts(t: TestStore) {
  const db = t.store.db;
  const n = async (table: 'events' | 'lots' | 'documents' | 'lot_flows') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { events: await n('events'), lots: await n('lots'), documents: await n('documents'), flows: await n('lot_flows') };
}

async function lot(t: TestStore, id: string) {
  const row = await t.store.db.selectFrom('lots').selectAll().where('id', '=', id).executeTakeFirst();
  assert.ok(row, `lot ${id} exists`);
  return { ...row, elements: JSON.parse(row.elements) as Record<string, number> };
}

for (const engine of engines()) {
  describe(`capture on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
    });
    after(async () => t.cleanup());

    test('a lot goes from the mine through shipment, short receipt and separation, with exact balances', async () => {
      const mined = await captureAs(t.store, keys[MINER]!, [concentrate('C-1')]);
      assert.equal(mined.events.length, 1);
      assert.equal(mined.replayed, false);
      await captureAs(t.store, keys[MINER]!, [
        { id: 'ship-1', kind: 'ship', time: T, lot: 'C-1', massGrams: 400_000, to: SEPARATOR, shipmentLot: 'C-1a' },
      ]);
      const source = await lot(t, `${MINER}:C-1`);
      assert.equal(source.mass_grams_remaining, 600_000);
      assert.equal(source.elements['Ce'], 150_000);
      const shipped = await lot(t, `${MINER}:C-1a`);
      assert.equal(shipped.status, 'in_transit');
      assert.equal(shipped.destination_id, SEPARATOR);
      assert.equal(shipped.elements['Ce'], 100_000);

      await captureAs(t.store, keys[SEPARATOR]!, [
        { id: 'recv-1', kind: 'receive', time: T, lot: `${MINER}:C-1a`, massGrams: 399_000 },
        {
          id: 'sep-1', kind: 'process', time: T, facility: SEPARATION_PLANT,
          inputs: [{ lot: `${MINER}:C-1a`, massGrams: 399_000 }],
          outputs: [{ id: 'NdPr-1', product: 'oxide-ndpr', massGrams: 50_000, composition: { Nd: 31_000, Pr: 9_500 } }],
        },
      ]);
      const received = await lot(t, `${MINER}:C-1a`);
      assert.equal(received.holder_id, SEPARATOR);
      assert.equal(received.mass_grams_remaining, 0);
      assert.equal(received.status, 'exhausted');
      const oxide = await lot(t, `${SEPARATOR}:NdPr-1`);
      assert.equal(oxide.mass_grams, 50_000);
      assert.equal(oxide.holder_id, SEPARATOR);
      const report = await verifyLedger(t.store);
      assert.equal(report.ok, true, report.broken?.reason);
      assert.equal(report.events, 4);
    });

    test('resending a document returns the original result and writes nothing', async () => {
      const signed = await signAs(keys[MINER]!, [concentrate('C-replay')]);
      const first = await captureDocument(t.store, signed);
      const before = await counts(t);
      const again = await captureDocument(t.store, signed);
      assert.equal(again.replayed, true);
      assert.deepEqual(again.events, first.events);
      assert.equal(again.documentId, first.documentId);
      assert.deepEqual(await counts(t), before);
    });

    test('the same event id with other content is refused', async () => {
      await captureAs(t.store, keys[MINER]!, [concentrate('C-dup')]);
      const changed = { ...concentrate('C-dup', 2_000_000) };
      const error = await refusal(captureAs(t.store, keys[MINER]!, [changed]));
      assert.match(error.problems[0]!.reason, /already recorded .* different content/);
      assert.equal(error.problems[0]!.event, 0);
    });

    const badEvents: [string, Record<string, unknown>, RegExp, string][] = [
      ['negative mass', { ...concentrate('B1'), lot: { id: 'B1', product: 'concentrate-bayan-obo', massGrams: -5, composition: {} } }, />= 1/, 'lot.massGrams'],
      ['fractional mass', { ...concentrate('B2'), lot: { id: 'B2', product: 'concentrate-bayan-obo', massGrams: 1.5, composition: {} } }, /integer/, 'lot.massGrams'],
      ['absurd mass', { ...concentrate('B4'), lot: { id: 'B4', product: 'concentrate-bayan-obo', massGrams: 5e15, composition: {} } }, /<=/, 'lot.massGrams'],
      ['mass as a string', { ...concentrate('B5'), lot: { id: 'B5', product: 'concentrate-bayan-obo', massGrams: '1000', composition: {} } }, /integer/, 'lot.massGrams'],
      ['unknown element', { ...concentrate('B6'), lot: { id: 'B6', product: 'concentrate-bayan-obo', massGrams: 1000, composition: { Xx: 5 } } }, /Xx/, 'lot.composition'],
      ['composition heavier than the lot', { ...concentrate('B7'), lot: { id: 'B7', product: 'concentrate-bayan-obo', massGrams: 1000, composition: { Ce: 900, La: 200 } } }, /exceed|more than|heavier/, 'lot.composition'],
      ['unknown product', { ...concentrate('B8'), lot: { id: 'B8', product: 'unobtainium', massGrams: 1000, composition: {} } }, /unknown product/, 'lot.product'],
      ['future time', { ...concentrate('B9'), time: '2999-01-01T00:00:00Z' }, /future/, 'time'],
      ['time without zone', { ...concentrate('B10'), time: '2024-06-01T08:00:00' }, /time zone/, 'time'],
      ['impossible date', { ...concentrate('B11'), time: '2024-02-31T08:00:00Z' }, /not a real date-time/, 'time'],
      ['unknown field', { ...concentrate('B12'), colour: 'red' }, /not a known field/, 'colour'],
      ['unknown kind', { id: 'B13', kind: 'teleport', time: T }, /must be equal to one of|must be/, 'kind'],
      ['unknown facility', { ...concentrate('B14'), facility: 'nowhere' }, /no facility nowhere/, 'facility'],
      ['another party\'s facility', { ...concentrate('B15'), facility: SEPARATION_PLANT }, /no facility/, 'facility'],
      ['extracting a magnet', { ...concentrate('B16'), lot: { id: 'B16', product: 'magnet-ndfeb-sintered', massGrams: 1000, composition: {} } }, /ore or concentrate/, 'lot.product'],
      ['unknown lot', { id: 'B17', kind: 'export', time: T, lot: 'ghost', massGrams: 5, destinationCountry: 'DE' }, /no lot/, 'lot'],
      ['lowercase country', { id: 'B18', kind: 'export', time: T, lot: 'C-1', massGrams: 5, destinationCountry: 'de' }, /country code/, 'destinationCountry'],
      ['zero adjustment', { id: 'B19', kind: 'adjust', time: T, lot: 'C-1', deltaGrams: 0, reason: 'count' }, /zero/, 'deltaGrams'],
    ];
    for (const [name, event, reason, field] of badEvents) {
      test(`refuses ${name}, names the field, and records nothing`, async () => {
        const before = await counts(t);
        const error = await refusal(captureAs(t.store, keys[MINER]!, [concentrate(`ok-${name.replaceAll(' ', '-').replaceAll("'", '')}`), event as LedgerEvent]));
        const problem = error.problems.find((p) => p.event === 1);
        assert.ok(problem, `a problem on event 1: ${error.message}`);
        assert.equal(problem.path.startsWith(`document.events[1].${field}`), true, `${problem.path} names ${field}`);
        assert.match(problem.reason, reason);
        assert.deepEqual(await counts(t), before);
      });
    }

    test('refuses NaN and infinite masses that a program (not JSON) might pass in', async () => {
      const signed = await signAs(keys[MINER]!, [concentrate('C-nan')]);
      for (const massGrams of [Number.NaN, Number.POSITIVE_INFINITY]) {
        const bad = { ...signed, document: { ...signed.document, events: [{ ...concentrate('C-nan'), lot: { id: 'C-nan', product: 'oxide-ce', massGrams, composition: {} } }] } };
        const error = await refusal(captureDocument(t.store, bad));
        assert.equal(error.problems[0]!.path, 'document.events[0].lot.massGrams');
        assert.equal(error.problems[0]!.event, 0);
      }
    });

    test('refuses spending more than remains, a lot held by another party, and a lot in transit', async () => {
      await captureAs(t.store, keys[MINER]!, [concentrate('C-spend', 1000, 100)]);
      const before = await counts(t);
      let error = await refusal(captureAs(t.store, keys[MINER]!, [{ id: 'x1', kind: 'export', time: T, lot: 'C-spend', massGrams: 1001, destinationCountry: 'JP' }]));
      assert.match(error.problems[0]!.reason, /1001 g asked of lot .*C-spend, which has 1000 g left/);
      error = await refusal(captureAs(t.store, keys[SEPARATOR]!, [{ id: 'x2', kind: 'export', time: T, lot: `${MINER}:C-spend`, massGrams: 1, destinationCountry: 'JP' }]));
      assert.match(error.problems[0]!.reason, /held by .*not by/);
      await captureAs(t.store, keys[MINER]!, [{ id: 'x3', kind: 'ship', time: T, lot: 'C-spend', massGrams: 1000, to: SEPARATOR }]);
      error = await refusal(captureAs(t.store, keys[MINER]!, [{ id: 'x4', kind: 'export', time: T, lot: 'C-spend', massGrams: 1, destinationCountry: 'JP' }]));
      assert.match(error.problems[0]!.reason, /in transit/);
      error = await refusal(captureAs(t.store, keys[MAGNET_MAKER]!, [{ id: 'x5', kind: 'receive', time: T, lot: `${MINER}:C-spend`, massGrams: 1000 }]));
      assert.match(error.problems[0]!.reason, /not in transit to/);
      error = await refusal(captureAs(t.store, keys[SEPARATOR]!, [{ id: 'x6', kind: 'receive', time: T, lot: `${MINER}:C-spend`, massGrams: 1001 }]));
      assert.match(error.problems[0]!.reason, /only 1000 g .* were shipped/);
      assert.deepEqual((await counts(t)).events, before.events + 1);
    });

    test('refuses partial shipment without a shipment lot, shipping to oneself or to an unknown party', async () => {
      await captureAs(t.store, keys[MINER]!, [concentrate('C-ship', 1000, 100)]);
      let error = await refusal(captureAs(t.store, keys[MINER]!, [{ id: 's1', kind: 'ship', time: T, lot: 'C-ship', massGrams: 10, to: SEPARATOR }]));
      assert.match(error.problems[0]!.reason, /shipmentLot/);
      error = await refusal(captureAs(t.store, keys[MINER]!, [{ id: 's2', kind: 'ship', time: T, lot: 'C-ship', massGrams: 1000, to: MINER }]));
      assert.match(error.problems[0]!.reason, /another party/);
      error = await refusal(captureAs(t.store, keys[MINER]!, [{ id: 's3', kind: 'ship', time: T, lot: 'C-ship', massGrams: 1000, to: '91110000000000000X' }]));
      assert.equal(error.problems[0]!.path, 'document.events[0].to');
    });

    test('refuses collecting non-scrap, reusing a lot id, duplicate event ids and naming lots in another namespace', async () => {
      let error = await refusal(captureAs(t.store, keys[RECYCLER]!, [{ id: 'c1', kind: 'collect', time: T, lot: { id: 'K1', product: 'concentrate-bayan-obo', massGrams: 10, composition: {} }, supplier: { name: 'someone' } }]));
      assert.match(error.problems[0]!.reason, /scrap/);
      await captureAs(t.store, keys[MINER]!, [concentrate('C-once')]);
      error = await refusal(captureAs(t.store, keys[MINER]!, [{ ...concentrate('C-once'), id: 'extract-again' }]));
      assert.match(error.problems[0]!.reason, /already exists/);
      error = await refusal(captureAs(t.store, keys[MINER]!, [concentrate('D-1'), { ...concentrate('D-2'), id: 'extract-D-1' }]));
      assert.match(error.problems[0]!.reason, /used twice/);
      error = await refusal(captureAs(t.store, keys[MINER]!, [concentrate(`${SEPARATOR}:stolen`)]));
      assert.match(error.problems[0]!.reason, /own namespace/);
    });

    test('refuses a bad signature, an unknown or foreign key, and a revoked key', async () => {
      const signed = await signAs(keys[MINER]!, [concentrate('C-sig')]);
      const tampered = { ...signed, document: { ...signed.document, events: [concentrate('C-sig', 9_000_000)] } };
      let error = await refusal(captureDocument(t.store, tampered));
      assert.equal(error.problems[0]!.path, 'signature');
      assert.match(error.problems[0]!.reason, /does not verify/);
      error = await refusal(captureDocument(t.store, { ...signed, signature: 'abc' }));
      assert.match(error.problems[0]!.path, /signature/);
      const foreign = await signAs({ ...keys[SEPARATOR]!, party: MINER }, [concentrate('C-foreign')]);
      error = await refusal(captureDocument(t.store, foreign));
      assert.match(error.problems[0]!.reason, /registered to/);
      const unknown = await signAs({ ...keys[MINER]!, kid: 'nokey' }, [concentrate('C-nokey')]);
      error = await refusal(captureDocument(t.store, unknown));
      assert.match(error.problems[0]!.reason, /no registered key/);

      await revokeKey(t.store, keys[RECYCLER]!.kid, new Date(Date.now() - 1000), 'laptop stolen');
      error = await refusal(captureAs(t.store, keys[RECYCLER]!, [{ id: 'r1', kind: 'collect', time: T, lot: { id: 'S1', product: 'scrap-ndfeb-swarf', massGrams: 10, composition: { Nd: 2 } }, supplier: { name: 'x' } }]));
      assert.match(error.problems[0]!.reason, /revoked/);
    });

    test('refuses malformed documents as a whole', async () => {
      for (const input of [null, 42, 'text', [], {}, { document: {}, signature: 'a..b' }, { document: { format: 'x' }, signature: 'a..b' }]) {
        const error = await refusal(captureDocument(t.store, input));
        assert.ok(error.problems.length > 0);
      }
      const signed = await signAs(keys[MINER]!, [concentrate('C-empty')]);
      const error = await refusal(captureDocument(t.store, { ...signed, document: { ...signed.document, events: [] } }));
      assert.match(error.problems[0]!.reason, /fewer than 1/);
    });

    test('a correction undoes a shipment and a short receipt, but not once the lot has moved on', async () => {
      await captureAs(t.store, keys[MINER]!, [concentrate('C-fix', 1000, 100), { id: 'ship-fix', kind: 'ship', time: T, lot: 'C-fix', massGrams: 600, to: SEPARATOR, shipmentLot: 'C-fix-a' }]);
      await captureAs(t.store, keys[MINER]!, [{ id: 'fix-1', kind: 'correct', time: T, corrects: 'ship-fix', reason: 'wrong amount',
        replacement: { id: 'fix-1', kind: 'ship', time: T, lot: 'C-fix', massGrams: 500, to: SEPARATOR, shipmentLot: 'C-fix-b' } }]);
      assert.equal((await lot(t, `${MINER}:C-fix`)).mass_grams_remaining, 500);
      assert.equal((await lot(t, `${MINER}:C-fix-a`)).status, 'void');
      assert.equal((await lot(t, `${MINER}:C-fix-b`)).mass_grams_remaining, 500);

      await captureAs(t.store, keys[SEPARATOR]!, [{ id: 'recv-fix', kind: 'receive', time: T, lot: `${MINER}:C-fix-b`, massGrams: 450 }]);
      await captureAs(t.store, keys[SEPARATOR]!, [{ id: 'fix-2', kind: 'correct', time: T, corrects: 'recv-fix', reason: 'typo',
        replacement: { id: 'fix-2', kind: 'receive', time: T, lot: `${MINER}:C-fix-b`, massGrams: 500 } }]);
      const fixed = await lot(t, `${MINER}:C-fix-b`);
      assert.equal(fixed.mass_grams_remaining, 500);
      assert.equal(fixed.holder_id, SEPARATOR);
      await captureAs(t.store, keys[SEPARATOR]!, [{ id: 'exp-fix', kind: 'export', time: T, lot: `${MINER}:C-fix-b`, massGrams: 100, destinationCountry: 'KR' }]);
      const error = await refusal(captureAs(t.store, keys[SEPARATOR]!, [{ id: 'fix-3', kind: 'correct', time: T, corrects: 'fix-2', reason: 'again' }]));
      assert.match(error.problems[0]!.reason, /itself a correction|changed since/);
      assert.equal((await verifyLedger(t.store)).ok, true);
    });

    test('two writers spending the same lot at once: exactly one wins and the balance is exact', async () => {
      await captureAs(t.store, keys[MINER]!, [concentrate('C-race', 1000, 100)]);
      const other = await t.reopen();
      try {
        const spend = (store: typeof t.store, id: string) =>
          captureAs(store, keys[MINER]!, [{ id, kind: 'export', time: T, lot: 'C-race', massGrams: 600, destinationCountry: 'US' }]);
        const outcomes = await Promise.allSettled([spend(t.store, 'race-a'), spend(other, 'race-b')]);
        assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
        const failed = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
        assert.ok(failed.reason instanceof InputRefused, String(failed.reason));
        assert.equal((await lot(t, `${MINER}:C-race`)).mass_grams_remaining, 400);
      } finally {
        await other.close();
      }
    });

    test('the database itself refuses a negative balance', async () => {
      await captureAs(t.store, keys[MINER]!, [concentrate('C-guard', 1000, 100)]);
      await assert.rejects(
        sql`UPDATE lots SET mass_grams_remaining = -1 WHERE id = ${`${MINER}:C-guard`}`.execute(t.store.db),
        /CHECK|check/,
      );
    });

    test('lots are listed by holder and status, a page at a time', async () => {
      const first = await listLots(t.store, { holder: MINER, limit: 2 });
      assert.equal(first.lots.length, 2);
      assert.ok(first.next);
      const second = await listLots(t.store, { holder: MINER, limit: 2, after: first.next });
      assert.ok(second.lots.every((l) => l.id > first.next!));
      const inTransit = await listLots(t.store, { status: 'in_transit' });
      assert.ok(inTransit.lots.every((l) => l.status === 'in_transit'));
    });
  });
}
