import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southernSeparator } from '../../lib/round22.ts';

export default defineCase({
  id: 'H-licences-48',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide exported to Japan under the trading house\'s dual-use licence for dysprosium, bought from an import-fed southern separator',
  does: 'The Shanghai trading house holds a dual-use export licence for dysprosium (elements: Dy), valid 2025-06-01 to 2026-05-31. It buys the Longnan separator\'s July dysprosium oxide, separated from Myanmar high-Y concentrate imported with customs papers, and exports it to a Japanese magnet maker on 08-22 under that licence.',
  expect: 'Nothing: a controlled element exported under a licence whose scope names it, in its dates, by its holder.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const licence = w.licence({ id: 'RT22-EXP-SH-DY', party: r.exporter.id, activity: 'export', validFrom: '2025-06-01', validTo: '2026-05-31', scope: { elements: ['Dy'] } });
    const south = southernSeparator(ctx, '2025-07', '2025-08-05');
    const dy = south.oxides['oxide-dy']!;
    const mass = s.lot(dy).massGrams;
    w.record(south.separator, at('2025-09-05', '10:00'), [s.ship(south.separator, 'shp-2508-dy', at('2025-08-11'), dy, mass, r.exporter)]);
    w.record(r.exporter, at('2025-09-06', '10:00'), [
      s.receive(r.exporter, 'rcv-2508-dy', at('2025-08-13'), dy, mass),
      s.export(r.exporter, 'exp-2508-dy', at('2025-08-22'), dy, mass, 'JP', { licence, customsDeclaration: '220120250822005533' }),
    ]);
    return { world: w, find: {} };
  },
});
