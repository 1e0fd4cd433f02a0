import type { LedgerEvent } from '../../../src/ledger/index.ts';
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-98',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'The same 10 t of NdPr metal sold to Ningbo and "returned on a quality claim" three times in five weeks',
  does: 'The metal smelter ships 10 t of June\'s NdPr metal to the Ningbo magnet maker on 2025-07-03. The magnet maker sends the lot back on 07-08 "on a quality claim"; the smelter receives it and ships the very same lot again on 07-15; back again on 07-22; shipped a third time on 07-29 and returned on 08-05. Each sale is invoiced and each return credited: the two companies, which share a major shareholder, inflate both turnovers and the smelter\'s "sales" to the magnet sector, on which its bank line depends. The drums never change.',
  expect: 'One lot going round between the same two holders three times, unchanged, with a "quality return" each time; the lot, the shipments and both parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const month = honestMonth(ctx, '2025-06');
    const local = month.metal.split(':')[1]!;
    const lot = r.smelter.lot(`${local}-S2`);
    const grams = tonnes(10);
    const smelterJuly: LedgerEvent[] = [s.ship(r.smelter, 'shp-2507-rt1', at('2025-07-03'), local, grams, r.magnets, `${local}-S2`)];
    const magnetsJuly: LedgerEvent[] = [s.receive(r.magnets, 'rcv-2507-rt1', at('2025-07-04'), lot, grams)];
    const legs: [string, string, string, string][] = [['2025-07-08', '2025-07-09', '2025-07-15', '2025-07-16'], ['2025-07-22', '2025-07-23', '2025-07-29', '2025-07-30']];
    legs.forEach(([back, backIn, again, againIn], i) => {
      magnetsJuly.push(s.ship(r.magnets, `shp-2507-ret${i + 1}`, at(back), lot, grams, r.smelter, undefined, 'quality claim: returned to the smelter'));
      smelterJuly.push(s.receive(r.smelter, `rcv-2507-ret${i + 1}`, at(backIn), lot, grams));
      smelterJuly.push(s.ship(r.smelter, `shp-2507-rt${i + 2}`, at(again), lot, grams, r.magnets));
      magnetsJuly.push(s.receive(r.magnets, `rcv-2507-rt${i + 2}`, at(againIn), lot, grams));
    });
    // Each party files its July in parts as the legs happen (all by 10 August), so that every
    // receipt is recorded after the shipment it takes.
    w.record(r.smelter, at('2025-08-06', '09:00'), [smelterJuly[0]!]);
    w.record(r.magnets, at('2025-08-06', '10:00'), [magnetsJuly[0]!, magnetsJuly[1]!]);
    w.record(r.smelter, at('2025-08-06', '11:00'), [smelterJuly[1]!, smelterJuly[2]!]);
    w.record(r.magnets, at('2025-08-06', '12:00'), [magnetsJuly[2]!, magnetsJuly[3]!]);
    w.record(r.smelter, at('2025-08-06', '13:00'), [smelterJuly[3]!, smelterJuly[4]!]);
    w.record(r.magnets, at('2025-08-06', '14:00'), [magnetsJuly[4]!]);
    w.record(r.magnets, at('2025-09-05', '10:00'), [s.ship(r.magnets, 'shp-2508-ret3', at('2025-08-05'), lot, grams, r.smelter, undefined, 'quality claim: returned to the smelter')]);
    w.record(r.smelter, at('2025-09-06', '10:00'), [s.receive(r.smelter, 'rcv-2508-ret3', at('2025-08-06'), lot, grams)]);
    return {
      world: w,
      find: { lots: [lot], events: [r.smelter.event('shp-2507-rt2'), r.smelter.event('shp-2507-rt3'), r.magnets.event('shp-2507-ret1')], parties: [r.smelter.id, r.magnets.id] },
    };
  },
});
