import { defineCase } from '../../lib/case.ts';
import { add, at, pick, scale, subtract } from '../../lib/chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-04',
  family: 'residues',
  violation: true,
  heldOut: false,
  title: 'NdPr hidden in the residue sent for disposal',
  does: 'The separator books 15 % of its feed\'s Pr and Nd into the water-leach residue, whose REO content then triples and whose distribution is NdPr-rich (the REO of an untouched residue follows the ore: mostly Ce and La). The licensed disposer\'s receiving clerk records the lot as stored; the residue actually goes to an unlicensed extraction workshop. The books balance: the NdPr "went to waste".',
  expect: 'A residue whose rare earth content and distribution no real residue has; the residue lot and the process that made it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-06';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2506' });
    const held = s.lot(feed).composition;
    const hidden = scale(pick(held, ['Pr', 'Nd']), 0.15);
    const plan = separate(subtract(held, hidden), 'SEP-2506', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    residue.composition = add(residue.composition!, hidden);
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2506-01', at(day(month, 11)), feed, shippedGrams),
      s.process(r.separator, 'sep-2506-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant }),
      s.ship(r.separator, 'shp-2506-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: { lots: [r.separator.lot(residue.id)], events: [r.separator.event('sep-2506-01')] } };
  },
});
