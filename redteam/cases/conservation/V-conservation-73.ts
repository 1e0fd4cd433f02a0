import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { fromAssay } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-73',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Lanthanum oxide "re-worked" into NdPr oxide: 20 t of La2O3 in, 8 t of NdPr oxide and 12 t of La2O3 out',
  does: 'The Baotou separator has off-book NdPr oxide from a night shift to bring onto its books. On 2025-07-18 it books a "re-purification" of 20 t of its own June lanthanum oxide (slow-selling, cheap) in its solvent-extraction cascade: out come 11.9 t of lanthanum oxide and 8 t of 99 % NdPr oxide (Pr:Nd 25:75, a Bayan Obo ratio). The lot weighs less than what went in, so the campaign looks like a refining step with a loss; but no neodymium or praseodymium went in. Reported on 08-06, on time.',
  expect: 'Praseodymium and neodymium out of a process whose only input held none: the process and the NdPr oxide lot it made.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const la = june.separation.byProduct['oxide-la']!;
    const input = tonnes(20);
    const laOut = scale(s.share(r.separator.lot(la.id), input), 0.595);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'rep-2507-la', at('2025-07-18'), [{ lot: la.id, massGrams: input }], [
        { id: 'REP-2507-LA', product: 'oxide-la', massGrams: tonnes(11.9), composition: laOut },
        { id: 'REP-2507-NDPR', product: 'oxide-ndpr', massGrams: tonnes(8), composition: fromAssay(tonnes(8), 0.99, { Pr: 25, Nd: 75 }) },
      ], { facility: r.separationPlant, note: 'off-grade La2O3 re-dissolved and re-extracted to 99.99 %' }),
    ]);
    return { world: w, find: { events: [r.separator.event('rep-2507-la')], lots: [r.separator.lot('REP-2507-NDPR')] } };
  },
});
