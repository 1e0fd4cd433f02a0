import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dalian, exportLicence, longnanHeavy, on } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-flows-26',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide for a Dalian exporter four weeks on the way: the coaster sheltered at Qingdao from a typhoon, the drums received whole and exported under licence',
  does: 'The Longnan separator sells 2 t of dysprosium oxide from its July 2025 Myanmar run to a Dalian trading and export house that holds a dual-use licence for dysprosium oxide (2.5 t REO, 2025-07-01 to 2026-06-30). The drums leave Longnan on 07-18 by road for Xiamen and go north by coastal container ship; a typhoon sends the vessel into Qingdao to shelter for nine days, and the container is discharged at Dalian only on 08-14, when the house weighs the drums in whole. It exports 1.8 t to a Japanese magnet maker on 08-28 citing its licence. The separator reports the shipment with July, the house the receipt and the export with August.',
  expect: 'Nothing: a long sea leg across a month end, the shipment received in full by the party it was sent to and exported under that party\'s licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const dl = dalian(ctx);
    const licence = exportLicence(ctx, dl, 'RT26-EXP-DL-DY', '2025-07-01', '2026-06-30', 2.5, ['oxide-dy'], ['Dy']);
    const { chain } = longnanHeavy(ctx, '2507', 100);
    const ln = chain.southSeparator;
    const grams = tonnes(2);
    w.record(ln, on('2025-08-06', '11:00'), [s.ship(ln, 'shp-2507-dy-dl', at('2025-07-18'), 'LN-2507-DY', grams, dl, 'LN-2507-DY-DL', 'sealed steel drums, by road to Xiamen, coastal container ship to Dalian')]);
    const lot = ln.lot('LN-2507-DY-DL');
    w.record(dl, on('2025-09-05'), [
      s.receive(dl, 'rcv-2508-dy', at('2025-08-14', '16:00'), lot, grams, 'vessel sheltered at Qingdao 2025-07-25 to 08-03; container discharged at Dalian Dayaowan on 08-14'),
      s.export(dl, 'exp-2508-dy', at('2025-08-28'), lot, tonnes(1.8), 'JP', { licence, customsDeclaration: '090220250800044102', note: 'dysprosium oxide 99.5 %, HS 2846.90' }),
    ]);
    return { world: w, find: {} };
  },
});
