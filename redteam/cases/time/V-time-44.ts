import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-44',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'An exporter keeps a July shipment of NdPr oxide to Japan out of the system until 2 September, with August\'s',
  does: 'The Shanghai trading house buys 18 t of NdPr oxide from the Baotou separator (shipped 2025-07-14, received 07-16) and exports it to Japan on 07-28 under customs declaration 2207-2025-0718831. Its July report is never filed; the receipt and the export are entered on 2025-09-02 together with nothing else, after the monthly export statistics for July were closed.',
  expect: 'Late entry of the exporter\'s July movements (due by 10 August); the exporter, the export and the receipt.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(18);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-exp', at('2025-07-14', '09:00'), june.ndprOxide, grams, r.exporter, 'SEP-2506-NDPR-S2')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    w.record(r.exporter, at('2025-09-02', '16:20'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-16', '10:00'), lot, grams),
      s.export(r.exporter, 'exp-2507-jp', at('2025-07-28', '11:00'), lot, grams, 'JP', { customsDeclaration: '2207-2025-0718831' }),
    ]);
    return { world: w, find: { parties: [r.exporter.id], events: [r.exporter.event('exp-2507-jp'), r.exporter.event('rcv-2507-ndpr')] } };
  },
});
