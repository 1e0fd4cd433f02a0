import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southernSeparator } from '../../lib/round22.ts';

export default defineCase({
  id: 'V-licences-48',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide exported to Japan under a dual-use licence issued for dysprosium oxide only',
  does: 'The Shanghai trading house holds a dual-use export licence for dysprosium (elements: Dy). It buys the Longnan separator\'s July terbium oxide (08-11) and exports it to Japan on 08-22, quoting the Dy licence number on the declaration, relying on customs not reading the element on a licence it can show.',
  expect: 'An export of a controlled element outside the scope of the licence cited: the export, the terbium lot and the exporter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT22-EXP-SH-DY', party: r.exporter.id, activity: 'export', validFrom: '2025-06-01', validTo: '2026-05-31', scope: { elements: ['Dy'] } });
    const south = southernSeparator(ctx, '2025-07', '2025-08-05');
    const tb = south.oxides['oxide-tb']!;
    const mass = s.lot(tb).massGrams;
    w.record(south.separator, at('2025-09-05', '10:00'), [s.ship(south.separator, 'shp-2508-tb', at('2025-08-11'), tb, mass, r.exporter)]);
    w.record(r.exporter, at('2025-09-06', '10:00'), [
      s.receive(r.exporter, 'rcv-2508-tb', at('2025-08-13'), tb, mass),
      s.export(r.exporter, 'exp-2508-tb', at('2025-08-22'), tb, mass, 'JP', { licence, customsDeclaration: '220120250822005533' }),
    ]);
    return { world: w, find: { parties: [r.exporter.id], lots: [tb], events: [r.exporter.event('exp-2508-tb')] } };
  },
});
