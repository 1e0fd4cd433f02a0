// Estimates (not in shared/DOMAIN.md): an honest calcium reduction of TbF3 puts some 96–97 % of the
// terbium into metal and a few per cent into a calcium-fluoride slag of low grade.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { ganzhouLandfill, longnanHeavy, nanchang, on, reduceHeavy } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-residues-28',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Nanchang works books 18 % of a terbium reduction into 2.2 t of "calcium fluoride slag" at 15 % terbium and sends it to an industrial landfill',
  does: 'A Nanchang heavy rare earth metal works buys 2.2 t of terbium oxide from the Longnan separator (shipped 07-15, received 07-16) and on 07-22 reduces it with calcium. It books 80 % of the terbium as metal and 18 % as 2.2 t of calcium-fluoride slag at 15 % terbium, and on 07-28 sends the slag to the licensed Ganzhou industrial landfill, which receives it on 07-29 and landfills it on 07-30. Calcium-reduction slag carries a per cent or two of the metal, and a slag holding 330 kg of terbium, worth more than the works\' month, would go to a recycler, not a landfill; the drums the landfill buried held slag, and the 330 kg of terbium left the works as metal sold for cash. Everyone reports on time.',
  expect: 'A residue that hides product on its way to disposal: the slag lot, the reduction that booked it, its landfilling and the metal works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const nc = nanchang(ctx);
    const lf = ganzhouLandfill(ctx);
    const { chain, heavy } = longnanHeavy(ctx, '2507', 250);
    const oxide = sellOxide(ctx, chain, heavy, 'oxide-tb', tonnes(2.2), nc.party, '2025-07', '2507-tb');
    const run = reduceHeavy(ctx, nc, oxide, tonnes(2.2), 'metal-tb', 'TBM-2507-01', 'met-2507-tb', at('2025-07-22'), { intoMetal: 0.8, intoSlag: 0.18, slagShare: 0.15 });
    const slag = run.slag!;
    w.record(nc.party, on('2025-08-07', '11:00'), [
      run.event,
      s.ship(nc.party, 'shp-2507-slag', at('2025-07-28'), slag.id, slag.massGrams, lf.party, undefined, 'calcium fluoride slag in steel drums'),
    ]);
    const slagLot = nc.party.lot(slag.id);
    w.record(lf.party, on('2025-08-08'), [
      s.receive(lf.party, 'rcv-2507-nc', at('2025-07-29'), slagLot, slag.massGrams),
      s.dispose(lf.party, 'dsp-2507-nc', at('2025-07-30'), slagLot, slag.massGrams, 'landfill', lf.site),
    ]);
    return {
      world: w,
      find: { parties: [nc.party.id], lots: [slagLot], events: [nc.party.event('met-2507-tb'), lf.party.event('dsp-2507-nc')] },
    };
  },
});
