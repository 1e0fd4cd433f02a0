import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-45',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Residue trucks leave at 22:00 on 30 June and are received at the store on 1 July, each side reporting its own month',
  does: 'The separator loads June\'s 450 t of water-leach residue on the evening of 2025-06-30 (sealed trucks leave at 22:00, a night convoy as the city requires for radioactive loads); the disposer receives them at 07:30 on 07-01 and places them in the store on 07-03. The separator reports the shipment with June on 07-06; the disposer reports the receipt and placement with July on 08-07.',
  expect: 'Nothing: a residue shipment crossing a month end, received the next morning and stored within days; each party records its own event in its own month.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-07-06', '15:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-30', '22:00'), june.residue, grams, r.disposer, undefined, 'night convoy, sealed residue trucks')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-01', '07:30'), june.residue, grams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-03'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
