import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-75',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide exported on 28 July citing a licence that takes effect on 1 August',
  does: 'The Shanghai exporter is granted a dual-use licence for 1 t REO of terbium oxide to Japan, valid from 2025-08-01. The buyer\'s ship sails on 07-28, so the exporter buys 900 kg from Longnan (received 07-16) and exports it on 07-28, citing the licence number it already holds on paper, dated truthfully, reported on 08-08. On the day of the export the licence was not yet in force: the export was unlicensed.',
  expect: 'An export of a controlled oxide before the licence it cites took effect: the export and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-TB-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-08-01', validTo: '2026-07-31', capacityTonnesReo: 1, scope: { products: ['oxide-tb'], elements: ['Tb'] } });
    const grams = tonnes(0.9);
    const lot = sellOxide(ctx, south, heavy, 'oxide-tb', grams, r.exporter, '2025-07', '2507-tb');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-tb', at('2025-07-28', '16:00'), lot, grams, 'JP', { licence: 'RT-EXP-PJ-TB-2025', customsDeclaration: '220120250700071166' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2507-tb')], lots: [lot] } };
  },
});
