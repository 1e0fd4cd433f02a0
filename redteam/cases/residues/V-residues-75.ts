import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addLandfill } from '../../lib/round10.ts';

export default defineCase({
  id: 'V-residues-75',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Water-leach residue sent to the group\'s metal smelter, "blended" into electrolysis slag and landfilled',
  does: 'The Baotou separator ships its June 2025 water-leach residue (450 t) on 06-24 to its sister company, the metal smelter (received 06-25), "for use as a furnace lining filler". On 06-26 the smelter books it through a "blending" with its cell sweepings into 460 t of electrolysis slag, which is not radioactive on paper, and ships that on 06-27 to the licensed Shiguai industrial landfill (licensed for electrolysis slag, not for radioactive residue), which landfills it on 06-29. Everyone reports on time.',
  expect: 'Thorium-bearing residue that reaches an ordinary landfill under a slag code after passing through a party that is no disposer: the smelter\'s blending, the residue lot and the landfilled slag.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const { landfill, landfillSite } = addLandfill(ctx);
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.smelter, undefined, 'tipper trucks, furnace lining filler')]);
    const comp = { ...s.lot(june.residue).composition };
    const slagGrams = residue.massGrams + tonnes(10);
    w.record(r.smelter, at('2025-07-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2506-res', at('2025-06-25'), june.residue, residue.massGrams),
      s.process(r.smelter, 'bld-2506-slag', at('2025-06-26'), [{ lot: june.residue, massGrams: residue.massGrams }], [{ id: 'SLAG-2506-01', product: 'slag-electrolysis', massGrams: slagGrams, composition: comp }], { facility: r.metalPlant, note: 'blended with 10 t of cell sweepings' }),
      s.ship(r.smelter, 'shp-2506-slag', at('2025-06-27'), 'SLAG-2506-01', slagGrams, landfill),
    ]);
    const slag = r.smelter.lot('SLAG-2506-01');
    w.record(landfill, at('2025-07-08', '10:00'), [
      s.receive(landfill, 'rcv-2506-slag', at('2025-06-28'), slag, slagGrams),
      s.dispose(landfill, 'dsp-2506-slag', at('2025-06-29'), slag, slagGrams, 'landfill', landfillSite),
    ]);
    return { world: w, find: { events: [r.smelter.event('bld-2506-slag'), r.smelter.event('rcv-2506-res')], lots: [june.residue, slag] } };
  },
});
