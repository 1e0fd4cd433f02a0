import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-45',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'June\'s thorium-bearing residue entered as shipped and stored only on 14 November, after an inspector found it missing from the store',
  does: 'The separator files June on 2025-07-06 without its residue: the 450 t of water-leach residue went to a quarry pit outside Baotou. In November an inspection of the licensed store finds no June residue from the separator. On 2025-11-14 the separator enters a shipment of the residue dated 2025-06-24, and the disposer, a long-standing partner, enters the same day a receipt dated 06-25 and a placement in the store dated 06-27: five months after the month was due, the paperwork for a delivery nobody saw.',
  expect: 'Residue movements entered five months late, dated into a month long reported; the residue lot, the late shipment and receipt, the separator and the disposer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-11-14', '09:40'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, grams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-11-14', '15:10'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, grams),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), june.residue, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: { lots: [june.residue], events: [r.separator.event('shp-2506-res'), r.disposer.event('rcv-2506-res'), r.disposer.event('dsp-2506-res')], parties: [r.separator.id, r.disposer.id] } };
  },
});
