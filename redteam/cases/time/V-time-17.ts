// Estimates (not in shared/DOMAIN.md): spent NiMH cells at the catalogue's battery grade (8.6 % rare
// earths), leached at 96 %.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hefeiCollector, on, xinyu, xinyuJuly } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-time-17',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A Xinyu battery recycler voids a July intake of 60 t of cells in October as "keyed twice", after selling the cells for cash in September',
  does: 'A Xinyu (Jiangxi) recycler of spent NiMH batteries collects 300 t of cells from a Hefei collector on 2025-07-02, which it leaches on 07-20, and 60 t more from the same collector on 07-08, which it leaves in its warehouse; it reports both on 08-05. In September it sells the 60 t for cash to an unlicensed workshop in Fenyi. On 10-20, to make its books agree with its warehouse, it files a correction that voids the 8 July intake with no replacement, "duplicate entry: the 2 July delivery keyed twice", though the two deliveries had different weighbridge tickets and different masses.',
  expect: 'A correction three months after the deadline of the month it rewrites, erasing an intake long reported: the correction, the voided lot and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const july = xinyuJuly(ctx, xy);
    const second = s.collect(xy.party, 'col-2507-02', at('2025-07-08'), { id: 'NIMH-2507-02', product: 'eol-nimh-battery', massGrams: tonnes(60) }, hefeiCollector(), xy.plant);
    w.record(xy.party, on('2025-08-05'), [...july, second]);
    w.record(xy.party, on('2025-10-20'), [s.correct('cor-2507-02', at('2025-10-20'), 'col-2507-02', 'duplicate entry: the 2 July delivery keyed twice')]);
    return {
      world: w,
      find: { parties: [xy.party.id], lots: [xy.party.lot('NIMH-2507-02')], events: [xy.party.event('cor-2507-02')] },
    };
  },
});
