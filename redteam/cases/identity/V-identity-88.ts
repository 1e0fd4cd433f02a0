import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-identity-88',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Samarium–europium–gadolinium oxide co-reduced with lanthanum into "La–Ce mischmetal" and exported to Korea without a licence',
  does: 'The Shanghai trading house has a Korean buyer for samarium but no dual-use licence. The Baotou separator ships the metal smelter 10 t of lanthanum oxide and 4 t of its samarium–europium–gadolinium enriched oxide on 2025-07-03 (received 07-04); the smelter co-reduces them on 07-08 into 11.3 t of metal it books as "lanthanum–cerium mischmetal", which holds no cerium and 27 % samarium, europium and gadolinium, and ships it to the trading house on 07-12 (received 07-13). The house exports it to Korea on 07-25 as mischmetal, citing no licence.',
  expect: 'A "mischmetal" whose composition is not mischmetal, carrying samarium and gadolinium (controlled since 2025-04-04) out of the country unlicensed: the campaign, the metal lot, the export and the exporter.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % metal yield (refining.ts).
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const la = tonnes(10);
    const seg = tonnes(4);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', la, r.smelter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-seg', at('2025-07-03'), 'SEP-2506-SEG', seg, r.smelter, 'SEP-2506-SEG-S1'),
    ]);
    const laLot = r.separator.lot('SEP-2506-LA-S1');
    const segLot = r.separator.lot('SEP-2506-SEG-S1');
    const metal = scale(add(s.share(laLot, la), s.share(segLot, seg)), 0.97);
    const metalGrams = metalMass(metal);
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laLot, la),
      s.receive(r.smelter, 'rcv-2507-seg', at('2025-07-04'), segLot, seg),
      s.process(r.smelter, 'met-2507-mm', at('2025-07-08'), [{ lot: laLot, massGrams: la }, { lot: segLot, massGrams: seg }], [
        { id: 'MM-2507-01', product: 'metal-mischmetal-lace', massGrams: metalGrams, composition: metal },
      ], { facility: r.metalPlant, note: 'mischmetal by chloride–fluoride electrolysis' }),
      s.ship(r.smelter, 'shp-2507-mm', at('2025-07-12'), 'MM-2507-01', metalGrams, r.exporter, undefined, '250 kg drums on 1 t pallets'),
    ]);
    const lot = r.smelter.lot('MM-2507-01');
    w.record(r.exporter, at('2025-08-07', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-mm', at('2025-07-13'), lot, metalGrams),
      s.export(r.exporter, 'exp-2507-kr', at('2025-07-25'), lot, metalGrams, 'KR', { customsDeclaration: '220120250725006612', note: 'La–Ce mischmetal, HS 2805.30' }),
    ]);
    return { world: w, find: { events: [r.smelter.event('met-2507-mm'), r.exporter.event('exp-2507-kr')], lots: [lot], parties: [r.exporter.id] } };
  },
});
