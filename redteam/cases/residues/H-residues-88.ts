import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { receiveAndDispose } from '../../lib/chain.ts';
import { addSisterSeparator } from '../../lib/round8.ts';
import { juneWorld, lotAtReo, minerMonth, separationPlan } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-residues-88',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A separator sells 26 t of lean mixed carbonate precipitated from its wash liquors to its sister separator; its residue goes to the store as usual',
  does: 'The Baotou separator runs July\'s 1,000 t of Bayan Obo concentrate on 2025-07-20 at 93 % into separated oxides; 2 % of the rare earths, bled from the scrub and wash liquors of its extraction line, are precipitated as 26 t of wet mixed carbonate at 38 % REO, which it sells on 07-24 to the group\'s Hi-Tech Zone separator for re-extraction (received 07-25). Its 450 t of water-leach residue leave for the licensed store on 07-24 and are placed on the 27th.',
  expect: 'Nothing: the residue is booked and placed whole at the licensed store; the lean carbonate is a real intermediate, separated under the sister plant\'s licence and quota.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.45 t of residue per t of feed (chain.ts); 2 % of the rare earths in the bleed; wet carbonate at 38 % REO (the catalogue's dry carbonate is 45 %).
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const { sister } = addSisterSeparator(ctx);
    const { feed, feedGrams, feedComposition } = minerMonth(ctx, '2025-07', '2507');
    const plan = separationPlan(feedComposition, feedGrams, 'SEP-2507', 0.93);
    const residue = plan.residue!;
    const carbonate = lotAtReo('SEP-2507-MCB', 'mixed-carbonate-light', scale(feedComposition, 0.02), 0.38);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, feedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: feedGrams }], [...plan.outputs, carbonate], { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction; scrub and wash bleed precipitated with ammonium bicarbonate' }),
      s.ship(r.separator, 'shp-2507-mcb', at('2025-07-24'), carbonate.id, carbonate.massGrams, sister, undefined, 'bulk bags, wet cake'),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    w.record(sister, at('2025-08-07', '10:00'), [s.receive(sister, 'rcv-2507-mcb', at('2025-07-25'), r.separator.lot(carbonate.id), carbonate.massGrams)]);
    return { world: w, find: {} };
  },
});
