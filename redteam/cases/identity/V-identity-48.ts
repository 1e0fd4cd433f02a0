import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-48',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: '"Magnet off-cuts" that are three-quarters dysprosium and terbium, collected by a trader from an unnamed workshop',
  does: 'The Beijing trader books 4 t of "NdFeB off-cuts and rejects" collected on 07-08 from a Ningbo workshop it does not name by code, and sells them to the Ganzhou recycler (07-14). The assay it carries says 2.6 t of Dy and 0.4 t of Tb and no Nd at all: 75 % heavy rare earth, where sintered NdFeB holds 29–32 % rare earths, mostly Nd and Pr, with a few per cent of Dy/Tb. It is smuggled-back or unrecorded Dy/Tb metal dressed as scrap to enter the recycling route.',
  expect: 'A scrap lot whose composition no magnet scrap can have: the collection, the lot and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.record(r.trader, at('2025-08-06', '10:00'), [
      s.collect(r.trader, 'col-2507-01', at('2025-07-08'), { id: 'TR-2507-SCR', product: 'scrap-ndfeb-solid', massGrams: tonnes(4), composition: { Dy: tonnes(2.6), Tb: tonnes(0.4) } }, { name: '宁波某磁材加工点' }),
      s.ship(r.trader, 'shp-2507-01', at('2025-07-14'), 'TR-2507-SCR', tonnes(4), r.recycler),
    ]);
    w.record(r.recycler, at('2025-08-07', '10:00'), [s.receive(r.recycler, 'rcv-2507-scr', at('2025-07-16'), r.trader.lot('TR-2507-SCR'), tonnes(4))]);
    return { world: w, find: { parties: [r.trader.id], lots: [r.trader.lot('TR-2507-SCR')], events: [r.trader.event('col-2507-01')] } };
  },
});
