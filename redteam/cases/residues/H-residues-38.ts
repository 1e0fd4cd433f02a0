// Estimates (not in shared/DOMAIN.md): 4 % of the yttrium to a calcium fluoride slag at 5 % Y; 95 % of the slag's yttrium recovered; 0.9 t of leach residue a tonne of slag.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { localId, yttriumMetal } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-residues-38',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The calcium fluoride slag of a Sanming yttrium-metal campaign, 5 % yttrium, sold to the Ganzhou recycler for its yttrium',
  does: 'A Sanming (Fujian) metal works reduces 8 t of Changting Y2O3 on 2025-07-20: 94 % of the yttrium to metal, 4 % into about 5 t of calcium fluoride slag at 5 % yttrium. On 07-28 it sells the slag to the licensed Ganzhou recycler (received 07-31), which leaches it on 08-12 and recovers 95 % of its yttrium as oxide, some 0.3 t; the 4.5 t of leach residue go to the licensed store (08-20). The slag is fluoride-rich and not radioactive; it is worth recycling for its yttrium.',
  expect: 'Nothing: a metal-making slag at its own grade, sold to a licensed recycler that recovers it and sends its own residue to licensed disposal.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const y = yttriumMetal(ctx);
    w.record(y.works.party, at('2025-08-07', '11:00'), [
      s.ship(y.works.party, 'shp-2507-slag', at('2025-07-28'), localId(y.slag), y.slagGrams, r.recycler, undefined, 'drummed calcium fluoride slag'),
    ]);
    const held = s.share(y.slag, y.slagGrams);
    const oxide = scale(held, 0.95);
    const residueGrams = Math.round(y.slagGrams * 0.9);
    w.record(r.recycler, at('2025-08-08', '10:00'), [s.receive(r.recycler, 'rcv-2507-slag', at('2025-07-31'), y.slag, y.slagGrams)]);
    w.record(r.recycler, at('2025-09-05', '10:00'), [
      s.process(r.recycler, 'rec-2508-slag', at('2025-08-12'), [{ lot: y.slag, massGrams: y.slagGrams }], [
        { id: 'RY-2508-Y', product: 'oxide-y', massGrams: oxideMass(oxide), composition: oxide },
        { id: 'RY-2508-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(held, oxide) },
      ], { facility: r.recyclingPlant, note: 'fluoride slag decomposed with sulphuric acid, water leach, oxalate precipitation and calcining' }),
      s.ship(r.recycler, 'shp-2508-res', at('2025-08-20'), 'RY-2508-RES', residueGrams, r.disposer, undefined, 'covered truck'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.recycler.lot('RY-2508-RES'), residueGrams, '2508r');
    return { world: w, find: {} };
  },
});
