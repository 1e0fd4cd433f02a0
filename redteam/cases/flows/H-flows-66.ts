import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-66',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A truck of NdPr oxide booked to the wrong customer: received, sent back unopened the same afternoon, and re-shipped to the smelter',
  does: 'On 2025-07-03 the Baotou separator\'s dispatcher books 25 t of NdPr oxide to the Ningbo magnet maker, which has an NdPr oxide contract for later in the year, instead of to the Baotou smelter, and the truck leaves for the magnet maker\'s Baotou transfer yard. The magnet maker\'s yard receives it on the morning of 07-04, finds no order for it, and ships it back unopened that afternoon; the separator receives it on 07-05 and ships it to the smelter on 07-06 (received 07-07), which reduces it on 07-12. Each party records the legs as they happened, the separator and the magnet maker in documents of 6 July, everyone\'s July report by the 8th of August.',
  expect: 'Nothing: a misdirected shipment returned and re-sent; the round trip moves no mass anywhere, nobody consumes or exports the lot on the way, and every leg is shipped and received.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(25);
    w.record(r.separator, at('2025-07-06', '12:00'), [
      s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-03', '15:00'), 'SEP-2506-NDPR', grams, r.magnets, 'SEP-2506-NDPR-S2', 'dispatch error: consignee keyed as Ningbo Beilun'),
    ]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.magnets, at('2025-07-06', '15:00'), [
      s.receive(r.magnets, 'rcv-2507-ndpr', at('2025-07-04', '09:00'), lot, grams),
      s.ship(r.magnets, 'ret-2507-ndpr', at('2025-07-04', '15:00'), lot, grams, r.separator, undefined, 'no order: returned unopened to the consignor'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-ret', at('2025-07-05', '10:00'), lot, grams, 'returned unopened by Ningbo Beilun'),
      s.ship(r.separator, 'shp-2507-ndpr2', at('2025-07-06'), lot, grams, r.smelter, undefined, 'consignee corrected'),
    ]);
    const metal = smelt(s.share(lot, grams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-07', '10:00'), lot, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-12'), [{ lot, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
    ]);
    return { world: w, find: {} };
  },
});
