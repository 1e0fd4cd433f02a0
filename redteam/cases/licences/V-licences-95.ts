import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-95',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'The separator installs four electrolysis cells in its separation plant and sells NdPr metal on its separation licence',
  does: 'With the metal smelter\'s price for NdPr oxide falling, the Baotou separator puts four fluoride electrolysis cells in a bay of its separation plant. On 2025-07-15 it reduces 30 t of its June NdPr oxide to metal there at 97 %, and on 07-20 ships 20 t of the metal straight to the Ningbo magnet maker (received 07-21). It holds a separation licence only; metal smelting is a separately designated activity under Order 785.',
  expect: 'Metal smelting by a party with no metal-smelting licence, at a plant licensed for separation: the campaign, the metal lot and the separator.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % oxide-to-metal yield (refining.ts).
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const local = june.ndprOxide.split(':')[1]!;
    const grams = tonnes(30);
    const metal = smelt(s.share(june.ndprOxide, grams), 'SEPM-2507-01', 'metal-ndpr');
    const sold = tonnes(20);
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'met-2507-01', at('2025-07-15'), [{ lot: local, massGrams: grams }], [metal], { facility: r.separationPlant, note: 'fluoride molten-salt electrolysis, four 6 kA cells in bay 3' }),
      s.ship(r.separator, 'shp-2507-met', at('2025-07-20'), metal.id, sold, r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-sepm', at('2025-07-21'), r.separator.lot(`${metal.id}-S1`), sold)]);
    return {
      world: w,
      find: { events: [r.separator.event('met-2507-01')], lots: [r.separator.lot(metal.id)], parties: [r.separator.id] },
    };
  },
});
