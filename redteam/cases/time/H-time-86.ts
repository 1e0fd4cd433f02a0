import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { smelt } from '../../lib/refining.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-time-86',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A metal smelter whose licence ran out on 31 July ships its last metal on 3 August',
  does: 'The Baotou metal smelter\'s licence ends on 2025-07-31 and is not renewed (the plant is to be rebuilt). Its last oxide, 25 t of NdPr oxide shipped by the separator on 07-20, arrives on 07-21 and is reduced on 07-28. The metal waits for trucks over the weekend: 20 t leave for the Ningbo magnet maker on 08-03 and arrive on 08-05. The smelter files July on 08-07 and August (the shipment alone) on 09-05.',
  expect: 'Nothing: the smelting was done under the licence; selling and shipping metal already made needs no smelting licence.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-MET-BS-2024', { validTo: '2025-07-31' });
    const oxideGrams = tonnes(25);
    const ndpr = local(june.ndprOxide);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-20'), ndpr, oxideGrams, r.smelter, `${ndpr}-S2`)]);
    const oxide = r.separator.lot(`${ndpr}-S2`);
    const metal = smelt(s.share(oxide, oxideGrams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-21'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-28'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, last campaign before the rebuild' }),
    ]);
    w.record(r.smelter, at('2025-09-05', '10:00'), [s.ship(r.smelter, 'shp-2508-met', at('2025-08-03', '07:30'), metal.id, tonnes(20), r.magnets, `${metal.id}-S1`, 'two trucks, held over the weekend')]);
    w.record(r.magnets, at('2025-09-08', '10:00'), [s.receive(r.magnets, 'rcv-2508-met', at('2025-08-05', '16:00'), r.smelter.lot(`${metal.id}-S1`), tonnes(20))]);
    return { world: w, find: {} };
  },
});
