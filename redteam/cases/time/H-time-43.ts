import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, recycleScrap } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-time-43',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Metal that arrived on 29 June sintered the next evening, its swarf on the road to Ganzhou on 1 July',
  does: 'The Ningbo magnet maker receives 20 t of NdPr metal on 2025-06-29 and, with a rush order from a motor maker, runs it through the sintering line on 06-30 (process booked at 20:00, when the grinding ended). Its swarf leaves for the Ganzhou recycler at 07:00 on 07-01 and is leached there on 07-10; the leach residue goes to the licensed disposer. The swarf appears barely a day after the metal.',
  expect: 'Nothing: scrap made from metal the maker held, shipped after it was made, at scrap grade; a fast turnaround is not a backdating.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2506-01');
    w.record(r.magnets, at('2025-07-08', '15:00'), [
      s.process(r.magnets, 'mag-2506-01', at('2025-06-30', '20:00'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, HD, jet milling, pressing, sintering, grinding' }),
    ]);
    w.record(r.magnets, at('2025-08-05', '10:00'), [s.ship(r.magnets, 'shp-2507-sw', at('2025-07-01', '07:00'), swarf.id, swarf.massGrams, r.recycler)]);
    const scrap = r.magnets.lot(swarf.id);
    const rec = recycleScrap(ctx, 'r2507', scrap, swarf.massGrams, at('2025-07-10'), at('2025-07-15'));
    w.record(r.recycler, at('2025-08-06', '10:00'), [s.receive(r.recycler, 'rcv-2507-sw', at('2025-07-03'), scrap, swarf.massGrams), ...rec.events]);
    landfillResidue(ctx, 'r2507', rec.residue, rec.residueGrams, '2025-07-16', '2025-07-18', at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
