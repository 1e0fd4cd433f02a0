// Estimates (not in shared/DOMAIN.md): the catalogue's YAG:Ce composition; 98.3 % of the rare earths into good powder, 1.2 % into off-specification fines kept for re-firing, 0.5 % lost.
import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { deliver } from '../../lib/round8.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode, yagFeeds } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-conservation-37',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Hangzhou YAG phosphor works turns 10 t of yttrium oxide into 17.8 t of powder, its off-size fines kept for re-firing',
  does: 'A Hangzhou LED-phosphor works buys 10 t of Y2O3 from the Changting heavy separator (received 2025-07-16) and 0.5 t of CeO2 from the Baotou separator. On 07-25 it fires a YAG:Ce campaign: alumina is added, so the garnet weighs far more than the oxides. 98.3 % of the yttrium and cerium end in good powder, 1.2 % in off-size fines booked as a second, off-specification phosphor lot kept for the next firing, and 0.5 % is lost in washing, as the note says. It delivers 15 t of the powder to a Shenzhen LED packager on 07-30.',
  expect: 'Nothing: the phosphor\'s extra weight is aluminium and oxygen; its rare earths are those fed in, less a small loss and a lot of fines the works still holds.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const f = yagFeeds(ctx);
    const feed = add(s.share(f.y, f.yGrams), s.share(f.ce, f.ceGrams));
    const good = scale(feed, 0.983);
    const fines = scale(feed, 0.012);
    w.record(f.works, at('2025-08-08', '10:00'), [
      ...f.receipts,
      s.process(f.works, 'yag-2507-01', at('2025-07-25'), [{ lot: f.y, massGrams: f.yGrams }, { lot: f.ce, massGrams: f.ceGrams }], [
        { id: 'YAG-2507-01', product: 'phosphor-yag-ce', massGrams: massAtShare(good, 0.4536), composition: good },
        { id: 'YAG-2507-OFF', product: 'phosphor-yag-ce', massGrams: massAtShare(fines, 0.4536), composition: fines },
      ], { facility: f.plant, note: 'Y3Al5O12:Ce solid-state synthesis with alumina and BaF2 flux at 1,550 °C, acid wash, classification; off-size fines drummed for re-firing; about 0.5 % lost in washing' }),
      deliver('dlv-2507-yag', at('2025-07-30'), 'YAG-2507-01', tonnes(15), { name: '深圳光明LED封装有限公司 (Shenzhen Guangming LED Packaging Co.)', id: outsideCode('r24-sz-led', '440000') }, 'lighting-and-displays', 'QT-2507-118'),
    ]);
    return { world: w, find: {} };
  },
});
