import { defineCase } from '../../lib/case.ts';
import { add, at, scale } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { handDisposal, handProcess, handShip, leftOver, separationLots } from '../../lib/round14.ts';

export default defineCase({
  id: 'H-conservation-77',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A laboratory re-assay corrects a separation two days later, 2 % less NdPr in the oxide and as much more in the residue',
  does: 'The Baotou separator files its July 2025 in two documents: on 08-05 the receipt of the mine\'s 1,000 t of concentrate (07-11) and its separation on 07-20, booked at 95 %; on 08-06 the correction below. The check assay of the NdPr oxide and of the leach residue comes back on 07-22: the oxide holds 2 % less NdPr than the first assay said, and the residue correspondingly more (the water leach was short of acid). The separator corrects the separation that day (the correction is dated 07-22), before any of its lots has moved, under new lot numbers; the residue goes to the licensed store on 07-24, July is reported on 08-06.',
  expect: 'Nothing: a correction made at once, before anything moved, that moves NdPr from the oxide to the residue; what goes in still equals what comes out.',
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
    const first = scale(feed, 0.95);
    const recovered = { ...first, Pr: Math.floor(feed.Pr! * 0.93), Nd: Math.floor(feed.Nd! * 0.93) };
    const residue = add(plan.residue!.composition!, leftOver(first, recovered));
    const lots = separationLots(recovered, 'SEP-2507B', { massGrams: residueGrams, composition: residue });
    const replacement = handProcess('cor-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], lots.outputs, r.separationPlant, 'acid roasting, water leach, solvent extraction (check assays of 07-22)');
    w.record(r.separator, reportTime('2025-07', 6), [
      s.correct('cor-2507-01', at('2025-07-22', '16:00'), 'sep-2507-01', 'check assay: NdPr oxide 2 % lower in NdPr, the leach residue richer by as much (short acid in the water leach)', replacement),
      handShip('shp-2507-res', at('2025-07-24'), lots.residue.id, residueGrams, r.disposer, 'sealed residue trucks'),
    ]);
    handDisposal(ctx, r.separator.lot(lots.residue.id), residueGrams, '2507', at('2025-07-25'), at('2025-07-27'), reportTime('2025-07', 7));
    return { world: w, find: {} };
  },
});
