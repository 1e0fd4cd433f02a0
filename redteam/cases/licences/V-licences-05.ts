import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-05',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Terbium exported on an expired licence',
  does: 'The exporter\'s terbium export licence ran from 2025-05-01 to 2025-07-31. It keeps quoting it: 0.8 t of Tb oxide bought from the Longnan separator in August leaves for Korea on 2025-08-20 under the expired licence\'s number.',
  expect: 'An export of a controlled element after the cited licence has expired; the export event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-08', '2508');
    w.licence({ id: 'RT-EXP-PJ-TB-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-05-01', validTo: '2025-07-31', capacityTonnesReo: 2, scope: { products: ['oxide-tb'], elements: ['Tb'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', tonnes(0.8), r.exporter, '2025-08', '2508-tb');
    w.record(r.exporter, at('2025-09-08', '10:00'), [
      s.export(r.exporter, 'exp-2508-tb', at('2025-08-20'), lot, tonnes(0.8), 'KR', { licence: 'RT-EXP-PJ-TB-2025', customsDeclaration: '220120250800051234' }),
    ]);
    return { world: w, find: { parties: [r.exporter.id], events: [r.exporter.event('exp-2508-tb')], lots: [lot] } };
  },
});
