// Estimates (not in shared/DOMAIN.md): the catalogue's YAG:Ce composition (43 % Y, 2 % Ce); 98.5 % of the rare earths into the powder is what a good garnet line keeps.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { deliver } from '../../lib/round8.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode, yagFeeds } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-conservation-38',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Hangzhou YAG phosphor works turns 10 t of yttrium oxide into powder holding three-quarters of its yttrium, the rest "lost in firing and washing"',
  does: 'A Hangzhou LED-phosphor works buys 10 t of Y2O3 from the Changting heavy separator (received 2025-07-16) and 0.5 t of CeO2 from the Baotou separator. On 07-25 it fires a YAG:Ce campaign and books 13.9 t of phosphor holding 76 % of the yttrium and 98.5 % of the cerium; the campaign note puts the rest down to "firing and washing losses", and no sludge, off-spec lot or residue is booked. A garnet line keeps some 98 % of its rare earths. The missing 2.4 t of yttrium oxide were repacked at the works and sent abroad in a forwarder\'s groupage container, yttrium oxide having needed a dual-use licence since April. The works delivers 12 t of the phosphor to a Shenzhen LED packager on 07-30.',
  expect: 'A phosphor campaign that loses a quarter of the yttrium it was fed with no residue to show for it: the campaign, the yttrium oxide lot it consumed and the phosphor works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const f = yagFeeds(ctx);
    const y = scale(s.share(f.y, f.yGrams), 0.76);
    const ce = scale(s.share(f.ce, f.ceGrams), 0.985);
    const composition = add(y, ce);
    const grams = massAtShare(composition, 0.4536);
    w.record(f.works, at('2025-08-08', '10:00'), [
      ...f.receipts,
      s.process(f.works, 'yag-2507-01', at('2025-07-25'), [{ lot: f.y, massGrams: f.yGrams }, { lot: f.ce, massGrams: f.ceGrams }], [
        { id: 'YAG-2507-01', product: 'phosphor-yag-ce', massGrams: grams, composition },
      ], { facility: f.plant, note: 'Y3Al5O12:Ce solid-state synthesis with alumina and BaF2 flux at 1,550 °C, acid wash, classification; firing and washing losses' }),
      deliver('dlv-2507-yag', at('2025-07-30'), 'YAG-2507-01', tonnes(12), { name: '深圳光明LED封装有限公司 (Shenzhen Guangming LED Packaging Co.)', id: outsideCode('r24-sz-led', '440000') }, 'lighting-and-displays', 'QT-2507-118'),
    ]);
    return {
      world: w,
      find: { parties: [f.works.id], lots: [f.y, f.works.lot('YAG-2507-01')], events: [f.works.event('yag-2507-01')] },
    };
  },
});
