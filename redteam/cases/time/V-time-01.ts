import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-01',
  family: 'time',
  violation: true,
  heldOut: false,
  title: 'Extraction after the licence expired, backdated into its last month',
  does: 'The miner\'s licence ended on 2025-06-30 and was not renewed. It goes on mining in July and, on 2025-07-22, files a second June report dating 800 t of concentrate as extracted on 2025-06-28, inside the licence, and ships it to the separator.',
  expect: 'An extraction dated inside the licence but recorded after its end and after the June report was due; the extract event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { validTo: '2025-06-30' });
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-07-22', '16:00'), [
      s.extract(r.miner, 'ext-2506-02', at('2025-06-28'), r.mine, { id: 'BC-2506-02', product: 'concentrate-bayan-obo', massGrams: tonnes(800) }, 'supplementary report'),
      s.ship(r.miner, 'shp-2507-02', at('2025-07-21'), 'BC-2506-02', tonnes(800), r.separator),
    ]);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.receive(r.separator, 'rcv-2507-02', at('2025-07-23'), r.miner.lot('BC-2506-02'), tonnes(800))]);
    return { world: w, find: { events: [r.miner.event('ext-2506-02')], lots: [r.miner.lot('BC-2506-02')] } };
  },
});
