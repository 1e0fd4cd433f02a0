import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'H-identity-94',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Lanthanum metal exported to Japan without a licence in the same month the smelter reduces gadolinium for a Ningbo magnet maker',
  does: 'The Baotou smelter reduces 6 t of the separator\'s lanthanum oxide (shipped 2025-07-03, received 07-04) on 07-08 and ships the metal to the Shanghai trading house (07-12, received 07-13), which exports it to a Japanese hydrogen-storage alloy maker on 07-20 with no licence: lanthanum is not controlled. In the same month it buys 2 t of gadolinium oxide from Longnan (07-15/16), reduces it on 07-20 and ships the gadolinium metal to the Ningbo magnet maker (07-24, received 07-25), which uses it in a low-cost sintered grade.',
  expect: 'Nothing: each metal is what its oxide was; the uncontrolled one is exported, the controlled one stays at home.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % oxide-to-metal yield (refining.ts).
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const laGrams = tonnes(6);
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', laGrams, r.smelter, 'SEP-2506-LA-S1')]);
    const laOxide = r.separator.lot('SEP-2506-LA-S1');
    const laMetal = smelt(s.share(laOxide, laGrams), 'MET-2507-LA', 'metal-la');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 100);
    const gdGrams = tonnes(2);
    const gd = sellOxide(ctx, south, heavy, 'oxide-gd', gdGrams, r.smelter, '2025-07', '2507-gd');
    const gdMetal = smelt(s.share(gd, gdGrams), 'MET-2507-GD', 'metal-gd');
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), laOxide, laGrams),
      s.process(r.smelter, 'met-2507-la', at('2025-07-08'), [{ lot: laOxide, massGrams: laGrams }], [laMetal], { facility: r.metalPlant, note: 'chloride electrolysis of lanthanum' }),
      s.ship(r.smelter, 'shp-2507-lam', at('2025-07-12'), laMetal.id, laMetal.massGrams, r.exporter),
      s.process(r.smelter, 'met-2507-gd', at('2025-07-20'), [{ lot: gd, massGrams: gdGrams }], [gdMetal], { facility: r.metalPlant, note: 'calciothermic reduction of gadolinium fluoride' }),
      s.ship(r.smelter, 'shp-2507-gdm', at('2025-07-24'), gdMetal.id, gdMetal.massGrams, r.magnets),
    ]);
    const laLot = r.smelter.lot(laMetal.id);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-lam', at('2025-07-13'), laLot, laMetal.massGrams),
      s.export(r.exporter, 'exp-2507-lam', at('2025-07-20'), laLot, laMetal.massGrams, 'JP', { customsDeclaration: '220120250700069905' }),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-gdm', at('2025-07-25'), r.smelter.lot(gdMetal.id), gdMetal.massGrams)]);
    return { world: w, find: {} };
  },
});
