import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { cappedResidue } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-60',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Two-stage separation across a month end: July makes only mixed chloride, August only oxides',
  does: 'In July 2025 the Baotou separator runs its front end only: it roasts and leaches the 1,000 t of concentrate received on 07-11 into mixed rare earth chloride on 07-21, recovering 96.5 % (above the 92 % floor for concentrate to mixed rare earths), and sends the 450 t of water-leach residue to the licensed store on 07-24. The solvent-extraction hall is down for its summer cleaning, so the chloride waits in tanks over the month end and is separated into NdPr, La, Ce, SmEuGd and heavy oxides on 08-05 at 98.5 % (the floor from mixed to separated is 96 %): 95 % overall, as in any month. July\'s books show concentrate in and no oxide out; August\'s show oxide out and no feed in. July is reported on 08-06, August on 09-05.',
  expect: 'Nothing: each stage recovers above its legal floor, the residue reaches licensed disposal, and the rare earths not yet separated are held as chloride stock over the month end; in = out + stock + losses for each month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const held = s.share(feed, shippedGrams);
    const chloride = scale(held, 0.965);
    const residueGrams = residueGramsFor(shippedGrams);
    const residue = cappedResidue('slag-water-leach-residue', residueGrams, subtract(held, chloride));
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'lch-2507-01', at('2025-07-21'), [{ lot: feed, massGrams: shippedGrams }], [
        { id: 'CL-2507-01', product: 'mixed-chloride-light', massGrams: Math.round(reo(chloride) / 0.45), composition: chloride },
        { id: 'RES-2507-01', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.separationPlant, note: 'acid roasting, water leach, neutralisation: mixed chloride to tank farm' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'RES-2507-01', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('RES-2507-01'), residueGrams, '2507');
    const chlorideLot = s.lot(r.separator.lot('CL-2507-01'));
    const plan = separate(chlorideLot.composition, 'SEP-2508', { recovery: 0.985 });
    w.record(r.separator, at('2025-09-05', '10:00'), [
      s.process(r.separator, 'sep-2508-01', at('2025-08-05'), [{ lot: 'CL-2507-01', massGrams: chlorideLot.massGrams }], plan.outputs, { facility: r.separationPlant, note: 'solvent extraction restarted after summer cleaning' }),
    ]);
    return { world: w, find: {} };
  },
});
