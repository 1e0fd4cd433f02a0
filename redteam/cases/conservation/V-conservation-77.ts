import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { handDisposal, handProcess, handShip, leftOver, residueMix, separationLots } from '../../lib/round14.ts';

export default defineCase({
  id: 'V-conservation-77',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A laboratory "re-assay" corrects a separation: the NdPr oxide grows to 103 % of the NdPr its feed held',
  does: 'The Baotou separator files its July 2025 in two documents: on 08-05 the receipt of the mine\'s 1,000 t of concentrate (07-11) and its separation on 07-20 at the plant\'s usual 95 %; on 08-06 a correction of that separation, dated 07-22, citing a re-run of the laboratory assays: the replacement, under new lot numbers, books 3 % more praseodymium and neodymium than the feed carried (the other oxides unchanged) and a residue with no NdPr left in it. The extra 4 t or so of NdPr oxide on the books covers oxide from off-book feed the plant sells through the same warehouse. The residue goes to the licensed store on 07-24; July is reported on 08-06.',
  expect: 'A correction whose replacement separation puts out more NdPr than its feed held: the correction, its NdPr oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const plan = separate(feed, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    w.record(r.separator, at('2025-08-05', '15:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
    ]);
    const recovered = { ...scale(feed, 0.95), Pr: Math.floor(feed.Pr! * 1.03), Nd: Math.floor(feed.Nd! * 1.03) };
    const lots = separationLots(recovered, 'SEP-2507B', { massGrams: residueGrams, composition: residueMix('slag-water-leach-residue', residueGrams, leftOver(feed, recovered)) });
    const replacement = handProcess('cor-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], lots.outputs, r.separationPlant, 'acid roasting, water leach, solvent extraction (figures from the re-run assays)');
    w.record(r.separator, reportTime('2025-07', 6), [
      s.correct('cor-2507-01', at('2025-07-22', '16:00'), 'sep-2507-01', 'laboratory re-ran the assays of the NdPr oxide and the residue: outputs re-booked', replacement),
      handShip('shp-2507-res', at('2025-07-24'), lots.residue.id, residueGrams, r.disposer, 'sealed residue trucks'),
    ]);
    handDisposal(ctx, r.separator.lot(lots.residue.id), residueGrams, '2507', at('2025-07-25'), at('2025-07-27'), reportTime('2025-07', 7));
    return {
      world: w,
      find: { events: [r.separator.event('cor-2507-01')], lots: [r.separator.lot('SEP-2507B-NDPR')], parties: [r.separator.id] },
    };
  },
});
