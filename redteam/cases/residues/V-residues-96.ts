// Estimates (not in shared/DOMAIN.md): 75 % beneficiation recovery is DOMAIN.md's floor; the 5 % of the rest lost to slimes is an estimate.
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-96',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Beneficiation tailings of 7,280 t left on the miner\'s books for a year, never placed in any dam',
  does: 'In July 2025 the miner beneficiates 8,000 t of run-of-mine ore at its Dongshan concentrator into 720 t of concentrate (75 % recovery) and 7,280 t of tailings. The concentrate is sold over the year; the tailings lot is never shipped to the licensed tailings store nor placed in a dam: it stays on the books while the miner goes on reporting its ordinary months (June 2026 among them). The tailings were pumped into a gully north of the pit; the lot on the books is the only trace of them.',
  expect: 'Tailings made and never disposed of a year later by a miner that holds no disposal licence; the tailings lot, the beneficiation and the miner.',
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
      ], { facility: r.mine, note: 'magnetic separation and flotation' }),
    ]);
    mineAndShip(ctx, '2026-06', { tag: '2606', minedTonnes: 1_200, shippedTonnes: 1_000 });
    const feed = r.miner.lot('BC-2606-01-S1');
    w.record(r.separator, at('2026-07-06', '10:00'), [s.receive(r.separator, 'rcv-2606-01', at('2026-06-11', '09:00'), feed, tonnes(1_000))]);
    return {
      world: w,
      find: { lots: [r.miner.lot('TL-2507-01')], events: [r.miner.event('ben-2507-01')], parties: [r.miner.id] },
    };
  },
});
