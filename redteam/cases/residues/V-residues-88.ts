import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { addSisterSeparator } from '../../lib/round8.ts';
import { juneWorld, minerMonth, separationPlan } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-residues-88',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing leach residue booked as 450 t of "mixed rare earth chloride" at 1 % REO and sold to the sister separator',
  does: 'The Baotou separator runs July\'s 1,000 t of Bayan Obo concentrate on 2025-07-20 as usual, but books its water-leach residue not as residue: the campaign names it a 450 t lot of "mixed rare earth chloride", and on 07-24 it ships the lot to the group\'s Hi-Tech Zone separator as feed, which receives it on 07-25. Nothing goes to the licensed store; the Hi-Tech Zone plant tips the cake in its own yard. The lot\'s 1 % REO is the residue\'s, not a chloride\'s (about 45 %).',
  expect: 'Radioactive residue relabelled as a product and moved to another plant instead of licensed disposal: the campaign, the "chloride" lot, its shipment and the separator.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.45 t of residue per t of feed (chain.ts); mixed chloride at about 45 % REO (catalogue).
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const { sister } = addSisterSeparator(ctx);
    const { feed, feedGrams, feedComposition } = minerMonth(ctx, '2025-07', '2507');
    const plan = separationPlan(feedComposition, feedGrams, 'SEP-2507');
    const residue = plan.residue!;
    const outputs = plan.outputs.map((o) => (o === residue ? { ...o, id: 'SEP-2507-MC', product: 'mixed-chloride-light' } : o));
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, feedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: feedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; mixed chloride for the Hi-Tech Zone plant' }),
      s.ship(r.separator, 'shp-2507-mc', at('2025-07-24'), 'SEP-2507-MC', residue.massGrams, sister, undefined, 'covered tipper trucks'),
    ]);
    w.record(sister, at('2025-08-07', '10:00'), [s.receive(sister, 'rcv-2507-mc', at('2025-07-25'), r.separator.lot('SEP-2507-MC'), residue.massGrams)]);
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01'), r.separator.event('shp-2507-mc')], lots: [r.separator.lot('SEP-2507-MC')], parties: [r.separator.id] },
    };
  },
});
