import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

const BATCHES = 8;

export default defineCase({
  id: 'H-conservation-06',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Many small separation batches, each honest',
  does: 'The separator runs its June feed as eight 125 t batches on a continuous line, each at 95 % recovery with its own residue lot, all shipped together to the licensed disposer at month end.',
  expect: 'Nothing: many events, each and all of them balanced within the recovery norms.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = '2025-06';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2506' });
    const batchGrams = shippedGrams / BATCHES;
    const events: LedgerEvent[] = [s.receive(r.separator, 'rcv-2506-01', at(day(month, 11)), feed, shippedGrams)];
    const residues: { id: string; massGrams: number }[] = [];
    for (let b = 1; b <= BATCHES; b += 1) {
      const plan = separate(s.share(feed, batchGrams), `SEP-2506-B${b}`, { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(batchGrams) } });
      events.push(s.process(r.separator, `sep-2506-b${b}`, at(day(month, 12 + 2 * b)), [{ lot: feed, massGrams: batchGrams }], plan.outputs, { facility: r.separationPlant }));
      residues.push({ id: plan.residue!.id, massGrams: plan.residue!.massGrams });
    }
    const clock = (i: number) => `${String(i + 1).padStart(2, '0')}:00`;
    w.record(r.separator, reportTime(month, 6), [
      ...events,
      ...residues.map((res, i) => s.ship(r.separator, `shp-2506-res${i + 1}`, at(day(month, 29), clock(i)), res.id, res.massGrams, r.disposer)),
    ]);
    w.record(r.disposer, reportTime(month, 7), residues.flatMap((res, i) => [
      s.receive(r.disposer, `rcv-2506-res${i + 1}`, at(day(month, 30), clock(i)), r.separator.lot(res.id), res.massGrams),
      s.dispose(r.disposer, `dsp-2506-res${i + 1}`, at(day(month, 30), `${String(i + 12).padStart(2, '0')}:00`), r.separator.lot(res.id), res.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]));
    return { world: w, find: {} };
  },
});
