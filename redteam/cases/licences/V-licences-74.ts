import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { massAsTypical } from '../../lib/round10.ts';

export default defineCase({
  id: 'V-licences-74',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'The licensed residue store re-leaches the residue it takes in and sells mixed rare earth chloride',
  does: 'The Baotou residue store receives the separator\'s June 2025 water-leach residue (450 t) on 06-25. Before placing it, on 06-26 it runs it through a hydrochloric acid re-leach in a shed on its site and recovers 70 % of the rare earths left in it as mixed rare earth chloride; the leached residue is placed in the store on 06-28. On 07-15 it sells the chloride to the Beijing trader (received 07-16). It holds a disposal licence only: cracking a rare earth material into mixed compounds is smelting and separation, for which it has neither licence nor quota.',
  expect: 'Rare earth separation by a party licensed only for disposal: the store, its re-leach and the chloride lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    const feed = s.lot(june.residue).composition;
    const chloride = scale(feed, 0.7);
    const chlorideGrams = massAsTypical('mixed-chloride-light', chloride);
    const leached = subtract(feed, chloride);
    const leachedGrams = residue.massGrams - tonnes(20);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.process(r.disposer, 'lch-2506-01', at('2025-06-26'), [{ lot: june.residue, massGrams: residue.massGrams }], [
        { id: 'CL-2506-01', product: 'mixed-chloride-light', massGrams: chlorideGrams, composition: chloride },
        { id: 'RES-2506-LCH', product: 'slag-water-leach-residue', massGrams: leachedGrams, composition: leached },
      ], { note: 'hydrochloric acid re-leach, crystallised mixed chloride' }),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-28'), 'RES-2506-LCH', leachedGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [s.ship(r.disposer, 'shp-2507-cl', at('2025-07-15'), 'CL-2506-01', chlorideGrams, r.trader)]);
    w.record(r.trader, at('2025-08-08', '10:00'), [s.receive(r.trader, 'rcv-2507-cl', at('2025-07-16'), r.disposer.lot('CL-2506-01'), chlorideGrams)]);
    return { world: w, find: { parties: [r.disposer.id], events: [r.disposer.event('lch-2506-01')], lots: [r.disposer.lot('CL-2506-01')] } };
  },
});
