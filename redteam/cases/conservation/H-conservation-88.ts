import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { outsideCode } from '../../lib/round16.ts';
import { juneWorld, recycleOutputs, storeLandfills } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-conservation-88',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'SmCo grinding sludge collected wet at 14 % samarium, dried to 21 % and leached: 96 % of its samarium recovered',
  does: 'The Ganzhou recycler collects 20 t of wet Sm2Co17 grinding sludge (14 % samarium, 2.8 t, by the supplier\'s and its own assay) from a Ningbo samarium–cobalt magnet works on 2025-07-05. It dries the sludge in its rotary kiln on 07-08: 6.7 t of coolant and water leave, the 13.3 t that remain assay 21 % samarium. It leaches them on 07-15, recovering 96 % of the samarium as samarium oxide, and sends the residue to the licensed store. It reports July on 08-06.',
  expect: 'Nothing: drying changes the weight, not the samarium; the oxide holds less samarium than the sludge carried.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): the sludge's water; 96 % recovery; 0.7 t of residue per t of dried sludge.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const wetGrams = tonnes(20);
    const dryGrams = tonnes(13.3);
    const collect = s.collect(r.recycler, 'col-2507-smco', at('2025-07-05'), { id: 'SC-2507-01', product: 'scrap-smco', massGrams: wetGrams, composition: { Sm: tonnes(2.8) } },
      { name: '宁波镇海钐钴磁材有限公司', id: outsideCode('ningbo-smco-works', '330200') }, r.recyclingPlant);
    const dry = s.process(r.recycler, 'dry-2507-smco', at('2025-07-08'), [{ lot: 'SC-2507-01', massGrams: wetGrams }], [
      { id: 'SC-2507-01D', product: 'scrap-smco', massGrams: dryGrams, composition: { Sm: tonnes(2.8) } },
    ], { facility: r.recyclingPlant, note: 'dried in the rotary kiln at 180 °C: 6.7 t of coolant and water driven off' });
    const { outputs, residue } = recycleOutputs({ Sm: tonnes(2.8) }, dryGrams, 'RS-2507');
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      dry,
      s.process(r.recycler, 'rec-2507-smco', at('2025-07-15'), [{ lot: 'SC-2507-01D', massGrams: dryGrams }], outputs, { facility: r.recyclingPlant, note: 'sulphuric leach, cobalt by solvent extraction, samarium as oxalate, calcined' }),
      s.ship(r.recycler, 'shp-2507-smres', at('2025-07-20'), residue.id, residue.massGrams, r.disposer),
    ]);
    storeLandfills(ctx, r.recycler.lot(residue.id), residue.massGrams, '2507', at('2025-07-22'), at('2025-07-23'), at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
