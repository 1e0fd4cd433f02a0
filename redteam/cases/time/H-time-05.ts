import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-05',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A miner and a separator that report every week',
  does: 'The miner and the separator file their June movements as they happen, each in its own document recorded the next working day: extraction (06-04), shipment (06-11), receipt (06-12), separation (06-23), residue dispatch (06-25). Nothing waits for the monthly deadline.',
  expect: 'Nothing: several documents per month, all before the deadline.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-06';
    const shippedGrams = tonnes(1_000);
    w.record(r.miner, at(day(month, 4), '17:00'), [s.extract(r.miner, 'ext-2506-01', at(day(month, 3)), r.mine, { id: 'BC-2506-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) })]);
    w.record(r.miner, at(day(month, 11), '09:00'), [s.ship(r.miner, 'shp-2506-01', at(day(month, 10), '14:30'), 'BC-2506-01', shippedGrams, r.separator, 'BC-2506-01-S1')]);
    const feed = r.miner.lot('BC-2506-01-S1');
    const plan = separate(s.lot(feed).composition, 'SEP-2506', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, at(day(month, 12), '17:00'), [s.receive(r.separator, 'rcv-2506-01', at(day(month, 11)), feed, shippedGrams)]);
    w.record(r.separator, at(day(month, 23), '17:00'), [s.process(r.separator, 'sep-2506-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: r.separationPlant })]);
    w.record(r.separator, at(day(month, 25), '17:00'), [s.ship(r.separator, 'shp-2506-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer)]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: {} };
  },
});
