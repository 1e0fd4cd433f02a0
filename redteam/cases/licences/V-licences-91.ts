import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smcoChain } from '../../lib/round10.ts';

export default defineCase({
  id: 'V-licences-91',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'SmCo magnets exported to Hong Kong without a dual-use licence: "Hong Kong is China"',
  does: 'The Ningbo magnet maker sinters 6.3 t of Sm2Co17 magnets on 2025-08-05 from samarium bought through the chain (Longnan oxide, Baotou metal) and ships 6 t to the Shanghai trading house on 08-12. The trading house sells them to a Hong Kong distributor and exports them on 08-20, destination HK, with a customs declaration but no licence: its staff hold that a sale to Hong Kong is domestic. Hong Kong is a separate customs territory; SmCo magnets have needed a dual-use export licence since 2025-04-04 whatever the destination (MOFCOM/GACC Announcement 18). Everyone reports on time.',
  expect: 'An export of a controlled product (SmCo magnets) without any licence: the export, its lot and the trading house.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const smco = smcoChain(ctx, 0.02);
    const local = smco.magnets.split(':')[1]!;
    const grams = 6_000_000;
    w.record(r.magnets, at('2025-09-08', '10:30'), [s.ship(r.magnets, 'shp-2508-smco', at('2025-08-12'), local, grams, r.exporter, `${local}-PJ`)]);
    const lot = r.magnets.lot(`${local}-PJ`);
    w.record(r.exporter, at('2025-09-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2508-smco', at('2025-08-13'), lot, grams),
      s.export(r.exporter, 'exp-2508-smco', at('2025-08-20'), lot, grams, 'HK', { customsDeclaration: '220120250800063320' }),
    ]);
    return {
      world: w,
      find: { events: [r.exporter.event('exp-2508-smco')], lots: [lot], parties: [r.exporter.id] },
    };
  },
});
