// Estimates (not in DOMAIN.md): carbonate at 45 % REO (the catalogue's); oxide at 99 %.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyFeedCampaign } from '../../lib/round15.ts';
import { ELEMENTS } from '../../../src/domain/index.ts';

export default defineCase({
  id: 'V-conservation-83',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Lanthanum carbonate calcined with no loss of weight: 55 t of carbonate become 55 t of 99 % oxide',
  does: 'In July 2025 the Baotou separator runs 200 t of concentrate (07-10) and precipitates its lanthanum as carbonate (45 % REO), about 55 t. On 08-05 it calcines the carbonate and books 55 t of 99 % La2O3 out of the kiln, as if carbon dioxide and water weighed nothing; calcining carbonate at 45 % REO to oxide at 99 % leaves well under half the weight. The 30 t of lanthanum oxide beyond the 25 t the carbonate could give is off-book oxide from a private cascade, given a home. It sells 40 t of the oxide to the Beijing trader on 08-20 (received 08-21). Reported by the 8th of each next month.',
  expect: 'A calcination whose oxide holds more than twice the lanthanum its carbonate held: the calcination, the oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    julyFeedCampaign(ctx, (feed) => {
      const plan = separate(feed, 'SEP-2507', { recovery: 0.95 });
      const out = plan.outputs.filter((o) => o.product !== 'oxide-la');
      const la = pick(scale(feed, 0.95), ['La']);
      return [...out, { id: 'SEP-2507-LAC', product: 'salt-la-carbonate', massGrams: oxideMass(la, 0.45), composition: la }];
    }, 'acid roasting, water leach, solvent extraction; lanthanum precipitated as carbonate');
    const carbonate = s.lot(r.separator.lot('SEP-2507-LAC'));
    const grams = carbonate.massGrams;
    const laOxide = { La: Math.floor((grams * 0.99) / ELEMENTS.La.oxideFactor) };
    w.record(r.separator, at('2025-09-06', '10:00'), [
      s.process(r.separator, 'cal-2508-la', at('2025-08-05'), [{ lot: 'SEP-2507-LAC', massGrams: grams }], [{ id: 'SEP-2508-LA', product: 'oxide-la', massGrams: grams, composition: laOxide }], { facility: r.separationPlant, note: 'calcining of lanthanum carbonate in the rotary kiln' }),
      s.ship(r.separator, 'shp-2508-la', at('2025-08-20'), 'SEP-2508-LA', tonnes(40), r.trader, 'SEP-2508-LA-S1'),
    ]);
    w.record(r.trader, at('2025-09-08', '10:00'), [s.receive(r.trader, 'rcv-2508-la', at('2025-08-21'), r.separator.lot('SEP-2508-LA-S1'), tonnes(40))]);
    return { world: w, find: { events: [r.separator.event('cal-2508-la')], lots: [r.separator.lot('SEP-2508-LA')], parties: [r.separator.id] } };
  },
});
