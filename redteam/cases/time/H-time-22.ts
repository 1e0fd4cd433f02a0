import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-22',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A receipt\'s date corrected by one day, before the month\'s deadline',
  does: 'The separator ships 15 t of NdPr oxide to the metal smelter on 2025-07-11; the smelter\'s clerk keys its receipt as 07-13 in the July report filed on 08-05. Reconciling with the gate log on 08-08, the smelter finds the truck came in at 16:40 on 07-12 and corrects the receipt\'s date to that, same lot and mass, before the July deadline of the 10th. The oxide stays in its store meanwhile.',
  expect: 'Nothing: a one-day re-dating inside the same month, consistent with the shipment, made with the gate log as reason and before the report was due.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(15);
    const lot = r.separator.lot('SEP-2506-NDPR-S3');
    w.record(r.separator, at('2025-08-04', '10:00'), [s.ship(r.separator, 'shp-2507-s3', at('2025-07-11'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S3')]);
    w.record(r.smelter, at('2025-08-05', '10:00'), [s.receive(r.smelter, 'rcv-2507-s3', at('2025-07-13', '09:00'), lot, grams)]);
    w.record(r.smelter, at('2025-08-08', '11:00'), [
      s.correct('cor-2508-01', at('2025-08-08', '10:30'), 'rcv-2507-s3', 'gate log GL-2025-0712-0231: the truck came in at 16:40 on 07-12, not 07-13', {
        id: 'cor-2508-01', kind: 'receive', time: at('2025-07-12', '16:40'), lot, massGrams: grams,
      }),
    ]);
    return { world: w, find: {} };
  },
});
