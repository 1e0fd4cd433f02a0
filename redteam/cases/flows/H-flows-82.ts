import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-82',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Malaysian NdPr oxide imported by the Beijing trader and reduced in Baotou: oxide that enters the chain without a separation',
  does: 'The Beijing trader imports 20 t of NdPr oxide from a Malaysian separation plant that processes Australian concentrate (07-08, Tianjin customs), and sells it to the Baotou metal smelter (shipped 07-15, received 07-17), which reduces it on 07-20 and ships 15 t of the metal to the Ningbo magnet maker on 07-25 (received 07-27). Everyone reports on time.',
  expect: 'Nothing: a genuine import enters the chain as a new lot with its origin; separated oxide from abroad needs no separation quota at home, and every later step is licensed and balances.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.trader, { roles: ['trader', 'importer'] });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const lot = { id: 'MY-2507-NDPR', product: 'oxide-ndpr', massGrams: grams };
    w.record(r.trader, reportTime('2025-07', 5), [
      s.import(r.trader, 'imp-2507-ndpr', at('2025-07-08'), lot, 'MY', '020220250700033517'),
      s.ship(r.trader, 'shp-2507-ndpr', at('2025-07-15'), lot.id, grams, r.smelter),
    ]);
    const oxide = r.trader.lot(lot.id);
    const metal = smelt(s.share(oxide, grams), 'MET-2507-MY', 'metal-ndpr');
    w.record(r.smelter, reportTime('2025-07', 7), [
      s.receive(r.smelter, 'rcv-2507-my', at('2025-07-17', '10:00'), oxide, grams),
      s.process(r.smelter, 'met-2507-my', at('2025-07-20'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-25'), metal.id, tonnes(15), r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, reportTime('2025-07', 8), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-27', '10:00'), r.smelter.lot(`${metal.id}-S1`), tonnes(15))]);
    return { world: w, find: {} };
  },
});
