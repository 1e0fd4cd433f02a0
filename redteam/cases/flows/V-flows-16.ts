// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): 97 % of the oxide's rare
// earths into 99 % metal.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hohhotTrader, on, sale, tianjin } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-flows-16',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A Hohhot trading company buys 20 t of NdPr oxide and sells 16 t of NdPr metal: the oxide was reduced in a Tumed Left Banner workshop',
  does: 'A Hohhot trading company with no licence buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-03, received 07-04). It has it reduced on 07-12 in a small electrolysis workshop in Tumed Left Banner that holds no metal-smelting licence, paying by the tonne, and books the change itself as a process, 20 t of oxide in and 16.6 t of NdPr metal out. On 07-18 it ships 16 t of the metal to a Tianjin magnet works, which receives it on 07-20. Everyone reports July by the 8th of August.',
  expect: 'A trader whose books turn oxide into metal: the trader, its process, the metal lot and the shipment to Tianjin.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotTrader(ctx);
    const tj = tianjin(ctx);
    const oxideGrams = tonnes(20);
    const oxide = sale(ctx, r.separator, hh, {
      lot: r.separator.lot('SEP-2506-NDPR'), grams: oxideGrams, tag: 'r28-hht', shipAt: at('2025-07-03'), receiveAt: at('2025-07-04', '10:00'),
      sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07', '09:00'), note: 'NdPr oxide in 1 t bags, by road to Hohhot',
    });
    const metal = smelt(s.share(oxide, oxideGrams), 'HHT-2507-MET', 'metal-ndpr');
    w.record(hh, on('2025-08-07', '10:00'), [
      s.process(hh, 'cnv-2507-01', at('2025-07-12'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { note: 'reduced to metal at a Tumed Left Banner workshop, by the tonne' }),
      s.ship(hh, 'shp-2507-met', at('2025-07-18'), metal.id, tonnes(16), tj.party, 'HHT-2507-MET-S1', 'argon-packed drums, by road to Tianjin'),
    ]);
    w.record(tj.party, on('2025-08-08'), [s.receive(tj.party, 'rcv-2507-hht', at('2025-07-20', '11:00'), hh.lot('HHT-2507-MET-S1'), tonnes(16))]);
    return {
      world: w,
      find: { parties: [hh.id], lots: [hh.lot('HHT-2507-MET'), hh.lot('HHT-2507-MET-S1')], events: [hh.event('cnv-2507-01'), hh.event('shp-2507-met')] },
    };
  },
});
