import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-32',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Concentrate received at 00:30 on 1 August, Beijing time, reported with August',
  does: 'The miner extracts 800 t of concentrate on 2025-07-20 and ships it to the separator at 20:00 on 07-31; it reports both with July on 08-05. The train reaches the separator\'s siding in the night: the night shift weighs and receives it at 00:30 on 08-01, Beijing time (16:30 on 31 July in UTC). The separator separates it on 08-12, sends the residue to the licensed disposer, and reports its August, receipt included, on 09-06.',
  expect: 'Nothing: the receipt is an August event in China Standard Time, the calendar the law\'s monthly reporting follows, so it is due by 09-10 and was reported on time; it is not a late July event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(800);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-20'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: grams }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-31', '20:00'), 'BC-2507-01', grams, r.separator, undefined, 'train 27, rail wagons 4501–4516'),
    ]);
    const feed = r.miner.lot('BC-2507-01');
    const plan = separate(s.lot(feed).composition, 'SEP-2508', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-09-06', '10:00'), [
      s.receive(r.separator, 'rcv-2508-01', at('2025-08-01', '00:30'), feed, grams, 'night shift, weighbridge 2'),
      s.process(r.separator, 'sep-2508-01', at('2025-08-12'), [{ lot: feed, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2508-res', at('2025-08-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.separator.lot(residue.id), residue.massGrams, '2508');
    return { world: w, find: {} };
  },
});
