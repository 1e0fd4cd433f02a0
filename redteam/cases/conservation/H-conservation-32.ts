import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-32',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Flood-soaked NdPr oxide re-dissolved and re-calcined, 0.8 % lighter',
  does: 'A rainstorm on 2025-07-14 floods the separator\'s finished-goods warehouse and soaks 12 t of its June NdPr oxide (480 jumbo bags): wet, muddy and out of specification. It does not write the oxide off. On 07-22 it re-dissolves the 12 t in hydrochloric acid at its own plant, filters out the mud, re-precipitates the NdPr as oxalate and calcines it: 99.2 % of the Pr and Nd come back as a new lot of NdPr oxide at specification; 0.8 % stays on the filter cake and in the mother liquor. It reports the re-work with July on 08-06 and sells the new lot to the metal smelter in August.',
  expect: 'Nothing: damaged product reworked, not written off; the only loss is 0.8 % in a real wet-chemical step at a licensed plant, and the rest stays on the books.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const grams = tonnes(12);
    const back = scale(s.share(june.ndprOxide, grams), 0.992);
    const reworked = { id: 'SEP-2507-NDPR-RW', product: 'oxide-ndpr', massGrams: oxideMass(back), composition: back };
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.process(r.separator, 'rwk-2507-01', at('2025-07-22'), [{ lot: 'SEP-2506-NDPR', massGrams: grams }], [reworked], { facility: r.separationPlant, note: 'flood of 2025-07-14: wetted NdPr oxide re-dissolved in HCl, filtered, re-precipitated as oxalate and calcined' }),
    ]);
    w.record(r.separator, at('2025-09-05', '10:00'), [s.ship(r.separator, 'shp-2508-rw', at('2025-08-04'), reworked.id, reworked.massGrams, r.smelter)]);
    w.record(r.smelter, at('2025-09-06', '10:00'), [s.receive(r.smelter, 'rcv-2508-rw', at('2025-08-05'), r.separator.lot(reworked.id), reworked.massGrams)]);
    return { world: w, find: {} };
  },
});
