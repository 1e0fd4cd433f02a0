import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, storeLandfills } from '../../lib/round17.ts';
import { leachScrap } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-identity-57',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Sixty tonnes of "NdFeB grinding swarf" whose named producer is the Baotou separator, a company that makes no magnets',
  does: 'Package labels of NdFeB scrap must name the scrap\'s producer. The Ganzhou recycler buys 60 t of swarf-grade sludge from a broker who will not say where it comes from (a back-yard magnet workshop with no books); to have a producer on the label and in the ledger, it collects the lot on 2025-07-04 naming as supplier the Baotou separation company of its group\'s acquaintance, with that company\'s credit code. A separator makes oxides, not magnets, and has no grinding line. The recycler leaches the lot on 07-15 and lands the residue in the licensed store.',
  expect: 'Scrap whose declared producer cannot have made it: the collection and the scrap lot.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const grams = tonnes(60);
    const collect = s.collect(r.recycler, 'col-2507-01', at('2025-07-04'), { id: 'SW-2507-01', product: 'scrap-ndfeb-swarf', massGrams: grams },
      { name: '包头九原稀土分离有限公司', id: r.separator.id }, r.recyclingPlant);
    const scrap = r.recycler.lot('SW-2507-01');
    const leach = leachScrap(ctx, r.recycler, scrap, grams, 'RC-2507', 'rec-2507-01', at('2025-07-15'), r.recyclingPlant);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect, leach.event,
      s.ship(r.recycler, 'shp-2507-rres', at('2025-07-20'), leach.residue, leach.residueGrams, r.disposer, undefined, 'covered tipper trucks'),
    ]);
    storeLandfills(ctx, r.recycler.lot(leach.residue), leach.residueGrams, '2507', at('2025-07-22'), at('2025-07-23'), at('2025-08-07', '14:00'));
    return { world: w, find: { events: [r.recycler.event('col-2507-01')], lots: [scrap] } };
  },
});
