import { defineCase } from '../../lib/case.ts';
import { at, metalMass, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { southHeavy } from '../../lib/round16.ts';

export default defineCase({
  id: 'V-identity-94',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Gadolinium oxide reduced to metal and booked as lanthanum metal, exported to the United States without a licence',
  does: 'The Baotou metal smelter buys 4 t of gadolinium oxide from the Longnan separator (shipped 2025-07-15, received 07-16) and reduces it on 07-20. It books the ingots as lanthanum metal, writing the gadolinium they hold as lanthanum, and ships them whole to the Shanghai trading house on 07-24 (received 07-25), which exports them to the United States on 08-02 as lanthanum metal, which needs no licence. Gadolinium metal has needed a dual-use licence since 2025-04-04; the two silvery ingots look alike.',
  expect: '"Lanthanum metal" made from gadolinium oxide with no lanthanum in: the smelter\'s campaign, the metal lot, the export and the smelter.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 97 % oxide-to-metal yield (refining.ts).
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { south, heavy } = southHeavy(ctx, '2025-07', '2507', 100);
    const oxideGrams = tonnes(4);
    const gd = sellOxide(ctx, south, heavy, 'oxide-gd', oxideGrams, r.smelter, '2025-07', '2507-gd');
    const gdGrams = s.share(gd, oxideGrams).Gd ?? 0;
    const composition = { La: Math.floor(gdGrams * 0.97) };
    const metalGrams = metalMass(composition);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-la', at('2025-07-20'), [{ lot: gd, massGrams: oxideGrams }], [{ id: 'MET-2507-LA', product: 'metal-la', massGrams: metalGrams, composition }], { facility: r.metalPlant, note: 'calciothermic reduction, order of the Shanghai trading house' }),
      s.ship(r.smelter, 'shp-2507-la', at('2025-07-24'), 'MET-2507-LA', metalGrams, r.exporter, undefined, 'argon-filled drums'),
    ]);
    const lot = r.smelter.lot('MET-2507-LA');
    w.record(r.exporter, at('2025-08-08', '10:00'), [s.receive(r.exporter, 'rcv-2507-la', at('2025-07-25'), lot, metalGrams)]);
    w.record(r.exporter, at('2025-09-05', '10:00'), [s.export(r.exporter, 'exp-2508-la', at('2025-08-02'), lot, metalGrams, 'US', { customsDeclaration: '220120250800071432' })]);
    return {
      world: w,
      find: { events: [r.smelter.event('met-2507-la'), r.exporter.event('exp-2508-la')], lots: [lot], parties: [r.smelter.id] },
    };
  },
});
