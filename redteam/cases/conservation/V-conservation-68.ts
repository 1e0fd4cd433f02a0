import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-68',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'July\'s extra oxides "from June\'s leach liquor still in the tanks", when June\'s books had separated every tonne it received',
  does: 'In June the Baotou separator received 1,000 t of concentrate and booked all of it separated on 06-20, oxides and residue, leaving no feed, liquor or intermediate on its books. In July it receives another 1,000 t (07-11) and books a separation on 07-20 whose oxides hold the rare earths of 1,250 t at 95 %, noting that "250 t of June feed was still in the tanks as pregnant leach liquor". No such stock was ever booked; the extra 125 t REO is concentrate bought off-book from an unlicensed pit. Residue of the July feed goes to the licensed store. Reported on 6 August.',
  expect: 'A separation whose outputs exceed what the separator received and held, explained by a carry-over its books never showed: the July run, the NdPr oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const claimed = scale(s.share(feed, shippedGrams), 1.25);
    const residueGrams = residueGramsFor(shippedGrams);
    const plan = separate(claimed, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, {
        facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; includes 250 t of June feed held in the tanks as pregnant leach liquor',
      }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), plan.residue!.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(plan.residue!.id), residueGrams, '2507');
    return { world: w, find: { events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot('SEP-2507-NDPR')], parties: [r.separator.id] } };
  },
});
