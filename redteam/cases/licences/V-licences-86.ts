import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { smelt } from '../../lib/refining.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-licences-86',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Toll smelting: the Beijing trader\'s NdPr oxide reduced by the smelter for a fee, every kilogram of metal handed back to the trader',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and on 07-05 consigns it to the Baotou metal smelter "for conversion" at ¥12,000 a tonne (received 07-06). The smelter reduces that oxide alone on 07-08 and on 07-12 ships the whole metal lot back to the trader (received 07-13), which sells 16 t of it to the Ningbo magnet maker on 07-20. The quota notices ban toll processing: the smelter works for a party that is not licensed to smelt, on material it never owns.',
  expect: 'Toll processing: a campaign on a customer\'s oxide whose whole output goes back to that customer: the campaign, the return shipment, the metal lot and the smelter.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % metal yield (refining.ts); the conversion fee.
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const ndpr = local(june.ndprOxide);
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '09:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), ndpr, grams, r.trader, `${ndpr}-S2`)]);
    const oxide = r.separator.lot(`${ndpr}-S2`);
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.receive(r.trader, 'rcv-2507-01', at('2025-07-03'), oxide, grams),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-05'), oxide, grams, r.smelter, undefined, 'consigned for conversion to metal, fee ¥12,000/t, title stays with the consignor'),
    ]);
    const metal = smelt(s.share(oxide, grams), 'MET-2507-T1', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-t1', at('2025-07-06'), oxide, grams),
      s.process(r.smelter, 'met-2507-t1', at('2025-07-08'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'conversion order ZGC-0705' }),
      s.ship(r.smelter, 'shp-2507-t1', at('2025-07-12'), metal.id, metal.massGrams, r.trader, undefined, 'conversion order ZGC-0705 returned'),
    ]);
    const metalLot = r.smelter.lot(metal.id);
    w.record(r.trader, at('2025-08-07', '11:00'), [
      s.receive(r.trader, 'rcv-2507-t1', at('2025-07-13'), metalLot, metal.massGrams),
      s.ship(r.trader, 'shp-2507-02', at('2025-07-20'), metalLot, tonnes(16), r.magnets, 'MET-ZGC-2507-S1'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-zgc', at('2025-07-21'), r.trader.lot('MET-ZGC-2507-S1'), tonnes(16))]);
    return {
      world: w,
      find: { events: [r.smelter.event('met-2507-t1'), r.smelter.event('shp-2507-t1')], lots: [metalLot], parties: [r.smelter.id] },
    };
  },
});
