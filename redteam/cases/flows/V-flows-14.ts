import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { exportLicence, hefei, longnanHeavy, on, sale } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-flows-14',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Terbium oxide from Longnan reaches a Hefei exporter 90 kg short, booked as "moisture and weighing difference"',
  does: 'The Longnan separator separates 100 t of Myanmar feed in July 2025 and sells 0.95 t of terbium oxide, sealed in 25 kg lined drums, to a Hefei trading and export house: shipped 2025-07-15, received 07-17. The house books the receipt at 0.86 t, "moisture and weighing difference", and exports 0.85 t to Japan on 07-25 under its dual-use licence. Calcined terbium oxide takes up no water worth weighing and sealed drums do not lose a tenth of their content: four drums were taken off the truck at a Hefei warehouse and sold for cash to a buyer who ships them out as "alloy". Both report July on time.',
  expect: 'A shortfall of a tenth on a sealed shipment of a costly controlled oxide: the receipt, the shipment lot and the receiver.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const hf = hefei(ctx);
    const licence = exportLicence(ctx, hf, 'RT27-EXP-HF-TB', '2025-06-01', '2026-05-31', 2, ['oxide-tb'], ['Tb']);
    const { chain, heavy } = longnanHeavy(ctx, 'r27f14', 100, '2025-07');
    const lot = sale(ctx, chain.southSeparator, hf, { lot: heavy.lots['oxide-tb']!, grams: tonnes(0.95), receivedGrams: tonnes(0.86), tag: 'r27-tb', shipAt: at('2025-07-15'), receiveAt: at('2025-07-17'), sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07'),
      note: '38 sealed 25 kg lined drums by road to Hefei' });
    w.record(hf, on('2025-08-07', '11:00'), [
      s.export(hf, 'exp-2507-tb', at('2025-07-25'), lot, tonnes(0.85), 'JP', { licence, customsDeclaration: '220220251000398811', note: 'terbium oxide 99.99 %' }),
    ]);
    return {
      world: w,
      find: { parties: [hf.id], lots: [lot], events: [hf.event('rcv-r27-tb')] },
    };
  },
});
