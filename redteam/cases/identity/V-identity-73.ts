import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-73',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron alloy booked as gadolinium–iron and exported on a gadolinium licence',
  does: 'The Shanghai exporter holds a dual-use licence for 10 t REO of gadolinium–iron alloy to Korea. A Korean buyer wants dysprosium, for which no licence would be granted. The Baotou smelter buys 5 t of dysprosium oxide from Longnan (received 2025-07-16), reduces it with iron on 07-20 and books the ingots as "gadolinium–iron alloy" (80 % rare earth, all of it dysprosium); it ships them to the exporter on 07-24 (received 07-25), which exports them on 07-30 citing the gadolinium licence. Everyone reports on time.',
  expect: 'A lot labelled gadolinium–iron that carries dysprosium and no gadolinium, exported on a licence for gadolinium: the alloy lot, the furnace event and the export.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    w.licence({ id: 'RT-EXP-PJ-GD-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 10, scope: { products: ['alloy-gdfe'], elements: ['Gd'] } });
    const oxideGrams = tonnes(5);
    const dy = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', '2507-dy');
    const alloy = scale(s.share(dy, oxideGrams), 0.97);
    const alloyGrams = massAtShare(alloy, 0.8);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'dyfe-2507-01', at('2025-07-20'), [{ lot: dy, massGrams: oxideGrams }], [{ id: 'GDFE-2507-01', product: 'alloy-gdfe', massGrams: alloyGrams, composition: alloy }], { facility: r.metalPlant, note: 'fluoride electrolysis with consumable iron cathode' }),
      s.ship(r.smelter, 'shp-2507-gdfe', at('2025-07-24'), 'GDFE-2507-01', alloyGrams, r.exporter),
    ]);
    const lot = r.smelter.lot('GDFE-2507-01');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.receive(r.exporter, 'rcv-2507-gdfe', at('2025-07-25'), lot, alloyGrams),
      s.export(r.exporter, 'exp-2507-gdfe', at('2025-07-30'), lot, alloyGrams, 'KR', { licence: 'RT-EXP-PJ-GD-2025', customsDeclaration: '220120250700081234' }),
    ]);
    return { world: w, find: { lots: [lot], events: [r.smelter.event('dyfe-2507-01'), r.exporter.event('exp-2507-gdfe')] } };
  },
});
