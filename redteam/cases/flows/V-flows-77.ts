import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-77',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Four tonnes of NdPr metal "short on arrival" in Ningbo reappear three days later at the recycler as metal off-cuts from a scrap yard',
  does: 'The Baotou smelter ships 20 t of NdPr metal to the Ningbo magnet maker on 2025-07-10; the magnet maker books 16 t received on 07-12, "4 t short, seals intact, weighbridge dispute with the haulier". On 07-15 the Ganzhou recycler collects 4 t of "rare earth metal off-cuts" from a Ningbo scrap yard, with the grade and Pr:Nd of the smelter\'s metal. The haulier\'s driver sold the four pallets to the yard; the recycler, which buys from it regularly, leaches "scrap" that was never scrap. Everyone reports on time.',
  expect: 'A shortfall in transit followed by the same mass of the same metal entering the chain as collected scrap: the short receipt, the shipment and the collected lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const shipped = tonnes(20);
    const lost = tonnes(4);
    w.record(r.smelter, reportTime('2025-07', 7), [
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-10'), june.metal.split(':')[1]!, shipped, r.magnets, 'MET-2506-01-S2', 'vacuum-packed ingots, ten pallets'),
    ]);
    const shipment = r.smelter.lot('MET-2506-01-S2');
    const offcuts = s.share(shipment, lost);
    w.record(r.magnets, reportTime('2025-07', 8), [
      s.receive(r.magnets, 'rcv-2507-met', at('2025-07-12'), shipment, shipped - lost, '4 t short, seals intact: weighbridge dispute with the haulier'),
    ]);
    w.record(r.recycler, reportTime('2025-07', 6), [
      s.collect(r.recycler, 'col-2507-01', at('2025-07-15'), { id: 'RM-2507-01', product: 'scrap-re-metal', massGrams: lost, composition: offcuts }, { name: '宁波镇海废旧金属回收站 (Zhenhai scrap metal yard, Ningbo)' }, r.recyclingPlant),
    ]);
    return {
      world: w,
      find: { events: [r.magnets.event('rcv-2507-met'), r.recycler.event('col-2507-01')], lots: [r.recycler.lot('RM-2507-01'), shipment] },
    };
  },
});
