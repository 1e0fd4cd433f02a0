// Estimates (not in shared/DOMAIN.md): calcium reduction of TbF3 at 96.5 % into metal, 2 % into a
// calcium-fluoride slag at 2.6 % terbium.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { longnanHeavy, nanchang, on, reduceHeavy, xinfeng } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-residues-28',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Nanchang works sells the calcium fluoride slag of a terbium reduction, 2.6 % terbium, to a Xinfeng recycler that will leach it with its next campaign',
  does: 'A Nanchang heavy rare earth metal works buys 2.2 t of terbium oxide from the Longnan separator (shipped 07-15, received 07-16) and on 07-22 reduces it with calcium: 96.5 % of the terbium into metal, 2 % into 1.4 t of calcium-fluoride slag at 2.6 % terbium, the rest lost to the crucible and fume. Slag that rich in terbium is worth recovering, so it does not go to a landfill: on 07-28 the works sells it to a licensed Xinfeng recycler (received 07-30), which keeps it in its store to leach with its September campaign. Everyone reports on time.',
  expect: 'Nothing: the slag is booked with its terbium, at a grade such slag has, and goes to a licensed recycler as a recycling feed.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const nc = nanchang(ctx);
    const xf = xinfeng(ctx);
    const { chain, heavy } = longnanHeavy(ctx, '2507', 250);
    const oxide = sellOxide(ctx, chain, heavy, 'oxide-tb', tonnes(2.2), nc.party, '2025-07', '2507-tb');
    const run = reduceHeavy(ctx, nc, oxide, tonnes(2.2), 'metal-tb', 'TBM-2507-01', 'met-2507-tb', at('2025-07-22'), { intoMetal: 0.965, intoSlag: 0.02, slagShare: 0.026 });
    const slag = run.slag!;
    w.record(nc.party, on('2025-08-07', '11:00'), [
      run.event,
      s.ship(nc.party, 'shp-2507-slag', at('2025-07-28'), slag.id, slag.massGrams, xf.party, undefined, 'calcium fluoride slag in steel drums, for recovery'),
    ]);
    w.record(xf.party, on('2025-08-08'), [s.receive(xf.party, 'rcv-2507-nc', at('2025-07-30'), nc.party.lot(slag.id), slag.massGrams)]);
    return { world: w, find: {} };
  },
});
