import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { day, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

// Each batch's NdPr oxide carries 4 % more Pr and Nd than the batch's feed held: a little
// mined-off-books oxide blended in per batch, too little to show in any one event.
const EXCESS_PER_BATCH = 1.04;
const BATCHES = 5;

export default defineCase({
  id: 'V-conservation-01',
  family: 'conservation',
  violation: true,
  heldOut: false,
  title: 'Salami: small element excesses in every separation batch',
  does: 'The separator runs its month in five 200 t batches; each batch declares NdPr oxide holding 4 % more Pr and Nd than the batch feed carried (off-book oxide blended in). No single batch looks large; the month creates about 4 t of NdPr from nothing.',
  expect: 'The separator\'s June balance per element (Pr, Nd) shows output above input; the five process events.',
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
      const ndpr = plan.byProduct['oxide-ndpr']!;
      const inflated = scale(ndpr.composition!, EXCESS_PER_BATCH / 0.95);
      ndpr.composition = inflated;
      ndpr.massGrams = Math.ceil((inflated.Pr! * 1.2082 + inflated.Nd! * 1.1664) / 0.99);
      events.push(s.process(r.separator, `sep-2506-b${b}`, at(day(month, 12 + 3 * b)), [{ lot: feed, massGrams: batchGrams }], plan.outputs, { facility: r.separationPlant }));
      residues.push({ id: plan.residue!.id, massGrams: plan.residue!.massGrams });
    }
    const residueEvents = residues.map((res, i) => s.ship(r.separator, `shp-2506-res${i + 1}`, at(day(month, 28), `0${i + 1}:00`), res.id, res.massGrams, r.disposer));
    w.record(r.separator, reportTime(month, 6), [...events, ...residueEvents]);
    w.record(r.disposer, reportTime(month, 7), residues.flatMap((res, i) => [
      s.receive(r.disposer, `rcv-2506-res${i + 1}`, at(day(month, 29), `0${i + 1}:00`), r.separator.lot(res.id), res.massGrams),
      s.dispose(r.disposer, `dsp-2506-res${i + 1}`, at(day(month, 30), `0${i + 1}:00`), r.separator.lot(res.id), res.massGrams, 'radioactive-waste-storage', r.disposalSite),
    ]));
    return {
      world: w,
      find: { parties: [r.separator.id], events: Array.from({ length: BATCHES }, (_, i) => r.separator.event(`sep-2506-b${i + 1}`)) },
    };
  },
});
