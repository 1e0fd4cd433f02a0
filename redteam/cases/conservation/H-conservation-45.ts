import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-45',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide re-weighed on the port\'s certified scale 12 kg light, written off before export to Korea',
  does: 'The Shanghai trading house buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-10, received 07-12). The port\'s certified scale weighs the forty 500 kg bags at 19,988 kg on 07-22; the house writes off 12 kg (0.06 %, dust from two bags torn at the port and bag-tare rounding) with the scale certificate cited, and exports 19,988 kg to Korea on 07-25.',
  expect: 'Nothing: a small, documented weighing difference on a dry powder, written off before the export, which declares what the scale found.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-exp', at('2025-07-10'), june.ndprOxide, grams, r.exporter, 'SEP-2506-NDPR-S2')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    const loss = 12_000;
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-12'), lot, grams),
      s.adjust(r.exporter, 'adj-2507-port', at('2025-07-22'), lot, -loss, 'port certified scale 19,988 kg, certificate SH-PS-0722-118; torn bags and tare rounding'),
      s.export(r.exporter, 'exp-2507-kr', at('2025-07-25'), lot, grams - loss, 'KR', { customsDeclaration: '2210-2025-0725512' }),
    ]);
    return { world: w, find: {} };
  },
});
