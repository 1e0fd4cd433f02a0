import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-02',
  family: 'flows',
  violation: false,
  heldOut: false,
  title: 'Off-spec metal returned to its smelter',
  does: 'The magnet maker finds 2 t of the June NdPr metal above its oxygen limit and returns them to the smelter under a quality claim (noted on the shipment); the smelter receives them back and keeps them for remelting.',
  expect: 'Nothing: one return of part of a delivery to its maker, openly noted, is not a round trip.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(2);
    w.record(r.magnets, at('2025-08-05', '10:00'), [s.ship(r.magnets, 'shp-2507-ret', at('2025-07-07'), june.metalShipment, grams, r.smelter, 'MET-2506-01-S1-R1', 'quality claim QC-2025-118: oxygen 0.12 % > 0.05 %')]);
    w.record(r.smelter, at('2025-08-06', '10:00'), [s.receive(r.smelter, 'rcv-2507-ret', at('2025-07-09'), r.magnets.lot('MET-2506-01-S1-R1'), grams, 'returned for remelting')]);
    return { world: w, find: {} };
  },
});
