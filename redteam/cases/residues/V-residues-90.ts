import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addLandfill } from '../../lib/round10.ts';

export default defineCase({
  id: 'V-residues-90',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Thorium-bearing leach residue "stabilised" with lime into ordinary slag on paper and sent to an industrial landfill',
  does: 'Radioactive storage costs the Baotou separator about ten times what an ordinary landfill charges. On 2025-06-26 it mixes its June water-leach residue (450 t, thorium-bearing) with 50 t of lime in a "stabilisation" step and books the 500 t that come out as leach residue of scrap recycling, a non-radioactive slag, carrying the same rare earths. On 06-28 it ships the lot to a Baotou industrial landfill licensed for non-radioactive slags, which receives it on 06-29 and landfills it on 06-30. Lime changes neither the thorium nor where the residue came from: it is still acid-roasting residue of Bayan Obo concentrate. Everyone reports on time.',
  expect: 'A radioactive residue turned into a non-radioactive product by a process that can do no such thing, then landfilled: the "stabilisation", the renamed lot and the landfill\'s disposal.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    const { landfill, landfillSite } = addLandfill(ctx);
    const comp = { ...s.lot(june.residue).composition };
    const grams = residue.massGrams + 50_000_000;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.process(r.separator, 'stab-2506-01', at('2025-06-26'), [{ lot: residue.id, massGrams: residue.massGrams }], [
        { id: 'STB-2506-01', product: 'slag-recycling-residue', massGrams: grams, composition: comp },
      ], { facility: r.separationPlant, note: 'residue stabilised with 50 t of quicklime' }),
      s.ship(r.separator, 'shp-2506-stb', at('2025-06-28'), 'STB-2506-01', grams, landfill),
    ]);
    const lot = r.separator.lot('STB-2506-01');
    w.record(landfill, at('2025-07-07', '10:00'), [
      s.receive(landfill, 'rcv-2506-stb', at('2025-06-29'), lot, grams),
      s.dispose(landfill, 'dsp-2506-stb', at('2025-06-30'), lot, grams, 'landfill', landfillSite),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('stab-2506-01'), landfill.event('dsp-2506-stb')], lots: [lot, june.residue], parties: [r.separator.id] },
    };
  },
});
