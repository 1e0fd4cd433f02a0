import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-54',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Concentrate "kiln-dried" at the separator: 12 % of the weight and 12 % of the rare earths gone with the water',
  does: 'In July 2025 the Baotou separator receives 1,000 t of Bayan Obo concentrate and books a drying step before roasting: 1,000 t in, 880 t of "dried concentrate" out, "12 % moisture driven off". The dried lot is booked with 12 % less of every rare earth as well as 12 % less weight; water carries no rare earths. It then separates the 880 t at a good 95 % with its residue to the licensed store, so the separation itself looks perfect. The 120 t of concentrate (60 t REO) never went into the kiln: they went by truck to a private separation workshop.',
  expect: 'A drying step that loses rare earths with the water, some 60 t REO gone without a trace: the drying event and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507', minedTonnes: 1_000, shippedTonnes: 1_000 });
    const dried = tonnes(880);
    const driedComp = scale(s.share(feed, shippedGrams), 0.88);
    const receive = s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams);
    const dry = s.process(r.separator, 'dry-2507-01', at('2025-07-13'), [{ lot: feed, massGrams: shippedGrams }], [{ id: 'DC-2507-01', product: 'concentrate-bayan-obo', massGrams: dried, composition: driedComp }], { facility: r.separationPlant, note: 'rotary kiln drying before acid roasting: 12 % moisture driven off' });
    const plan = separate(s.share(r.separator.lot('DC-2507-01'), dried), 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: Math.round(dried * 0.45) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      receive, dry,
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: 'DC-2507-01', massGrams: dried }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: { events: [r.separator.event('dry-2507-01')], lots: [r.separator.lot('DC-2507-01')], parties: [r.separator.id] } };
  },
});
