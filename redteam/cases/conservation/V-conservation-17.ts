// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): a fluoride electrolysis
// line turns some 95–97 % of its oxide's rare earths into metal, the rest to slag, fume and cell
// losses; here the smelter books 84 %.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { electrolysis, hohhotSmelter, on, sale } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-conservation-17',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Hohhot metal smelter books an 84 % yield on 40 t of NdPr oxide, no slag, and sells the missing 4.5 t of metal for cash',
  does: 'A Hohhot metal smelter of the Northern group buys 40 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and reduces it on 07-15. It books 84 % of the rare earths as NdPr metal, "new cells, repeated anode effects", and no slag or other output; its cells really ran at their usual 97 %, and the 4.5 t of metal that the books lose went to a Ningbo alloy workshop for cash. It ships 25 t of the booked metal to the Ningbo magnet maker on 07-20. It reports July on 08-07.',
  expect: 'A reduction that loses 16 % of its rare earths with nothing to show for it, far beyond any cell\'s losses: the campaign, its metal lot and the smelter.',
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
    const run = electrolysis(ctx, hh, 'met-2507-01', at('2025-07-15'), oxide, oxideGrams, 'HH-2507-01', { intoMetal: 0.84, note: 'fluoride molten-salt electrolysis; new cells, repeated anode effects' });
    w.record(hh.party, on('2025-08-07'), [
      run.event,
      s.ship(hh.party, 'shp-2507-met', at('2025-07-20'), 'HH-2507-01', tonnes(25), r.magnets, 'HH-2507-01-S1', 'argon-packed drums by rail to Ningbo'),
    ]);
    w.record(r.magnets, on('2025-08-08'), [s.receive(r.magnets, 'rcv-2507-hh', at('2025-07-23'), hh.party.lot('HH-2507-01-S1'), tonnes(25))]);
    return {
      world: w,
      find: { parties: [hh.party.id], lots: [hh.party.lot('HH-2507-01')], events: [hh.party.event('met-2507-01')] },
    };
  },
});
