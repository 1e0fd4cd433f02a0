import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-identity-86',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate with half the mine\'s praseodymium and neodymium: a back-yard leach took them off the books first',
  does: 'In July 2025 the Dongshan miner runs part of its flotation concentrate through a hydrochloric-acid pre-leach in an unlicensed shed beside the concentrator, selling the NdPr-rich liquor for cash to a private extraction workshop. The 1,000 t of concentrate it books on 07-03 carry the Bayan Obo share of every rare earth but Pr and Nd, which are half of what the ore body gives (10.6 % of the REO instead of 21.3 %); 800 t go to the Baotou separator on 07-10 (received 07-11). It reports July on 08-05.',
  expect: 'A concentrate whose rare earth distribution no Bayan Obo ore gives, stripped of its most valuable elements before it was booked: the extraction, the concentrate lot and the miner.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mass = tonnes(1_000);
    const composition = typical('concentrate-bayan-obo', mass);
    composition.Pr = Math.floor(composition.Pr! / 2);
    composition.Nd = Math.floor(composition.Nd! / 2);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: mass, composition }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', tonnes(800), r.separator, 'BC-2507-01-S1', 'rail wagons 4471–4486'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), r.miner.lot('BC-2507-01-S1'), tonnes(800))]);
    return { world: w, find: { events: [r.miner.event('ext-2507-01')], lots: [r.miner.lot('BC-2507-01'), r.miner.lot('BC-2507-01-S1')], parties: [r.miner.id] } };
  },
});
