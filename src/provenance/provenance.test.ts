// Provenance on a real ledger: attribution as captured, traces, recycled content, passports and
// what each viewer may see, on every engine at hand.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { engines, makeTestStore, type TestStore } from '../testing/engines.ts';
import { captureAs, loadFixtureRegistry, MAGNET_MAKER, MAGNET_PLANT, MINE, MINER, RECYCLER, RECYCLING_PLANT, SEPARATION_PLANT, SEPARATOR, type Keys } from '../testing/fixtures.ts';
import { InputRefused } from '../problems.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { buildPassport, checkAttribution, issuePassport, lotPassport, passportByLink, ProvenanceRefused, qrPng, recycledContent, traceBackward, traceForward, verifyPassport, type Viewer } from './index.ts';

const T = '2024-06-01T08:00:00+08:00';
const REGULATOR: Viewer = { role: 'regulator' };
const MAKER: Viewer = { role: 'enterprise', party: MAGNET_MAKER };
const GTIN = '06901234567892';
const mineKey = `mine:${MINE}`;

async function refused(promise: Promise<unknown>, kind: ProvenanceRefused['kind'], pattern: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof ProvenanceRefused, `expected ProvenanceRefused, got ${String(error)}`);
    assert.equal(error.kind, kind);
    assert.match(error.message, pattern);
    return true;
  });
}

