import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { setQuota } from '../../lib/round15.ts';
import { juneWorld, separationPlan } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-time-87',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'With its 2026 allocation cut to 400 t, a separator runs its last 2025 campaign on 30 December on feed that arrived on the 22nd',
  does: 'After a penalty the Baotou separator\'s 2026 allocation is cut to 400 t REO, while its 2025 allocation of 10,000 t still has room. The Dongshan miner extracts 1,200 t of concentrate on 2025-12-03 and ships 1,000 t by rail on 12-20; the train arrives on 12-22 and the separator runs it on 12-30, the last campaign of the year, so as to use the 2025 quota it has. The residue leaves for the licensed store on 12-31 and is placed there on 2026-01-05. Miner and separator report December on 2026-01-05 and 01-07; the store files January on 02-06.',
  expect: 'Nothing: every event is dated when it happened, inside 2025, and reported on time; using the old year\'s quota to the last day is lawful.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.45 t of residue per t of feed (chain.ts).
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    setQuota(w, 'RT-Q2026-SEP-BT', 400);
    const feedGrams = tonnes(1_000);
    w.record(r.miner, at('2026-01-05', '10:00'), [
      s.extract(r.miner, 'ext-2512-01', at('2025-12-03'), r.mine, { id: 'BC-2512-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2512-01', at('2025-12-20', '14:30'), 'BC-2512-01', feedGrams, r.separator, 'BC-2512-01-S1', 'rail wagons 5102–5121'),
    ]);
    const feed = r.miner.lot('BC-2512-01-S1');
    const plan = separationPlan(s.lot(feed).composition, feedGrams, 'SEP-2512');
    const residue = plan.residue!;
    w.record(r.separator, at('2026-01-07', '10:00'), [
      s.receive(r.separator, 'rcv-2512-01', at('2025-12-22', '09:00'), feed, feedGrams),
      s.process(r.separator, 'sep-2512-01', at('2025-12-30'), [{ lot: feed, massGrams: feedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; last campaign of 2025' }),
      s.ship(r.separator, 'shp-2512-res', at('2025-12-31', '10:00'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    w.record(r.disposer, at('2026-02-06', '10:00'), [
      s.receive(r.disposer, 'rcv-2601-res', at('2026-01-03'), r.separator.lot(residue.id), residue.massGrams),
      s.dispose(r.disposer, 'dsp-2601-res', at('2026-01-05'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
