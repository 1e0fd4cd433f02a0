import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-residues-87',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A residue lot 1.8 % lighter after ten days on the store\'s drainage pad in the rains, booked as drained water before placement',
  does: 'The licensed residue store receives June\'s 450 t of thorium-bearing water-leach residue from the Baotou separator on 2025-06-25, in the first week of the summer rains. Its cell is being capped, so the lot waits ten days on the lined, roofed drainage pad; seepage water is collected into the store\'s own effluent tank. On 07-04 the weighbridge re-weighs the lot 8.1 t (1.8 %) lighter, which the store books as drained water with the laboratory\'s moisture certificate, and the 441.9 t are placed on 07-05. June\'s receipt is filed on 07-07, July\'s loss and placement on 08-07.',
  expect: 'Nothing: the whole lot is placed at the licensed store; a loss of under 2 % of a wet filter cake\'s weight on a drainage pad is water, measured and certified.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): pressed water-leach filter cake holds about 20–30 % water, a few per cent of it free to drain.
    const { ctx, june } = juneWorld();
    const { w, r } = ctx;
    // honestMonth's store already received and placed June's residue: this case writes the store's months itself.
    w.documents.splice(w.documents.findIndex((d) => d.party === r.disposer.id), 1);
    const residue = june.residue;
    const grams = 450_000_000;
    const drained = 8_100_000;
    w.record(r.disposer, at('2025-07-07', '10:00'), [{ id: 'rcv-2506-res', kind: 'receive', time: at('2025-06-25'), lot: residue, massGrams: grams }]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      { id: 'adj-2507-res', kind: 'adjust', time: at('2025-07-04', '16:00'), lot: residue, deltaGrams: -drained, reason: 'free water drained on the roofed pad over ten days; moisture certificate LAB-2507-0113, weighbridge tickets 06-25 and 07-04' },
      { id: 'dsp-2507-res', kind: 'dispose', time: at('2025-07-05'), facility: r.disposalSite, lot: residue, massGrams: grams - drained, method: 'radioactive-waste-storage' },
    ]);
    return { world: w, find: {} };
  },
});
