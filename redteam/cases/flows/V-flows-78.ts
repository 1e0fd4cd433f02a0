import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-78',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A paper return: 300 t of concentrate "sent back" to the mine, separated all the same, and re-shipped with the next month\'s',
  does: 'The Baotou separator receives the mine\'s 1,000 t of July 2025 concentrate on 07-11. On 07-20 it separates all of it, but books only 700 t as fed (its oxides are those of the full 1,000 t), and on 07-22 books 300 t "returned to the mine: off-grade, too much fluorite"; the mine books the return on 07-23. In August the mine books 900 t extracted (it dug 1,200 t) and ships 1,200 t on 08-10, the "returned" 300 t among them; the separator separates all of it on 08-20. The mine hides 300 t of extraction from its quota and the separator 300 t of feed from its own; the oxide of 300 t is sold off the books. Residues go to the licensed store; reports are on time.',
  expect: 'A return leg that carries nothing: the July separation makes oxides from more feed than it consumed, and the "returned" concentrate comes back: the July separation, the return shipment and the returned lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const whole = s.share(july.feed, july.shippedGrams);
    const fed = tonnes(700);
    const returned = tonnes(300);
    const julyResidue = residueGramsFor(july.shippedGrams);
    const plan = separate(whole, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: julyResidue } });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: fed }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-ret', at('2025-07-22'), july.feed, returned, r.miner, 'BC-2507-01-R', 'returned to the mine: off-grade, too much fluorite'),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), plan.residue!.id, julyResidue, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(plan.residue!.id), julyResidue, '2507');
    const back = r.separator.lot('BC-2507-01-R');
    w.record(r.miner, reportTime('2025-07', 7), [s.receive(r.miner, 'rcv-2507-ret', at('2025-07-23'), back, returned)]);
    const fresh = tonnes(900);
    w.record(r.miner, reportTime('2025-08', 5), [
      s.extract(r.miner, 'ext-2508-01', at('2025-08-03'), r.mine, { id: 'BC-2508-01', product: 'concentrate-bayan-obo', massGrams: fresh }),
      s.ship(r.miner, 'shp-2508-01', at('2025-08-10', '14:30'), 'BC-2508-01', fresh, r.separator, undefined, 'rail wagons 4471–4488'),
      s.ship(r.miner, 'shp-2508-02', at('2025-08-10', '14:30'), back, returned, r.separator, undefined, 'rail wagons 4489–4494, re-screened'),
    ]);
    const augFeed = r.miner.lot('BC-2508-01');
    const augPlan = separate(add(s.share(augFeed, fresh), s.share(back, returned)), 'SEP-2508', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(fresh + returned) } });
    const augResidue = augPlan.residue!;
    w.record(r.separator, reportTime('2025-08', 6), [
      s.receive(r.separator, 'rcv-2508-01', at('2025-08-11', '09:00'), augFeed, fresh),
      s.receive(r.separator, 'rcv-2508-02', at('2025-08-11', '09:00'), back, returned),
      s.process(r.separator, 'sep-2508-01', at('2025-08-20'), [{ lot: augFeed, massGrams: fresh }, { lot: back, massGrams: returned }], augPlan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2508-res', at('2025-08-24'), augResidue.id, augResidue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.separator.lot(augResidue.id), augResidue.massGrams, '2508');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01'), r.separator.event('shp-2507-ret'), r.miner.event('rcv-2507-ret')], lots: [back], parties: [r.separator.id] },
    };
  },
});
