import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { smelt } from '../../lib/refining.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-licences-86',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The smelter buys 20 t of NdPr oxide from the Beijing trader and, two weeks later, sells it 8 t of NdPr metal',
  does: 'The Beijing trader buys 20 t of NdPr oxide from the Baotou separator (shipped 2025-07-02, received 07-03) and sells it outright to the Baotou metal smelter on 07-05 (received 07-06), which pays for it. The smelter reduces it on 07-08 and sells the metal to whoever orders: 8 t to the Beijing trader on 07-20, for a Hebei alloy customer (received 07-21), and 8 t to the Ningbo magnet maker on 07-22 (received 07-23), keeping the rest in stock.',
  expect: 'Nothing: two sales, with title passing each time; the smelter smelts its own oxide under its own licence, and a trader may buy metal from the plant it sold oxide to.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % metal yield (refining.ts).
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    const ndpr = local(june.ndprOxide);
    const grams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '09:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), ndpr, grams, r.trader, `${ndpr}-S2`)]);
    const oxide = r.separator.lot(`${ndpr}-S2`);
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.receive(r.trader, 'rcv-2507-01', at('2025-07-03'), oxide, grams),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-05'), oxide, grams, r.smelter, undefined, 'sale contract ZGC-BS-0705'),
    ]);
    const metal = smelt(s.share(oxide, grams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-01', at('2025-07-06'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-08'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-zgc', at('2025-07-20'), metal.id, tonnes(8), r.trader, `${metal.id}-S1`, 'sale contract BS-ZGC-0718'),
      s.ship(r.smelter, 'shp-2507-nb', at('2025-07-22'), metal.id, tonnes(8), r.magnets, `${metal.id}-S2`),
    ]);
    w.record(r.trader, at('2025-08-07', '11:00'), [s.receive(r.trader, 'rcv-2507-02', at('2025-07-21'), r.smelter.lot(`${metal.id}-S1`), tonnes(8))]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-nb', at('2025-07-23'), r.smelter.lot(`${metal.id}-S2`), tonnes(8))]);
    return { world: w, find: {} };
  },
});
