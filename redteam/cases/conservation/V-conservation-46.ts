import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-46',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A July separation run books 40 % more NdPr oxide than its 180 t of Bayan Obo feed contains, the surplus from unrecorded private concentrate',
  does: 'The Baotou separator buys some 70 t of concentrate from an unlicensed pit near Bayan Obo for cash and feeds it into the July run alongside 180 t of recorded concentrate from the group\'s miner. Its books show only the 180 t as input, but it books the NdPr oxide it actually made, 40 % more Pr and Nd than the recorded feed holds, and sells it to the metal smelter.',
  expect: 'More Pr and Nd out of a process than went in: the separation, its NdPr oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-10'), lots.concentrate, tonnes(180), r.separator, 'BC-2506-01-S7')]);
    const feed = r.miner.lot('BC-2506-01-S7');
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(tonnes(180)) } });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const inflated = scale(ndpr.composition!, 1.4);
    ndpr.composition = inflated;
    ndpr.massGrams = oxideMass(inflated);
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11'), feed, tonnes(180)),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: tonnes(180) }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-22'), ndpr.id, tonnes(20), r.smelter, `${ndpr.id}-S1`),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-25'), r.separator.lot(residue.id), residue.massGrams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-27'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-23'), r.separator.lot(`${ndpr.id}-S1`), tonnes(20))]);
    return { world: w, find: { parties: [r.separator.id], events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot(ndpr.id)] } };
  },
});
