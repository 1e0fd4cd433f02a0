import { defineCase } from '../../lib/case.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { phosphorMonth } from '../../lib/round19.ts';

export default defineCase({
  id: 'H-conservation-53',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Waste lamp phosphor leached at 92 %: 50 t give 330 kg of terbium oxide and 5.9 t of yttrium oxide',
  does: 'In September 2025 the Ganzhou recycler collects 50 t of waste tri-band lamp phosphor from a Ganzhou lamp dismantler (the catalogue\'s 10 % Y, 0.7 % Eu, 0.6 % Tb) and leaches it: yttrium, europium, terbium and the lanthanum–cerium each at 92 % (an estimate for a good acid-leach line), into single Y, Eu and Tb oxides and a La–Ce oxide. The undissolved residue, with what was not recovered, goes to the licensed store. September is reported on 10-06.',
  expect: 'Nothing: recovery below what the phosphor held, each element in proportion; a small, rich campaign is what lamp-phosphor recycling is.',
  build() {
    const ctx = baselineWorld();
    const { w } = ctx;
    honestMonth(ctx, '2025-06');
    phosphorMonth(ctx, '2025-09', '2509', 50, 0.92);
    return { world: w, find: {} };
  },
});
