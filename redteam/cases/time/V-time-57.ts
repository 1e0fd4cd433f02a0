import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { juneWorld } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-time-57',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A July import of 20 t of Malaysian NdPr oxide "corrected" in November to 35 t: smuggled oxide given a July customs entry',
  does: 'The Beijing trader imports 20 t of NdPr oxide from Malaysia on 2025-07-08 under a customs declaration and reports it on 08-07; the oxide sits in its Tianjin warehouse. In November it has 15 t more NdPr oxide in the same warehouse, brought over the Guangxi border without any declaration. On 11-18 it files a correction of the July import, "second container omitted from the entry", whose replacement is one import of 35 t on 07-08 under the same declaration number, and on 11-20 sells 35 t to the Baotou smelter (received 11-22).',
  expect: 'A correction four months after the deadline that adds 15 t to a past import: mass entering the books in November dated July, under a declaration that covered 20 t. The correction, the new lot and the trader.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const decl = '020420250700031155';
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.import(r.trader, 'imp-2507-my', at('2025-07-08'), { id: 'MY-2507-01', product: 'oxide-ndpr', massGrams: tonnes(20) }, 'MY', decl),
    ]);
    const grams = tonnes(35);
    const replacement = s.import(r.trader, 'cor-2507-my', at('2025-07-08'), { id: 'MY-2507-01B', product: 'oxide-ndpr', massGrams: grams, composition: typical('oxide-ndpr', grams) }, 'MY', decl);
    w.record(r.trader, at('2025-11-18', '16:00'), [
      s.correct('cor-2507-my', at('2025-11-18', '15:00'), 'imp-2507-my', 'second container omitted from the July entry', replacement),
    ]);
    w.record(r.trader, at('2025-12-05', '10:00'), [
      s.ship(r.trader, 'shp-2511-my', at('2025-11-20'), 'MY-2507-01B', grams, r.smelter),
    ]);
    w.record(r.smelter, at('2025-12-07', '10:00'), [s.receive(r.smelter, 'rcv-2511-my', at('2025-11-22'), r.trader.lot('MY-2507-01B'), grams)]);
    return { world: w, find: { events: [r.trader.event('cor-2507-my')], lots: [r.trader.lot('MY-2507-01B')], parties: [r.trader.id] } };
  },
});
