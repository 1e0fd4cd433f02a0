import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-03',
  family: 'identity',
  violation: true,
  heldOut: false,
  title: 'Dysprosium–iron alloy exported as "sintered NdFeB magnets"',
  does: 'The metal smelter makes 2.4 t of Dy–Fe alloy from Dy oxide and sells it to the magnet maker, which relabels it, unchanged, as "sintered NdFeB magnet" (80 % Dy, no Nd or Pr) and sells it to the exporter; the exporter ships it to the United States without a licence, as NdFeB magnets need none.',
  expect: 'A "magnet" whose composition is a controlled Dy alloy, exported without a licence; the export event and the relabelled lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', tonnes(2.2), r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.lot(oxide).composition, 0.97);
    const alloyGrams = metalMass(dy, 0.8);
    w.record(r.smelter, at('2025-08-08', '10:00'), [
      s.process(r.smelter, 'met-2507-dyfe', at('2025-07-18'), [{ lot: oxide, massGrams: tonnes(2.2) }], [{ id: 'AL-2507-DYFE', product: 'alloy-dyfe', massGrams: alloyGrams, composition: dy }], { facility: r.metalPlant }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-20'), 'AL-2507-DYFE', alloyGrams, r.magnets),
    ]);
    const alloy = r.smelter.lot('AL-2507-DYFE');
    w.record(r.magnets, at('2025-08-08', '11:00'), [
      s.receive(r.magnets, 'rcv-2507-dyfe', at('2025-07-21'), alloy, alloyGrams),
      s.process(r.magnets, 'mag-2507-x1', at('2025-07-22'), [{ lot: alloy, massGrams: alloyGrams }], [{ id: 'MG-2507-X1', product: 'magnet-ndfeb-sintered', massGrams: alloyGrams, composition: dy }], { facility: r.magnetPlant, note: 'repacked' }),
      s.ship(r.magnets, 'shp-2507-x1', at('2025-07-23'), 'MG-2507-X1', alloyGrams, r.exporter),
    ]);
    const magnet = r.magnets.lot('MG-2507-X1');
    w.record(r.exporter, at('2025-08-09', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-x1', at('2025-07-24'), magnet, alloyGrams),
      s.export(r.exporter, 'exp-2507-x1', at('2025-07-28'), magnet, alloyGrams, 'US', { customsDeclaration: '220120250700078899' }),
    ]);
    return { world: w, find: { lots: [magnet], events: [r.exporter.event('exp-2507-x1'), r.magnets.event('mag-2507-x1')] } };
  },
});
