// Estimates (not in shared/DOMAIN.md): 75 % beneficiation recovery is DOMAIN.md's floor; the 5 % of the rest lost to slimes is an estimate.
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-96',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Beneficiation tailings thickened five weeks at the concentrator, then piped to the licensed tailings store',
  does: 'In July 2025 the miner beneficiates 8,000 t of ore into 720 t of concentrate and 7,280 t of tailings, which settle in the concentrator\'s thickener. The miner holds no disposal licence of its own; on 2025-08-12, when the new slurry line to the licensed Baotou store is commissioned, it sends the whole tailings lot there; the store receives it on 08-13 and places it in its tailings cell on 08-14.',
  expect: 'Nothing: tailings held a few weeks at the plant, then placed by a licensed store whose scope names Bayan Obo tailings.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const ore = { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(8_000) };
    const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, ore);
    const held = s.lot(r.miner.lot(ore.id)).composition;
    const concentrate = scale(held, 0.75);
    const tailings = scale(subtract(held, concentrate), 0.95);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      extract,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: ore.id, massGrams: ore.massGrams }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(720), composition: concentrate },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tonnes(7_280), composition: tailings },
      ], { facility: r.mine, note: 'magnetic separation and flotation; tailings to the thickener' }),
    ]);
    w.record(r.miner, at('2025-09-05', '10:00'), [
      s.ship(r.miner, 'shp-2508-tl', at('2025-08-12'), 'TL-2507-01', tonnes(7_280), r.disposer, undefined, 'slurry pipeline to the Baotou store, commissioned 08-12'),
    ]);
    w.record(r.disposer, at('2025-09-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2508-tl', at('2025-08-13'), r.miner.lot('TL-2507-01'), tonnes(7_280)),
      s.dispose(r.disposer, 'dsp-2508-tl', at('2025-08-14'), r.miner.lot('TL-2507-01'), tonnes(7_280), 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
