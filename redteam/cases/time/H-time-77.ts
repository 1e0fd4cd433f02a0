import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { handDisposal, handProcess, handShip } from '../../lib/round14.ts';

export default defineCase({
  id: 'H-time-77',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A campaign booked to the wrong one of two licensed lines, corrected two days later before anything moved',
  does: 'The Baotou separator runs two solvent-extraction lines, both registered under its licence. The clerk books its July 2025 campaign on the mine\'s 1,000 t (07-20) to line 2, which was down for maintenance; the line supervisor spots it on 07-22 and the separator corrects the campaign to line 1 that day, under new lot numbers, before any of its lots has moved. The residue goes to the licensed store on 07-24; the campaign and the correction are reported on 08-05 and 08-06.',
  expect: 'Nothing: a clerical correction within days, inside the reporting window, between two plants the licence covers.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const line2 = w.facility({ id: 'plant-jiuyuan-line-2', party: r.separator.id, kind: 'plant', nameZh: '九原分离厂二线', nameEn: 'Jiuyuan separation plant, line 2', region: '150207', licence: r.separationLicence });
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const plan = separate(feed, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    w.record(r.separator, at('2025-08-05', '15:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], plan.outputs, { facility: line2, note: 'acid roasting, water leach, solvent extraction' }),
    ]);
    const again = separate(feed, 'SEP-2507B', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    const replacement = handProcess('cor-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], again.outputs, r.separationPlant, 'acid roasting, water leach, solvent extraction');
    w.record(r.separator, reportTime('2025-07', 6), [
      s.correct('cor-2507-01', at('2025-07-22', '11:00'), 'sep-2507-01', 'line code keyed wrong: the campaign ran on line 1, line 2 was down for maintenance', replacement),
      handShip('shp-2507-res', at('2025-07-24'), again.residue!.id, residueGrams, r.disposer, 'sealed residue trucks'),
    ]);
    handDisposal(ctx, r.separator.lot(again.residue!.id), residueGrams, '2507', at('2025-07-25'), at('2025-07-27'), reportTime('2025-07', 7));
    return { world: w, find: {} };
  },
});
