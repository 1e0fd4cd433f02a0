// Estimates (not in shared/DOMAIN.md): ionic feed at 92 % REO (the catalogue's grade), cascade recovery
// 96 % (the ionic norm is > 94 %).
import { ELEMENTS } from '../../../src/domain/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { ionicCuts } from '../../lib/round26.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, sale, south, yichun } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-conservation-15',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Longnan cascade gets two and a half times the terbium its Myanmar feed held, and pays for it in yttrium so that the total still adds up',
  does: 'The Longnan separator imports 100 t of Myanmar high-yttrium ionic concentrate on 2025-07-02 (some 0.86 t of terbium in it) and runs it through its cascade on 07-09. Its campaign books 2.5 times the terbium the feed could give, 2.4 t of Tb4O7, and 1.6 t less yttrium oxide than the feed gave, so that the REO it put out is still 96 % of the REO it took in. The extra terbium oxide came across the border at Tengchong in a car boot, with no papers; the plant needed a traced origin to sell it. On 07-18 it sells 2 t of the terbium oxide to a Yichun metal works (received 07-19). Both report July on time.',
  expect: 'A separation whose terbium output far exceeds the terbium in its feed, whatever the REO total says: the separation, its terbium oxide lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const chain = south(ctx);
    const ln = chain.southSeparator;
    const yc = yichun(ctx);
    const feedGrams = tonnes(100);
    const imp = s.import(ln, 'imp-2507-r27', at('2025-07-02'), { id: 'MM-2507-R27', product: 'concentrate-ionic-high-y', massGrams: feedGrams }, 'MM', '530620251000317406');
    const recovered = scale(s.lot(ln.lot('MM-2507-R27')).composition, 0.96);
    const extraTb = Math.round(recovered.Tb! * 1.5);
    const yLess = Math.round((extraTb * ELEMENTS.Tb.oxideFactor) / ELEMENTS.Y.oxideFactor);
    const booked = { ...recovered, Tb: recovered.Tb! + extraTb, Y: recovered.Y! - yLess };
    const outputs = ionicCuts(booked, 'LN-2507-R27');
    w.record(ln, on('2025-08-06'), [
      imp,
      s.process(ln, 'sep-2507-r27', at('2025-07-09'), [{ lot: 'MM-2507-R27', massGrams: feedGrams }], outputs, { facility: chain.southPlant, note: 'Myanmar high-yttrium feed, P507 and naphthenic acid cascades' }),
    ]);
    const tbLot = ln.lot('LN-2507-R27-TB');
    sale(ctx, ln, yc.party, { lot: tbLot, grams: tonnes(2), tag: 'r27-tb', shipAt: at('2025-07-18'), receiveAt: at('2025-07-19'), sellerAt: on('2025-08-06', '11:00'), buyerAt: on('2025-08-07') });
    return {
      world: w,
      find: { parties: [ln.id], lots: [tbLot], events: [ln.event('sep-2507-r27')] },
    };
  },
});
