// Estimates (not in shared/DOMAIN.md): strip-cast flakes at 30 % rare earths (the catalogue's); 99.5 % of the rare earths into the flakes; Dy–Fe at 80 % Dy.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingImport, changtingSeparator, dyFeAtSanming, firm, sanmingMetalWorks, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-flows-38',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A Tianjin trading company turns bought NdPr metal and Dy–Fe into strip-cast flakes in a rented workshop and exports them to Vietnam',
  does: 'A Tianjin trading company registered as trader and exporter buys 12 t of NdPr metal from the Baotou smelter (received 2025-07-11) and 1.2 t of Dy–Fe alloy from a Sanming metal works, reduced from Changting Dy2O3 (received 07-26). On 07-30 it books a "strip casting" of both, with iron and boron, in a rented workshop at Jinghai with no plant registered: about 43 t of NdFeB flakes at 2.2 % dysprosium, over four times the flakes of any magnet works. On 08-05 it exports all of them to a Vietnamese magnet plant as "NdFeB alloy flakes", without a dual-use licence. A trading company that melts and casts is making an alloy, and the Dy–Fe it bought is a controlled alloy, whatever it was re-melted into.',
  expect: 'A trader that transforms what it bought into a new product and sends it abroad, with a controlled element in it and no licence: the trader\'s casting, the flakes lot, the export and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = firm(ctx, 'r24-tianjin', ['trader', 'exporter'], '天津滨海稀土贸易有限公司', 'Tianjin Binhai Rare Earth Trading Co.', '120000');
    const ct = changtingSeparator(ctx);
    const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
    const sm = sanmingMetalWorks(ctx);
    dyFeAtSanming(ctx, ct, run, sm, 1.6, () => [s.ship(sm.party, 'shp-2507-dyfe', at('2025-07-24'), 'DYFE-2507-01', tonnes(1.2), tj, 'DYFE-2507-01-TJ')]);
    const dyFe = sm.party.lot('DYFE-2507-01-TJ');
    const metal = sell24(ctx, r.smelter, tj, {
      lot: r.smelter.lot('MET-2506-01'), grams: tonnes(12), tag: 'TJ1', shipAt: at('2025-07-09'), receiveAt: at('2025-07-11'),
      sellerRecordsAt: at('2025-08-07', '11:00'), buyerRecordsAt: at('2025-08-08', '09:00'), note: 'argon-packed drums, by road to Tianjin',
    });
    const flakes = scale(add(s.share(metal, tonnes(12)), s.share(dyFe, tonnes(1.2))), 0.995);
    const grams = massAtShare(flakes, 0.3);
    w.record(tj, at('2025-08-08', '10:00'), [
      s.receive(tj, 'rcv-2507-dyfe', at('2025-07-26'), dyFe, tonnes(1.2)),
      s.process(tj, 'cst-2507-01', at('2025-07-30'), [{ lot: metal, massGrams: tonnes(12) }, { lot: dyFe, massGrams: tonnes(1.2) }], [
        { id: 'FLK-2507-01', product: 'alloy-ndfeb-strip', massGrams: grams, composition: flakes },
      ], { note: 'vacuum induction melting with electrolytic iron and ferroboron, strip casting on a copper wheel; rented workshop, Jinghai' }),
      s.export(tj, 'exp-2508-vn', at('2025-08-05'), 'FLK-2507-01', grams, 'VN', { customsDeclaration: '020220250805004418', note: 'NdFeB alloy flakes, HS 7202.99' }),
    ]);
    return {
      world: w,
      find: { parties: [tj.id], lots: [tj.lot('FLK-2507-01')], events: [tj.event('cst-2507-01'), tj.event('exp-2508-vn')] },
    };
  },
});
