import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-02',
  family: 'flows',
  violation: true,
  heldOut: false,
  title: 'Export and re-import of the same oxide',
  does: 'The Shanghai trading house exports 20 t of NdPr oxide to a Hong Kong affiliate on 2025-07-08 and imports 20 t of NdPr oxide of the very same composition from Hong Kong twelve days later, then sells it to the smelter as imported material: the export claims a VAT refund and the re-import gives domestic oxide a foreign origin.',
  expect: 'An import matching an export of the same party (mass, composition, country) within days; the export and import events and the parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-x1', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.exporter, 'SEP-2506-NDPR-X1')]);
    const bought = r.separator.lot('SEP-2506-NDPR-X1');
    const composition = s.lot(bought).composition;
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-x1', at('2025-07-03'), bought, grams),
      s.export(r.exporter, 'exp-2507-x1', at('2025-07-08'), bought, grams, 'HK', { customsDeclaration: '220120250700070001' }),
      s.import(r.exporter, 'imp-2507-x1', at('2025-07-20'), { id: 'IMP-2507-X1', product: 'oxide-ndpr', massGrams: grams, composition: { ...composition } }, 'HK', '220120250700079002'),
      s.ship(r.exporter, 'shp-2507-x1', at('2025-07-24'), 'IMP-2507-X1', grams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-08-09', '10:00'), [s.receive(r.smelter, 'rcv-2507-x1', at('2025-07-25'), r.exporter.lot('IMP-2507-X1'), grams)]);
    return { world: w, find: { parties: [r.exporter.id], events: [r.exporter.event('exp-2507-x1'), r.exporter.event('imp-2507-x1')], lots: [r.exporter.lot('IMP-2507-X1')] } };
  },
});
