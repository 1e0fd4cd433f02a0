import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { residueMix, separationLots } from '../../lib/round14.ts';
import { separateShipment } from '../../lib/round7.ts';

export default defineCase({
  id: 'V-conservation-76',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A surplus month paid back by a short month: July separates 104 % of its feed, August 87 %, the two months together 95 %',
  does: 'In July 2025 the Baotou separator runs about 30 t of unbooked Sichuan concentrate through its line with the 1,000 t of Bayan Obo concentrate it received from the mine on 07-11; its July campaign (07-20) books every oxide at 103 % of what the booked feed held, and the usual residue. To make the quarter close, August\'s campaign on the mine\'s next 1,000 t books its oxides at 86 %, and the oxide left off the August books is sold for cash. Taken over July and August the plant recovers 95 %, the same as any good month; each month is reported on the 6th, residues go to the licensed store on the 24th.',
  expect: 'A July separation whose outputs hold more of every element than its feed, whatever August does afterwards: the July campaign, its oxides and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const lots = separationLots(scale(feed, 1.03), 'SEP-2507', { massGrams: residueGrams, composition: residueMix('slag-water-leach-residue', residueGrams) });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day('2025-07', 11), '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], lots.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), lots.residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(lots.residue.id), residueGrams, '2507');
    const august = mineAndShip(ctx, '2025-08', { tag: '2508' });
    separateShipment(ctx, '2025-08', august.feed, august.shippedGrams, '2508', { recovery: 0.86 });
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01'), r.separator.event('sep-2508-01')], lots: [r.separator.lot('SEP-2507-NDPR')], parties: [r.separator.id] },
    };
  },
});
