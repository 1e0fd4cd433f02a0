import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { massAsTypical } from '../../lib/round10.ts';

export default defineCase({
  id: 'H-conservation-65',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A tenth of a magnet batch fails its flux test, is remelted in-house into strip-cast alloy and sintered again',
  does: 'In July 2025 the Ningbo magnet maker sinters June\'s 20 t of NdPr metal (07-03). A tenth of the magnets fail the flux-loss test; on 07-12 it remelts them in its own strip caster into NdFeB strip-cast alloy (every gram of rare earth booked in the alloy) and on 07-22 sinters the alloy again into magnets and swarf with the same yields as its main line. It reports July on 08-08.',
  expect: 'Nothing: three processes each holding their rare earths, the small dross loss the same as every sintering campaign\'s.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const metalGrams = s.lot(june.metalShipment).massGrams;
    const first = sinter(s.share(june.metalShipment, metalGrams), '2507');
    const e1 = s.process(r.magnets, 'mag-2507-01', at('2025-07-03'), [{ lot: june.metalShipment, massGrams: metalGrams }], [first.magnets, first.swarf], { facility: r.magnetPlant, note: 'sintering campaign' });
    const rejectGrams = Math.floor(first.magnets.massGrams / 10);
    const rejectComp = s.share(r.magnets.lot(first.magnets.id), rejectGrams);
    const stripGrams = massAsTypical('alloy-ndfeb-strip', rejectComp);
    const e2 = s.process(r.magnets, 'rem-2507-01', at('2025-07-12'), [{ lot: first.magnets.id, massGrams: rejectGrams }], [
      { id: 'STR-2507-01', product: 'alloy-ndfeb-strip', massGrams: stripGrams, composition: rejectComp },
    ], { facility: r.magnetPlant, note: 'failed flux-loss test (batch QC-2507-03): remelted in the strip caster' });
    const second = sinter(s.lot(r.magnets.lot('STR-2507-01')).composition, '2507-R');
    const e3 = s.process(r.magnets, 'mag-2507-02', at('2025-07-22'), [{ lot: 'STR-2507-01', massGrams: stripGrams }], [second.magnets, second.swarf], { facility: r.magnetPlant, note: 're-sintering of remelted rejects' });
    w.record(r.magnets, at('2025-08-08', '10:00'), [e1, e2, e3]);
    return { world: w, find: {} };
  },
});
