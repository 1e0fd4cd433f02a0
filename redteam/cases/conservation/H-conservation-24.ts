// Estimates (not in shared/DOMAIN.md): cerium-metal electrolysis recovering 92 % of the cerium, 5 % into a fluoride slag at 30 % rare earths and 3 % lost as fume and to the cell lining (DOMAIN.md has no oxide → metal yield).
import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { outsideCode } from '../../lib/round16.ts';
import { deliver } from '../../lib/round8.ts';
import { filed, sell24 } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-conservation-24',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'The Baotou smelter\'s first cerium-metal campaign recovers 92 % of its cerium, the rest booked as fluoride slag and cell losses, the slag sold to the recycler',
  does: 'The Baotou metal smelter buys 12 t of June\'s CeO2 from the Baotou separator (received 2025-07-04) and on 07-10 reduces it in fluoride molten-salt cells to cerium metal for steelmaking additions. Cerium cells run hotter and lose more than NdPr cells: 92 % of the cerium reaches the metal, 5 % stays in 1.6 t of fluoride slag at 30 % rare earths, and 3 % goes to fume and the cell lining, as its note says. It sells the slag to the Ganzhou recycler (shipped 07-18, received 07-21) and delivers 8.5 t of the metal to a Baotou steelworks on 07-25.',
  expect: 'Nothing: a lower yield than the NdPr line, within what cerium electrolysis gives, and the slag that holds most of the difference is booked and goes to a licensed recycler.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const oxideGrams = tonnes(12);
    const oxide = sell24(ctx, r.separator, r.smelter, { lot: r.separator.lot('SEP-2506-CE'), grams: oxideGrams, tag: '2507-cemet', shipAt: at('2025-07-03'), receiveAt: at('2025-07-04'), sellerRecordsAt: filed('2025-08-06', '11:00'), buyerRecordsAt: filed('2025-08-07', '09:00'), note: 'CeO2 99.9 %, 1 t bags' });
    const feed = s.share(oxide, oxideGrams);
    const metal = scale(feed, 0.92);
    const slag = scale(feed, 0.05);
    const metalGrams = metalMass(metal);
    const slagGrams = massAtShare(slag, 0.3);
    w.record(r.smelter, filed('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-ce', at('2025-07-10'), [{ lot: oxide, massGrams: oxideGrams }], [
        { id: 'CE-2507-01', product: 'metal-ce', massGrams: metalGrams, composition: metal },
        { id: 'CE-2507-SLAG', product: 'slag-electrolysis', massGrams: slagGrams, composition: slag },
      ], { facility: r.metalPlant, note: 'CeF3–LiF molten-salt electrolysis at 1,000 °C; fluoride slag skimmed and drummed; about 3 % of the cerium lost as fume and to the cell lining' }),
      s.ship(r.smelter, 'shp-2507-ceslag', at('2025-07-18'), 'CE-2507-SLAG', slagGrams, r.recycler, undefined, 'sealed steel drums, by road to Ganzhou'),
      deliver('dlv-2507-ce', at('2025-07-25'), 'CE-2507-01', tonnes(8.5), { name: '包头钢铁稀土钢板材有限责任公司 (Baotou Steel Rare Earth Steel Plate Co.)', id: outsideCode('r25-bt-steel', '150200') }, 'metallurgy', 'BG-2507-114'),
    ]);
    w.record(r.recycler, filed('2025-08-07', '15:00'), [s.receive(r.recycler, 'rcv-2507-ceslag', at('2025-07-21'), r.smelter.lot('CE-2507-SLAG'), slagGrams)]);
    return { world: w, find: {} };
  },
});
