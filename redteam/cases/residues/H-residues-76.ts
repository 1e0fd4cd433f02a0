import { defineCase } from '../../lib/case.ts';
import { at, scale } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leftOver, residueMix, separationLots } from '../../lib/round14.ts';

export default defineCase({
  id: 'H-residues-76',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A new leach line recovers 98 % and leaves a residue with less than half the usual rare earths',
  does: 'The Baotou separator commissions a counter-current water-leach line in July 2025 and its campaign on the mine\'s 1,000 t of concentrate (07-20) recovers 98 % of every element into its oxides. Its 450 t of residue carries about 40 % of the rare earths a baseline residue carries (an estimate from the better leach), the rest of the loss going to the solvent-extraction raffinate as before. The residue goes to the licensed store on 07-24, July is reported on 08-06.',
  expect: 'Nothing: a leaner residue from a better plant, placed in the licensed store; what went in came out as oxide or residue, within the usual losses.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const feed = s.share(july.feed, july.shippedGrams);
    const recovered = scale(feed, 0.98);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const lots = separationLots(recovered, 'SEP-2507', { massGrams: residueGrams, composition: scale(residueMix('slag-water-leach-residue', residueGrams, leftOver(feed, recovered)), 0.4) });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], lots.outputs, { facility: r.separationPlant, note: 'acid roasting, counter-current water leach (new line), solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), lots.residue.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(lots.residue.id), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
