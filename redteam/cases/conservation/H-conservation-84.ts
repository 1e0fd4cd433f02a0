// Estimates (not in DOMAIN.md): 85 % heap-leach recovery; 1,500 t of water lost from the heap.
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addXunwuTailingsSite } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-conservation-84',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A Xunwu heap leach that takes ten weeks: clay dug in May, its concentrate booked in July with no July digging',
  does: 'The Nanqiao mine digs 40,000 t of light clay ore (0.1 % REO) on 2025-05-06 and stacks it on a lined heap; ammonium sulphate percolates through it for ten weeks. On 07-15 it precipitates and calcines the liquor, booking the leach at 85 % (an estimate) into 37 t of 92 % REO concentrate, and trucks the leached clay to the county tailings site (07-17). The concentrate goes to the Longnan separator on 07-20 (received 07-21). May is reported on 06-05, July on 08-05.',
  expect: 'Nothing: July\'s concentrate comes from May\'s clay, which held more than it; a heap leach takes weeks.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const m = south.ionicMiner;
    const dump = addXunwuTailingsSite(ctx);
    const oreGrams = tonnes(40_000);
    w.record(m, at('2025-06-05', '10:00'), [s.extract(m, 'ext-2505-ore', at('2025-05-06'), south.ionicMine, { id: 'XO-2505-01', product: 'ore-ionic-light', massGrams: oreGrams })]);
    const ore = s.lot(m.lot('XO-2505-01')).composition;
    const conc = scale(ore, 0.85);
    const concGrams = Math.ceil(reo(conc) / 0.92);
    const tailGrams = oreGrams - concGrams - tonnes(1_500);
    w.record(m, at('2025-08-05', '10:00'), [
      s.process(m, 'lch-2507-01', at('2025-07-15'), [{ lot: 'XO-2505-01', massGrams: oreGrams }], [
        { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: concGrams, composition: conc },
        { id: 'XT-2507-01', product: 'tailings-ionic-leach', massGrams: tailGrams, composition: subtract(ore, conc) },
      ], { facility: south.ionicMine, note: 'ten-week heap leach with ammonium sulphate, oxalic precipitation and calcining; 1,500 t of water lost from the heap (estimate)' }),
      s.ship(m, 'shp-2507-tl', at('2025-07-17'), 'XT-2507-01', tailGrams, dump.party, undefined, 'trucks to the county tailings site'),
      s.ship(m, 'shp-2507-01', at('2025-07-20'), 'IC-2507-01', concGrams, south.southSeparator),
    ]);
    w.record(dump.party, at('2025-08-07', '10:00'), [
      s.receive(dump.party, 'rcv-2507-tl', at('2025-07-18'), m.lot('XT-2507-01'), tailGrams),
      s.dispose(dump.party, 'dsp-2507-tl', at('2025-07-19'), m.lot('XT-2507-01'), tailGrams, 'tailings-storage', dump.site),
    ]);
    w.record(south.southSeparator, at('2025-08-06', '10:00'), [s.receive(south.southSeparator, 'rcv-2507-ic', at('2025-07-21'), m.lot('IC-2507-01'), concGrams)]);
    return { world: w, find: {} };
  },
});
