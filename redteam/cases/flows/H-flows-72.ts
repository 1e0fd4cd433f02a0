import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-72',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide exported to a Rotterdam consignment stock, the unsold 3.5 t shipped home four months later',
  does: 'The Shanghai trading house buys 10 t of NdPr oxide from the Baotou separator (shipped 07-03, received 07-05) and on 07-15 exports it to the Netherlands, to a consignment stock in a Rotterdam bonded warehouse from which a European magnet maker draws as it needs. By November the customer has drawn 6.5 t and cancels the rest of the agreement; the unsold 3.5 t, still in their original sealed drums, are shipped back and enter China on 11-18 as returned goods, under their own customs declaration. The trading house sells them to the Baotou metal smelter (shipped 11-25, received 11-26). Everyone reports on time; NdPr oxide needs no export licence.',
  expect: 'Nothing: an export and the return of its unsold part are one sale that fell short, not a round trip: a third of the lot, four months later, re-entering under a declaration of its own and sold on at home.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const bought = tonnes(10);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-pj', at('2025-07-03'), 'SEP-2506-NDPR', bought, r.exporter, 'SEP-2506-NDPR-PJ')]);
    const lot = r.separator.lot('SEP-2506-NDPR-PJ');
    const returned = tonnes(3.5);
    const returnedComposition = s.share(lot, returned);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-01', at('2025-07-05'), lot, bought),
      s.export(r.exporter, 'exp-2507-01', at('2025-07-15'), lot, bought, 'NL', { customsDeclaration: '220120250700044318', note: 'consignment stock, Rotterdam bonded warehouse' }),
    ]);
    const back = { id: 'RET-2511-NDPR', product: 'oxide-ndpr', massGrams: returned, composition: returnedComposition };
    w.record(r.exporter, at('2025-12-05', '10:00'), [
      s.import(r.exporter, 'imp-2511-ret', at('2025-11-18'), back, 'NL', '220120251100039927'),
      s.ship(r.exporter, 'shp-2511-01', at('2025-11-25'), back.id, returned, r.smelter),
    ]);
    w.record(r.smelter, at('2025-12-07', '10:00'), [s.receive(r.smelter, 'rcv-2511-pj', at('2025-11-26'), r.exporter.lot(back.id), returned)]);
    return { world: w, find: {} };
  },
});
