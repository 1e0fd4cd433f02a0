import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-60',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Ore weighed light at the pit, beneficiated into more rare earths than the ore held',
  does: 'The Bayan Obo miner hauls about 12,000 t of ore in July 2025 but books only 8,000 t at the pit weighbridge (6 % REO, the catalogue grade: 480 t REO), keeping some 240 t REO off its mining quota. Its beneficiation plant cannot hide the concentrate, which the separator weighs and assays on arrival: on 07-06 it records 1,152 t of concentrate at 50 % REO (576 t REO, the 80 % recovery a good plant gets from the real ore) and 6,848 t of tailings at about 1.3 % REO, which go to its own licensed tailings dam. The concentrate and tailings together hold 1.4 times the rare earths of the ore they came from. July is reported on 08-05.',
  expect: 'A beneficiation whose outputs hold more of every element than its input: the miner\'s ore booked short at extraction; the beneficiation, the ore and concentrate lots and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT-DSP-BY-2024', party: r.miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-bayan-obo'] } });
    const dam = w.facility({ id: 'dam-dongshan-tailings', party: r.miner.id, kind: 'disposal-site', nameZh: '东山尾矿库', nameEn: 'Dongshan tailings dam', region: '150206', licence });
    const ore = { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(8_000) };
    const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, ore, 'pit weighbridge WB-2, haul trucks 1–14');
    const held = s.lot(r.miner.lot(ore.id)).composition;
    // What the real 12,000 t held, split as a plant recovering 80 % would: 1.2 × the booked ore's
    // rare earths into concentrate, 0.19 × into the tailings that were weighed.
    const concentrate = scale(held, 1.2);
    const tailings = scale(held, 0.19);
    const concentrateGrams = Math.round(reo(concentrate) / 0.5);
    const tailingsGrams = ore.massGrams - concentrateGrams;
    w.record(r.miner, at('2025-08-05', '10:00'), [
      extract,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: ore.id, massGrams: ore.massGrams }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: concentrateGrams, composition: concentrate },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tailingsGrams, composition: tailings },
      ], { facility: r.mine, note: 'magnetic separation and flotation' }),
      s.dispose(r.miner, 'dsp-2507-tl', at('2025-07-07'), 'TL-2507-01', tailingsGrams, 'tailings-storage', dam),
    ]);
    return {
      world: w,
      find: {
        events: [r.miner.event('ben-2507-01'), r.miner.event('ext-2507-ore')],
        lots: [r.miner.lot('ORE-2507-01'), r.miner.lot('BC-2507-01')],
        parties: [r.miner.id],
      },
    };
  },
});
