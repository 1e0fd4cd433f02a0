// Estimates (not in shared/DOMAIN.md): LaNi4.7Al0.3 holds 32.9 % lanthanum by stoichiometry; 97 % oxide → metal yield (the library's); 99.5 % of the lanthanum into the powder.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { changshaWorks, sell24 } from '../../lib/round24.ts';

export default defineCase({
  id: 'H-identity-38',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A lanthanum-only AB5 alloy for high-power NiMH cells, no cerium and no neodymium, exported to Japan without a licence',
  does: 'The Baotou separator sells 13 t of June\'s La2O3 to the Baotou smelter (received 2025-07-04), which reduces it on 07-08 into lanthanum metal at 97 % and sells 10 t to a Changsha (Hunan) hydrogen-storage alloy works (received 07-14). On 07-22 the works melts it with nickel and aluminium into about 30 t of LaNi4.7Al0.3 powder, an AB5 whose rare earth is pure lanthanum (the grade for high-rate and low-temperature cells), unlike the usual mischmetal AB5 with cerium, praseodymium and neodymium. On 08-05 it exports 28 t to a Japanese cell maker. Lanthanum is controlled by no announcement.',
  expect: 'Nothing: a hydrogen-storage alloy carrying only an uncontrolled rare earth, at its stoichiometric share; a rare earth mix unlike the catalogue\'s AB5 is a grade, not a disguise.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const works = changshaWorks(ctx);
    const oxideGrams = tonnes(13);
    const la = r.separator.lot('SEP-2506-LA-S1');
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-la', at('2025-07-03'), 'SEP-2506-LA', oxideGrams, r.smelter, 'SEP-2506-LA-S1')]);
    const metal = scale(s.share(la, oxideGrams), 0.97);
    const metalGrams = metalMass(metal);
    const metalLot = sell24(ctx, r.smelter, works.party, {
      lot: r.smelter.lot('LA-2507-01'), grams: tonnes(10), tag: 'CS1', shipAt: at('2025-07-12'), receiveAt: at('2025-07-14'),
      sellerRecordsAt: at('2025-08-07', '10:00'), buyerRecordsAt: at('2025-08-08', '10:00'), note: 'argon-packed 50 kg cans',
      sellerBefore: [
        s.receive(r.smelter, 'rcv-2507-la', at('2025-07-04'), la, oxideGrams),
        s.process(r.smelter, 'met-2507-la', at('2025-07-08'), [{ lot: la, massGrams: oxideGrams }], [{ id: 'LA-2507-01', product: 'metal-la', massGrams: metalGrams, composition: metal }], { facility: r.metalPlant, note: 'lanthanum metal by chloride–fluoride electrolysis' }),
      ],
      buyerAfter: [],
    });
    const alloy = scale(s.share(metalLot, tonnes(10)), 0.995);
    const alloyGrams = massAtShare(alloy, 0.329);
    w.record(works.party, at('2025-08-08', '11:00'), [
      s.process(works.party, 'ab5-2507-01', at('2025-07-22'), [{ lot: metalLot, massGrams: tonnes(10) }], [{ id: 'LAN-2507-01', product: 'hsa-ab5', massGrams: alloyGrams, composition: alloy }], { facility: works.plant, note: 'LaNi4.7Al0.3 by vacuum induction melting, annealed, hydrided and milled' }),
    ]);
    w.record(works.party, at('2025-09-05', '10:00'), [
      s.export(works.party, 'exp-2508-jp', at('2025-08-05'), 'LAN-2507-01', tonnes(28), 'JP', { customsDeclaration: '490120250805002291', note: 'AB5 hydrogen-storage alloy powder (La-based), HS 7504.00' }),
    ]);
    return { world: w, find: {} };
  },
});
