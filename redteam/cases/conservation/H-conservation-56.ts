import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, subtract, tonnes } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';
import { mischmetalTo } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-conservation-56',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Ce-Fe-B magnets sintered from La–Ce mischmetal and NdPr metal: nearly half the magnets\' rare earths are lanthanum and cerium, every gram of them fed in',
  does: 'The Ningbo magnet maker makes a cerium-substituted grade for compressor motors. On 2025-07-22 it charges 18 t of La–Ce mischmetal (from the Baotou smelter, received 07-13) with the 20 t of NdPr metal it received in June, and sinters them into Ce-Fe-B magnets at 31 % rare earths, 78 % of the rare earths into magnets and 20 % into grinding swarf (magnets.ts\'s shares), 2 % lost to dross. The magnets hold far more lanthanum and cerium than any sintered NdFeB grade.',
  expect: 'Nothing: every element out of the campaign came in with its feeds, at the losses a magnet line has.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const mm = mischmetalTo(ctx, r.magnets);
    const ndpr = tonnes(20);
    const feed = add(s.share(mm.lot, mm.grams), s.share(june.metalShipment, ndpr));
    const magnets = scale(feed, 0.78);
    const swarf = scale(subtract(feed, magnets), 0.2 / 0.22);
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      mm.receipt,
      s.process(r.magnets, 'snt-2507-cefeb', at('2025-07-22'), [{ lot: mm.lot, massGrams: mm.grams }, { lot: june.metalShipment, massGrams: ndpr }], [
        { id: 'MG-2507-CEFEB', product: 'magnet-cefeb', massGrams: massAtShare(magnets, 0.31), composition: magnets },
        { id: 'SW-2507-CEFEB', product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
      ], { facility: r.magnetPlant, note: 'Ce-Fe-B grade for compressor motors: strip casting, HD, jet milling, pressing, sintering; grinding swarf drummed' }),
    ]);
    return { world: w, find: {} };
  },
});
