// Estimates (not in shared/DOMAIN.md): the samarium metal yield (97 %) is an estimate made in round18.ts.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { enterprise, samariumMetalFor } from '../../lib/round18.ts';

export default defineCase({
  id: 'V-conservation-96',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A SmCo magnet works casts a quarter more samarium into its magnets than the samarium metal it bought',
  does: 'A Ningbo SmCo magnet works buys 1.67 t of samarium metal from the Baotou smelter (reduced from Longnan samarium oxide, received 2025-07-24). On 07-29 it books a Sm2Co17 campaign whose magnets hold 2.07 t of samarium: 125 % of the metal it fed. The extra 0.4 t is samarium metal bought for cash from an unlicensed Jiangxi reduction shop; the campaign gives it a licensed origin before the magnets are sold abroad.',
  expect: 'A campaign whose product holds more samarium than its feed; the campaign, the magnet lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const works = enterprise(ctx, 'smco-works', ['magnet-maker'], '宁波韵升钐钴磁材有限公司', 'Ningbo Yunsheng SmCo Magnetics Co.', '330200');
    const plant = w.facility({ id: 'plant-smco-works', party: works.id, kind: 'plant', nameZh: '钐钴磁材厂', nameEn: 'SmCo magnet plant', region: '330200' });
    const { metal, grams } = samariumMetalFor(ctx, works, '2025-07', '2025-08');
    const magnets = scale(s.share(metal, grams), 1.25);
    w.record(works, at('2025-08-08', '10:00'), [
      s.process(works, 'smco-2507-01', at('2025-07-29'), [{ lot: metal, massGrams: grams }], [
        { id: 'SMCO-2507-01', product: 'magnet-smco', massGrams: massAtShare(magnets, 0.25), composition: magnets },
      ], { facility: plant, note: 'Sm2Co17: induction melt with Co, Fe, Cu, Zr; sinter and age' }),
    ]);
    return { world: w, find: { events: [works.event('smco-2507-01')], lots: [works.lot('SMCO-2507-01')], parties: [works.id] } };
  },
});
