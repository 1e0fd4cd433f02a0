import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-conservation-64',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A separator books 700 t of feed into a campaign whose oxides and residue need 1,000 t, and sells the "unused" 300 t on',
  does: 'In July 2025 the Baotou separator receives 1,000 t of Bayan Obo concentrate (shipped 07-10, received 07-11) and on 07-20 separates all of it at 95 %, but books the campaign\'s input as 700 t: its oxides and its 450 t of residue are those of 1,000 t. The 300 t still "in stock" on paper is sold on 08-12 to the sister separator in the Hi-Tech Zone, which receives it on 08-13: the sister buys paper while the separator sells the same rare earths twice (the second time off-book, as oxide to a cash buyer). Residue goes to the licensed store; everyone reports on time.',
  expect: 'A process whose outputs hold more of every element than its inputs: the separator\'s July campaign, and the 300 t resold.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { sister } = addSisterSeparator(ctx);
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separate(s.share(feed, shippedGrams), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const booked = tonnes(700);
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: booked }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    const rest = shippedGrams - booked;
    w.record(r.separator, at('2025-09-06', '10:00'), [s.ship(r.separator, 'shp-2508-sis', at('2025-08-12'), feed, rest, sister, 'BC-2507-01-S1-R', 'surplus concentrate resold to the sister plant')]);
    w.record(sister, at('2025-09-06', '11:00'), [s.receive(sister, 'rcv-2508-sis', at('2025-08-13'), r.separator.lot('BC-2507-01-S1-R'), rest)]);
    return { world: w, find: { events: [r.separator.event('sep-2507-01'), r.separator.event('shp-2508-sis')], lots: [r.separator.lot('BC-2507-01-S1-R')] } };
  },
});
