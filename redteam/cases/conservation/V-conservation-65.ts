import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-65',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Magnet swarf charged into the electrolysis cells with fresh oxide: the campaign\'s metal holds none of the swarf\'s NdPr',
  does: 'In July 2025 the Ningbo magnet maker sinters June\'s 20 t of NdPr metal (07-03) and ships the grinding swarf on 07-08 to the Baotou smelter (received 07-10), which also buys 30 t of NdPr oxide from the separator (shipped 07-05, received 07-06). On 07-15 the smelter books one campaign fed by the oxide and the swarf, but its metal is only what the oxide alone yields at 97 %: the swarf\'s praseodymium and neodymium, about 1 t, leave by the back gate to an unregistered Ganzhou workshop. No slag or loss is booked for them. Everyone reports on time.',
  expect: 'A process whose inputs hold far more NdPr than its outputs with no declared loss: the smelter\'s July campaign and the swarf lot it swallowed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = s.lot(june.metalShipment).massGrams;
    const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), '2507');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-03'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'sintering campaign' }),
      s.ship(r.magnets, 'shp-2507-sw', at('2025-07-08'), swarf.id, swarf.massGrams, r.smelter, undefined, 'swarf drums for remelting'),
    ]);
    const oxideGrams = tonnes(30);
    const oxideLot = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-05'), 'SEP-2506-NDPR', oxideGrams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const swarfLot = r.magnets.lot(swarf.id);
    const metal = smelt(s.share(oxideLot, oxideGrams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-06'), oxideLot, oxideGrams),
      s.receive(r.smelter, 'rcv-2507-sw', at('2025-07-10'), swarfLot, swarf.massGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-15'), [{ lot: oxideLot, massGrams: oxideGrams }, { lot: swarfLot, massGrams: swarf.massGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, swarf charged with the oxide' }),
    ]);
    return { world: w, find: { events: [r.smelter.event('met-2507-01')], lots: [swarfLot] } };
  },
});
