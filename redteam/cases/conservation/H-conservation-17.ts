// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): 95 % of the rare earths to
// metal, 2.5 % to fluoride slag at 33 % rare earths, the rest fume and cell losses.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { electrolysis, hohhotSmelter, on, sale } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-conservation-17',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Hohhot metal smelter\'s first campaign on new cells: 95 % to metal, 2.5 % to slag kept in its shed, a drum opened for assay',
  does: 'A Hohhot metal smelter of the Northern group buys 40 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and runs it on 07-15 through a line of new cells: 95 % of the rare earths to metal, 2.5 % to fluoride electrolysis slag that it keeps in its shed for a recycler, the rest fume and cell losses as the line settles. On 07-31 its month-end count books 40 kg less metal: a drum opened for the customer\'s assay and the samples cut from its ingots. It ships 25 t of metal to the Ningbo magnet maker on 07-20 and reports July on 08-07.',
  expect: 'Nothing: the slag is on the books, the unaccounted 2.5 % is within what a cell line loses, and the count difference is small and explained.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    const oxideGrams = tonnes(40);
    const oxide = sale(ctx, r.separator, hh.party, {
      lot: r.separator.lot('SEP-2506-NDPR'), grams: oxideGrams, tag: 'r28-hh', shipAt: at('2025-07-02'), receiveAt: at('2025-07-03', '09:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'NdPr oxide in 1 t bags, by road to Hohhot',
    });
    const run = electrolysis(ctx, hh, 'met-2507-01', at('2025-07-15'), oxide, oxideGrams, 'HH-2507-01', { intoMetal: 0.95, intoSlag: 0.025, note: 'fluoride molten-salt electrolysis, first campaign of the new cell line' });
    w.record(hh.party, on('2025-08-07'), [
      run.event,
      s.ship(hh.party, 'shp-2507-met', at('2025-07-20'), 'HH-2507-01', tonnes(25), r.magnets, 'HH-2507-01-S1', 'argon-packed drums by rail to Ningbo'),
      s.adjust(hh.party, 'adj-2507-01', at('2025-07-31', '18:00'), 'HH-2507-01', -tonnes(0.04), 'month-end count: one drum opened for the customer\'s assay, ingot samples cut'),
    ]);
    w.record(r.magnets, on('2025-08-08'), [s.receive(r.magnets, 'rcv-2507-hh', at('2025-07-23'), hh.party.lot('HH-2507-01-S1'), tonnes(25))]);
    return { world: w, find: {} };
  },
});
