import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dyFeAtSmelter } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-flows-55',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A traction-motor order cancelled: the Ningbo magnet maker sells its unopened Dy–Fe alloy back to the Baotou smelter',
  does: 'The Baotou smelter reduces 4 t of Longnan Dy2O3 to Dy–Fe alloy in August 2025 and ships 3 t to the Ningbo magnet maker on 08-20 for a traction-motor magnet order. On 09-01 the motor maker cancels the order. The magnet maker, which has no other high-coercivity work till spring, sells the 3 t back, in their original sealed drums, to the smelter on 09-05, and the smelter receives them on 09-07 and keeps them for its next alloy customer. Every leg is reported on time.',
  expect: 'Nothing: an alloy lot returned unopened to its maker between two registered, licensed parties, openly, once.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { alloy } = dyFeAtSmelter(ctx, '2025-08', '2508', 4);
    const grams = tonnes(3);
    w.record(r.smelter, at('2025-09-07', '10:00'), [s.ship(r.smelter, 'shp-2508-dyfe', at('2025-08-20'), alloy.split(':')[1]!, grams, r.magnets, 'DYFE-2508-S1')]);
    const lot = r.smelter.lot('DYFE-2508-S1');
    w.record(r.magnets, at('2025-09-08', '10:00'), [s.receive(r.magnets, 'rcv-2508-dyfe', at('2025-08-22'), lot, grams)]);
    w.record(r.magnets, at('2025-10-06', '10:00'), [s.ship(r.magnets, 'shp-2509-dyfe', at('2025-09-05'), lot, grams, r.smelter, undefined, 'order TM-2025-114 cancelled by the customer; sealed drums returned')]);
    w.record(r.smelter, at('2025-10-07', '10:00'), [s.receive(r.smelter, 'rcv-2509-dyfe', at('2025-09-07'), lot, grams)]);
    return { world: w, find: {} };
  },
});
