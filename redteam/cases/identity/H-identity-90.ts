import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { massAsTypical } from '../../lib/round10.ts';

export default defineCase({
  id: 'H-identity-90',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'NdPr fluoride made from Bayan Obo NdPr oxide and exported to Korea without a licence',
  does: 'The Baotou metal smelter buys 10 t of NdPr oxide from the separator\'s June 2025 run (shipped 07-03, received 07-04) and on 07-08 fluorinates it with hydrofluoric acid into 11.9 t of NdPr fluoride (about 71 % rare earth metal; 0.5 % lost in the kiln). It ships 11 t to the Shanghai trading house on 07-10 (received 07-12), which exports them to a Korean electrolysis plant on 07-20 without a licence. Praseodymium and neodymium are not on the dual-use lists, and the rare earth catalogue licence ended on 2025-04-03. Everyone reports on time.',
  expect: 'Nothing: a fluoride of uncontrolled elements, carrying only Pr and Nd as its label says, needs no export licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const ndpr = june.separation.byProduct['oxide-ndpr']!;
    const oxideGrams = tonnes(10);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-fl', at('2025-07-03'), ndpr.id, oxideGrams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const comp = scale(s.lot(oxide).composition, 0.995);
    const flGrams = massAsTypical('salt-ndpr-fluoride', comp);
    const shipped = tonnes(11);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-fl', at('2025-07-04'), oxide, oxideGrams),
      s.process(r.smelter, 'fl-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: oxideGrams }], [{ id: 'FL-2507-01', product: 'salt-ndpr-fluoride', massGrams: flGrams, composition: comp }], { facility: r.metalPlant, note: 'hydrofluorination in the rotary kiln' }),
      s.ship(r.smelter, 'shp-2507-fl-pj', at('2025-07-10'), 'FL-2507-01', shipped, r.exporter, 'FL-2507-01-PJ'),
    ]);
    const lot = r.smelter.lot('FL-2507-01-PJ');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-fl', at('2025-07-12'), lot, shipped),
      s.export(r.exporter, 'exp-2507-fl', at('2025-07-20'), lot, shipped, 'KR', { customsDeclaration: '220120250700049917' }),
    ]);
    return { world: w, find: {} };
  },
});
