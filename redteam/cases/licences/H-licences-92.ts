import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addHeavyMetalWorks } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-licences-92',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Ganzhou terbium-metal works exports its own metal under its own dual-use licence, with no trader in between',
  does: 'The Ganzhou heavy rare earth metal works (licensed to reduce Dy and Tb) is also registered as an exporter and holds a dual-use export licence of its own for terbium metal, up to 1 t REO, valid from 2025-07-01. It buys 0.9 t of Tb4O7 from the Longnan separator (shipped 07-15, received 07-16), reduces it to 0.74 t of terbium metal on 07-22 (calcium reduction, 97 %), and exports 0.7 t to a Japanese magnet maker on 08-12 citing its licence. Everyone reports on time.',
  expect: 'Nothing: a manufacturer may export its own product; the licence is its own and covers the product, element, quantity (0.82 t REO) and dates.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const { works, worksPlant } = addHeavyMetalWorks(ctx, 40);
    w.amendParty(works, { roles: ['metal-smelter', 'exporter'] });
    const licence = w.licence({ id: 'RT-EXP-ZG-TB-2025', party: works.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 1, scope: { products: ['metal-tb'], elements: ['Tb'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const oxideGrams = tonnes(0.9);
    const tbOxide = sellOxide(ctx, south, heavy, 'oxide-tb', oxideGrams, works, '2025-07', '2507-tb');
    const metal = smelt(s.share(tbOxide, oxideGrams), 'TB-2507-01', 'metal-tb');
    w.record(works, at('2025-08-07', '11:00'), [
      s.process(works, 'met-2507-tb', at('2025-07-22'), [{ lot: tbOxide, massGrams: oxideGrams }], [metal], { facility: worksPlant, note: 'calcium reduction of TbF3, vacuum distillation' }),
    ]);
    const exported = tonnes(0.7);
    w.record(works, at('2025-09-05', '10:00'), [
      s.export(works, 'exp-2508-tb', at('2025-08-12'), metal.id, exported, 'JP', { licence, customsDeclaration: '400120250800012211' }),
    ]);
    return { world: w, find: {} };
  },
});
