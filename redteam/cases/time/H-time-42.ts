import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-42',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'The year\'s quota nearly spent, the kiln fired at 00:20 on New Year\'s Day, its batch stamped in UTC',
  does: 'By the end of November 2025 the Baotou separator has fed 9,700 t REO against its 10,000 t REO allocation: June\'s 1,000 t of concentrate (500 t REO) and 4,600 t of concentrate (2,300 t REO) a month from August to November. The miner ships 1,000 t more concentrate (500 t REO) on 12-29, received on 12-30. Rather than exceed its 2025 allocation, the separator keeps it in the yard and fires the roasting kiln at 00:20 on 1 January 2026, Beijing time, under its 2026 allocation. Its process control system stamps batches in UTC, and the batch is recorded as 2025-12-31T16:20:00Z. The residue goes to the licensed store in January. December is reported on 01-06, January on 02-06.',
  expect: 'Nothing: 16:20 UTC on 31 December is 00:20 on 1 January in Shanghai time, the calendar of the quota year; the 2025 feed stays at 9,700 t REO, inside the 10,000 t, and the new batch counts against 2026.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const campaign = (tag: string, feed: string, grams: number, when: string, reportMonth: string) => {
      const plan = separate(s.lot(feed).composition, `SEP-${tag}`, { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
      const residue = plan.residue!;
      w.record(r.separator, reportTime(reportMonth, 6), [
        s.process(r.separator, `sep-${tag}-01`, when, [{ lot: feed, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
        s.ship(r.separator, `shp-${tag}-res`, at(day(reportMonth, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
      ]);
      receiveAndDispose(ctx, reportMonth, r.separator.lot(residue.id), residue.massGrams, tag);
    };
    for (const month of ['2025-08', '2025-09', '2025-10', '2025-11']) {
      const tag = month.slice(2).replace('-', '');
      const { feed, shippedGrams } = mineAndShip(ctx, month, { tag, minedTonnes: 4_600, shippedTonnes: 4_600 });
      w.record(r.separator, reportTime(month, 6), [s.receive(r.separator, `rcv-${tag}-01`, at(day(month, 11), '09:00'), feed, shippedGrams)]);
      campaign(tag, feed, shippedGrams, at(day(month, 20)), month);
    }
    const december = tonnes(1_000);
    w.record(r.miner, reportTime('2025-12', 5), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-20'), r.mine, { id: 'BC-2512-01', product: 'concentrate-bayan-obo', massGrams: december }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-29', '14:30'), 'BC-2512-01', december, r.separator, undefined, 'rail wagons 5101–5116'),
    ]);
    const feed = r.miner.lot('BC-2512-01');
    w.record(r.separator, reportTime('2025-12', 6), [s.receive(r.separator, 'rcv-2512-01', at('2025-12-30', '09:00'), feed, december)]);
    campaign('2601', feed, december, '2025-12-31T16:20:00Z', '2026-01');
    return { world: w, find: {} };
  },
});
