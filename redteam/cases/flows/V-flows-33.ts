// Estimates (not in shared/DOMAIN.md): residue 0.45 t a tonne of concentrate (chain.ts); allocations fictional.
import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangxi, lightCuts, on, roastResidue } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-flows-33',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Toll separation 2,000 km away: the Baotou separator sends 800 t of concentrate to a Chongzuo plant and gets back every oxide made from it',
  does: 'After a penalty its group cut the Baotou separator\'s 2025 allocation to 600 t REO, 500 t of it used in June. In August the Bayan Obo mine ships it its usual 1,000 t of concentrate (08-10, received 08-11). It separates 200 t itself on 08-20, up to its allocation, and on 08-13 "sells" the other 800 t to the Chongzuo separator in Guangxi, which has room in its own allocation. Chongzuo receives the train on 08-19, roasts and separates it on 08-25 and sends the residue to the Hezhou store. On 09-02 it ships every product of the campaign, the NdPr, lanthanum and cerium oxides, the Sm–Eu–Gd cut and the heavy cut, back to Baotou (received 09-06), invoiced as a purchase at a price that leaves Chongzuo a processing fee. On 09-10 the Baotou separator sells 30 t of the NdPr oxide to the Baotou smelter as its own. Everyone reports on time.',
  expect: 'Concentrate shipped out and every product made from it shipped back to the sender: toll separation, banned by the quota notices, which moves 400 t REO of separation outside the sender\'s allocation. The Chongzuo campaign, the return shipments, the concentrate lot sent south and both separators.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const quota = w.quotas.find((q) => q.id === 'RT-Q2025-SEP-BT');
    if (quota === undefined) throw new Error('no 2025 allocation of the Baotou separator');
    quota.tonnesReo = 600;
    honestMonth(ctx, '2025-06');
    const gx = guangxi(ctx);
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-08', { tag: '2508' });
    const southGrams = tonnes(800);
    const ownGrams = shippedGrams - southGrams;
    const tollLocal = 'BT-2508-CZ1';
    const receipt = s.receive(r.separator, 'rcv-2508-01', at('2025-08-11', '09:00'), feed, shippedGrams);
    const ship = s.ship(r.separator, 'shp-2508-cz', at('2025-08-13'), feed, southGrams, gx.separator, tollLocal, 'rail wagons Baotou–Chongzuo, "sale of concentrate"');
    const own = separate(s.lot(feed).composition, 'SEP-2508', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(ownGrams) } });
    const ownResidue = own.residue!;
    w.record(r.separator, on('2025-09-06'), [
      receipt,
      ship,
      s.process(r.separator, 'sep-2508-01', at('2025-08-20'), [{ lot: feed, massGrams: ownGrams }], own.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2508-res', at('2025-08-24'), ownResidue.id, ownResidue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.separator.lot(ownResidue.id), ownResidue.massGrams, '2508');
    const toll = r.separator.lot(tollLocal);
    const held = s.lot(toll).composition;
    const plan = lightCuts(held, 'CZ-2508T', 0.95);
    const residue = roastResidue('CZ-2508T-RES', southGrams, subtract(held, scale(held, 0.95)));
    w.record(gx.separator, on('2025-09-07'), [
      s.receive(gx.separator, 'rcv-2508-bt', at('2025-08-19'), toll, southGrams),
      s.process(gx.separator, 'sep-2508-bt', at('2025-08-25'), [{ lot: toll, massGrams: southGrams }], [...plan.outputs, residue], { facility: gx.plant, note: 'Bayan Obo concentrate; acid roasting, water leach, solvent extraction' }),
      s.ship(gx.separator, 'shp-2508-res', at('2025-08-28'), residue.id, residue.massGrams, gx.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(gx.store, on('2025-09-08'), [
      s.receive(gx.store, 'rcv-2508-res', at('2025-08-29'), gx.separator.lot(residue.id), residue.massGrams),
      s.dispose(gx.store, 'dsp-2508-res', at('2025-08-31'), gx.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', gx.storeSite),
    ]);
    const back: LedgerEvent[] = [];
    const receipts: LedgerEvent[] = [];
    const backEvents: string[] = [];
    for (const [i, out] of plan.outputs.entries()) {
      const id = `shp-2509-bt${i + 1}`;
      back.push(s.ship(gx.separator, id, at('2025-09-02'), out.id, out.massGrams, r.separator, undefined, 'rail container to Baotou'));
      receipts.push(s.receive(r.separator, `rcv-2509-cz${i + 1}`, at('2025-09-06'), gx.separator.lot(out.id), out.massGrams));
      backEvents.push(gx.separator.event(id));
    }
    w.record(gx.separator, on('2025-10-06'), back);
    const ndpr = plan.ids['oxide-ndpr']!;
    const onward = tonnes(30);
    w.record(r.separator, on('2025-10-07'), [
      ...receipts,
      s.ship(r.separator, 'shp-2509-ndpr', at('2025-09-10'), gx.separator.lot(ndpr), onward, r.smelter, 'CZ-NDPR-2509-S1'),
    ]);
    w.record(r.smelter, on('2025-10-08'), [s.receive(r.smelter, 'rcv-2509-ndpr', at('2025-09-11'), r.separator.lot('CZ-NDPR-2509-S1'), onward)]);
    return {
      world: w,
      find: {
        parties: [r.separator.id, gx.separator.id],
        events: [gx.separator.event('sep-2508-bt'), ...backEvents, r.separator.event('shp-2509-ndpr')],
        lots: [toll],
      },
    };
  },
});
