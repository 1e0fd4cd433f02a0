import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { smcoChain } from '../../lib/round10.ts';

export default defineCase({
  id: 'H-licences-91',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'SmCo magnets made in Ningbo from chain samarium, exported to Hong Kong under a dual-use licence',
  does: 'The Ningbo magnet maker sinters 6.3 t of Sm2Co17 magnets on 2025-08-05 from samarium bought through the chain (2 t of Longnan Sm2O3 reduced to metal in Baotou) and ships 6 t to the Shanghai trading house on 08-12 (received 08-13). The trading house holds a dual-use licence for SmCo magnets, up to 2 t REO (the 6 t of magnets hold 1.5 t of samarium, 1.75 t as Sm2O3), issued on 08-01 for a Hong Kong distributor\'s order, and exports on 08-20 to HK citing it. Everyone reports on time.',
  expect: 'Nothing: a controlled product exported inside the product, element, quantity and dates of the exporter\'s own licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const smco = smcoChain(ctx, 0.02);
    const licence = w.licence({ id: 'RT-EXP-PJ-SMCO-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-08-01', validTo: '2026-07-31', capacityTonnesReo: 2, scope: { products: ['magnet-smco'], elements: ['Sm'] } });
    const local = smco.magnets.split(':')[1]!;
    const grams = 6_000_000;
    w.record(r.magnets, at('2025-09-08', '10:30'), [s.ship(r.magnets, 'shp-2508-smco', at('2025-08-12'), local, grams, r.exporter, `${local}-PJ`)]);
    const lot = r.magnets.lot(`${local}-PJ`);
    w.record(r.exporter, at('2025-09-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2508-smco', at('2025-08-13'), lot, grams),
      s.export(r.exporter, 'exp-2508-smco', at('2025-08-20'), lot, grams, 'HK', { licence, customsDeclaration: '220120250800063320' }),
    ]);
    return { world: w, find: {} };
  },
});
