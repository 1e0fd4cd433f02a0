import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-20',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Ionic concentrate separated in Baotou under a rock-ore quota',
  does: 'The Xunwu ionic miner sells 100 t of light ionic concentrate (92 t REO), mined within its own ionic licence and quota, to the Baotou separator instead of the Longnan one. The Baotou separator holds a separation licence and a 10,000 t REO allocation for rock ore only, with thousands of tonnes unused, and separates the ionic feed on 2025-07-20 at 95 % alongside its Bayan Obo concentrate, counting it against the rock allocation.',
  expect: 'Separation of ion-adsorption feed by a separator holding no ionic separation quota (rock and ionic quotas are not interchangeable); the separator\'s process event and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const id = 'IC-2507-01';
    const massGrams = tonnes(100);
    w.record(south.ionicMiner, reportTime('2025-07', 5), [
      s.extract(south.ionicMiner, 'ext-2507-01', at(day('2025-07', 4)), south.ionicMine, { id, product: 'concentrate-ionic-light', massGrams }),
      s.ship(south.ionicMiner, 'shp-2507-01', at(day('2025-07', 12)), id, massGrams, r.separator, undefined, 'sold to Baotou: better price than Longnan'),
    ]);
    const feed = south.ionicMiner.lot(id);
    const plan = separate(s.lot(feed).composition, 'SEP-2507-IC', { recovery: 0.95 });
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-ic', at(day('2025-07', 14)), feed, massGrams),
      s.process(r.separator, 'sep-2507-ic', at(day('2025-07', 20)), [{ lot: feed, massGrams }], plan.outputs, { facility: r.separationPlant, note: 'Xunwu ionic feed run on the light line' }),
    ]);
    return { world: w, find: { parties: [r.separator.id], events: [r.separator.event('sep-2507-ic')], lots: [feed] } };
  },
});
