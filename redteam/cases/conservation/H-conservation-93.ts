import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-93',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'NdPr metal that picks up iron and tungsten in the cell: the ingots weigh 1.5 % more than their rare earths allow at 99 %',
  does: 'The Baotou smelter reduces 40 t of NdPr oxide (shipped 2025-07-02, received 07-03) on 07-08 at 97 %. A worn cathode and crucible lining put iron and a little tungsten into the metal: the ingots assay 97.5 % Pr and Nd instead of the usual 99 %, so the lot weighs about 1.5 % more than the same rare earths would at 99 % (figures for cell contamination are estimates). The customer accepts it at a discount; 20 t go to the Ningbo magnet maker on 07-15.',
  expect: 'Nothing: the rare earths balance at 97 %; the extra weight is iron and tungsten, not rare earth.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % yield; 97.5 % RE ingots with iron and tungsten from worn cathodes.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const local = june.ndprOxide.split(':')[1]!;
    const grams = tonnes(40);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), local, grams, r.smelter, `${local}-S2`)]);
    const oxide = r.separator.lot(`${local}-S2`);
    const composition = scale(s.share(oxide, grams), 0.97);
    const metal = { id: 'MET-2507-01', product: 'metal-ndpr', massGrams: metalMass(composition, 0.975), composition };
    const sold = tonnes(20);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; worn cathodes: ingots at 97.5 % RE, Fe 1.9 %, W 0.3 %' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-15'), metal.id, sold, r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-16'), r.smelter.lot(`${metal.id}-S1`), sold)]);
    return { world: w, find: {} };
  },
});
