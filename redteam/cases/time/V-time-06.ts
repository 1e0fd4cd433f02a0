import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-06',
  family: 'time',
  violation: true,
  heldOut: false,
  title: 'December output dated into the next quota year',
  does: 'By November the miner has used its whole 2025 quota (23,900 t of concentrate, 11,950 t REO). It mines 1,000 t more in December and ships it to the separator on 2025-12-28, but dates the extraction 2026-01-02, so that it counts against 2026. The shipment of the lot comes before its own extraction.',
  expect: 'An extraction dated after the shipment of its own lot (output moved across the quota year); the extract event and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-11', { minedTonnes: 23_900, shippedTonnes: 1_000 });
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2601-01', at('2026-01-02'), r.mine, { id: 'BC-2601-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_000) }),
      s.ship(r.miner, 'shp-2512-02', at('2025-12-28'), 'BC-2601-01', tonnes(1_000), r.separator),
    ]);
    w.record(r.separator, at('2026-01-06', '10:00'), [s.receive(r.separator, 'rcv-2512-02', at('2025-12-29'), r.miner.lot('BC-2601-01'), tonnes(1_000))]);
    return { world: w, find: { events: [r.miner.event('ext-2601-01')], lots: [r.miner.lot('BC-2601-01')] } };
  },
});
