// Estimates (not in shared/DOMAIN.md): the split of a first pass on a short Sm/Gd cascade (80 % of
// the samarium and 78 % of the gadolinium to finished oxide, 17 % and 19 % to a middlings cut, 95 %
// of the europium out by zinc reduction); 97 % of each element overall; the middlings at 90 % REO.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { jiujiang, on, segCuts, segToJiujiang } from '../../lib/round26.ts';
import type { Composition } from '../../../src/domain/index.ts';

export default defineCase({
  id: 'H-conservation-26',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Jiujiang plant\'s first pass over Baotou Sm–Eu–Gd oxide gives only four-fifths of the samarium and gadolinium as oxide; the rest is a middlings lot it re-runs in August',
  does: 'A Jiujiang (Jiangxi) separation plant of the southern group buys the Baotou separator\'s June 2025 lot of Sm–Eu–Gd enriched oxide, 8.97 t (shipped 07-08, received 07-10). Its samarium–gadolinium cascade is short, so on 07-18 the first pass takes europium out by zinc reduction (95 %) and gives finished samarium oxide with 80 % of the samarium and gadolinium oxide with 78 % of the gadolinium; what sat between the two cuts is drawn off as a 1.4 t Sm–Gd middlings lot, booked as Sm–Eu–Gd enriched oxide and kept in store. On 08-14 the middlings go back through the cascade and give samarium and gadolinium oxides at 97 %. July is reported on 08-07, August on 09-05.',
  expect: 'Nothing: the July campaign\'s finished oxides hold less than the norm, but the middlings lot holds the rest and is separated in August; over both passes 97 % of each element is recovered.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const jj = jiujiang(ctx);
    const seg = segToJiujiang(ctx, jj, { shipAt: at('2025-07-08'), receiveAt: at('2025-07-10', '15:00') });
    const feed = { ...s.lot(seg.lot).composition };
    const singles = segCuts(feed, 'JJ-2507', { Sm: 0.8, Eu: 0.95, Gd: 0.78 });
    const middlings: Composition = { ...scale(pick(feed, ['Sm']), 0.17), ...scale(pick(feed, ['Eu']), 0.02), ...scale(pick(feed, ['Gd']), 0.19) };
    const midLot = { id: 'JJ-2507-MID', product: 'mixed-oxide-smeugd', massGrams: oxideMass(middlings, 0.9), composition: middlings };
    w.record(jj.party, on('2025-08-07'), [
      seg.receipt,
      s.process(jj.party, 'sep-2507-seg', at('2025-07-18'), [{ lot: seg.lot, massGrams: seg.grams }], [...singles, midLot], {
        facility: jj.plant, note: 'first pass: europium reduced with zinc and precipitated; Sm and Gd cut on the 40-stage P507 cascade; the overlap drawn off as middlings JJ-2507-MID for a second pass',
      }),
    ]);
    const rerun = segCuts(middlings, 'JJ-2508', { Sm: 0.97, Eu: 0.97, Gd: 0.97 });
    w.record(jj.party, on('2025-09-05'), [
      s.process(jj.party, 'sep-2508-mid', at('2025-08-14'), [{ lot: 'JJ-2507-MID', massGrams: midLot.massGrams }], rerun, {
        facility: jj.plant, note: 'second pass of the July middlings on the Sm/Gd cascade',
      }),
    ]);
    return { world: w, find: {} };
  },
});
