import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-53',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium oxide imported from Malaysia with its customs papers and sold to the Ningbo magnet maker',
  does: 'The Beijing trader imports 1 t of 99 % Dy2O3 from Malaysia through Shanghai Yangshan on 2025-07-08, from a Kuantan separation plant that began making separated heavy rare earth oxides in 2025 (a public company announcement, not in DOMAIN.md), and sells it to the Ningbo magnet maker on 07-14 for its high-coercivity grades. Each leg is received and reported on time.',
  expect: 'Nothing: a separated oxide imported from a country that separates it, with a customs declaration, sold to a registered magnet maker; imports need no dual-use licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.trader, { roles: ['trader', 'importer'] });
    const grams = tonnes(1);
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.import(r.trader, 'imp-2507-dy', at('2025-07-08'), { id: 'DY-MY-2507', product: 'oxide-dy', massGrams: grams, composition: typical('oxide-dy', grams) }, 'MY', '2201250708004412'),
      s.ship(r.trader, 'shp-2507-dy', at('2025-07-14'), 'DY-MY-2507', grams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-dy', at('2025-07-16'), r.trader.lot('DY-MY-2507'), grams)]);
    return { world: w, find: {} };
  },
});
