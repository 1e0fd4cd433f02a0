// Estimates (not in shared/DOMAIN.md): oxide → metal and alloy yield 97 %; Dy–Fe alloy at 80 % Dy;
// magnets at 30 % rare earths, 78 % of the rare earths fed into magnets and 20 % into swarf (magnets.ts).
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { feedOf, heavyToYichun, metalFromBaotou, on, sale, sinterOutputs, tianjin, yichun } from '../../lib/round27.ts';

export default defineCase({
  id: 'H-identity-13',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Traction-motor magnets with 5 % dysprosium and 1 % terbium exported to Germany',
  does: 'A Tianjin magnet works makes high-temperature grades for electric-vehicle traction motors. It buys 20 t of NdPr metal from the Baotou smelter (shipped 2025-07-03, received 07-05) and the Dy–Fe alloy and terbium metal a Yichun works reduced on 07-20 from 4.5 t of dysprosium oxide and 0.95 t of terbium oxide of the Longnan separator (received 07-28). On 08-05 it casts and sinters them: 61 t of 42AH-grade magnets, 31 % rare earth of which 5 % of the magnet mass is dysprosium and 1 % terbium, rich but within what AH grades carry; the grinding swarf stays in its store. On 08-20 it exports the magnets to a German motor maker; sintered NdFeB magnets need no export licence. Everyone reports on time.',
  expect: 'Nothing: a heavy rare earth–rich magnet grade, made from metal and alloy the works bought, exported as what it is.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const tj = tianjin(ctx);
    const yc = yichun(ctx);
    const metal = metalFromBaotou(ctx, tj.party, 20, 'r27-tj', at('2025-07-03'), at('2025-07-05'));
    const hv = heavyToYichun(ctx, 'r27i13', '2025-07', 100, 4.5, 0.95, on('2025-08-07'));
    const dyfe = sale(ctx, yc.party, tj.party, { lot: hv.dyfe, grams: hv.dyfeGrams, whole: true, tag: 'r27-dyfe', shipAt: at('2025-07-26'), receiveAt: at('2025-07-28'), sellerAt: on('2025-08-07', '11:00'), buyerAt: on('2025-08-07', '12:00') });
    const tb = sale(ctx, yc.party, tj.party, { lot: hv.tb, grams: hv.tbGrams, whole: true, tag: 'r27-tbm', shipAt: at('2025-07-26', '09:00'), receiveAt: at('2025-07-28', '09:00'), sellerAt: on('2025-08-07', '11:05'), buyerAt: on('2025-08-07', '12:05') });
    w.record(tj.party, on('2025-08-07', '12:10'), [metal.receipt]);
    const inputs = [{ lot: metal.lot, massGrams: metal.grams }, { lot: dyfe, massGrams: hv.dyfeGrams }, { lot: tb, massGrams: hv.tbGrams }];
    const out = sinterOutputs(feedOf(ctx, inputs), 'TJ-2508', { product: 'magnet-ndfeb-sintered-high-coercivity' });
    w.record(tj.party, on('2025-09-05'), [
      s.process(tj.party, 'snt-2508-ah', at('2025-08-05'), inputs, out, { facility: tj.plant, note: '42AH grade for traction motors: strip casting with Dy–Fe, Tb added to the melt, sintering, grinding' }),
      s.export(tj.party, 'exp-2508-ah', at('2025-08-20'), out[0]!.id, out[0]!.massGrams, 'DE', { customsDeclaration: '020220251000561184', note: 'sintered NdFeB magnets 42AH, HS 8505.11, for traction motors' }),
    ]);
    return { world: w, find: {} };
  },
});
