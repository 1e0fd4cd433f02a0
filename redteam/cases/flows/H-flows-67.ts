import { defineCase } from '../../lib/case.ts';
import { add, at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { smelt } from '../../lib/refining.ts';
import { addHeavyMetalWorks, customerCode, deliver } from '../../lib/round8.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-67',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'Dysprosium across three provinces in five weeks: Longnan oxide, Ganzhou metal, Ningbo traction-motor magnets, a Changzhou motor maker',
  does: 'The Longnan separator sells 1.5 t of dysprosium oxide to a Ganzhou heavy rare earth metal works licensed for dysprosium and terbium (shipped 2025-07-15, received 07-16), which reduces it to dysprosium metal on 07-22 at 96 % and ships it whole to the Ningbo magnet maker on 07-28 (received 07-30). On 08-06 the magnet maker sinters it with its 20 t of June NdPr metal into high-coercivity magnets and swarf, and on 08-20 delivers 50 t of magnets to a Changzhou traction-motor maker. The controlled element changes form twice, crosses three provinces and ends in a domestic final use; every party reports on time.',
  expect: 'Nothing: each leg is shipped and received, each step is done by a licensed (or, for magnets, unlicensed but lawful) maker, and the final delivery is of finished magnets to a motor maker.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const { works, worksPlant } = addHeavyMetalWorks(ctx, 40);
    const oxideGrams = tonnes(1.5);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, works, '2025-07', '2507-dy');
    const metal = smelt(s.share(oxide, oxideGrams), 'DY-2507-01', 'metal-dy', 0.96);
    w.record(works, at('2025-08-07', '11:00'), [
      s.process(works, 'met-2507-dy', at('2025-07-22'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: worksPlant, note: 'fluorination and calciothermic reduction, vacuum remelting' }),
      s.ship(works, 'shp-2507-dy', at('2025-07-28'), metal.id, metal.massGrams, r.magnets),
    ]);
    const dyLot = works.lot(metal.id);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-dy', at('2025-07-30'), dyLot, metal.massGrams)]);
    const ndprGrams = tonnes(20);
    const { magnets, swarf } = sinter(add(s.share(june.metalShipment, ndprGrams), s.share(dyLot, metal.massGrams)), '2508', 'magnet-ndfeb-sintered-high-coercivity');
    w.record(r.magnets, at('2025-09-08', '10:00'), [
      s.process(r.magnets, 'snt-2508-01', at('2025-08-06'), [{ lot: june.metalShipment, massGrams: ndprGrams }, { lot: dyLot, massGrams: metal.massGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'high-coercivity grade 42SH: strip casting, jet milling, pressing, sintering' }),
      deliver('dlv-2508-01', at('2025-08-20'), magnets.id, tonnes(50), { name: '常州精进电驱动有限公司 (Changzhou traction-motor maker)', id: customerCode('CZJJ2508', '320400') }, 'vehicles', 'CZ-2025-0801'),
    ]);
    return { world: w, find: {} };
  },
});
