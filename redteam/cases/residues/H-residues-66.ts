import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { addDisposer, heapLeach } from '../../lib/round13.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-66',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Xunwu heap leach trucks its leached clay to the county\'s licensed tailings site, 48,000 t in a week',
  does: 'The Xunwu ion-adsorption miner digs 50,000 t of clay ore on 2025-07-02 and heap-leaches it on 07-04 into 46 t of concentrate and about 48,000 t of leached clay. It ships the clay on 07-06 to a Xunwu tailings-reclamation company licensed to store ionic leach tailings (received 07-09 after three days of trucking), which places it in its lined, drained site on 07-10. A leach whose tailings are a thousand times its product looks like a vanishing act; here every tonne is in a licensed site. Everyone reports July by the 7th of August.',
  expect: 'Nothing: the tailings carry the unleached rare earths a leach leaves and reach a disposer licensed for them.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const m = south.ionicMiner;
    const leach = heapLeach(ctx, south);
    const store = addDisposer(ctx, 'xunwu-tailings', { zh: '寻乌县尾砂综合治理有限公司', en: 'Xunwu Tailings Reclamation Co.', siteZh: '寻乌县离子型稀土尾砂库', siteEn: 'Xunwu ionic tailings site' }, '360734',
      { id: 'RT-DSP-XW-2024', validFrom: '2024-01-01', validTo: '2026-12-31', products: ['tailings-ionic-leach'] });
    w.record(m, at('2025-08-05', '10:00'), [
      ...leach.events,
      s.ship(m, 'shp-2507-xt', at('2025-07-06'), leach.tailings, leach.tailingsGrams, store.party, undefined, 'covered dump trucks, 3 km'),
    ]);
    const lot = m.lot(leach.tailings);
    w.record(store.party, at('2025-08-07', '10:00'), [
      s.receive(store.party, 'rcv-2507-xt', at('2025-07-09', '18:00'), lot, leach.tailingsGrams),
      s.dispose(store.party, 'dsp-2507-xt', at('2025-07-10'), lot, leach.tailingsGrams, 'tailings-storage', store.site),
    ]);
    return { world: w, find: {} };
  },
});
