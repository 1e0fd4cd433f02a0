import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-83',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'The licensed residue store, which the regulations do not name among those who must report by the 10th, files its June on 22 July',
  does: 'The separator ships its June water-leach residue (450 t) to the Baotou residue store on 06-24 and reports it on 07-06. The store receives it on 06-25 and places it on 06-27 under its disposal licence, but its records clerk enters June only on 07-22, with the environmental return the ecology bureau asks of it.',
  expect: 'Nothing: Order 785 and Order 71 oblige miners, separators, metal smelters, recyclers and exporters to enter each month by the 10th; a disposer is not among them. Its receipt and placement were on time and under licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = s.lot(june.residue);
    const grams = residue.massGrams;
    w.record(r.separator, at('2025-07-06', '15:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), 'SEP-2506-RES', grams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2025-07-22', '16:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, grams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
