// Estimates (not in shared/DOMAIN.md): oxide → metal yield 97 % (refining.ts).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hohhot, on, sale, tianjin } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-licences-14',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A Hohhot mischmetal works licensed for lanthanum and cerium runs praseodymium–neodymium oxide through its cells',
  does: 'A Hohhot metal works holds a metal-smelting licence scoped to lanthanum, cerium and La–Ce mischmetal (300 t REO a year): its cells and its environmental assessment were approved for those. With NdPr metal paying four times the margin, it buys 30 t of the Baotou separator\'s June NdPr oxide (shipped 2025-07-03, received 07-04), reduces it to NdPr metal in its fluoride cells on 07-10, and sells 20 t of the metal to a Tianjin magnet works (shipped 07-20, received 07-22). Everyone reports July on time.',
  expect: 'Metal smelting of elements outside the licence\'s scope: the campaign, the NdPr metal lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhot(ctx);
    const tj = tianjin(ctx);
    const oxide = sale(ctx, r.separator, hh.party, { lot: r.separator.lot('SEP-2506-NDPR'), grams: tonnes(30), tag: 'r27-hh', shipAt: at('2025-07-03'), receiveAt: at('2025-07-04'), sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-06', '15:00') });
    const metal = smelt(s.lot(oxide).composition, 'HH-2507-NDPR', 'metal-ndpr');
    w.record(hh.party, on('2025-08-06', '15:10'), [
      s.process(hh.party, 'met-2507-01', at('2025-07-10'), [{ lot: oxide, massGrams: tonnes(30) }], [metal], { facility: hh.plant, note: 'fluoride molten-salt electrolysis, 6 kA cells' }),
    ]);
    sale(ctx, hh.party, tj.party, { lot: hh.party.lot('HH-2507-NDPR'), grams: tonnes(20), tag: 'r27-hh-tj', shipAt: at('2025-07-20'), receiveAt: at('2025-07-22'), sellerAt: on('2025-08-06', '15:20'), buyerAt: on('2025-08-07') });
    return {
      world: w,
      find: { parties: [hh.party.id], lots: [hh.party.lot('HH-2507-NDPR')], events: [hh.party.event('met-2507-01')] },
    };
  },
});
