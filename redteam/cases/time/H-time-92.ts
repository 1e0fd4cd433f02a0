import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-92',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A miner whose licence is suspended from 15 July ships its June stock to the separator on 20 July',
  does: 'After a safety inspection the Bayan Obo miner\'s mining licence is suspended from 00:00 on 2025-07-15 (the registry dates the suspension). It stops blasting that day. Its 200 t of June concentrate still sit at the mine; on 07-20 it ships them to the Baotou separator, which receives them on 07-21. A mining suspension stops mining, not the sale of what was mined lawfully before it. Both file July on time.',
  expect: 'Nothing: no extraction after the suspension; a shipment from lawfully mined stock is not mining.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendLicence(r.miningLicence, { status: 'suspended', since: '2025-07-15T00:00:00+08:00' });
    const grams = s.lot(june.concentrate).massGrams;
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-20', '14:30'), june.concentrate.split(':')[1]!, grams, r.separator, undefined, 'rail wagons 4491–4494')]);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.receive(r.separator, 'rcv-2507-01', at('2025-07-21'), june.concentrate, grams)]);
    return { world: w, find: {} };
  },
});
