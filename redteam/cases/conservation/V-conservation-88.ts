import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, tonnes } from '../../lib/chem.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-conservation-88',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A recycler\'s SmCo scrap line puts out 132 % of the samarium its scrap held, as samarium oxide',
  does: 'The Ganzhou recycler collects 10 t of Sm2Co17 grinding and machining scrap (25 % samarium, 2.5 t) from a Ningbo samarium–cobalt magnet works on 2025-07-05 and leaches it on 07-15 for its cobalt and samarium. The campaign books 3.3 t of samarium as samarium oxide and a little more in the leach residue: 0.85 t of samarium more than the scrap carried, samarium oxide bought for cash from a private Jiangxi extraction workshop and laundered as "recycled". It reports July on 08-06.',
  expect: 'A recycling campaign that puts out far more of a controlled element than its scrap carried: the campaign, the samarium oxide lot and the recycler.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.7 t of leach residue per t of scrap.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const scrapGrams = tonnes(10);
    const collect = s.collect(r.recycler, 'col-2507-smco', at('2025-07-05'), { id: 'SC-2507-01', product: 'scrap-smco', massGrams: scrapGrams },
      { name: '宁波镇海钐钴磁材有限公司', id: outsideCode('ningbo-smco-works', '330200') }, r.recyclingPlant);
    const sm = s.lot(r.recycler.lot('SC-2507-01')).composition.Sm!;
    const oxide = { Sm: Math.floor(sm * 1.32) };
    const residueGrams = tonnes(7);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-smco', at('2025-07-15'), [{ lot: 'SC-2507-01', massGrams: scrapGrams }], [
        { id: 'RS-2507-SM', product: 'oxide-sm', massGrams: oxideMass(oxide), composition: oxide },
        { id: 'RS-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: { Sm: Math.floor(sm * 0.02) } },
      ], { facility: r.recyclingPlant, note: 'sulphuric leach, cobalt by solvent extraction, samarium as oxalate, calcined' }),
      s.ship(r.recycler, 'shp-2507-smres', at('2025-07-20'), 'RS-2507-RES', residueGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot('RS-2507-RES'), residueGrams, '2507', at('2025-07-22'), at('2025-07-23'), at('2025-08-07', '11:00'));
    return { world: w, find: { events: [r.recycler.event('rec-2507-smco')], lots: [r.recycler.lot('RS-2507-SM')], parties: [r.recycler.id] } };
  },
});
