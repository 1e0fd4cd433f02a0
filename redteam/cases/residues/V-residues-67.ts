import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { heapLeach } from '../../lib/round13.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-67',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A Xunwu heap leach "disposes" of 48,000 t of ammonium-laden leached clay by spreading it on the hillside terraces',
  does: 'The Xunwu ion-adsorption miner digs 50,000 t of clay ore on 2025-07-02 and heap-leaches it with ammonium sulphate on 07-04 into 46 t of concentrate, booking the leached clay as about 48,000 t of ionic leach tailings. On 07-08 it books the tailings disposed of by the method "other", at no facility, "spread on the hillside terraces and planted with pines". The clay still holds ammonium and the unleached rare earths; the law wants tailings in licensed storage, and the miner holds no disposal licence and has no tailings site. July is reported on 5 August.',
  expect: 'Tailings disposed of by a party with no disposal licence, at no licensed site: the disposal, the tailings lot and the miner.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const m = south.ionicMiner;
    const leach = heapLeach(ctx, south);
    w.record(m, at('2025-08-05', '10:00'), [
      ...leach.events,
      s.dispose(m, 'dsp-2507-xt', at('2025-07-08'), leach.tailings, leach.tailingsGrams, 'other'),
    ]);
    return { world: w, find: { events: [m.event('dsp-2507-xt')], lots: [m.lot(leach.tailings)], parties: [m.id] } };
  },
});
