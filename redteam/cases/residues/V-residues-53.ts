import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-53',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Flotation tailings booked as "low-grade ore for re-treatment" and heaped beside the pit, never disposed of',
  does: 'In July 2025 the Bayan Obo miner beneficiates 6,000 t of run-of-mine ore at 75 % recovery into 540 t of concentrate. It holds no tailings licence and does not want to pay the licensed store, so it books the 5,400 t of tailings as a second output, "ore-bayan-obo, low-grade, stockpiled for re-treatment", at about 1.7 % REO (a third of the ore it came from), and tips it on an unlined heap beside the pit. Nothing ever re-treats it; in December the miner is still carrying it as ore while it goes on mining.',
  expect: 'Beneficiation that leaves no tailings but an "ore" lot at a tailings grade that never moves: the beneficiation event and the heaped lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const ore = { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(6_000) };
    const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, ore);
    const held = s.lot(r.miner.lot(ore.id)).composition;
    const concentrate = scale(held, 0.75);
    const heap = scale(subtract(held, concentrate), 0.95);
    if (reo(heap) / tonnes(5_400) > 0.02) throw new Error('heap grade');
    w.record(r.miner, at('2025-08-05', '10:00'), [
      extract,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: ore.id, massGrams: ore.massGrams }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(540), composition: concentrate },
        { id: 'ORE-2507-LG', product: 'ore-bayan-obo', massGrams: tonnes(5_400), composition: heap },
      ], { facility: r.mine, note: 'magnetic separation and flotation; low-grade ore stockpiled for re-treatment' }),
    ]);
    honestMonth(ctx, '2025-12', { tag: '2512' });
    return { world: w, find: { events: [r.miner.event('ben-2507-01')], lots: [r.miner.lot('ORE-2507-LG')] } };
  },
});
