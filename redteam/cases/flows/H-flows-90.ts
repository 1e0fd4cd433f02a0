import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-flows-90',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Outward processing: NdPr metal exported to a Vietnamese sintering plant, the finished magnets imported back a month later',
  does: 'The Ningbo magnet maker (registered also as an exporter and importer) has its own furnaces full, so it sends 10 t of its June NdPr metal to a contract sintering plant in Hai Phong (exported 2025-07-05, no licence needed for Pr and Nd since 2025-04-04) and imports the finished magnets on 08-18: 25 t of sintered NdFeB, 30 % rare earths, 7.5 t of Pr and Nd (the rest of the metal stayed in the Vietnamese plant\'s swarf and losses). On 08-25 it delivers 24 t of the magnets to a Ningbo motor maker. The export and the import are separate declarations, and the metal came back changed in form and mass. Everyone reports on time.',
  expect: 'Nothing: an uncontrolled metal exported and finished goods of lower rare earth content imported under their own declarations; nothing returns as what left.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter', 'importer'] });
    const metal = s.lot(june.metalShipment).composition;
    const magnetsComp = scale(metal, tonnes(7.5) / totalGrams(metal));
    const magnetsGrams = tonnes(25);
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.export(r.magnets, 'exp-2507-vn', at('2025-07-05'), june.metalShipment, tonnes(10), 'VN', { customsDeclaration: '310120250700044187' }),
    ]);
    const imp = s.import(r.magnets, 'imp-2508-vn', at('2025-08-18'), { id: 'MG-2508-VN', product: 'magnet-ndfeb-sintered', massGrams: magnetsGrams, composition: magnetsComp }, 'VN', '310120250800051902');
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      imp,
      deliver('dlv-2508-mot', at('2025-08-25'), 'MG-2508-VN', tonnes(24), { name: '宁波甬江电机有限公司', id: customerCode('A3K7P2QX', '330200') }, 'motors', 'YJ-2025-031'),
    ]);
    return { world: w, find: {} };
  },
});
