import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-72',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The metal smelter exports its (non-radioactive) electrolysis slag to a Japanese recycler',
  does: 'The Baotou metal smelter, which holds an export registration, has been selling its fluoride electrolysis slag to a Japanese rare earth recycler that pays better than Ganzhou. In July 2025 it reduces 40 t of NdPr oxide bought from the separator (shipped 07-08, received 07-09) on 07-15: 96 % of the rare earths into metal, 2.5 % into 3.1 t of slag at about 33 % RE (estimates), 1.5 % lost as fume. It ships 30 t of the metal to the Ningbo magnet maker (07-25) and exports the slag to Japan on 07-28. Electrolysis slag is a recycling feed, not thorium-bearing, and praseodymium and neodymium are under no export control. Everyone reports on time.',
  expect: 'Nothing: a non-radioactive slag that is a recycling feed, sold abroad for recovery like any uncontrolled rare earth compound; it needs no disposal and no export licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.smelter, { roles: ['metal-smelter', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const oxideGrams = tonnes(40);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08'), 'SEP-2506-NDPR', oxideGrams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const held = s.lot(oxide).composition;
    const inMetal = scale(held, 0.96);
    const inSlag = scale(subtract(held, inMetal), 2.5 / 4);
    const metal = { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(inMetal), composition: inMetal };
    const slag = { id: 'SLG-2507-01', product: 'slag-electrolysis', massGrams: massAtShare(inSlag, 0.33), composition: inSlag };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-09'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-15'), [{ lot: oxide, massGrams: oxideGrams }], [metal, slag], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; cell slag skimmed and bagged' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-25'), metal.id, tonnes(30), r.magnets, 'MET-2507-01-S1'),
      s.export(r.smelter, 'exp-2507-slag', at('2025-07-28'), slag.id, slag.massGrams, 'JP', { customsDeclaration: '020220250700021146', note: 'rare earth fluoride electrolysis slag for recovery' }),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-26'), r.smelter.lot('MET-2507-01-S1'), tonnes(30))]);
    return { world: w, find: {} };
  },
});
