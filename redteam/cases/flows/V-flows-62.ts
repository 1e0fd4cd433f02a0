import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-62',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Vietnamese dysprosium oxide imported and re-exported to the United States six days later, "foreign goods in transit", without a licence',
  does: 'The Shanghai trading house imports 2.5 t of dysprosium oxide from Vietnam on 2025-07-08 (a proper import declaration: origin VN) and on 07-14 exports the same lot to the United States. It holds no dual-use licence and applies for none, arguing that foreign-origin goods passing through China are not Chinese exports. The export control of Announcement 18 applies to any export of the listed items from China, whatever their origin; the re-export needed a licence. July is reported on the 7th of August.',
  expect: 'An export of a controlled item without a licence, disguised as transit: a lot imported and re-exported within a week; the export, the lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.exporter, { roles: ['trader', 'exporter', 'importer'] });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(2.5);
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.import(r.exporter, 'imp-2507-dy', at('2025-07-08'), { id: 'VN-2507-DY', product: 'oxide-dy', massGrams: grams }, 'VN', '220220250700039917'),
      s.export(r.exporter, 'exp-2507-dy', at('2025-07-14'), 'VN-2507-DY', grams, 'US', { customsDeclaration: '220120250700042276', note: 're-export of foreign goods in transit' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2507-dy')], lots: [r.exporter.lot('VN-2507-DY')], parties: [r.exporter.id] },
    };
  },
});
