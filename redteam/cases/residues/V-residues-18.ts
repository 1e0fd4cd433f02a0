// Figures as the baseline's (chain.ts): 0.45 t of thorium-bearing water-leach residue per t of feed.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { jiningTrader, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-residues-18',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'The licensed residue store places 330 t of July\'s residue and sells the other 120 t to a Jining chemical trader as "iron-rich slag"',
  does: 'The licensed Baotou residue store receives the separator\'s 450 t of July water-leach residue on 2025-07-25. It places 330 t in its cells on 07-27 and on 07-29 ships the other 120 t to a Jining (Shandong) chemical trading company with no licence of any kind, invoiced as "iron-rich slag for cement"; the trader, which receives it on 07-31, sells it to a small Weishan plant that leaches the rare earths left in it. The store reports July on 08-07, the trader on 08-08.',
  expect: 'Thorium-bearing residue leaving a licensed store for an unlicensed trader instead of staying stored: the store\'s shipment, the shipped lot and the store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07', { skip: ['disposal'] });
    const jn = jiningTrader(ctx);
    const grams = s.lot(july.residue).massGrams;
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', grams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    const sold = tonnes(120);
    w.record(r.disposer, on('2025-08-07'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-25'), july.residue, grams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-27'), july.residue, grams - sold, 'radioactive-waste-storage', r.disposalSite),
      s.ship(r.disposer, 'shp-2507-jn', at('2025-07-29'), july.residue, sold, jn, 'BD-2507-J1', 'iron-rich slag for cement, by road to Jining'),
    ]);
    w.record(jn, on('2025-08-08'), [s.receive(jn, 'rcv-2507-bd', at('2025-07-31'), r.disposer.lot('BD-2507-J1'), sold)]);
    return {
      world: w,
      find: { parties: [r.disposer.id], lots: [r.disposer.lot('BD-2507-J1')], events: [r.disposer.event('shp-2507-jn')] },
    };
  },
});
