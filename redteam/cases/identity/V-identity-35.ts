// Estimates (not in shared/DOMAIN.md): Mg–30Y master alloy (the catalogue's alloy-mg-y); 97 % oxide →
// metal (refining.ts); 99.5 % of the yttrium into the alloy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mgYWorks, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-identity-35',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Magnesium–yttrium master alloy at 30 % yttrium exported to Germany as "magnesium alloy, HS 8104", without a dual-use licence',
  does: 'A Wenxi (Shanxi) magnesium works buys 4.6 t of yttrium metal from the Baotou smelter (reduced from Longnan yttrium oxide, received 2025-07-27) and on 08-04 melts it into 15 t of Mg–30Y master alloy. A German foundry that casts magnesium–rare earth alloys for aircraft gearboxes orders 12 t. The works declares the ingots under the magnesium heading as "magnesium alloy, unwrought", reasoning that a magnesium product is no rare earth item, and exports them to Hamburg on 08-20 with no licence. Announcement 18 lists yttrium metals and alloys; the ingots are 30 % yttrium. August is reported on 09-05.',
  expect: 'A controlled alloy exported without a licence under a heading that hides its yttrium: the export, the alloy lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const mg = mgYWorks(ctx, (c) => {
      const south = addIonicChain(c);
      const heavy = importAndSeparateHeavy(c, south, '2025-07', '2507');
      return { yOxide: sellOxide(c, south, heavy, 'oxide-y', tonnes(6), r.smelter, '2025-07', '2507-y') };
    }, ['alloy-maker', 'exporter']);
    w.record(mg.works, on('2025-09-05'), [
      ...mg.august,
      s.export(mg.works, 'exp-2508-01', at('2025-08-20', '14:00'), mg.alloy, tonnes(12), 'DE', {
        customsDeclaration: '140120250800019934', note: 'declared as magnesium alloy, unwrought (HS 8104.19)',
      }),
    ]);
    return { world: w, find: { parties: [mg.works.id], events: [mg.works.event('exp-2508-01')], lots: [mg.works.lot(mg.alloy)] } };
  },
});
