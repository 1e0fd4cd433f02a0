import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-70',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'A trader cuts 40 t of NdPr oxide with 10 t of calcium carbonate and sells 50 t as 99 % oxide',
  does: 'The Beijing trader buys 40 t of 99 % NdPr oxide from the Baotou separator (shipped 07-05, received 07-07). In a rented shed in Tongzhou it blends in 10 t of calcined calcium carbonate, which the eye cannot tell from the oxide, re-bags the lot on 07-12 as 50 t of "NdPr oxide, TREO ≥ 99 %", and sells it to the Baotou metal smelter at the full price (shipped 07-20, received 07-21). No rare earth is lost: the lot is simply a fifth filler, 79 % REO under a 99 % label. Everyone reports on time.',
  expect: 'A lot whose grade does not fit its label: 50 t of "NdPr oxide" holding the rare earths of 40 t (about 79 % REO); the trader\'s blending process and its output lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const bought = tonnes(40);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-tr', at('2025-07-05'), 'SEP-2506-NDPR', bought, r.trader, 'SEP-2506-NDPR-T1')]);
    const lot = r.separator.lot('SEP-2506-NDPR-T1');
    const composition = s.lot(lot).composition;
    const cut = { id: 'ZGC-2507-NDPR-50', product: 'oxide-ndpr', massGrams: tonnes(50), composition };
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-01', at('2025-07-07'), lot, bought),
      s.process(r.trader, 'bag-2507-01', at('2025-07-12'), [{ lot, massGrams: bought }], [cut], { note: 're-bagging into 1 t big bags, Tongzhou warehouse' }),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-20'), cut.id, cut.massGrams, r.smelter, undefined, 'certificate of analysis: TREO 99.1 %, (Pr+Nd)/TREO 99.6 %'),
    ]);
    w.record(r.smelter, at('2025-08-07', '11:00'), [s.receive(r.smelter, 'rcv-2507-tr', at('2025-07-21'), r.trader.lot(cut.id), cut.massGrams)]);
    return {
      world: w,
      find: { events: [r.trader.event('bag-2507-01')], lots: [r.trader.lot(cut.id)], parties: [r.trader.id] },
    };
  },
});
