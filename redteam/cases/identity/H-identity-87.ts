import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { addMianningMine } from '../../lib/round15.ts';
import { fromAssay } from '../../lib/round8.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-identity-87',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Mianning concentrate from a new cleaner flotation circuit at 55.8 % REO, the top of the Sichuan range, sold to the Baotou separator',
  does: 'The Mianning bastnaesite miner commissions a second cleaner flotation stage in June 2025. The 200 t of concentrate it books on 07-05 assay 55.8 % REO (DOMAIN.md gives Sichuan concentrates 41.6–55.8 %), with Sichuan\'s distribution: 47 % CeO2, 33 % La2O3, about 16 % Pr and Nd, 1 % Y2O3. It sells the lot to the Baotou separator at a grade premium (shipped 07-15, received 07-18).',
  expect: 'Nothing: a grade at the top of the range DOMAIN.md gives, with the mine\'s own distribution.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mn = addMianningMine(ctx);
    const mass = tonnes(200);
    const composition = fromAssay(mass, 0.558, { La: 33.0, Ce: 47.0, Pr: 4.3, Nd: 12.0, Sm: 1.5, Eu: 0.3, Gd: 0.6, Tb: 0.1, Dy: 0.2, Y: 1.0 });
    w.record(mn.sichuanMiner, at('2025-08-05', '10:00'), [
      s.extract(mn.sichuanMiner, 'ext-2507-01', at('2025-07-05'), mn.mianningMine, { id: 'MN-2507-01', product: 'concentrate-mianning', massGrams: mass, composition }),
      s.ship(mn.sichuanMiner, 'shp-2507-01', at('2025-07-15'), 'MN-2507-01', mass, r.separator, undefined, 'ten trucks via Xichang'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-mn', at('2025-07-18'), mn.sichuanMiner.lot('MN-2507-01'), mass)]);
    return { world: w, find: {} };
  },
});
