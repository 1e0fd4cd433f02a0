import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-93',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'An electrolysis campaign booked at 84 % with no slag: five tonnes of NdPr metal a campaign sold for cash',
  does: 'The Baotou smelter receives 40 t of NdPr oxide from the separator (shipped 2025-07-02, received 07-03) and reduces it on 07-08. It books metal holding 84 % of the oxide\'s Pr and Nd and nothing else: no slag, no skull, no fume-dust lot. A fluoride electrolysis hall recovers about 97 % (an estimate; the rest to slag and fume, which are booked and sold to recyclers); the missing 13 %, about 4.5 t of metal, leaves the hall in the night shift\'s vans.',
  expect: 'The smelter\'s July balance: 16 % of the Pr and Nd fed gone with no residue to account for it. The campaign, the oxide lot and the smelter.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): a fluoride electrolysis hall's 97 % yield (DOMAIN.md has no oxide-to-metal yield).
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const local = june.ndprOxide.split(':')[1]!;
    const grams = tonnes(40);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), local, grams, r.smelter, `${local}-S2`)]);
    const oxide = r.separator.lot(`${local}-S2`);
    const metal = smelt(s.share(oxide, grams), 'MET-2507-01', 'metal-ndpr', 0.84);
    const sold = tonnes(20);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-15'), metal.id, sold, r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-16'), r.smelter.lot(`${metal.id}-S1`), sold)]);
    return {
      world: w,
      find: { events: [r.smelter.event('met-2507-01')], lots: [oxide, r.smelter.lot(metal.id)], parties: [r.smelter.id] },
    };
  },
});
