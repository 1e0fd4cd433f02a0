import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-53',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide "imported from Myanmar", where no plant separates single heavy oxides, sold on to the Ningbo magnet maker',
  does: 'The Beijing trader declares an import of 2 t of 99 % Dy2O3 from Myanmar through the Ruili land port on 2025-07-08 and sells it to the Ningbo magnet maker on 07-14 for its high-coercivity grades. Myanmar\'s Kachin mines ship ionic concentrate and mixed carbonate to China; they have no solvent-extraction plant that makes single dysprosium oxide (trade knowledge, not in DOMAIN.md). The oxide comes from an unlicensed separation workshop in Guangxi; the "import" gives it an origin and a customs number.',
  expect: 'A separated controlled oxide entering the chain as an import from a country that produces none, then sold into the domestic chain: the import event, its lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.trader, { roles: ['trader', 'importer'] });
    const grams = tonnes(2);
    const composition = typical('oxide-dy', grams);
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.import(r.trader, 'imp-2507-dy', at('2025-07-08'), { id: 'DY-MM-2507', product: 'oxide-dy', massGrams: grams, composition }, 'MM', '8602250708001377'),
      s.ship(r.trader, 'shp-2507-dy', at('2025-07-14'), 'DY-MM-2507', grams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-dy', at('2025-07-16'), r.trader.lot('DY-MM-2507'), grams)]);
    return { world: w, find: { events: [r.trader.event('imp-2507-dy')], lots: [r.trader.lot('DY-MM-2507')], parties: [r.trader.id] } };
  },
});
