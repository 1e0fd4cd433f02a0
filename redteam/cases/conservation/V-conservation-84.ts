// Estimates (not in DOMAIN.md): 1,500 t of water lost from the heap.
import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addXunwuTailingsSite } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-conservation-84',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Xunwu heap leach books 40,000 t of clay and draws 40 % more rare earths from it than the clay held: private pits\' liquor run through the licensed ponds',
  does: 'Private diggers on the hills around the licensed Nanqiao mine in-situ leach their own slopes and pipe the pregnant liquor by night into the licensed precipitation ponds. On 2025-07-02 the mine books 40,000 t of light clay ore (0.1 % REO, 40 t REO) and on 07-06 a heap leach that yields 61 t of 92 % REO concentrate, 56 t REO, 140 % of what the booked clay held; the leached clay goes to the county tailings site. The concentrate is shipped to the Longnan separator on 07-12 (received 07-13). July is reported on 08-05.',
  expect: 'A leach that puts out more rare earths than its ore held: the leach, its concentrate lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const m = south.ionicMiner;
    const dump = addXunwuTailingsSite(ctx);
    const oreGrams = tonnes(40_000);
    const extract = s.extract(m, 'ext-2507-ore', at('2025-07-02'), south.ionicMine, { id: 'XO-2507-01', product: 'ore-ionic-light', massGrams: oreGrams });
    const ore = s.lot(m.lot('XO-2507-01')).composition;
    const conc = scale(ore, 1.4);
    const concGrams = Math.ceil(reo(conc) / 0.92);
    const tailGrams = oreGrams - tonnes(1_500);
    const tail = typical('tailings-ionic-leach', tailGrams);
    w.record(m, at('2025-08-05', '10:00'), [
      extract,
      s.process(m, 'lch-2507-01', at('2025-07-06'), [{ lot: 'XO-2507-01', massGrams: oreGrams }], [
        { id: 'IC-2507-01', product: 'concentrate-ionic-light', massGrams: concGrams, composition: conc },
        { id: 'XT-2507-01', product: 'tailings-ionic-leach', massGrams: tailGrams, composition: tail },
      ], { facility: south.ionicMine, note: 'heap leach with ammonium sulphate, oxalic precipitation and calcining; 1,500 t of water lost from the heap (estimate)' }),
      s.ship(m, 'shp-2507-tl', at('2025-07-08'), 'XT-2507-01', tailGrams, dump.party, undefined, 'trucks to the county tailings site'),
      s.ship(m, 'shp-2507-01', at('2025-07-12'), 'IC-2507-01', concGrams, south.southSeparator),
    ]);
    w.record(dump.party, at('2025-08-07', '10:00'), [
      s.receive(dump.party, 'rcv-2507-tl', at('2025-07-09'), m.lot('XT-2507-01'), tailGrams),
      s.dispose(dump.party, 'dsp-2507-tl', at('2025-07-10'), m.lot('XT-2507-01'), tailGrams, 'tailings-storage', dump.site),
    ]);
    w.record(south.southSeparator, at('2025-08-06', '10:00'), [s.receive(south.southSeparator, 'rcv-2507-ic', at('2025-07-13'), m.lot('IC-2507-01'), concGrams)]);
    return { world: w, find: { events: [m.event('lch-2507-01')], lots: [m.lot('IC-2507-01')], parties: [m.id] } };
  },
});
