import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { landfillResidue, recycleScrap } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-residues-44',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A recycler\'s leach residue loses 1.5 % of its weight drying nine days under cover before the landfill takes it',
  does: 'The Ganzhou recycler collects 300 t of NdFeB swarf from a Ningbo machining workshop on 2025-07-02 and leaches it on 07-08, leaving 210 t of filter-press cake. The cake dries nine days in the covered yard; on 07-17 the yard count before dispatch finds it 3.15 t (1.5 %) lighter, written off as moisture with the weighbridge tickets cited; the 206.85 t leave on 07-18 for the licensed landfill, which receives and landfills them.',
  expect: 'Nothing: filter cake holds water and dries; a small documented moisture loss before dispatch, the rest landfilled under licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(300);
    const collect = s.collect(r.recycler, 'col-2507-sw', at('2025-07-02'), { id: 'SW-2507-ZH', product: 'scrap-ndfeb-swarf', massGrams: grams, composition: typical('scrap-ndfeb-swarf', grams) }, { name: 'Ningbo Zhenhai precision magnet machining workshop' }, r.recyclingPlant);
    const rec = recycleScrap(ctx, 'r2507', r.recycler.lot('SW-2507-ZH'), grams, at('2025-07-08'), at('2025-07-18'));
    const loss = tonnes(3.15);
    const [leach, ship] = rec.events as [typeof rec.events[0], typeof rec.events[0]];
    const adjust = s.adjust(r.recycler, 'adj-2507-res', at('2025-07-17'), 'RO-r2507-RES', -loss, 'moisture loss of filter-press cake, weighbridge tickets 0717-03/04');
    const shipDry = { ...ship, massGrams: rec.residueGrams - loss } as typeof ship;
    w.record(r.recycler, at('2025-08-06', '10:00'), [collect, leach, adjust, shipDry]);
    landfillResidue(ctx, 'r2507', rec.residue, rec.residueGrams - loss, '2025-07-19', '2025-07-21', at('2025-08-07', '11:00'));
    return { world: w, find: {} };
  },
});
