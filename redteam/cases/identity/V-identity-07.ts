import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-07',
  family: 'identity',
  violation: true,
  heldOut: false,
  title: 'Terbium metal exported as "rare earth metal off-cuts"',
  does: 'The smelter reduces 0.6 t of Tb oxide to Tb metal and sells it to the exporter, which declares it as rare earth metal off-cuts and dross (a pre-consumer scrap, outside the control list) and exports it to the Netherlands without a licence. The "scrap" is 99 % terbium.',
  expect: 'Scrap whose composition is a pure controlled metal, exported without a licence; the export event and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxide = sellOxide(ctx, south, heavy, 'oxide-tb', tonnes(0.6), r.smelter, '2025-07', '2507-tb');
    const tb = scale(s.lot(oxide).composition, 0.97);
    const metalGrams = metalMass(tb);
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      s.process(r.smelter, 'met-2507-tb', at('2025-07-18'), [{ lot: oxide, massGrams: tonnes(0.6) }], [{ id: 'MET-2507-TB', product: 'metal-tb', massGrams: metalGrams, composition: tb }], { facility: r.metalPlant }),
      s.ship(r.smelter, 'shp-2507-tb', at('2025-07-21'), 'MET-2507-TB', metalGrams, r.exporter),
    ]);
    const metal = r.smelter.lot('MET-2507-TB');
    w.record(r.exporter, at('2025-08-09', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-tb', at('2025-07-22'), metal, metalGrams),
      s.process(r.exporter, 'pak-2507-tb', at('2025-07-23'), [{ lot: metal, massGrams: metalGrams }], [{ id: 'SC-2507-01', product: 'scrap-re-metal', massGrams: metalGrams, composition: tb }], { note: 'sorted and repacked' }),
      s.export(r.exporter, 'exp-2507-sc', at('2025-07-29'), 'SC-2507-01', metalGrams, 'NL', { customsDeclaration: '220120250700080011' }),
    ]);
    return { world: w, find: { lots: [r.exporter.lot('SC-2507-01')], events: [r.exporter.event('exp-2507-sc'), r.exporter.event('pak-2507-tb')] } };
  },
});
