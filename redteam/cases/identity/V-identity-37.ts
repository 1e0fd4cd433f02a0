// Estimates (not in shared/DOMAIN.md): the catalogue's high-coercivity magnet ratio of Dy+Tb to Pr+Nd (about 1:6); a sintered magnet holds 29–32 % rare earths (DOMAIN.md).
import { defineCase } from '../../lib/case.ts';
import { add, at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changtingImport, changtingSeparator, firm, plant, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-identity-37',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'NdPr, dysprosium and terbium oxides stirred together and exported to Thailand as "high-coercivity sintered NdFeB magnets" at 85 % rare earths',
  does: 'A Yantai (Shandong) magnet works registered as magnet maker and exporter buys 12 t of NdPr oxide from the Baotou separator (received 2025-07-07), and 1.6 t of Dy2O3 and 0.4 t of Tb4O7 from the Changting heavy separator (received 07-17). It buys no metal. On 07-22 it books a "sintering campaign" that turns the three oxides into 14 t of high-coercivity sintered magnets, and on 07-28 exports all 14 t to a Thai motor-magnet plant as sintered NdFeB magnets, which need no licence. The lot holds a traction-motor magnet\'s ratio of dysprosium and terbium to praseodymium and neodymium, but at 85 % rare earths, nearly three times any sintered magnet: it is the oxide blend the Thai plant reduces into its own alloy.',
  expect: 'A "magnet" at an oxide\'s grade carrying controlled dysprosium and terbium, exported without a licence: the export, the magnet lot and the campaign that made it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = firm(ctx, 'r24-yantai', ['magnet-maker', 'exporter'], '烟台芝罘磁材科技有限公司', 'Yantai Zhifu Magnetic Materials Technology Co.', '370600');
    const site = plant(ctx, works, 'plant-r24-zhifu', '芝罘磁材厂', 'Zhifu magnet plant', '370600');
    const ct = changtingSeparator(ctx);
    const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
    const nd = sell24(ctx, r.separator, works, { lot: r.separator.lot('SEP-2506-NDPR'), grams: tonnes(12), tag: 'YT1', shipAt: at('2025-07-05'), receiveAt: at('2025-07-07'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-08', '09:00'), note: 'rail container, Baotou to Yantai' });
    const dy = sell24(ctx, ct.party, works, { lot: run.lots['oxide-dy']!, grams: tonnes(1.6), tag: 'YT2', shipAt: at('2025-07-14'), receiveAt: at('2025-07-17'), sellerRecordsAt: at('2025-08-06', '11:00'), buyerRecordsAt: at('2025-08-08', '09:10') });
    const tb = sell24(ctx, ct.party, works, { lot: run.lots['oxide-tb']!, grams: tonnes(0.4), tag: 'YT3', shipAt: at('2025-07-14'), receiveAt: at('2025-07-17'), sellerRecordsAt: at('2025-08-06', '11:10'), buyerRecordsAt: at('2025-08-08', '09:20') });
    const composition = scale(add(add(s.share(nd, tonnes(12)), s.share(dy, tonnes(1.6))), s.share(tb, tonnes(0.4))), 0.998);
    const grams = tonnes(14);
    w.record(works, at('2025-08-08', '10:00'), [
      s.process(works, 'sin-2507-01', at('2025-07-22'), [{ lot: nd, massGrams: tonnes(12) }, { lot: dy, massGrams: tonnes(1.6) }, { lot: tb, massGrams: tonnes(0.4) }], [
        { id: 'MG-2507-HC', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: grams, composition },
      ], { facility: site, note: 'grade 45SH sintered blocks for traction motors' }),
      s.export(works, 'exp-2507-th', at('2025-07-28'), 'MG-2507-HC', grams, 'TH', { customsDeclaration: '423020250728004415', note: 'sintered NdFeB permanent magnets, HS 8505.11' }),
    ]);
    return {
      world: w,
      find: { lots: [works.lot('MG-2507-HC')], events: [works.event('exp-2507-th'), works.event('sin-2507-01')] },
    };
  },
});
