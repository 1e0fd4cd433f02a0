import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-06',
  family: 'licences',
  violation: true,
  heldOut: false,
  title: 'Dysprosium exports beyond the licensed quantity',
  does: 'The exporter holds a licence for 3 t REO of dysprosium oxide to Germany. It ships three consignments of 2 t each in August and September under the same licence number: 6 t, twice what was licensed, each consignment alone within it.',
  expect: 'Exports under one licence adding up beyond its quantity; the second and third export events.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 3, scope: { products: ['oxide-dy'], elements: ['Dy'] } });
    const lot = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(6), r.exporter, '2025-07', '2507-dy');
    const exportAt = (id: string, day: string) => s.export(r.exporter, id, at(day), lot, tonnes(2), 'DE', { licence: 'RT-EXP-PJ-DY-2025', customsDeclaration: `2201${day.replaceAll('-', '')}0001` });
    w.record(r.exporter, at('2025-09-08', '10:00'), [exportAt('exp-2508-dy1', '2025-08-05'), exportAt('exp-2508-dy2', '2025-08-26')]);
    w.record(r.exporter, at('2025-10-08', '10:00'), [exportAt('exp-2509-dy3', '2025-09-16')]);
    return { world: w, find: { parties: [r.exporter.id], events: [r.exporter.event('exp-2508-dy2'), r.exporter.event('exp-2509-dy3')] } };
  },
});
