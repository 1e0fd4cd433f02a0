import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-62',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A mine idle for two months between its licence\'s expiry and its renewal, restarting at 08:00 on the first day',
  does: 'The miner\'s licence expires on 2025-07-31; the renewal, under a new number, is delayed by a new environmental assessment and takes effect on 10-01, and the registry points the mine to it. The miner extracts 600 t of concentrate on 07-15 and reports July on 08-05; it stops the pit on 31 July, files nothing for August and September, in which it does nothing, and restarts at 08:00 on 1 October with 1,200 t, reported on 11-05.',
  expect: 'Nothing: every extraction is inside a licence valid on its day; a miner with no licence for two months that mines nothing in them breaks no rule, and a month without activity has nothing to report.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { validTo: '2025-07-31' });
    const renewed = w.licence({ id: 'RT-MIN-BY-2025R', party: r.miner.id, activity: 'mining', validFrom: '2025-10-01', validTo: '2028-09-30', capacityTonnesReo: 15_000, scope: { products: ['ore-bayan-obo', 'concentrate-bayan-obo'] } });
    w.amendFacility(r.mine, { licence: renewed });
    honestMonth(ctx, '2025-06');
    w.record(r.miner, at('2025-08-05', '10:00'), [s.extract(r.miner, 'ext-2507-01', at('2025-07-15'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(600) })]);
    w.record(r.miner, at('2025-11-05', '10:00'), [s.extract(r.miner, 'ext-2510-01', at('2025-10-01', '08:00'), r.mine, { id: 'BC-2510-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) })]);
    return { world: w, find: {} };
  },
});
