import { defineCase } from '../../lib/case.ts';
import { at, pick, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { massAsTypical } from '../../lib/round10.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-68',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The separator fluorinates its NdPr oxide into NdPr fluoride for the smelter\'s cells: a salt made under a separation licence',
  does: 'The Baotou metal smelter switches two cells to a fluoride-only bath and asks the separator for NdPr fluoride instead of oxide. On 2025-07-06 the separator fluorinates 30 t of its June NdPr oxide with hydrofluoric acid in its plant (99.5 % of the Pr and Nd into about 35 t of (Pr,Nd)F3, the rest lost to the filter cake and scrubber), and ships the salt to the smelter on 07-08 (received 07-09), which reduces it to metal on 07-15. Neither company smelts or separates outside its licence. July is reported on the 6th and 7th of August.',
  expect: 'Nothing: making a rare earth compound (a fluoride from an oxide) is the separator\'s licensed business, not metal smelting; the metal is made by the licensed smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oxideGrams = tonnes(30);
    const ndpr = pick(s.share(r.separator.lot('SEP-2506-NDPR'), oxideGrams), ['Pr', 'Nd']);
    const salt = { Pr: Math.floor((ndpr.Pr ?? 0) * 0.995), Nd: Math.floor((ndpr.Nd ?? 0) * 0.995) };
    const saltGrams = massAsTypical('salt-ndpr-fluoride', salt);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'flu-2507-01', at('2025-07-06'), [{ lot: 'SEP-2506-NDPR', massGrams: oxideGrams }], [
        { id: 'FLU-2507-01', product: 'salt-ndpr-fluoride', massGrams: saltGrams, composition: salt },
      ], { facility: r.separationPlant, note: 'wet fluorination with HF, drying at 500 °C; 0.5 % of the Pr and Nd lost to the filter cake and the scrubber (estimate)' }),
      s.ship(r.separator, 'shp-2507-flu', at('2025-07-08'), 'FLU-2507-01', saltGrams, r.smelter),
    ]);
    const saltLot = r.separator.lot('FLU-2507-01');
    const metal = smelt(s.share(saltLot, saltGrams), 'MET-2507-F', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-flu', at('2025-07-09'), saltLot, saltGrams),
      s.process(r.smelter, 'met-2507-flu', at('2025-07-15'), [{ lot: saltLot, massGrams: saltGrams }], [metal], { facility: r.metalPlant, note: 'electrolysis in a fluoride bath fed with NdPr fluoride' }),
    ]);
    return { world: w, find: {} };
  },
});
