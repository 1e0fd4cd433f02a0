import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-04',
  family: 'residues',
  violation: false,
  heldOut: false,
  title: 'A miner stores its tailings in its own licensed tailings dam',
  does: 'The miner beneficiates 6,000 t of ore at 75 % recovery into 540 t of concentrate; its 5,400 t of tailings go to its own tailings dam, for which it holds a disposal licence.',
  expect: 'Nothing: tailings at a tailings grade, stored by a licensed disposer at its licensed site.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT-DSP-BY-2024', party: r.miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-bayan-obo'] } });
    const dam = w.facility({ id: 'dam-dongshan-tailings', party: r.miner.id, kind: 'disposal-site', nameZh: '东山尾矿库', nameEn: 'Dongshan tailings dam', region: '150206', licence });
    const ore = { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(6_000) };
    const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, ore);
    const held = s.lot(r.miner.lot(ore.id)).composition;
    const concentrate = scale(held, 0.75);
    const tailings = scale(subtract(held, concentrate), 0.95);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      extract,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: ore.id, massGrams: ore.massGrams }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(540), composition: concentrate },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tonnes(5_400), composition: tailings },
      ], { facility: r.mine, note: 'magnetic separation and flotation' }),
      s.dispose(r.miner, 'dsp-2507-tl', at('2025-07-07'), 'TL-2507-01', tonnes(5_400), 'tailings-storage', dam),
    ]);
    return { world: w, find: {} };
  },
});
