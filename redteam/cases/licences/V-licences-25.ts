// Estimates (not in shared/DOMAIN.md): 97 % of the oxide's gadolinium into Gd–Fe (the library's oxide → metal yield); the catalogue's 75 % Gd alloy grade.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { exportLicence25, filed, jian, jianAlloy, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-licences-25',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Thirteen tonnes of gadolinium–iron alloy, 11.5 t REO, exported to Korea on a dual-use licence for 10 t REO "counted in gadolinium metal"',
  does: 'A Ji\'an (Jiangxi) metal works holds a dual-use export licence for gadolinium–iron alloy to a Korean magnetocaloric-materials maker, 10 t REO from 2025-07-01 to 2026-06-30. It buys 12 t of Gd2O3 from the Longnan separator (received 07-16), reduces it on 07-24 into 13.3 t of Gd–Fe holding 10.0 t of gadolinium, and on 08-12 exports the whole lot to Korea under the licence. Its export clerk reads the licence\'s 10 t as tonnes of gadolinium metal in the alloy; licensed quantities of rare earths are counted in REO, and 10.0 t of gadolinium is 11.5 t of Gd2O3.',
  expect: 'An export 15 % over its licence\'s quantity: the export, the alloy lot and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 250);
    const ja = jian(ctx, ['metal-smelter', 'exporter']);
    const licence = exportLicence25(ctx, ja.party, 'RT25-EXP-JA-GD', ['alloy-gdfe'], ['Gd'], '2025-07-01', '2026-06-30', 10);
    const oxideGrams = tonnes(12);
    const oxide = sell24(ctx, chain.south.southSeparator, ja.party, { lot: chain.heavy.lots['oxide-gd']!, grams: oxideGrams, tag: '2507-gdja', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'), sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'Gd2O3 99.9 %, 50 kg drums' });
    const gdfe = jianAlloy(ctx, ja, 'met-2507-gdfe', at('2025-07-24'), oxide, oxideGrams, 'alloy-gdfe', 'GDFE-2507-01');
    w.record(ja.party, filed('2025-08-07', '11:00'), [gdfe.event]);
    w.record(ja.party, filed('2025-09-05'), [
      s.export(ja.party, 'exp-2508-gdfe', at('2025-08-12'), 'GDFE-2507-01', gdfe.grams, 'KR', { licence, customsDeclaration: '400120251000582907', note: 'gadolinium–iron alloy Gd75, HS 7202.99, for magnetocaloric alloy' }),
    ]);
    return {
      world: w,
      find: { parties: [ja.party.id], lots: [gdfe.alloy], events: [ja.party.event('exp-2508-gdfe')] },
    };
  },
});
