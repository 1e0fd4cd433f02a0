import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, totalGrams } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-78',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Dysprosium–iron alloy exported under a dual-use licence whose scope names the alloy among its dysprosium products',
  does: 'The Shanghai exporter\'s dual-use licence (valid 2025-07-01 to 2026-06-30, up to 3 t REO, Japan) names dysprosium oxide, dysprosium metal and dysprosium–iron alloy. The Baotou smelter buys 3 t of Dy2O3 from the Longnan separator (shipped 07-15, received 07-16), reduces it with iron to about 3.1 t of 80 % Dy–Fe alloy on 07-20 (97 %), and ships it to the exporter on 07-24 (received 07-25), which exports it to a Japanese magnet maker on 08-05 citing the licence (about 2.9 t REO).',
  expect: 'Nothing: the product exported is one the licence names, its element is the licence\'s, and its REO is inside the licensed quantity and dates.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', 100);
    const licence = w.licence({ id: 'RT-EXP-PJ-DY-2025', party: r.exporter.id, activity: 'export', validFrom: '2025-07-01', validTo: '2026-06-30', capacityTonnesReo: 3, scope: { products: ['oxide-dy', 'metal-dy', 'alloy-dyfe'], elements: ['Dy'] } });
    const oxideGrams = tonnes(3);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', oxideGrams, r.smelter, '2025-07', '2507-dy');
    const composition = scale(s.share(oxide, oxideGrams), 0.97);
    const alloy = { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: Math.ceil(totalGrams(composition) / 0.8), composition };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'all-2507-dy', at('2025-07-20'), [{ lot: oxide, massGrams: oxideGrams }], [alloy], { facility: r.metalPlant, note: 'molten-salt electrolysis of Dy2O3 on a consumable iron cathode: 80 % Dy–Fe' }),
      s.ship(r.smelter, 'shp-2507-dyfe', at('2025-07-24'), alloy.id, alloy.massGrams, r.exporter, undefined, 'steel drums under argon'),
    ]);
    const lot = r.smelter.lot(alloy.id);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-dyfe', at('2025-07-25'), lot, alloy.massGrams),
      s.export(r.exporter, 'exp-2508-dyfe', at('2025-08-05'), lot, alloy.massGrams, 'JP', { licence, customsDeclaration: '220120250800071190' }),
    ]);
    return { world: w, find: {} };
  },
});
