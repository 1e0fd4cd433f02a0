// Estimates (not in shared/DOMAIN.md): 97 % of the dysprosium in an honest Dy–Fe campaign (the library's yield); the catalogue's 80 % Dy alloy; honest electrolysis slag from a Dy–Fe cell holds a few per cent of the dysprosium at well under 10 % Dy.
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { heavyJuly } from '../../lib/round15.ts';
import { filed, jian, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'V-identity-23',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium–iron "electrolysis slag" at 45 % dysprosium, exported from Ji\'an to a Japanese recycler without a licence',
  does: 'A Ji\'an (Jiangxi) metal works buys 6 t of Dy2O3 from the Longnan separator (received 2025-07-16) and on 07-22 books its Dy–Fe campaign as 5.5 t of alloy holding 85 % of the dysprosium and 1.4 t of fluoride "electrolysis slag" holding 12 %, at 45 % dysprosium. The "slag" is cell-bottom alloy and crushed Dy–Fe mixed with a little fluoride salt. On 08-20 it exports the 1.4 t to a Japanese scrap refiner as "rare earth electrolysis slag for recycling, HS 2620.99": slag needs no dual-use licence; a dysprosium alloy does, and the works holds none.',
  expect: 'A "slag" richer in dysprosium than any slag, nearly as rich as the alloy, exported with no licence: the campaign, the slag lot, the export and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = heavyJuly(ctx, 100);
    const ja = jian(ctx, ['metal-smelter', 'exporter']);
    const oxideGrams = tonnes(6);
    const oxide = sell24(ctx, chain.south.southSeparator, ja.party, { lot: chain.heavy.lots['oxide-dy']!, grams: oxideGrams, tag: '2507-dyja', shipAt: at('2025-07-15'), receiveAt: at('2025-07-16'), sellerRecordsAt: filed('2025-08-06', '11:30'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'Dy2O3 99.5 %, 50 kg drums' });
    const feed = s.share(oxide, oxideGrams);
    const alloy = scale(feed, 0.85);
    const slag = scale(feed, 0.12);
    const alloyGrams = massAtShare(alloy, 0.8);
    const slagGrams = massAtShare(slag, 0.45);
    w.record(ja.party, filed('2025-08-07', '11:00'), [
      s.process(ja.party, 'met-2507-dyfe', at('2025-07-22'), [{ lot: oxide, massGrams: oxideGrams }], [
        { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: alloyGrams, composition: alloy },
        { id: 'DYFE-2507-SLAG', product: 'slag-electrolysis', massGrams: slagGrams, composition: slag },
      ], { facility: ja.plant, note: 'oxide–fluoride electrolysis on a consumable iron cathode; cell bottoms and skimmings drummed as electrolysis slag' }),
    ]);
    w.record(ja.party, filed('2025-09-05'), [
      s.export(ja.party, 'exp-2508-slag', at('2025-08-20'), 'DYFE-2507-SLAG', slagGrams, 'JP', { customsDeclaration: '400120251000713406', note: 'rare earth electrolysis slag for recycling, HS 2620.99, 7 steel drums' }),
    ]);
    return {
      world: w,
      find: { parties: [ja.party.id], lots: [ja.party.lot('DYFE-2507-SLAG')], events: [ja.party.event('met-2507-dyfe'), ja.party.event('exp-2508-slag')] },
    };
  },
});
