import { defineCase } from '../../lib/case.ts';
import { add, at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-52',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum–cerium ferrosilicon exported to a Korean steel mill without a licence',
  does: 'The Baotou metal smelter buys 10 t of lanthanum oxide and 20 t of cerium oxide from the separator on 2025-07-02 (received 07-03) and on 07-20 smelts them with ferrosilicon in its submerged-arc furnace into 83.3 t of rare earth ferrosilicon at 28 % rare earths, lanthanum and cerium only. The Shanghai trading house buys the alloy on 07-24 (received 07-25) and exports it on 08-05 to a steel mill in Pohang, which adds it to its ladles to tie up sulphur and oxygen. No export licence is asked for. Everyone reports on time.',
  expect: 'Nothing: since the catalogue control ended on 2025-04-03, lanthanum and cerium alloys need no export licence; the dual-use control covers Sm, Gd, Tb, Dy, Lu, Sc and Y, none of which the alloy carries.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const laGrams = tonnes(10);
    const ceGrams = tonnes(20);
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-la', at('2025-07-02'), 'SEP-2506-LA', laGrams, r.smelter, 'SEP-2506-LA-S1'),
      s.ship(r.separator, 'shp-2507-ce', at('2025-07-02'), 'SEP-2506-CE', ceGrams, r.smelter, 'SEP-2506-CE-S1'),
    ]);
    const la = r.separator.lot('SEP-2506-LA-S1');
    const ce = r.separator.lot('SEP-2506-CE-S1');
    const alloyComposition = scale(add(s.share(la, laGrams), s.share(ce, ceGrams)), 0.95);
    const alloy = { id: 'RSF-2507-01', product: 'alloy-re-si-fe', massGrams: massAtShare(alloyComposition, 0.28), composition: alloyComposition };
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-03'), la, laGrams),
      s.receive(r.smelter, 'rcv-2507-ce', at('2025-07-03'), ce, ceGrams),
      s.process(r.smelter, 'rsf-2507-01', at('2025-07-20'), [{ lot: la, massGrams: laGrams }, { lot: ce, massGrams: ceGrams }], [alloy], { facility: r.metalPlant, note: 'silicothermic smelting in the submerged-arc furnace: rare earth ferrosilicon' }),
      s.ship(r.smelter, 'shp-2507-rsf', at('2025-07-24'), alloy.id, alloy.massGrams, r.exporter, undefined, 'ferrosilicon in 1 t bags'),
    ]);
    const alloyLot = r.smelter.lot(alloy.id);
    w.record(r.exporter, at('2025-08-07', '11:00'), [s.receive(r.exporter, 'rcv-2507-rsf', at('2025-07-25'), alloyLot, alloy.massGrams)]);
    w.record(r.exporter, at('2025-09-08', '10:00'), [s.export(r.exporter, 'exp-2508-rsf', at('2025-08-05'), alloyLot, alloy.massGrams, 'KR', { customsDeclaration: '220120250800052281', note: 'rare earth ferrosilicon, HS 7202.9991, steel additive' })]);
    return { world: w, find: {} };
  },
});
