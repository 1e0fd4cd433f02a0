import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { fromAssay } from '../../lib/round8.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-identity-86',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Dongshan concentrate from a cerium-rich bench, 17.5 % Pr and Nd in its REO against the mine\'s usual 21 %, sold as assayed',
  does: 'In July 2025 the Dongshan pit works its eastern bench, whose ore is richer in cerium and lanthanum than the mine\'s average. The 1,000 t of concentrate booked on 07-03 are assayed at 50 % REO with 53 % CeO2, 27.3 % La2O3, 4.2 % Pr6O11 and 13.3 % Nd2O3 (17.5 % NdPr in the REO, against the 21.3 % of the mine\'s blend); the price is adjusted under the contract\'s NdPr clause. 800 t go to the Baotou separator on 07-10 (received 07-11). It reports July on 08-05.',
  expect: 'Nothing: a Bayan Obo concentrate at the contract grade whose distribution moves within what one ore body gives from bench to bench (DOMAIN.md: CeO2 about 50 %, light REE over 95 %).',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): the bench's assay; the mine's usual shares are the catalogue's.
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mass = tonnes(1_000);
    const composition = fromAssay(mass, 0.5, { La: 27.3, Ce: 53, Pr: 4.2, Nd: 13.3, Sm: 1.1, Eu: 0.2, Gd: 0.4, Tb: 0.1, Dy: 0.1, Y: 0.3 });
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: mass, composition }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', tonnes(800), r.separator, 'BC-2507-01-S1', 'rail wagons 4471–4486'),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), r.miner.lot('BC-2507-01-S1'), tonnes(800))]);
    return { world: w, find: {} };
  },
});
