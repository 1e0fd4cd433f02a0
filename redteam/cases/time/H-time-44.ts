import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-44',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'An exporter with one July shipment files July on 6 August and nothing for the idle months after',
  does: 'The Shanghai trading house buys 18 t of NdPr oxide from the Baotou separator (shipped 2025-07-14, received 07-16) and exports it to Japan on 07-28 under declaration 2207-2025-0718831 (NdPr is on no control list). It files July on 2025-08-06. It then trades nothing in August, September or October, and enters nothing for those months: there is no movement to record.',
  expect: 'Nothing: July is recorded by the 10th; a month without movements has nothing to enter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(18);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-exp', at('2025-07-14', '09:00'), june.ndprOxide, grams, r.exporter, 'SEP-2506-NDPR-S2')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.exporter, at('2025-08-06', '14:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-16', '10:00'), lot, grams),
      s.export(r.exporter, 'exp-2507-jp', at('2025-07-28', '11:00'), lot, grams, 'JP', { customsDeclaration: '2207-2025-0718831' }),
    ]);
    return { world: w, find: {} };
  },
});
