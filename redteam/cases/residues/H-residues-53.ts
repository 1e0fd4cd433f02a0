import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-53',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Flotation middlings at ore grade stockpiled as ore and re-fed two months later, the tailings of both passes in the licensed dam',
  does: 'In July 2025 the Bayan Obo miner beneficiates 6,000 t of ore. The cleaner circuit is being rebuilt, so a 600 t middlings stream at about the ore\'s own grade (12 % of its rare earths) is stockpiled as ore for re-treatment; 66 % go to concentrate and the tailings to the miner\'s own licensed tailings dam. In September, with the circuit back, the 600 t of middlings are re-fed: 60 % of their rare earths to concentrate, the tailings again to the dam. Both months are reported on time.',
  expect: 'Nothing: middlings stockpiled at ore grade and re-treated within weeks, every tonne of tailings placed in a licensed dam.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT-DSP-BY-R19', party: r.miner.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-bayan-obo'] } });
    const dam = w.facility({ id: 'dam-dongshan-r19', party: r.miner.id, kind: 'disposal-site', nameZh: '东山尾矿库', nameEn: 'Dongshan tailings dam', region: '150206', licence });
    const ore = { id: 'ORE-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(6_000) };
    const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, ore);
    const held = s.lot(r.miner.lot(ore.id)).composition;
    const conc = scale(held, 0.66);
    const mid = scale(held, 0.12);
    const tail = scale(held, 0.2);
    const concGrams = oxideMass(conc, 0.5);
    const midGrams = tonnes(600);
    const tailGrams = tonnes(6_000) - concGrams - midGrams;
    w.record(r.miner, at('2025-08-05', '10:00'), [
      extract,
      s.process(r.miner, 'ben-2507-01', at('2025-07-06'), [{ lot: ore.id, massGrams: ore.massGrams }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: concGrams, composition: conc },
        { id: 'MID-2507-01', product: 'ore-bayan-obo', massGrams: midGrams, composition: mid },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tailGrams, composition: tail },
      ], { facility: r.mine, note: 'cleaner circuit under rebuild: middlings stockpiled for re-treatment' }),
      s.dispose(r.miner, 'dsp-2507-tl', at('2025-07-07'), 'TL-2507-01', tailGrams, 'tailings-storage', dam),
    ]);
    const conc2 = scale(mid, 0.6);
    const tail2 = scale(mid, 0.38);
    const conc2Grams = oxideMass(conc2, 0.5);
    const tail2Grams = midGrams - conc2Grams;
    if (reo(mid) / midGrams < 0.04) throw new Error('middlings grade');
    w.record(r.miner, at('2025-10-05', '10:00'), [
      s.process(r.miner, 'ben-2509-01', at('2025-09-09'), [{ lot: 'MID-2507-01', massGrams: midGrams }], [
        { id: 'BC-2509-01', product: 'concentrate-bayan-obo', massGrams: conc2Grams, composition: conc2 },
        { id: 'TL-2509-01', product: 'tailings-bayan-obo', massGrams: tail2Grams, composition: tail2 },
      ], { facility: r.mine, note: 're-treatment of July middlings through the rebuilt cleaner circuit' }),
      s.dispose(r.miner, 'dsp-2509-tl', at('2025-09-10'), 'TL-2509-01', tail2Grams, 'tailings-storage', dam),
    ]);
    return { world: w, find: {} };
  },
});
