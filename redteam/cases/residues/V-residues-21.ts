import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-21',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Radioactive residue passed round three group yards so that none holds it long',
  does: 'The separator does not send June\'s 450 t of thorium-bearing water-leach residue to the disposer. On 2025-07-20 it ships it, whole, to the metal smelter\'s yard (same group) "for temporary storage"; on 09-12 the smelter ships it to the miner\'s mine yard; on 11-08 the miner ships it back to the separator. Each holder keeps it under two months and reports every move on time; at the end of December (an honest month for the rest of the chain) the residue is six months old and has never reached a disposer.',
  expect: 'Residue held beyond any reasonable limit, moved between unlicensed holders instead of being disposed of; the residue lot and the separator (and the smelter and miner that held it).',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.residue;
    const grams = june.separation.residue!.massGrams;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-20'), residue, grams, r.smelter, undefined, 'temporary storage at the Kundulun yard')]);
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.receive(r.smelter, 'rcv-2507-res', at('2025-07-21'), residue, grams)]);
    w.record(r.smelter, at('2025-10-07', '10:00'), [s.ship(r.smelter, 'shp-2509-res', at('2025-09-12'), residue, grams, r.miner, undefined, 'moved to the mine yard')]);
    w.record(r.miner, at('2025-10-08', '10:00'), [s.receive(r.miner, 'rcv-2509-res', at('2025-09-13'), residue, grams)]);
    w.record(r.miner, at('2025-12-05', '10:00'), [s.ship(r.miner, 'shp-2511-res', at('2025-11-08'), residue, grams, r.separator, undefined, 'returned to the plant yard')]);
    w.record(r.separator, at('2025-12-06', '10:00'), [s.receive(r.separator, 'rcv-2511-res', at('2025-11-09'), residue, grams)]);
    honestMonth(ctx, '2025-12');
    return { world: w, find: { lots: [residue], parties: [r.separator.id, r.smelter.id, r.miner.id] } };
  },
});
