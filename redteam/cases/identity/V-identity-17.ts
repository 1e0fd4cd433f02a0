// Estimates (not in shared/DOMAIN.md): Dy–Fe alloy at 80 % Dy; sintering puts 78 % of the rare
// earths into magnets at 30 % rare earths and 20 % into swarf.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dyFeFor, metalFromBaotou, on, sinterLots, tianjin } from '../../lib/round28.ts';

export default defineCase({
  id: 'V-identity-17',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A Tianjin magnet works books 3 t of Dy–Fe ingots as "high-coercivity sintered magnets" and exports them to Germany without a licence',
  does: 'A Tianjin sintered NdFeB works that also exports buys 10 t of NdPr metal from the Baotou smelter (received 2025-07-05) and 3.1 t of Dy–Fe alloy (received 07-26), reduced from Longnan dysprosium oxide. Its sintering campaign of 08-01 books ordinary magnets and swarf from the metal and, as a second output, 3.1 t of "high-coercivity sintered NdFeB magnets" that are the Dy–Fe ingots cut into blocks and nickel-plated: 80 % dysprosium and no neodymium. On 08-06 it exports that lot to a Hamburg buyer as magnets, HS 8505.11, which need no licence; dysprosium alloys have needed a dual-use licence since April. It reports July on 08-08 and August on 09-05.',
  expect: 'A "magnet" lot that is almost all dysprosium, with no neodymium, exported without a licence: the export, the lot, the campaign and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx, true);
    const metal = metalFromBaotou(ctx, tj.party, 10, 'r28-tj');
    const dyfe = dyFeFor(ctx, tj.party, 3);
    w.record(tj.party, on('2025-08-08'), [metal.receipt, dyfe.receipt]);
    const lots = sinterLots(s.share(metal.lot, metal.grams), '2508', { intoMagnets: 0.78, intoSwarf: 0.2 });
    const blocks = { id: 'MG-2508-HC', product: 'magnet-ndfeb-sintered-high-coercivity', massGrams: dyfe.grams, composition: s.share(dyfe.lot, dyfe.grams) };
    w.record(tj.party, on('2025-09-05'), [
      s.process(tj.party, 'sin-2508-01', at('2025-08-01'), [{ lot: metal.lot, massGrams: metal.grams }, { lot: dyfe.lot, massGrams: dyfe.grams }], [...lots, blocks], { facility: tj.plant, note: 'sintering campaign, grades N42 and 45SH' }),
      s.export(tj.party, 'exp-2508-01', at('2025-08-06'), 'MG-2508-HC', dyfe.grams, 'DE', { customsDeclaration: '020220250800041876', note: 'sintered NdFeB magnets, grade 45SH, nickel-plated, HS 8505.11' }),
    ]);
    return {
      world: w,
      find: { parties: [tj.party.id], lots: [tj.party.lot('MG-2508-HC')], events: [tj.party.event('exp-2508-01'), tj.party.event('sin-2508-01')] },
    };
  },
});
