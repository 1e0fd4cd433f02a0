// Estimates (not in shared/DOMAIN.md): the 40/52 % split between grades, 6 % to off-cuts and 2 % evaporation are estimates; grades are the catalogue's.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, subtract } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise, samariumMetalFor } from '../../lib/round18.ts';

export default defineCase({
  id: 'H-conservation-96',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'SmCo5 and Sm2Co17 magnets from one samarium lot: four times the metal\'s weight in magnets, the samarium balanced',
  does: 'A Ningbo SmCo magnet works buys 1.67 t of samarium metal from the Baotou smelter (received 2025-07-24). On 07-29 it melts it with cobalt, iron, copper and zirconium into two grades: 40 % of the samarium into SmCo5 (36 % Sm) and 52 % into Sm2Co17 (25 % Sm), about 5.3 t of magnets from 1.67 t of metal; 6 % of the samarium leaves as grinding off-cuts booked as SmCo scrap, and 2 % boils off in the sintering furnace (samarium\'s high vapour pressure; an estimate).',
  expect: 'Nothing: the mass grows with the cobalt, the samarium does not; 98 % of it is in the magnets and the scrap.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const works = enterprise(ctx, 'smco-works', ['magnet-maker'], '宁波韵升钐钴磁材有限公司', 'Ningbo Yunsheng SmCo Magnetics Co.', '330200');
    const plant = w.facility({ id: 'plant-smco-works', party: works.id, kind: 'plant', nameZh: '钐钴磁材厂', nameEn: 'SmCo magnet plant', region: '330200' });
    const { metal, grams } = samariumMetalFor(ctx, works, '2025-07', '2025-08');
    const feed = s.share(metal, grams);
    const smco5 = scale(feed, 0.4);
    const smco17 = scale(feed, 0.52);
    const scrap = scale(subtract(subtract(feed, smco5), smco17), 0.75);
    w.record(works, at('2025-08-08', '10:00'), [
      s.process(works, 'smco-2507-01', at('2025-07-29'), [{ lot: metal, massGrams: grams }], [
        { id: 'SMCO5-2507-01', product: 'magnet-smco5', massGrams: massAtShare(smco5, 0.36), composition: smco5 },
        { id: 'SMCO-2507-01', product: 'magnet-smco', massGrams: massAtShare(smco17, 0.25), composition: smco17 },
        { id: 'SMS-2507-01', product: 'scrap-smco', massGrams: massAtShare(scrap, 0.25), composition: scrap },
      ], { facility: plant, note: 'induction melt with Co, Fe, Cu, Zr; sinter and age; 2 % Sm lost to evaporation' }),
    ]);
    return { world: w, find: {} };
  },
});
