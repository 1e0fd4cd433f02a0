import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-04',
  family: 'licences',
  violation: true,
  heldOut: false,
  title: 'Dysprosium exported under a licence that covers terbium only',
  does: 'The Shanghai exporter holds a dual-use export licence for terbium oxide. It buys 3 t of dysprosium oxide from the Longnan separator and exports it to Japan, citing the terbium licence on the declaration.',
  expect: 'An export of a controlled element (Dy) that the cited licence\'s scope does not cover; the export event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-TB-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-05-01', validTo: '2026-04-30', capacityTonnesReo: 5, scope: { products: ['oxide-tb'], elements: ['Tb'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(3), r.exporter, '2025-07', '2507-dy');
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-22'), lot, tonnes(3), 'JP', { licence: 'RT-EXP-PJ-TB-2025', customsDeclaration: '220120250700045511' }),
    ]);
    return { world: w, find: { parties: [r.exporter.id], events: [r.exporter.event('exp-2507-dy')], lots: [lot] } };
  },
});
