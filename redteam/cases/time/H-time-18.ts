// Estimates (not in shared/DOMAIN.md, which has no oxide → metal yield): 95 % of the rare earths to
// metal, 2.5 % to fluoride slag kept at the plant. Baotou to Hohhot is some 160 km by road.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { electrolysis, hohhotSmelter, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-time-18',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Hohhot metal smelter files August at 23:30 on 10 September, with a truck received at 23:10 on 31 August',
  does: 'A Hohhot metal smelter of the Northern group receives 13 t of NdPr oxide from the Baotou separator on 2025-08-12 and reduces it on 08-20. A second truck, 10 t, leaves Baotou at 19:00 on 08-31 and is weighed in at Hohhot at 23:10 the same night. The smelter\'s statistician, back from leave, files the August report at 23:30 on 09-10, the last half hour of the deadline day. The separator reports August on 09-06.',
  expect: 'Nothing: the report is in by the 10th, Beijing time, and the late-night receipt belongs to August, where it is reported.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    w.record(r.separator, on('2025-09-06', '11:00'), [
      s.ship(r.separator, 'shp-r28-h1', at('2025-08-12', '08:00'), 'SEP-2506-NDPR', tonnes(13), hh.party, 'SEP-2506-NDPR-H1', 'NdPr oxide in 1 t bags, by road to Hohhot'),
      s.ship(r.separator, 'shp-r28-h2', at('2025-08-31', '19:00'), 'SEP-2506-NDPR', tonnes(10), hh.party, 'SEP-2506-NDPR-H2', 'NdPr oxide in 1 t bags, by road to Hohhot'),
    ]);
    const first = r.separator.lot('SEP-2506-NDPR-H1');
    const second = r.separator.lot('SEP-2506-NDPR-H2');
    const receipt1 = s.receive(hh.party, 'rcv-202508-01', at('2025-08-12', '12:30'), first, tonnes(13));
    const run = electrolysis(ctx, hh, 'met-202508-01', at('2025-08-20'), first, tonnes(13), 'HH-2508-01', { intoMetal: 0.95, intoSlag: 0.025 });
    w.record(hh.party, on('2025-09-10', '23:30'), [
      receipt1, run.event,
      s.receive(hh.party, 'rcv-202508-02', at('2025-08-31', '23:10'), second, tonnes(10), 'weighed in at 23:10, night shift'),
    ]);
    return { world: w, find: {} };
  },
});
