import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, recycleScrap } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-licences-45',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The Beijing trader buys 60 t of swarf from Ningbo workshops and sells it whole to the licensed Ganzhou recycler',
  does: 'The Beijing trader collects 60 t of NdFeB grinding swarf from two Ningbo machining workshops on 2025-07-08, a scrap-dealing business it runs beside its oxide trade, and sells it on 07-10 to the Ganzhou recycler (received 07-12), which leaches it on 07-18 and landfills the residue under licence.',
  expect: 'Nothing: collecting and selling scrap is trade; the leaching is done by the licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(60);
    const collect = s.collect(r.trader, 'col-2507-sw', at('2025-07-08'), { id: 'SW-2507-NB', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: typical('scrap-ndfeb-swarf', grams) }, { name: 'Ningbo Zhenhai and Yinzhou magnet machining workshops' });
    const lot = r.trader.lot('SW-2507-NB');
    w.record(r.trader, at('2025-08-05', '10:00'), [collect, s.ship(r.trader, 'shp-2507-sw', at('2025-07-10'), 'SW-2507-NB', grams, r.recycler)]);
    const rec = recycleScrap(ctx, 'r2507', lot, grams, at('2025-07-18'), at('2025-07-22'));
    w.record(r.recycler, at('2025-08-06', '10:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-12'), lot, grams), ...rec.events]);
    landfillResidue(ctx, 'r2507', rec.residue, rec.residueGrams, '2025-07-23', '2025-07-25', at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
