import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { reportTime } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-conservation-58',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A July train of Dongshan concentrate assayed at 48 % REO, paid at the ±1 % price step, separated on its own assay: 4 % less oxide than a 50 % train',
  does: 'Bayan Obo concentrate is traded at 50 % REO with the price adjusted per ±1 %. The Dongshan miner\'s July extraction (1,200 t on 2025-07-03) comes from a leaner bench and assays 48 % REO; the miner books it at its assay and ships 1,000 t on 07-10. The separator receives it on 07-11, separates it on 07-20 at its usual 95 % and books oxides about 4 % lighter than June\'s from the same tonnage; the residue goes to the store as usual.',
  expect: 'Nothing: the separation balances against the feed\'s own assay, and a 48 % concentrate is inside the range Bayan Obo concentrate is traded in.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mined = tonnes(1_200);
    const shipped = tonnes(1_000);
    w.record(r.miner, reportTime('2025-07', 5), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: mined, composition: scale(typical('concentrate-bayan-obo', mined), 0.96) }, 'lean bench 1,540: assay 48.0 % REO'),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', shipped, r.separator, 'BC-2507-01-S1', 'rail wagons 4471–4490; invoiced at 48 % REO'),
    ]);
    separateShipment(ctx, '2025-07', r.miner.lot('BC-2507-01-S1'), shipped, '2507');
    return { world: w, find: {} };
  },
});
