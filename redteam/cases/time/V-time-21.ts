import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-21',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'An export re-dated by correction into its licence\'s last days',
  does: 'The Shanghai trading house\'s terbium export licence ran from 2025-05-01 to 2025-07-31. It bought 0.8 t of Tb oxide from the Longnan separator in mid-July, but the consignment only cleared customs on 2025-08-05, and it reports it so with August. On 2025-09-20, after a query, it files a "correction" of that export: same lot, mass, country and declaration, dated 2025-07-30, "date keyed wrongly". Nothing else changes: the correction exists to move the export inside the licence.',
  expect: 'A correction that moves an event back across the end of a licence, made weeks after both months\' deadlines; the correction, the original export and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const licence = w.licence({ id: 'RT-EXP-PJ-TB-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-05-01', validTo: '2025-07-31', capacityTonnesReo: 2, scope: { products: ['oxide-tb'], elements: ['Tb'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', tonnes(0.8), r.exporter, '2025-07', '2507-tb');
    const declaration = '220120250800023761';
    w.record(r.exporter, at('2025-09-05', '10:00'), [
      s.export(r.exporter, 'exp-2508-tb', at('2025-08-05'), lot, tonnes(0.8), 'KR', { licence, customsDeclaration: declaration }),
    ]);
    w.record(r.exporter, at('2025-09-20', '16:00'), [
      s.correct('cor-2509-01', at('2025-09-20', '15:00'), 'exp-2508-tb', 'date keyed wrongly: the goods cleared on 2025-07-30', {
        id: 'cor-2509-01', kind: 'export', time: at('2025-07-30'), lot, massGrams: tonnes(0.8), destinationCountry: 'KR', licence, customsDeclaration: declaration,
      }),
    ]);
    return { world: w, find: { events: [r.exporter.event('cor-2509-01'), r.exporter.event('exp-2508-tb')], parties: [r.exporter.id] } };
  },
});
