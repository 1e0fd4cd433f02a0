import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-03',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Magnets exported to Japan, Japanese scrap magnets imported back',
  does: 'The magnet maker exports its July magnets to Japan. In September the recycler imports 30 t of end-of-life NdFeB magnets pulled from Japanese air-conditioner compressors and recycles them. Both cross the same border, neither is the other.',
  expect: 'Nothing: an import of different material (post-consumer scrap, another party, other mass and composition) after an export is not a round trip.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    const june = honestMonth(ctx, '2025-06');
    const { magnets, swarf } = sinter(s.lot(june.metalShipment).composition, '2507-01');
    w.record(r.magnets, at('2025-08-05', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-10'), [{ lot: june.metalShipment, massGrams: tonnes(20) }], [magnets, swarf], { facility: r.magnetPlant }),
      s.export(r.magnets, 'exp-2507-01', at('2025-07-28'), magnets.id, magnets.massGrams, 'JP', { customsDeclaration: '310120250700031111' }),
    ]);
    const scrap = { id: 'IMP-2509-EOL', product: 'eol-ndfeb-magnets', massGrams: tonnes(30) };
    const imported = s.import(r.recycler, 'imp-2509-eol', at('2025-09-04'), scrap, 'JP', '513020250900004321');
    const recovered = scale(s.lot(r.recycler.lot(scrap.id)).composition, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const heavy = pick(recovered, ['Tb', 'Dy']);
    w.record(r.recycler, at('2025-10-08', '10:00'), [
      imported,
      s.process(r.recycler, 'rec-2509-01', at('2025-09-18'), [{ lot: scrap.id, massGrams: scrap.massGrams }], [
        { id: 'RO-2509-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2509-HRE', product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy },
      ], { facility: r.recyclingPlant }),
    ]);
    return { world: w, find: {} };
  },
});
