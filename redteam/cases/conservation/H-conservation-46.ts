import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-46',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A July run turns 180 t of concentrate into 188 t of mixed carbonate and 81 t of residue: more tonnes out than in, not more rare earth',
  does: 'The Baotou separator runs 180 t of Bayan Obo concentrate (50 % REO) on 07-20 only as far as mixed rare earth carbonate (45 % REO), for a customer who separates it elsewhere, recovering 94 % of the rare earths (DOMAIN.md\'s floor to mixed compounds is 92 %). Carbonate carries water and carbonate with it and the residue carries sulphates, gypsum and iron from the acid (an estimate), so the products weigh half again what the concentrate did. The residue goes to the licensed store.',
  expect: 'Nothing: rare earth out is 94 % of rare earth in; mass grows because reagents are added, which a balance of elements ignores.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-10'), lots.concentrate, tonnes(180), r.separator, 'BC-2506-01-S7')]);
    const feed = r.miner.lot('BC-2506-01-S7');
    const feedComposition = s.lot(feed).composition;
    const carbonate = scale(feedComposition, 0.94);
    const left = subtract(feedComposition, carbonate);
    const carbonateMass = oxideMass(carbonate, 0.45);
    const residueMass = residueGramsFor180();
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11'), feed, tonnes(180)),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: tonnes(180) }], [
        { id: 'SEP-2507-MC', product: 'mixed-carbonate-light', massGrams: carbonateMass, composition: carbonate },
        { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: residueMass, composition: left },
      ], { facility: r.separationPlant, note: 'acid roasting, water leach, ammonium bicarbonate precipitation' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', residueMass, r.disposer),
    ]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-25'), r.separator.lot('SEP-2507-RES'), residueMass),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-27'), r.separator.lot('SEP-2507-RES'), residueMass, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});

/** 0.45 t of residue per t of concentrate (the baseline's estimate). */
function residueGramsFor180(): number {
  return tonnes(180 * 0.45);
}
