import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { outsideUscc } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-60',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Yttrium oxide delivered through a trader to a dental-zirconia ceramics works',
  does: 'Dental crowns are milled from zirconia stabilised with 3–5 mol % yttria, and the powder makers buy yttrium oxide by the tonne. The Beijing trader buys 2 t of yttrium oxide from the Longnan separator (shipped 2025-07-15, received 07-16) and delivers it on 07-24 to a zirconia powder works in Shijiazhuang, a manufacturer with no traceability books, named with its credit code, sector glass and ceramics, under contract ZR-2025-031. Yttrium oxide is a controlled item for export, not at home. July is reported on the 7th of August.',
  expect: 'Nothing: a controlled element delivered at home to an identified manufacturer in a sector that consumes oxides; export controls do not govern domestic sales.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(2);
    const lot = sellOxide(ctx, south, heavy, 'oxide-y', grams, r.trader, '2025-07', '2507-y');
    w.record(r.trader, at('2025-08-07', '11:00'), [
      { id: 'dlv-2507-y', kind: 'deliver', time: at('2025-07-24'), lot, massGrams: grams, customer: { name: '石家庄华瓷氧化锆材料有限公司', id: outsideUscc('sjz-zirconia', '130100') }, sector: 'glass-and-ceramics', contract: 'ZR-2025-031' },
    ]);
    return { world: w, find: {} };
  },
});
