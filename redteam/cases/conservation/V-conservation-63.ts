import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { inflate } from '../../lib/round11.ts';

export default defineCase({
  id: 'V-conservation-63',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'A Ningbo magnet works sinters its 20 t of chain metal into magnets and swarf that hold 30 % more NdPr than the metal',
  does: 'The Ningbo magnet maker receives 20 t of NdPr metal from the Baotou smelter in June 2025 (the baseline month). On 2025-07-08 it books one sintering campaign fed by those 20 t, but the magnets and swarf it books hold 30 % more praseodymium and neodymium than the metal: the extra came as NdPr metal bought for cash from an unregistered Guangdong workshop, which the works melts in the same furnace and never books. It reports July on 08-08.',
  expect: 'Outputs that hold more of an element than the inputs: the magnet maker\'s sintering campaign and its magnet lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = s.lot(june.metalShipment).massGrams;
    const fed = inflate(s.share(june.metalShipment, metalGrams), 1.3);
    const { magnets, swarf } = sinter(fed, '2507');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.process(r.magnets, 'mag-2507-01', at('2025-07-08'), [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing, sintering' }),
    ]);
    return { world: w, find: { events: [r.magnets.event('mag-2507-01')], lots: [r.magnets.lot(magnets.id)] } };
  },
});
