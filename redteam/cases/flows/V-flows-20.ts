import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-20',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'A "one-day tour" through Hong Kong: exported by one company, imported by another',
  does: 'The Shanghai trading house buys 20 t of NdPr oxide from the separator and exports it to a Hong Kong shell company on 2025-07-08, claiming the export VAT refund. Two days later the metal smelter imports 19.98 t of NdPr oxide from Hong Kong (one 20 kg bag kept back as a sample) with exactly the same Pr:Nd mix and grade, and turns it into metal as "imported feed", outside the domestic chain\'s books. The goods never left the bonded warehouse at the border; no party both exports and imports.',
  expect: 'An import matching, in product, mass and composition, an export by another party two days before: a round trip across the border; the export, the import and the two parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.smelter, { roles: ['metal-smelter', 'importer'] });
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const bought = r.separator.lot('SEP-2506-NDPR-X20');
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-x20', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.exporter, 'SEP-2506-NDPR-X20')]);
    const composition = s.lot(bought).composition;
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-x20', at('2025-07-03'), bought, grams),
      s.export(r.exporter, 'exp-2507-x20', at('2025-07-08'), bought, grams, 'HK', { customsDeclaration: '220120250700070188' }),
    ]);
    const importedGrams = grams - 20_000;
    const imported = { id: 'IMP-2507-HK1', product: 'oxide-ndpr', massGrams: importedGrams, composition: scale(composition, importedGrams / grams) };
    const importEvent = s.import(r.smelter, 'imp-2507-hk1', at('2025-07-10'), imported, 'HK', '520120250700033104');
    const metal = smelt(s.lot(r.smelter.lot(imported.id)).composition, 'MET-2507-HK1', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      importEvent,
      s.process(r.smelter, 'met-2507-hk1', at('2025-07-18'), [{ lot: imported.id, massGrams: importedGrams }], [metal], { facility: r.metalPlant, note: 'imported feed' }),
    ]);
    return {
      world: w,
      find: {
        parties: [r.exporter.id, r.smelter.id],
        events: [r.exporter.event('exp-2507-x20'), r.smelter.event('imp-2507-hk1')],
        lots: [r.smelter.lot(imported.id), bought],
      },
    };
  },
});
