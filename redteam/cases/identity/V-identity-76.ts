import { defineCase } from '../../lib/case.ts';
import { at, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-76',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'NdPr metal remelted with 15 % iron and sold on as 99 % NdPr metal',
  does: 'On 2025-07-08 the Baotou smelter remelts 10 t of the NdPr metal left from its June campaign with about 1.7 t of low-carbon iron in its induction furnace and casts the melt as ordinary NdPr metal ingots: 11.7 t labelled metal-ndpr, with the rare earths of the 10 t and nothing else. Iron is a magnet\'s main ingredient, so the magnet maker\'s incoming check on appearance and a spot XRF of the surface pass; it pays the NdPr price for 1.7 t of iron. The smelter ships the lot on 07-10, the magnet maker receives it on 07-11; both report on time.',
  expect: 'A lot labelled NdPr metal that is 85 % rare earths, far below what the label means (about 99 %): the remelt, its lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const taken = tonnes(10);
    const composition = s.share(june.metal, taken);
    const cast = { id: 'MET-2507-FE', product: 'metal-ndpr', massGrams: Math.ceil(totalGrams(composition) / 0.85), composition };
    w.record(r.smelter, reportTime('2025-07', 7), [
      s.process(r.smelter, 'rml-2507-01', at('2025-07-08'), [{ lot: june.metal.split(':')[1]!, massGrams: taken }], [cast], { facility: r.metalPlant, note: 'remelted and recast in 500 kg ingots' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-10'), cast.id, cast.massGrams, r.magnets, undefined, 'vacuum-packed ingots'),
    ]);
    w.record(r.magnets, reportTime('2025-07', 8), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-11'), r.smelter.lot(cast.id), cast.massGrams)]);
    return {
      world: w,
      find: { events: [r.smelter.event('rml-2507-01')], lots: [r.smelter.lot(cast.id)] },
    };
  },
});
