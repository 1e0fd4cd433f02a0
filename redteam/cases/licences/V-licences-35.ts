// Estimates (not in shared/DOMAIN.md): the Xunwu-type distribution of the catalogue (yttrium 2 % of
// the REO, lutetium 0.1 %); the licence is fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { clayMonth, exportLicence23, firm, guangdong, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-licences-35',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Heavy rare earth enriched oxide exported to Japan on a licence for dysprosium and terbium: 44 % of it is yttria, and it carries lutetium',
  does: 'The Heyuan separator has no heavy cascade: from 400 t of Pingyuan light clay concentrate separated on 2025-07-20 it makes lanthanum, cerium and NdPr oxides, an Sm–Eu–Gd cut and 16.6 t of heavy rare earth enriched oxide, the terbium-to-lutetium elements and yttrium together. A Guangzhou trading house buys 8 t of the heavy cut (shipped 07-24, received 07-25) for a Japanese separator. Its dual-use licence, issued for its dysprosium and terbium trade, names dysprosium oxide, terbium oxide and heavy rare earth enriched oxide and the elements Dy and Tb, 10 t REO. It exports the 8 t to Japan on 08-06 citing that licence. By REO the lot is 44 % yttrium oxide and 2 % lutetium oxide, besides its dysprosium and terbium; yttrium and lutetium are listed in Announcement 18 like dysprosium. Reported on time.',
  expect: 'An export of controlled elements (yttrium, lutetium) that the cited licence does not cover, whatever it says of the product: the export, the heavy-cut lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gd = guangdong(ctx);
    const month = clayMonth(ctx, gd, '2025-07', '2507', 400, 'concentrate-ionic-light', { cuts: 'light', recordSeparator: false });
    const house = firm(ctx, 'r23-gz-house', ['trader', 'exporter'], '广州南沙稀有金属进出口有限公司', 'Guangzhou Nansha Rare Metals Import & Export Co.', '440100');
    const licence = exportLicence23(ctx, house, 'RT23-EXP-NS-DYTB', ['oxide-dy', 'oxide-tb', 'mixed-oxide-heavy'], ['Dy', 'Tb'], '2025-07-01', '2026-06-30', 10);
    const grams = tonnes(8);
    const hre = month.lots['mixed-oxide-heavy']!.split(':')[1]!;
    w.record(gd.separator, on('2025-08-06'), [
      ...month.separatorEvents,
      s.ship(gd.separator, 'shp-2507-hre', at('2025-07-24'), hre, grams, house, `${hre}-S1`, 'sealed drums'),
    ]);
    const lot = gd.separator.lot(`${hre}-S1`);
    w.record(house, on('2025-08-07'), [s.receive(house, 'rcv-2507-hre', at('2025-07-25'), lot, grams)]);
    w.record(house, on('2025-09-05'), [
      s.export(house, 'exp-2508-hre', at('2025-08-06', '15:00'), lot, grams, 'JP', { licence, customsDeclaration: '516620250800044217' }),
    ]);
    return { world: w, find: { parties: [house.id], events: [house.event('exp-2508-hre')], lots: [lot] } };
  },
});
