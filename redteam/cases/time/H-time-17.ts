// Estimates (not in shared/DOMAIN.md): spent NiMH cells at the catalogue's battery grade (8.6 % rare
// earths), leached at 96 %.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hefeiCollector, on, xinyu, xinyuJuly } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-time-17',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A Xinyu battery recycler keys a 60 t intake as 600 t in its July report and corrects it three days later, before the 10th',
  does: 'A Xinyu (Jiangxi) recycler of spent NiMH batteries collects 300 t of cells from a Hefei collector on 2025-07-02, leached on 07-20, and 60 t more on 07-08, left in its warehouse. Its July report, filed on 08-04, books the second intake as 600 t, a slipped decimal. Its clerk sees the error against the weighbridge ticket and on 08-07 files a correction whose replacement is the same intake, same day and supplier, at 60 t under a new lot number.',
  expect: 'Nothing: an obvious keying error corrected within days, before the reporting deadline, with the right figure and its ticket; the lot had not moved.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const xy = xinyu(ctx);
    const july = xinyuJuly(ctx, xy);
    const keyed = s.collect(xy.party, 'col-2507-02', at('2025-07-08'), { id: 'NIMH-2507-02', product: 'eol-nimh-battery', massGrams: tonnes(600) }, hefeiCollector(), xy.plant);
    w.record(xy.party, on('2025-08-04'), [...july, keyed]);
    // A lot id is never reused, even for a voided lot: the replacement names a new one.
    const replacement = s.collect(xy.party, 'cor-2507-02', at('2025-07-08'), { id: 'NIMH-2507-02C', product: 'eol-nimh-battery', massGrams: tonnes(60) }, hefeiCollector(), xy.plant);
    w.record(xy.party, on('2025-08-07'), [s.correct('cor-2507-02', at('2025-08-07', '09:30'), 'col-2507-02', 'weighbridge ticket XY-WB-0708-031: 60.0 t, keyed as 600 t', replacement)]);
    return { world: w, find: {} };
  },
});
