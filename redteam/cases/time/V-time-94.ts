import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-94',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A 6 t stock-count loss dated 30 June, entered on 22 September into a month reported in July',
  does: 'The Baotou separator reported June on 2025-07-06, its NdPr oxide lot of the June campaign held in store. In September it sells 6 t of that oxide for cash to a buyer outside the system. To make its books agree with the warehouse it enters, on 09-22, a negative stock adjustment of 6 t on the lot dated 2025-06-30 18:00, "half-year stock-take: drums short", as if the June count had found it; no correction, no September event.',
  expect: 'An event dated into a month long reported, entered eleven weeks after that month\'s deadline: the adjustment, the oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const local = june.ndprOxide.split(':')[1]!;
    w.record(r.separator, at('2025-09-22', '15:10'), [
      s.adjust(r.separator, 'adj-2506-ndpr-count', at('2025-06-30', '18:00'), local, -tonnes(6), 'half-year stock-take: drums short in the NdPr oxide bay'),
    ]);
    return {
      world: w,
      find: { events: [r.separator.event('adj-2506-ndpr-count')], lots: [june.ndprOxide], parties: [r.separator.id] },
    };
  },
});
