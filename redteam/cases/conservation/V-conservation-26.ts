// Estimates (not in shared/DOMAIN.md): 97 % of each element of the Sm–Eu–Gd enriched oxide into its
// single oxide on a well-run cascade (DOMAIN.md's floor for mixed → separated is 96 %); oxides at 99 %.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { jiujiang, on, segCuts, segToJiujiang } from '../../lib/round26.ts';

export default defineCase({
  id: 'V-conservation-26',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Jiujiang plant splits 9 t of Baotou samarium–europium–gadolinium oxide and books 1.7 times the europium the feed held',
  does: 'A Jiujiang (Jiangxi) separation plant of the southern group, licensed and allocated for rock-ore feed, buys the Baotou separator\'s whole June 2025 lot of Sm–Eu–Gd enriched oxide, 8.97 t holding some 4.5 t of samarium, 0.82 t of europium and 1.65 t of gadolinium (shipped 07-08, received 07-10). On 07-18 it cuts it on its P507 cascade into samarium, gadolinium and europium oxides. Samarium and gadolinium come out at 97 %, as a good cascade gives. The europium oxide is booked at 1.63 t, 1.4 t of europium, where the feed could give at most 0.96 t of Eu2O3: the other 0.7 t is europium oxide bought for cash from a private cascade in the hills of Quannan, run in through the reduction–precipitation step with the legitimate europium so that it leaves with papers. The July report is filed on 08-07.',
  expect: 'A separation whose europium output is 170 % of the europium its feed held: the campaign, the europium oxide lot and the plant.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const jj = jiujiang(ctx);
    const seg = segToJiujiang(ctx, jj, { shipAt: at('2025-07-08'), receiveAt: at('2025-07-10', '15:00') });
    const feed = { ...s.lot(seg.lot).composition };
    const outputs = segCuts(feed, 'JJ-2507', { Sm: 0.97, Eu: 1.7, Gd: 0.97 });
    w.record(jj.party, on('2025-08-07'), [
      seg.receipt,
      s.process(jj.party, 'sep-2507-seg', at('2025-07-18'), [{ lot: seg.lot, massGrams: seg.grams }], outputs, {
        facility: jj.plant, note: 'SEG dissolved in HCl; Sm/Eu–Gd split on the P507 cascade; europium reduced with zinc and precipitated as EuSO4; oxalate precipitation and calcining',
      }),
    ]);
    return {
      world: w,
      find: { parties: [jj.party.id], lots: [jj.party.lot('JJ-2507-EU')], events: [jj.party.event('sep-2507-seg')] },
    };
  },
});
