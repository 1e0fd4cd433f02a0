import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-67',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Six hundred tonnes of a 1,000 t feed train separated in July, the rest held in the yard and separated in August',
  does: 'The Baotou separator receives 1,000 t of July concentrate (2025-07-11). A roasting kiln is down for a week of relining, so on 07-20 it separates only 600 t (95 %, 270 t of residue to the licensed store on 07-24) and keeps 400 t in the covered feed yard. On 08-12 it separates the 400 t (95 %, 180 t of residue to the store on 08-20). July\'s outputs hold three fifths of July\'s receipts; August\'s outputs come with no receipt in August. Each month is reported by the 6th of the next.',
  expect: 'Nothing: July closes with 400 t of feed in stock, and August separates that stock; per element, in = out + stock + residue in each month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const july = tonnes(600);
    const august = shippedGrams - july;
    const planJuly = separate(s.share(feed, july), 'SEP-2507A', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(july) } });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: july }], planJuly.outputs, { facility: r.separationPlant, note: 'acid roasting (kiln 2 only, kiln 1 relining), water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), planJuly.residue!.id, planJuly.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(planJuly.residue!.id), planJuly.residue!.massGrams, '2507');
    const planAug = separate(s.share(feed, august), 'SEP-2508A', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(august) } });
    w.record(r.separator, at('2025-09-06', '10:00'), [
      s.process(r.separator, 'sep-2508-01', at('2025-08-12'), [{ lot: feed, massGrams: august }], planAug.outputs, { facility: r.separationPlant, note: 'the 400 t held in the feed yard since July; acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2508-res', at('2025-08-20'), planAug.residue!.id, planAug.residue!.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-08', r.separator.lot(planAug.residue!.id), planAug.residue!.massGrams, '2508');
    return { world: w, find: {} };
  },
});
