// Estimates (not in shared/DOMAIN.md): sintering as magnets.ts (78 % of the rare earths into magnets
// at 30 %, 20 % into swarf); fire-scorched NdFeB oxidises and gains about 1.5 % in weight; 1.5 % of
// the rare earths spalled off as oxide and washed away with the firefighting water.
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { code23, firm, on } from '../../lib/round23.ts';
import { recycleReceived } from '../../lib/round19.ts';
import { deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-conservation-33',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A warehouse fire at a Yantai magnet works: 20 t of scorched magnets rebooked as solid scrap and sold to the recycler, 1.5 % of their rare earths lost',
  does: 'A Yantai (Shandong) magnet works buys 20 t of NdPr metal from the Baotou smelter (shipped 2025-07-02, received 07-05) and sinters it on 07-10 into some 51 t of magnets and its grinding swarf. It delivers 25 t of magnets to a Yantai motor maker on 07-18. On the night of 07-21 an electrical fire in the finished-goods warehouse scorches the other 20 t: the city fire brigade\'s report and the insurer\'s survey write them off as magnets. On 07-24 the works books them as solid NdFeB scrap, 20.3 t after oxidation, holding 98.5 % of their rare earths (the rest spalled off as oxide dust and went with the firefighting water), and on 07-28 sells the scrap to the Ganzhou recycler, which receives it on 08-01 and leaches it on 08-10. Everyone reports on time.',
  expect: 'Nothing: an accident booked as it happened: the magnets\' rare earths go on, as scrap, to a licensed recycler, and the small loss is stated in the record that books it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = firm(ctx, 'r23-yt-magnets', ['magnet-maker'], '烟台开发区正源磁材有限公司', 'Yantai Zhengyuan Magnetic Materials Co.', '370600');
    const plant = w.facility({ id: 'plant-r23-zhengyuan', party: works.id, kind: 'plant', nameZh: '正源磁材厂', nameEn: 'Zhengyuan magnet plant', region: '370600' });
    const metalGrams = tonnes(20);
    w.record(r.smelter, on('2025-08-07', '11:00'), [
      s.ship(r.smelter, 'shp-2507-yt', at('2025-07-02'), 'MET-2506-01', metalGrams, works, 'MET-2506-01-S2', 'rail container to Yantai'),
    ]);
    const metal = r.smelter.lot('MET-2506-01-S2');
    const { magnets, swarf } = sinter(s.share(metal, metalGrams), '2507-YT');
    const receipt = s.receive(works, 'rcv-2507-01', at('2025-07-05'), metal, metalGrams);
    const sintering = s.process(works, 'snt-2507-01', at('2025-07-10'), [{ lot: metal, massGrams: metalGrams }], [magnets, swarf], {
      facility: plant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing and sintering; swarf drummed under coolant',
    });
    const delivered = tonnes(25);
    const burnt = tonnes(20);
    const held = s.share(works.lot(magnets.id), burnt);
    const scrapComp = scale(held, 0.985);
    const scrapGrams = Math.round(burnt * 1.015);
    w.record(works, on('2025-08-08'), [
      receipt,
      sintering,
      deliver('dlv-2507-01', at('2025-07-18'), magnets.id, delivered, { name: '烟台东方电机有限公司', id: code23('yt-motors', '370600') }, 'motors', 'YT-DF-2025-071'),
      s.process(works, 'fire-2507-01', at('2025-07-24'), [{ lot: magnets.id, massGrams: burnt }], [
        { id: 'SC-2507-FIRE', product: 'scrap-ndfeb-solid', massGrams: scrapGrams, composition: scrapComp },
      ], { facility: plant, note: 'magnets scorched in the warehouse fire of 21 July (Yantai fire brigade report YT-XF-2025-0721-03); rebooked as solid scrap, oxidised; 1.5 % of the rare earths spalled off as oxide dust and were washed away with the firefighting water' }),
      s.ship(works, 'shp-2507-fire', at('2025-07-28'), 'SC-2507-FIRE', scrapGrams, r.recycler, undefined, 'fire-damaged magnets, steel drums'),
    ]);
    recycleReceived(ctx, '2025-08', '2508-yt', works.lot('SC-2507-FIRE'), scrapGrams, 1, 10, 20, 12);
    return { world: w, find: {} };
  },
});
