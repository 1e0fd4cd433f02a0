import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-72',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A new solvent-extraction cascade\'s first fill: 6 % of July\'s rare earths stay in the circuit',
  does: 'In July 2025 the separator commissions its second solvent-extraction cascade (120 mixer-settler stages). Before a new cascade gives product, its organic and aqueous phases must be loaded to their working profile, which holds rare earths in the circuit for as long as the line runs (the hold-up; 6 % of a month\'s feed is an estimate for a cascade of this size). The 07-20 campaign on the 1,000 t received on 07-11 therefore gives separated oxides holding 89 % of the feed\'s rare earths instead of the usual 95 %, and the other 6 % is booked as a lot of its own, "cascade hold-up, line 2", mixed rare earth chloride that stays in stock. Residue goes to the licensed store on 07-24; everything is reported on time.',
  expect: 'Nothing: the plant\'s recovery to saleable oxide is low for one month because part of the feed is stock in the circuit, booked as such; with the hold-up counted, the balance closes at the usual 95 %.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507' });
    const held = s.lot(feed).composition;
    const holdUp = scale(held, 0.06);
    const plan = separate(subtract(held, holdUp), 'SEP-2507', { recovery: 0.89 / 0.94, residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    const fill = { id: 'SX2-HOLDUP-2507', product: 'mixed-chloride-light', massGrams: Math.ceil(reo(holdUp) / 0.45), composition: holdUp };
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], [...plan.outputs, fill], { facility: r.separationPlant, note: 'first campaign of SX line 2: circuit loaded to working profile, hold-up booked as lot SX2-HOLDUP-2507' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
