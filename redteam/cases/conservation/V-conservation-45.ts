import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-45',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'NdPr oxide "regains moisture" in a Shanghai bonded warehouse: 20 t bought, 20.8 t exported to Korea',
  does: 'The Shanghai trading house buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-10, received 07-12). Before export it books a positive adjustment of 0.8 t, "moisture regain in storage, re-weighed", with the lot\'s own Pr and Nd, and on 07-25 exports 20.8 t to Korea. Calcined NdPr oxide picks up little water and water carries no Pr or Nd; the 0.8 t are oxide from an unlicensed workshop, given export papers.',
  expect: 'Rare earths created by a stock adjustment that claims moisture; the adjustment, the lot, the export and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-exp', at('2025-07-10'), june.ndprOxide, grams, r.exporter, 'SEP-2506-NDPR-S2')]);
    const lot = r.separator.lot('SEP-2506-NDPR-S2');
    const extra = tonnes(0.8);
    const added = scale(s.lot(lot).composition, extra / grams);
    w.record(r.exporter, at('2025-08-07', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-ndpr', at('2025-07-12'), lot, grams),
      s.adjust(r.exporter, 'adj-2507-mst', at('2025-07-22'), lot, extra, 'moisture regain in bonded storage, re-weighed', { ...added }),
      s.export(r.exporter, 'exp-2507-kr', at('2025-07-25'), lot, grams + extra, 'KR', { customsDeclaration: '2210-2025-0725512' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('adj-2507-mst'), r.exporter.event('exp-2507-kr')], lots: [lot], parties: [r.exporter.id] } };
  },
});
