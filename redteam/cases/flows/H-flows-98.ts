// Estimates (not in shared/DOMAIN.md): remelt yield (99.5 %), dross (0.36 % of the rare earths at about 80 %) and fume are estimates.
import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-98',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr metal sent back once to be re-cast into small ingots for a new strip caster, and shipped back as a new lot',
  does: 'The Ningbo magnet maker installs a strip caster whose crucible takes 5 kg ingots, not the 25 kg blocks it holds. On 2025-07-08 it sends 10 t of the June NdPr metal back to the smelter (received 07-09), which remelts it under argon on 07-12: 9.95 t of small ingots and 45 kg of crucible dross booked as metal scrap (the 0.05 % rest is fume, an estimate). The ingots go back to Ningbo on 07-15 and are received on 07-16.',
  expect: 'Nothing: one return for a stated rework, a process that changes the lot and balances, and a new lot shipped back.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const grams = tonnes(10);
    const held = month.metalShipment;
    const feed = s.share(held, grams);
    const ingots = scale(feed, 0.995);
    const dross = scale(feed, 0.0036);
    const ingotGrams = metalMass(ingots);
    w.record(r.magnets, at('2025-08-06', '10:00'), [
      s.ship(r.magnets, 'shp-2507-recast', at('2025-07-08'), held, grams, r.smelter, 'RC-2507-01', 'returned for re-casting into 5 kg ingots for the new strip caster'),
    ]);
    const back = r.magnets.lot('RC-2507-01');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-recast', at('2025-07-09'), back, grams),
      s.process(r.smelter, 'rem-2507-01', at('2025-07-12'), [{ lot: back, massGrams: grams }], [
        { id: 'MET-2507-RC', product: 'metal-ndpr', massGrams: ingotGrams, composition: ingots },
        { id: 'DRS-2507-RC', product: 'scrap-re-metal', massGrams: tonnes(0.045), composition: dross },
      ], { facility: r.metalPlant, note: 'argon induction remelt into 5 kg ingots' }),
      s.ship(r.smelter, 'shp-2507-rc', at('2025-07-15'), 'MET-2507-RC', ingotGrams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-rc', at('2025-07-16'), r.smelter.lot('MET-2507-RC'), ingotGrams)]);
    return { world: w, find: {} };
  },
});
