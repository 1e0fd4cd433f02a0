// Estimates (not in shared/DOMAIN.md): Mg–30Y master alloy (the catalogue's alloy-mg-y); 97 % oxide →
// metal (refining.ts); 99.5 % of the yttrium into the alloy. The licence is fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence23, mgYWorks, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-identity-35',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Magnesium–yttrium master alloy exported to a German foundry under a dual-use licence that names the alloy and yttrium',
  does: 'A Wenxi (Shanxi) magnesium works buys 4.6 t of yttrium metal from the Baotou smelter (reduced from Longnan yttrium oxide, received 2025-07-27) and on 08-04 melts it into 15 t of Mg–30Y master alloy for a German foundry that casts magnesium–rare earth alloys for aircraft gearboxes. Knowing that Announcement 18 lists yttrium alloys, it applied in June for a dual-use export licence, granted for magnesium–yttrium master alloy, element yttrium, 5 t REO, valid 2025-08-01 to 2026-07-31. On 08-20 it exports 12 t of the ingots to Hamburg citing the licence (3.6 t of yttrium, 4.6 t REO). August is reported on 09-05.',
  expect: 'Nothing: a controlled alloy exported under a licence whose product, element, quantity and dates cover it; the alloy\'s composition is what its name says.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const mg = mgYWorks(ctx, (c) => {
      const south = addIonicChain(c);
      const heavy = importAndSeparateHeavy(c, south, '2025-07', '2507');
      return { yOxide: sellOxide(c, south, heavy, 'oxide-y', tonnes(6), r.smelter, '2025-07', '2507-y') };
    }, ['alloy-maker', 'exporter']);
    const licence = exportLicence23(ctx, mg.works, 'RT23-EXP-WX-MGY', ['alloy-mg-y'], ['Y'], '2025-08-01', '2026-07-31', 5);
    w.record(mg.works, on('2025-09-05'), [
      ...mg.august,
      s.export(mg.works, 'exp-2508-01', at('2025-08-20', '14:00'), mg.alloy, tonnes(12), 'DE', { licence, customsDeclaration: '140120250800019934' }),
    ]);
    return { world: w, find: {} };
  },
});
