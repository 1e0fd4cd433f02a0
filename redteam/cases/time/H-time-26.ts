// Estimates (not in shared/DOMAIN.md): 97 % of each element of the SEG oxide into its single oxide.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { jiujiang, on, segCuts, segToJiujiang } from '../../lib/round26.ts';

export default defineCase({
  id: 'H-time-26',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A new Jiujiang separation plant takes delivery of its first feed three weeks before its licence takes effect, and separates it three days after',
  does: 'A Jiujiang separation plant of the southern group is designated with a separation licence in force from 2025-09-15. To be ready for its first campaign it buys the Baotou separator\'s June lot of Sm–Eu–Gd enriched oxide, 8.97 t, shipped on 08-20 and received on 08-22, and keeps it sealed in its store; it reports the receipt with August on 09-08. On 09-18 it runs the oxide through its new cascade into samarium, europium and gadolinium oxides at 97 %, and reports September on 10-08.',
  expect: 'Nothing: buying and storing feed is not separation; the campaign itself runs after the licence took effect, and each month is reported by the 10th.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const jj = jiujiang(ctx, { licenceFrom: '2025-09-15' });
    const seg = segToJiujiang(ctx, jj, { shipAt: at('2025-08-20'), receiveAt: at('2025-08-22', '15:00'), sellerAt: on('2025-09-06', '11:00') });
    w.record(jj.party, on('2025-09-08'), [seg.receipt]);
    const outputs = segCuts({ ...s.lot(seg.lot).composition }, 'JJ-2509', { Sm: 0.97, Eu: 0.97, Gd: 0.97 });
    w.record(jj.party, on('2025-10-08'), [
      s.process(jj.party, 'sep-2509-seg', at('2025-09-18'), [{ lot: seg.lot, massGrams: seg.grams }], outputs, {
        facility: jj.plant, note: 'first campaign of the new plant: SEG dissolved in HCl, P507 cascade, europium by zinc reduction',
      }),
    ]);
    return { world: w, find: {} };
  },
});
