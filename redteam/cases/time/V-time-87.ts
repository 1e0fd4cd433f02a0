import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { receiveAndDispose } from '../../lib/chain.ts';
import { setQuota } from '../../lib/round15.ts';
import { juneWorld, separationPlan } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-time-87',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A January 2026 separation dated 30 December 2025, into the old year\'s quota, on concentrate the mine shipped on 4 January',
  does: 'After a penalty the Baotou separator\'s 2026 allocation is cut to 400 t REO, while its 2025 allocation of 10,000 t was far from used. The Dongshan miner extracts 1,200 t of concentrate on 2026-01-03 and ships 1,000 t (500 t REO) by rail on 01-04, reporting it early, on 01-08. The separator separates the train in early January but books the receipt on 2025-12-29 and the campaign on 2025-12-30, in a "December supplement" filed on 2026-01-09, so that the 500 t REO fall into 2025. Its residue goes to the licensed store in January.',
  expect: 'A separation dated before its feed was even shipped, moved into the previous quota year: the campaign, the receipt, the feed lot and the separator.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.45 t of residue per t of feed (chain.ts).
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    setQuota(w, 'RT-Q2026-SEP-BT', 400);
    const feedGrams = tonnes(1_000);
    w.record(r.miner, at('2026-01-08', '10:00'), [
      s.extract(r.miner, 'ext-2601-01', at('2026-01-03'), r.mine, { id: 'BC-2601-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2601-01', at('2026-01-04', '14:30'), 'BC-2601-01', feedGrams, r.separator, 'BC-2601-01-S1', 'rail wagons 5102–5121'),
    ]);
    const feed = r.miner.lot('BC-2601-01-S1');
    const plan = separationPlan(s.lot(feed).composition, feedGrams, 'SEP-2512-B');
    w.record(r.separator, at('2026-01-09', '10:00'), [
      s.receive(r.separator, 'rcv-2512-b', at('2025-12-29', '09:00'), feed, feedGrams),
      s.process(r.separator, 'sep-2512-b', at('2025-12-30'), [{ lot: feed, massGrams: feedGrams }], plan.outputs, { facility: r.separationPlant, note: 'December supplement: acid roasting, water leach, solvent extraction' }),
    ]);
    const residue = plan.residue!;
    w.record(r.separator, at('2026-02-06', '10:00'), [s.ship(r.separator, 'shp-2601-res', at('2026-01-12'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    receiveAndDispose(ctx, '2026-01', r.separator.lot(residue.id), residue.massGrams, '2601');
    return {
      world: w,
      find: { events: [r.separator.event('sep-2512-b'), r.separator.event('rcv-2512-b')], lots: [feed], parties: [r.separator.id] },
    };
  },
});
