// Estimates (not in shared/DOMAIN.md): Dy–Fe alloy at 80 % Dy; sintering puts 78 % of the rare
// earths into magnets at 30 % rare earths and 20 % into swarf.
import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dyFeFor, metalFromBaotou, on, sinterLots, tianjin } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-identity-17',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A Tianjin magnet works exports 20 t of dysprosium-bearing traction-motor magnets to Germany with no licence, none being needed for NdFeB magnets',
  does: 'A Tianjin sintered NdFeB works that also exports buys 10 t of NdPr metal from the Baotou smelter (received 2025-07-05) and 3.1 t of Dy–Fe alloy (received 07-26). On 08-01 it melts the metal with 1.5 t of the alloy and sinters high-coercivity magnets for traction motors, some 3 % dysprosium, and grinding swarf. On 08-06 it exports 20 t of the magnets to a German motor maker, HS 8505.11, with no licence: the dual-use controls list dysprosium metals, alloys and compounds and samarium–cobalt magnets, not NdFeB magnets. It reports July on 08-08 and August on 09-05.',
  expect: 'Nothing: the magnets\' composition fits a high-coercivity NdFeB grade, and NdFeB magnets are not under export control.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx, true);
    const metal = metalFromBaotou(ctx, tj.party, 10, 'r28-tj');
    const dyfe = dyFeFor(ctx, tj.party, 3);
    w.record(tj.party, on('2025-08-08'), [metal.receipt, dyfe.receipt]);
    const alloyGrams = tonnes(1.5);
    const feed = add(s.share(metal.lot, metal.grams), s.share(dyfe.lot, alloyGrams));
    const lots = sinterLots(feed, '2508', { intoMagnets: 0.78, intoSwarf: 0.2, product: 'magnet-ndfeb-sintered-high-coercivity' });
    w.record(tj.party, on('2025-09-05'), [
      s.process(tj.party, 'sin-2508-01', at('2025-08-01'), [{ lot: metal.lot, massGrams: metal.grams }, { lot: dyfe.lot, massGrams: alloyGrams }], lots, { facility: tj.plant, note: 'sintering campaign, grade 45SH for traction motors' }),
      s.export(tj.party, 'exp-2508-01', at('2025-08-06'), 'MG-2508', tonnes(20), 'DE', { customsDeclaration: '020220250800041876', note: 'sintered NdFeB magnets, grade 45SH, HS 8505.11' }),
    ]);
    return { world: w, find: {} };
  },
});
