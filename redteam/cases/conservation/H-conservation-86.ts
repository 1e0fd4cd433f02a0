import { defineCase } from '../../lib/case.ts';
import { add, at, pick, scale, tonnes } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { southHeavy } from '../../lib/round16.ts';
import { addPhosphorWorks, juneWorld, lotAtReo } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-conservation-86',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A red-phosphor works fires July\'s and August\'s yttrium oxide in one August campaign: August\'s phosphor holds twice August\'s intake',
  does: 'A Xiamen red-phosphor works buys 10 t of yttrium oxide from the Longnan separator in July (received 2025-07-16) and 10 t in August (received 08-16), and imports 1.5 t of europium oxide from France on 07-10. Its kiln is relined in July, so it fires both purchases in a single campaign on 08-25: Y2O3:Eu phosphor holding 99.5 % of the yttrium and europium, the rest lost as sieve fines. It reports July on 08-07 and August on 09-07.',
  expect: 'Nothing: the phosphor holds less of each element than the works bought over the two months.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 99.5 % of the yttrium and europium into the phosphor.
    const { ctx } = juneWorld();
    const { w, s } = ctx;
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507');
    const { works, plant } = addPhosphorWorks(ctx);
    const yGrams = tonnes(10);
    const july = sellOxide(ctx, south, heavy, 'oxide-y', yGrams, works, '2025-07', '2507-y');
    const euGrams = tonnes(1.5);
    w.record(works, at('2025-08-07', '11:00'), [s.import(works, 'imp-2507-eu', at('2025-07-10'), { id: 'EU-2507-01', product: 'oxide-eu', massGrams: euGrams }, 'FR', '223120250710003307')]);
    const august = sellOxide(ctx, south, heavy, 'oxide-y', yGrams, works, '2025-08', '2508-y');
    const yIn = add(pick(s.share(july, yGrams), ['Y']), pick(s.share(august, yGrams), ['Y']));
    const euIn = pick(s.lot(works.lot('EU-2507-01')).composition, ['Eu']);
    const phosphor = lotAtReo('RP-2508-01', 'phosphor-red-y2o3-eu', scale(add(yIn, euIn), 0.995), 0.995);
    w.record(works, at('2025-09-07', '11:00'), [
      s.process(works, 'fire-2508-01', at('2025-08-25'), [{ lot: july, massGrams: yGrams }, { lot: august, massGrams: yGrams }, { lot: 'EU-2507-01', massGrams: euGrams }], [phosphor], { facility: plant, note: 'first campaign after the kiln relining: co-precipitated oxalate, fired at 1,350 °C, milled and sieved' }),
    ]);
    return { world: w, find: {} };
  },
});
