import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { Scribe } from '../../lib/scribe.ts';

export default defineCase({
  id: 'V-conservation-03',
  family: 'conservation',
  violation: true,
  heldOut: false,
  title: 'Stock-count surplus injects off-book oxide',
  does: 'In July the separator books a "stock count surplus" of 8 t on its NdPr oxide lot, with the composition of NdPr oxide, and sells the lot to the metal smelter. The 8 t come from an unlicensed workshop: the adjustment is the door through which they enter the books.',
  expect: 'The separator\'s July balance (positive adjustment of 8 t, some 6.9 t of Pr+Nd, with no source); the adjust event and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const lot = june.ndprOxide;
    const surplusGrams = tonnes(8);
    const surplus = s.share(lot, surplusGrams);
    const shipment = 'SEP-2506-NDPR-S2';
    w.record(r.separator, at('2025-08-05', '10:00'), [
      s.adjust(r.separator, 'adj-2507-01', at('2025-07-02'), 'SEP-2506-NDPR', surplusGrams, 'stock count surplus at half-year inventory', surplus),
      s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-08'), 'SEP-2506-NDPR', tonnes(30), r.smelter, shipment),
    ]);
    w.record(r.smelter, at('2025-08-06', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-09'), r.separator.lot(shipment), tonnes(30)),
    ]);
    return { world: w, find: { parties: [r.separator.id], lots: [Scribe.qualify(r.separator, 'SEP-2506-NDPR')], events: [r.separator.event('adj-2507-01')] } };
  },
});
