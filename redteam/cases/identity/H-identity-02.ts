import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-02',
  family: 'identity',
  violation: false,
  heldOut: false,
  title: 'SmCo magnets exported under a dual-use licence',
  does: 'The smelter reduces the 2 t of samarium oxide from the Longnan separator to Sm metal; the magnet maker makes Sm2Co17 magnets of it and exports them to France under its own dual-use licence for SmCo magnets (Announcement 18 lists SmCo magnets by name).',
  expect: 'Nothing: a controlled product, exported inside a valid licence\'s scope, quantity and dates.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.magnets, { roles: ['magnet-maker', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    w.licence({ id: 'RT-EXP-NB-SMCO-2025', party: r.magnets.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 2, scope: { products: ['magnet-smco'], elements: ['Sm'] } });
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxideGrams = heavy.grams['oxide-sm']!;
    const oxide = sellOxide(ctx, south, heavy, 'oxide-sm', oxideGrams, r.smelter, '2025-07', '2507-sm');
    const sm = scale(s.lot(oxide).composition, 0.97);
    const metalGrams = metalMass(sm);
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      s.process(r.smelter, 'met-2507-sm', at('2025-07-18'), [{ lot: oxide, massGrams: oxideGrams }], [{ id: 'MET-2507-SM', product: 'metal-sm', massGrams: metalGrams, composition: sm }], { facility: r.metalPlant, note: 'lanthanothermic reduction' }),
      s.ship(r.smelter, 'shp-2507-sm', at('2025-07-20'), 'MET-2507-SM', metalGrams, r.magnets),
    ]);
    const metal = r.smelter.lot('MET-2507-SM');
    const inMagnets = scale(sm, 0.95);
    const magnetGrams = massAtShare(inMagnets, 0.25);
    w.record(r.magnets, at('2025-08-09', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-sm', at('2025-07-21'), metal, metalGrams),
      s.process(r.magnets, 'mag-2507-smco', at('2025-07-24'), [{ lot: metal, massGrams: metalGrams }], [{ id: 'MG-2507-SMCO', product: 'magnet-smco', massGrams: magnetGrams, composition: inMagnets }], { facility: r.magnetPlant }),
      s.export(r.magnets, 'exp-2507-smco', at('2025-07-30'), 'MG-2507-SMCO', magnetGrams, 'FR', { licence: 'RT-EXP-NB-SMCO-2025', customsDeclaration: '310120250700023456' }),
    ]);
    return { world: w, find: {} };
  },
});
