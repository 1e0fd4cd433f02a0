// Estimates (not in shared/DOMAIN.md): AB5 powder at 33 % rare earths (the catalogue's), 99.5 % of the rare earths into the powder; Dy–Fe at 80 % Dy.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { mischmetalTo } from '../../lib/round20.ts';
import { ab5Output, changshaWorks, changtingImport, changtingSeparator, dyFeAtSanming, sanmingMetalWorks } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-identity-38',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron alloy melted into "AB5 hydrogen-storage alloy powder" and exported to Japan without a licence',
  does: 'A Changsha (Hunan) hydrogen-storage alloy works, registered as maker and exporter, buys 18 t of La–Ce mischmetal from the Baotou smelter (received 2025-07-13) and, from a Sanming metal works, 2.1 t of Dy–Fe alloy reduced from Changting Dy2O3 (shipped 07-24, received 07-26). On 08-02 it melts both with nickel and cobalt into about 59 t of "AB5 alloy powder" and on 08-10 exports all of it to a Japanese battery-materials trader as hydrogen-storage alloy, which needs no licence. AB5 is lanthanum, cerium, praseodymium and neodymium on nickel; no battery alloy carries dysprosium. This one is 2.8 % dysprosium, 1.7 t of it, which the buyer leaches back out.',
  expect: 'A hydrogen-storage alloy whose rare earths include a controlled element no such alloy contains, exported without a licence: the export, the powder lot and the melt that made it.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const works = changshaWorks(ctx);
    const misch = mischmetalTo(ctx, works.party);
    const ct = changtingSeparator(ctx);
    const run = changtingImport(ctx, ct, { tag: '2507', tonnes: 300, importAt: at('2025-07-02'), separateAt: at('2025-07-08'), recordedAt: at('2025-08-06', '10:00') });
    const sm = sanmingMetalWorks(ctx);
    dyFeAtSanming(ctx, ct, run, sm, 2.4, () => [s.ship(sm.party, 'shp-2507-dyfe', at('2025-07-24'), 'DYFE-2507-01', tonnes(2.1), works.party, 'DYFE-2507-01-CS')]);
    const alloy = sm.party.lot('DYFE-2507-01-CS');
    const out = ab5Output([s.share(misch.lot, misch.grams), s.share(alloy, tonnes(2.1))], 'AB5-2508-01');
    w.record(works.party, at('2025-08-08', '10:00'), [
      misch.receipt,
      s.receive(works.party, 'rcv-2507-dyfe', at('2025-07-26'), alloy, tonnes(2.1)),
    ]);
    w.record(works.party, at('2025-09-05', '10:00'), [
      s.process(works.party, 'ab5-2508-01', at('2025-08-02'), [{ lot: misch.lot, massGrams: misch.grams }, { lot: alloy, massGrams: tonnes(2.1) }], [out], { facility: works.plant, note: 'vacuum induction melting with Ni, Co, Mn, Al; strip casting, hydriding, milling to −200 mesh' }),
      s.export(works.party, 'exp-2508-jp', at('2025-08-10'), 'AB5-2508-01', out.massGrams, 'JP', { customsDeclaration: '490120250810003318', note: 'AB5 hydrogen-storage alloy powder, HS 7504.00' }),
    ]);
    return {
      world: w,
      find: { lots: [works.party.lot('AB5-2508-01')], events: [works.party.event('exp-2508-jp'), works.party.event('ab5-2508-01')] },
    };
  },
});
