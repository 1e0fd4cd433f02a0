import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

/** Grams per tonne of "swarf": a swarf's grade (22.9 %), but over half of it dysprosium. */
const PER_TONNE = { Pr: 25_000, Nd: 80_000, Tb: 4_000, Dy: 120_000 };

export default defineCase({
  id: 'V-identity-22',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Grinding sludge that is half dysprosium',
  does: 'The Ganzhou recycler collects 60 t of "NdFeB swarf and grinding sludge" from a Baotou magnet workshop. The lot\'s grade is a swarf\'s (22.9 % rare earths), but its rare earths are 52 % dysprosium: Dy 12 %, Nd 8 %, Pr 2.5 %, Tb 0.4 % of the lot. The richest traction-motor magnets carry about a tenth of their rare earths as Dy. The sludge is real swarf into which 7 t of dysprosium metal from an unlicensed smelter were ground; the recycler separates it in July and sells the Dy oxide as recycled.',
  expect: 'Pre-consumer scrap whose rare earth distribution no magnet has: dysprosium laundered into the recycling stream; the collected lot, the collect event and the recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(60);
    const composition = Object.fromEntries(Object.entries(PER_TONNE).map(([e, g]) => [e, g * 60]));
    const scrap = { id: 'SW-2507-BT1', product: 'scrap-ndfeb-swarf', massGrams, composition };
    const collect = s.collect(r.recycler, 'col-2507-sw', at('2025-07-03'), scrap, { name: '包头市九原区恒磁加工厂', id: 'supplier-jiuyuan-0412' }, r.recyclingPlant);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const recovered = scale(held, 0.95);
    const ndpr = pick(recovered, ['Pr', 'Nd']);
    const dy = pick(recovered, ['Dy']);
    const tb = pick(recovered, ['Tb']);
    const residueGrams = tonnes(48);
    const residue = scale(held, 0.02);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-sw', at('2025-07-16'), [{ lot: scrap.id, massGrams }], [
        { id: 'RO-2507-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr },
        { id: 'RO-2507-DY', product: 'oxide-dy', massGrams: oxideMass(dy), composition: dy },
        { id: 'RO-2507-TB', product: 'oxide-tb', massGrams: oxideMass(tb), composition: tb },
        { id: 'RO-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: residue },
      ], { facility: r.recyclingPlant, note: 'oxidising roast, HCl leach, solvent extraction' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), 'RO-2507-RES', residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot('RO-2507-RES'), residueGrams, '2507');
    return { world: w, find: { parties: [r.recycler.id], lots: [r.recycler.lot(scrap.id)], events: [r.recycler.event('col-2507-sw')] } };
  },
});
