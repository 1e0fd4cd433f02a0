import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, recycleScrap } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-flows-44',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Grinding swarf sold by the Ningbo works to the Beijing trader, and by the trader to the Ganzhou recycler',
  does: 'The magnet maker sinters June\'s 20 t of NdPr metal on 2025-07-10 and sells the swarf, at scrap grade, to the Beijing trader (shipped 07-14, received 07-15), which has a standing contract with the Ganzhou recycler and sends it on (shipped 07-16, received 07-18). The recycler leaches it on 07-22 and sends its leach residue to the licensed disposer.',
  expect: 'Nothing: pre-consumer scrap may pass through a trader to a licensed recycler; it is not a mineral product, and its maker is on record.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, HD, jet milling, pressing, sintering, grinding' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-14'), swarf.id, swarf.massGrams, r.trader),
    ]);
    const scrap = r.magnets.lot(swarf.id);
    w.record(r.trader, at('2025-08-05', '11:00'), [
      s.receive(r.trader, 'rcv-2507-sw', at('2025-07-15'), scrap, swarf.massGrams),
      s.ship(r.trader, 'shp-2507-sw2', at('2025-07-16'), scrap, swarf.massGrams, r.recycler),
    ]);
    const rec = recycleScrap(ctx, 'r2507', scrap, swarf.massGrams, at('2025-07-22'), at('2025-07-24'));
    w.record(r.recycler, at('2025-08-06', '10:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-18'), scrap, swarf.massGrams), ...rec.events]);
    landfillResidue(ctx, 'r2507', rec.residue, rec.residueGrams, '2025-07-25', '2025-07-27', at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
