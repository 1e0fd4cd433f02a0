import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-40',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'NdPr metal shipped on the 11th from an electrolysis campaign dated the 14th',
  does: 'The metal smelter buys 30 t of NdPr oxide from the separator on 2025-07-02 (received 07-03). On 07-11 it ships 20 t of NdPr metal to the Ningbo magnet maker, which receives it on 07-12; the metal was cast in June from oxide bought for cash outside the chain. To give the shipment a source, its July report books the month\'s electrolysis of the 30 t as making lot MET-2507-01 on 07-14 and lists the 07-11 shipment as drawn from that lot. On the page the electrolysis comes first and the shipment after; by their dates the metal left three days before it was made.',
  expect: 'A lot used before it existed: a shipment dated before the process that made the lot it ships; the shipment, the metal lot and the smelter.',
  refusalAcceptable: true,
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const metal = smelt(s.share(oxide, grams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-14'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-met', at('2025-07-11'), metal.id, tonnes(20), r.magnets, 'MET-2507-01-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-12'), r.smelter.lot('MET-2507-01-S1'), tonnes(20))]);
    return {
      world: w,
      find: { events: [r.smelter.event('shp-2507-met')], lots: [r.smelter.lot('MET-2507-01'), r.smelter.lot('MET-2507-01-S1')], parties: [r.smelter.id] },
    };
  },
});
