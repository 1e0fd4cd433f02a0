import { defineCase } from '../../lib/case.ts';
import { add, at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-04',
  family: 'identity',
  violation: false,
  heldOut: false,
  title: 'High-coercivity NdFeB magnets with dysprosium exported without a licence',
  does: 'The magnet maker alloys its June NdPr metal with 1.2 t of Dy–Fe from the smelter into traction-motor magnets (about 1.5 % Dy) and exports them to Germany with no licence. The dual-use controls list Dy metals, alloys, oxides and compounds, and SmCo magnets; NdFeB magnets are not listed.',
  expect: 'Nothing: a magnet is not a controlled Dy alloy; its composition fits a high-coercivity sintered magnet.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    const june = honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(1.2), r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.lot(oxide).composition, 0.97);
    const alloyGrams = metalMass(dy, 0.8);
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      s.process(r.smelter, 'met-2507-dyfe', at('2025-07-18'), [{ lot: oxide, massGrams: tonnes(1.2) }], [{ id: 'AL-2507-DYFE', product: 'alloy-dyfe', massGrams: alloyGrams, composition: dy }], { facility: r.metalPlant }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-20'), 'AL-2507-DYFE', alloyGrams, r.magnets),
    ]);
    const alloy = r.smelter.lot('AL-2507-DYFE');
    const feed = add(s.lot(june.metalShipment).composition, dy);
    const { magnets, swarf } = sinter(feed, '2507-HC', 'magnet-ndfeb-sintered-high-coercivity');
    w.record(r.magnets, at('2025-08-09', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-21'), alloy, alloyGrams),
      s.process(r.magnets, 'mag-2507-hc', at('2025-07-23'), [{ lot: june.metalShipment, massGrams: tonnes(20) }, { lot: alloy, massGrams: alloyGrams }], [magnets, swarf], { facility: r.magnetPlant }),
      s.export(r.magnets, 'exp-2507-hc', at('2025-07-30'), magnets.id, magnets.massGrams, 'DE', { customsDeclaration: '310120250700029911' }),
    ]);
    return { world: w, find: {} };
  },
});