for (const engine of engines()) {
  describe(`provenance on ${engine}`, () => {
    let t: TestStore;
    let keys: Keys;
    const lot = async (id: string) => (await t.store.reads.readLots([id]))[0]!;

    before(async () => {
      t = await makeTestStore(engine);
      keys = await loadFixtureRegistry(t.store);
      await captureAs(t.store, keys[MINER]!, [
        { id: 'x-1', kind: 'extract', time: T, facility: MINE, lot: { id: 'C-1', product: 'concentrate-bayan-obo', massGrams: 1_000_000, composition: { Ce: 250_000, Pr: 25_000, Nd: 80_000 } } },
        { id: 's-1', kind: 'ship', time: T, lot: 'C-1', massGrams: 400_000, to: SEPARATOR, shipmentLot: 'C-1a' },
      ]);
      await captureAs(t.store, keys[SEPARATOR]!, [
        { id: 'r-1', kind: 'receive', time: T, lot: `${MINER}:C-1a`, massGrams: 400_000 },
        { id: 'sep-1', kind: 'process', time: T, facility: SEPARATION_PLANT, inputs: [{ lot: `${MINER}:C-1a`, massGrams: 400_000 }], outputs: [{ id: 'NdPr-1', product: 'oxide-ndpr', massGrams: 40_000, composition: { Nd: 24_000, Pr: 7_500 } }] },
        { id: 's-2', kind: 'ship', time: T, lot: 'NdPr-1', massGrams: 40_000, to: MAGNET_MAKER },
      ]);
      await captureAs(t.store, keys[RECYCLER]!, [
        { id: 'c-1', kind: 'collect', time: T, facility: RECYCLING_PLANT, supplier: { name: 'Ganzhou scrap yard' }, lot: { id: 'EOL-1', product: 'eol-ndfeb-magnets', massGrams: 10_000, composition: { Nd: 2_300, Pr: 700, Dy: 100 } } },
        { id: 'rec-1', kind: 'process', time: T, facility: RECYCLING_PLANT, inputs: [{ lot: 'EOL-1', massGrams: 10_000 }], outputs: [{ id: 'RNd-1', product: 'oxide-ndpr', massGrams: 3_000, composition: { Nd: 2_000, Pr: 600 } }] },
        { id: 's-3', kind: 'ship', time: T, lot: 'RNd-1', massGrams: 3_000, to: MAGNET_MAKER },
      ]);
      await captureAs(t.store, keys[MAGNET_MAKER]!, [
        { id: 'r-2', kind: 'receive', time: T, lot: `${SEPARATOR}:NdPr-1`, massGrams: 40_000 },
        { id: 'r-3', kind: 'receive', time: T, lot: `${RECYCLER}:RNd-1`, massGrams: 3_000 },
        {
          id: 'mag-1', kind: 'process', time: T, facility: MAGNET_PLANT,
          inputs: [{ lot: `${SEPARATOR}:NdPr-1`, massGrams: 30_000 }, { lot: `${RECYCLER}:RNd-1`, massGrams: 3_000 }],
          outputs: [{ id: 'M-1', product: 'magnet-ndfeb-sintered', massGrams: 60_000, composition: { Nd: 19_000, Pr: 6_225, Dy: 500 } }],
        },
      ]);
    });
    after(async () => t.cleanup());

    test('attribution through separation, recycling and magnet making, computed by hand', async () => {
      assert.deepEqual((await lot(`${MINER}:C-1`)).origin, { [mineKey]: { Ce: 250_000, Pr: 25_000, Nd: 80_000 } });
      assert.deepEqual((await lot(`${MINER}:C-1a`)).origin, { [mineKey]: { Ce: 100_000, Pr: 10_000, Nd: 32_000 } });
      assert.equal((await lot(`${MINER}:C-1a`)).custody, 'identity-preserved');
      assert.deepEqual((await lot(`${SEPARATOR}:NdPr-1`)).origin, { [mineKey]: { Pr: 7_500, Nd: 24_000 } });
      assert.deepEqual((await lot(`${RECYCLER}:EOL-1`)).origin, { 'recycled:post-consumer': { Pr: 700, Nd: 2_300, Dy: 100 } });
      // 30,000 g of NdPr-1's 40,000 g: Nd 18,000, Pr 5,625 from the mine; all of RNd-1 (Nd 2,000,
      // Pr 600 post-consumer). Nd 19,000 of 20,000: 17,100 and 1,900; Pr 6,225 is all of it;
      // Dy 500 was in no input, so untraced.
      const magnet = await lot(`${MAGNET_MAKER}:M-1`);
      assert.deepEqual(magnet.origin, {
        [mineKey]: { Pr: 5_625, Nd: 17_100 }, 'recycled:post-consumer': { Pr: 600, Nd: 1_900 }, untraced: { Dy: 500 },
      });
      assert.equal(magnet.custody, 'mass-balance');
      const recycled = await recycledContent(t.store, magnet.id, { viewer: MAKER });
      assert.deepEqual(recycled.elements.map((e) => [e.element, e.postConsumerGrams, e.preConsumerGrams, e.recycledShare]), [
        ['Pr', 600, 0, 0.096386], ['Nd', 1_900, 0, 0.1], ['Dy', 0, 0, 0],
      ]);
      assert.match(recycled.method, /mass balance/);
    });

    test('an impossible custody declaration is refused and changes nothing', async () => {
      await captureAs(t.store, keys[MAGNET_MAKER]!, [{ id: 'r-4', kind: 'adjust', time: T, lot: `${SEPARATOR}:NdPr-1`, deltaGrams: -1, reason: 'weighing' }]);
      const before = await lot(`${SEPARATOR}:NdPr-1`);
      const error = await assert.rejects(captureAs(t.store, keys[MAGNET_MAKER]!, [{
        id: 'mag-ip', kind: 'process', time: T, facility: MAGNET_PLANT, custody: 'identity-preserved',
        inputs: [{ lot: `${SEPARATOR}:NdPr-1`, massGrams: 100 }, { lot: `${MAGNET_MAKER}:M-1`, massGrams: 100 }],
        outputs: [{ id: 'M-ip', product: 'magnet-ndfeb-sintered', massGrams: 200, composition: { Nd: 60 } }],
      } as LedgerEvent]), (e: unknown) => {
        assert.ok(e instanceof InputRefused);
        assert.equal(e.problems[0]!.path, 'document.events[0].custody');
        assert.match(e.problems[0]!.reason, /identity-preserved needs every gram traced to its source, but the inputs hold untraced material/);
        return true;
      });
      assert.equal(error, undefined);
      assert.deepEqual(await lot(`${SEPARATOR}:NdPr-1`), before);
    });

    test('every lot\'s attribution checks out against the flows that made it', async () => {
      const check = await checkAttribution(t.store);
      assert.deepEqual(check.problems, []);
      // NdPr-1 was adjusted (the test before), so it is checked against what it holds.
      assert.deepEqual([check.lots, check.exact, check.bounded, check.legacy], [6, 5, 1, 0]);
      // A lot whose stored attribution was tampered with is named.
      await sql`UPDATE lots SET origin = ${JSON.stringify({ [mineKey]: { Nd: 1 } })} WHERE id = ${`${MINER}:C-1`}`.execute(t.store.db);
      const broken = await checkAttribution(t.store);
      assert.equal(broken.problemCount, 4);
      assert.ok(broken.problems.some((p) => p.lot === `${MINER}:C-1` && /holds 150000 g of Ce but attributes only 0 g/.test(p.reason)));
      assert.ok(broken.problems.some((p) => /attributes 0 g of Ce, 0 g of Pr, 1 g of Nd but was made with 250000 g, 25000 g, 80000 g/.test(p.reason)));
      await sql`UPDATE lots SET origin = ${JSON.stringify({ [mineKey]: { Ce: 250_000, Pr: 25_000, Nd: 80_000 } })} WHERE id = ${`${MINER}:C-1`}`.execute(t.store.db);
    });

    test('a regulator traces the magnet back to the mine and the recycler, with every identity', async () => {
      const trace = await traceBackward(t.store, `${MAGNET_MAKER}:M-1`, { viewer: REGULATOR });
      assert.deepEqual(trace.lots.map((l) => [l.ref, l.depth]), [
        [`${MAGNET_MAKER}:M-1`, 0], [`${SEPARATOR}:NdPr-1`, 1], [`${RECYCLER}:RNd-1`, 1],
        [`${MINER}:C-1a`, 2], [`${RECYCLER}:EOL-1`, 2], [`${MINER}:C-1`, 3],
      ]);
      assert.equal(trace.lotsTotal, 6);
      assert.equal(trace.complete, true);
      assert.equal(trace.next, undefined);
      const eventIds = new Map(trace.events.map((e) => [e.seq, e.eventId]));
      assert.deepEqual(trace.edges.map((e) => [e.lot, e.flow, eventIds.get(e.seq), e.massGrams]), [
        [`${MINER}:C-1`, 'in', 'x-1', 1_000_000], [`${MINER}:C-1`, 'out', 's-1', 400_000], [`${MINER}:C-1a`, 'in', 's-1', 400_000],
        [`${MINER}:C-1a`, 'out', 'sep-1', 400_000], [`${SEPARATOR}:NdPr-1`, 'in', 'sep-1', 40_000], [`${RECYCLER}:EOL-1`, 'in', 'c-1', 10_000],
        [`${RECYCLER}:EOL-1`, 'out', 'rec-1', 10_000], [`${RECYCLER}:RNd-1`, 'in', 'rec-1', 3_000],
        [`${SEPARATOR}:NdPr-1`, 'out', 'mag-1', 30_000], [`${RECYCLER}:RNd-1`, 'out', 'mag-1', 3_000], [`${MAGNET_MAKER}:M-1`, 'in', 'mag-1', 60_000],
      ], 'each lot\'s flow in from its making event and out into the events that made the walk\'s other lots');
      assert.deepEqual(trace.events.map((e) => e.kind), ['extract', 'ship', 'process', 'collect', 'process', 'process']);
      assert.ok(trace.facilities.some((f) => f.ref === MINE && f.region === '150206'));
      assert.ok(trace.parties.some((p) => p.ref === MINER && p.nameEn === 'Baiyun Mining'));
      assert.deepEqual(trace.lots[0]!.origin.find((o) => o.type === 'mine'), { type: 'mine', source: mineKey, region: '150206', regionName: 'Bayan Obo Mining District', country: 'CN', elements: { Pr: 5_625, Nd: 17_100 } });
    });

    test('an enterprise sees its upstream by region, country and source type, never who', async () => {
      const trace = await traceBackward(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER });
      const text = JSON.stringify(trace);
      // The lots it received name its direct suppliers, as its own receipts do; nothing beyond them.
      for (const secret of [MINER, MINE, SEPARATION_PLANT, RECYCLING_PLANT, 'Baiyun', 'Baotou Separation', 'Ganzhou Recycling', 'x-1', 'sep-1', 'Ganzhou scrap yard']) {
        assert.ok(!text.includes(secret), `an enterprise's trace shows ${secret}`);
      }
      assert.equal(trace.lotsTotal, 6);
      assert.deepEqual(trace.lots.map((l) => l.ref), [`${MAGNET_MAKER}:M-1`, `${SEPARATOR}:NdPr-1`, `${RECYCLER}:RNd-1`, 'lot#1', 'lot#2', 'lot#3']);
      assert.deepEqual(trace.lots[0]!.origin, [
        { type: 'mine', region: '150206', regionName: 'Bayan Obo Mining District', country: 'CN', elements: { Pr: 5_625, Nd: 17_100 } },
        { type: 'recycled-post-consumer', elements: { Pr: 600, Nd: 1_900 } },
        { type: 'untraced', elements: { Dy: 500 } },
      ]);
      assert.ok(trace.parties.every((p) => p.ref === MAGNET_MAKER || (p.ref.startsWith('party#') && p.nameEn === undefined)));
      // Another party's lot is refused as one that does not exist, so ids cannot be probed.
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: MAKER }), 'not-found', new RegExp(`^no lot ${MINER}:C-1$`));
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: { role: 'public' } }), 'forbidden', /may not trace/);
      await refused(recycledContent(t.store, `${MINER}:C-1`, { viewer: MAKER }), 'not-found', new RegExp(`^no lot ${MINER}:C-1$`));
    });

    test('forward from the mine\'s lot reaches the magnet; pages and depth limits', async () => {
      const trace = await traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR });
      assert.deepEqual(trace.lots.map((l) => l.ref), [`${MINER}:C-1`, `${MINER}:C-1a`, `${SEPARATOR}:NdPr-1`, `${MAGNET_MAKER}:M-1`]);
      const pages = [];
      let offset: number | undefined = 0;
      while (offset !== undefined) {
        const page: Awaited<ReturnType<typeof traceForward>> = await traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, limit: 1, offset });
        pages.push(...page.lots.map((l) => l.ref));
        offset = page.next;
      }
      assert.deepEqual(pages, trace.lots.map((l) => l.ref));
      const shallow = await traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, depthMax: 1 });
      assert.equal(shallow.lotsTotal, 2);
      assert.equal(shallow.depthReached, true);
      const past = await traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, offset: 10 });
      assert.deepEqual(past.lots, []);
      assert.equal(past.lotsTotal, 4);
    });

    test('bad input is refused by name', async () => {
      await refused(traceBackward(t.store, 'nope', { viewer: REGULATOR }), 'not-found', /no lot nope; lot ids are qualified/);
      await refused(traceBackward(t.store, '', { viewer: REGULATOR }), 'bad-input', /non-empty string/);
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: { role: 'king' } as unknown as Viewer }), 'bad-input', /viewer.role must be one of/);
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: { role: 'enterprise' } }), 'bad-input', /names its party/);
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: { role: 'regulator', party: MINER } }), 'bad-input', /names no party/);
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, limit: 0 }), 'bad-input', /limit must be a whole number from 1 to 1000/);
      await refused(traceBackward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, depthMax: 65 }), 'bad-input', /depthMax must be a whole number from 0 to 64/);
      await refused(traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, offset: -1 }), 'bad-input', /offset/);
      await refused(traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR, limit: 2.5 }), 'bad-input', /limit/);
      await refused(buildPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER }), 'bad-input', /needs the product's GTIN/);
      await refused(buildPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: '06901234567893' }), 'bad-input', /check digit/);
      await refused(buildPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: '123' }), 'bad-input', /14 digits/);
      await refused(buildPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: GTIN, resolver: 'not a url' }), 'bad-input', /not a URL/);
      await refused(buildPassport(t.store, `${SEPARATOR}:NdPr-1`, { viewer: MAKER, gtin: GTIN }), 'forbidden', /only the lot's maker, a regulator or an auditor/);
    });

    test('a passport verifies, and names what was altered in it or in the ledger', async () => {
      const issued = await buildPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: GTIN });
      assert.equal(issued.digitalLink, `https://id.ytterby.example/01/${GTIN}/10/M-1`);
      assert.match(issued.qrSvg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.deepEqual([...(await qrPng(issued.digitalLink)).subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      const passport = JSON.parse(JSON.stringify(issued.passport));
      assert.equal(passport['@context']['@vocab'], 'https://w3id.org/ytterby/passport#');
      for (const secret of [MINER, SEPARATOR, RECYCLER, MINE]) assert.ok(!JSON.stringify(passport).includes(secret), `the passport names ${secret}`);
      assert.deepEqual(passport.recycledContent.elements.find((e: { element: string }) => e.element === 'Nd').postConsumerShare, 0.1);

      const ok = await verifyPassport(passport, { store: t.store });
      assert.deepEqual(ok.problems, []);
      assert.equal(ok.valid, true);
      assert.equal((await verifyPassport(passport)).valid, true);

      const inflated = structuredClone(passport);
      inflated.recycledContent.elements[0].recycledShare = 0.9;
      assert.deepEqual((await verifyPassport(inflated)).problems, ['signature does not verify: the passport was changed after the ledger signed it']);
      const swapped = structuredClone(passport);
      swapped.evidence.inclusionProof.path[0] = '00'.repeat(32);
      assert.ok((await verifyPassport(swapped)).problems.some((p) => /inclusionProof does not lead from the leaf of event \d+ to the checkpoint's root/.test(p)));
      assert.deepEqual((await verifyPassport({ type: 'x' })).valid, false);
      assert.deepEqual((await verifyPassport('passport')).problems, ['a passport is a JSON object']);

      // Someone with write access to the database changes the event that made the magnet.
      const seq = passport.evidence.event.seq as number;
      const { body } = await t.store.db.selectFrom('events').select('body').where('seq', '=', seq).executeTakeFirstOrThrow();
      await sql`UPDATE events SET body = ${body.replace('"massGrams":60000', '"massGrams":61000')} WHERE seq = ${seq}`.execute(t.store.db);
      const altered = await verifyPassport(passport, { store: t.store });
      assert.equal(altered.valid, false);
      assert.ok(altered.problems.some((p) => /the ledger's event \d+ \(mag-1\) no longer hashes to the leaf the passport proves/.test(p)), altered.problems.join('\n'));
      assert.ok(altered.problems.some((p) => /stored leaf hash .* does not match its content/.test(p)));
      assert.ok(altered.problems.some((p) => /lot.massGrams 60000 is less than the 61000 g the event made/.test(p)));
      await sql`UPDATE events SET body = ${body} WHERE seq = ${seq}`.execute(t.store.db);
      assert.equal((await verifyPassport(passport, { store: t.store })).valid, true);
    });

    test('a passport is kept: read back the same by its lot and its Digital Link, re-issued on request, withdrawn when its lot is voided', async () => {
      const first = await lotPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: GTIN, issued: '2024-07-01T00:00:00Z' });
      const again = await lotPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: REGULATOR });
      assert.deepEqual(again, first);
      assert.deepEqual(await passportByLink(t.store, GTIN, 'M-1'), first);
      await refused(passportByLink(t.store, GTIN, 'M-2'), 'not-found', /no passport has been issued for GTIN 06901234567892 lot M-2/);
      await refused(lotPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: { role: 'enterprise', party: SEPARATOR } }), 'not-found', new RegExp(`^no lot ${MAGNET_MAKER}:M-1$`));
      await refused(lotPassport(t.store, `${MAGNET_MAKER}:nothing`, { viewer: REGULATOR }), 'not-found', /no lot/);

      await captureAs(t.store, keys[MINER]!, [{ id: 'x-late', kind: 'extract', time: T, facility: MINE, lot: { id: `(01)${GTIN}(10)ORE-9`, product: 'concentrate-bayan-obo', massGrams: 5_000, composition: { Nd: 400 } } }]);
      const reissued = await issuePassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: GTIN });
      assert.ok(reissued.passport.evidence.checkpoint.treeSize > first.passport.evidence.checkpoint.treeSize);
      assert.deepEqual(await passportByLink(t.store, GTIN, 'M-1'), reissued);
      assert.equal((await verifyPassport(first.passport, { store: t.store })).valid, true, 'a passport stays valid as the log grows');

      await captureAs(t.store, keys[MINER]!, [{ id: 'x-same-name', kind: 'extract', time: T, facility: MINE, lot: { id: 'M-1', product: 'concentrate-bayan-obo', massGrams: 5_000, composition: { Nd: 400 } } }]);
      await refused(lotPassport(t.store, `${MINER}:M-1`, { viewer: REGULATOR, gtin: GTIN }), 'bad-input', new RegExp(`GTIN ${GTIN} lot M-1 already names the passport of lot ${MAGNET_MAKER}:M-1`));
      // Two lots of one name issued at once under one GTIN: the first kept takes the Digital Link.
      await captureAs(t.store, keys[MINER]!, [{ id: 'x-twin', kind: 'extract', time: T, facility: MINE, lot: { id: 'NdPr-1', product: 'concentrate-bayan-obo', massGrams: 5_000, composition: { Nd: 400 } } }]);
      const twins = await Promise.allSettled([`${SEPARATOR}:NdPr-1`, `${MINER}:NdPr-1`].map((id) => issuePassport(t.store, id, { viewer: REGULATOR, gtin: GTIN })));
      const kept = twins.flatMap((twin) => (twin.status === 'fulfilled' ? [twin.value.passport.lot.id] : []));
      const refusals = twins.flatMap((twin) => (twin.status === 'rejected' ? [twin.reason as ProvenanceRefused] : []));
      assert.equal(kept.length, 1);
      assert.deepEqual(refusals.map((r) => [r.kind, r.message]), [['bad-input', `GTIN ${GTIN} lot NdPr-1 already names the passport of lot ${kept[0]}; a Digital Link names one lot (give this lot's product its own GTIN)`]]);
      const ore = await lotPassport(t.store, `${MINER}:(01)${GTIN}(10)ORE-9`, { viewer: { role: 'enterprise', party: MINER } });
      await captureAs(t.store, keys[MINER]!, [{ id: 'fix-late', kind: 'correct', time: T, corrects: 'x-late', reason: 'recorded twice' }]);
      await refused(passportByLink(t.store, GTIN, 'ORE-9'), 'gone', /withdrawn: a correction voided the lot/);
      const withdrawn = await verifyPassport(ore.passport, { store: t.store });
      assert.deepEqual([withdrawn.valid, withdrawn.problems], [false, [`the ledger's lot ${MINER}:(01)${GTIN}(10)ORE-9 was voided by a correction: the passport is withdrawn`]]);
    });

    test('a magnet delivered whole to a final user keeps its passport: what was made, verified, and still reached forward from the mine', async () => {
      await captureAs(t.store, keys[MAGNET_MAKER]!, [{
        id: 'deliver-m1', kind: 'deliver', time: T, lot: 'M-1', massGrams: 60_000, customer: { name: '宁波恒驰电机有限公司', id: '91330212HCDJ07150A' }, sector: 'motors',
      }]);
      const delivered = await lot(`${MAGNET_MAKER}:M-1`);
      assert.deepEqual([delivered.status, delivered.massGramsRemaining, delivered.massGrams], ['exhausted', 0, 60_000]);
      const issued = await buildPassport(t.store, `${MAGNET_MAKER}:M-1`, { viewer: MAKER, gtin: GTIN });
      assert.equal(issued.passport.lot.massGrams, 60_000);
      assert.deepEqual(Object.keys(issued.passport.lot.compositionGrams).sort(), ['Dy', 'Nd', 'Pr']);
      assert.deepEqual((await verifyPassport(JSON.parse(JSON.stringify(issued.passport)), { store: t.store })).problems, []);
      const forward = await traceForward(t.store, `${MINER}:C-1`, { viewer: REGULATOR });
      assert.ok(forward.lots.some((l) => l.ref === `${MAGNET_MAKER}:M-1`));
    });

    test('a lot recorded before attribution was kept passes its material on as untraced', async () => {
      // As such a lot stands: written before attribution (migration 4) and state hashes (migration 10) were kept.
      await sql`UPDATE lots SET origin = NULL, custody = NULL, state_hash = NULL WHERE id = ${`${MINER}:C-1`}`.execute(t.store.db);
      await captureAs(t.store, keys[MINER]!, [{ id: 's-legacy', kind: 'ship', time: T, lot: 'C-1', massGrams: 1_000, to: SEPARATOR, shipmentLot: 'C-1-legacy' }]);
      const split = await lot(`${MINER}:C-1-legacy`);
      assert.deepEqual([split.origin, split.custody], [{ untraced: { Ce: 250, Pr: 25, Nd: 80 } }, 'mass-balance']);
      const check = await checkAttribution(t.store);
      assert.deepEqual([check.legacy, check.problemCount], [1, 0]);
      const trace = await traceBackward(t.store, `${MINER}:C-1`, { viewer: REGULATOR });
      assert.deepEqual(trace.lots[0]!.origin, [{ type: 'untraced', source: 'untraced', elements: { Ce: 149_750, Pr: 14_975, Nd: 47_920 } }]);
    });
  });
}
