import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-04',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Dysprosium metal "lost to moisture" month after month',
  does: 'The metal smelter turns 5 t of imported dysprosium oxide into Dy metal, then writes 140 kg off the metal lot each month for three months as "moisture loss". Metal does not take up or lose water: the 420 kg (about 10 % of the lot) leave through the back door.',
  expect: 'The smelter\'s three negative adjustments on a metal lot, 10 % of it, with no residue or shipment behind them; the Dy metal lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    // The oxide comes from Lynas's Malaysian plant through the Shanghai trader, duly imported.
    const oxide = { id: 'IMP-2506-DY', product: 'oxide-dy', massGrams: tonnes(5) };
    w.record(r.exporter, at('2025-07-04', '10:00'), [
      s.import(r.exporter, 'imp-2506-dy', at('2025-06-05'), oxide, 'MY', '223320250600112233'),
      s.ship(r.exporter, 'shp-2506-dy', at('2025-06-09'), oxide.id, oxide.massGrams, r.smelter),
    ]);
    const oxideLot = r.exporter.lot(oxide.id);
    const metal = smelt(s.lot(oxideLot).composition, 'MET-2506-DY', 'metal-dy');
    w.record(r.smelter, at('2025-07-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2506-dy', at('2025-06-10'), oxideLot, oxide.massGrams),
      s.process(r.smelter, 'met-2506-dy', at('2025-06-16'), [{ lot: oxideLot, massGrams: oxide.massGrams }], [metal], { facility: r.metalPlant }),
    ]);
    const months = [['2025-07', '2025-08-06'], ['2025-08', '2025-09-05'], ['2025-09', '2025-10-08']] as const;
    for (const [month, reported] of months) {
      w.record(r.smelter, at(reported, '10:00'), [
        s.adjust(r.smelter, `adj-${month}-dy`, at(`${month}-30`), metal.id, -tonnes(0.14), 'moisture loss at month-end weighing'),
      ]);
    }
    return {
      world: w,
      find: { parties: [r.smelter.id], lots: [r.smelter.lot(metal.id)], events: months.map(([month]) => r.smelter.event(`adj-${month}-dy`)) },
    };
  },
});
