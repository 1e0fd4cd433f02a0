import { defineCase } from '../../lib/case.ts';
import { at, metalMass, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-conservation-75',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Off-spec NdPr metal returned for remelting comes back 24 % heavier',
  does: 'The Ningbo magnet maker sends 5 t of the June NdPr metal back to the Baotou smelter as off-spec (too much oxygen) on 2025-07-03; the smelter receives it on 07-04 and on 07-08 books a vacuum remelt that yields 6.2 t of NdPr metal, which it ships back on 07-10 (received 07-11). The extra 1.2 t is metal the smelter reduced from oxide it never booked; a remelt can only lose. All on time.',
  expect: 'A remelt that makes more praseodymium and neodymium than it was fed: the remelt and the metal lot it made.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    w.record(r.magnets, at('2025-08-05', '10:00'), [s.ship(r.magnets, 'ret-2507-01', at('2025-07-03'), june.metalShipment, tonnes(5), r.smelter, 'RET-2507-01', 'returned: oxygen above specification')]);
    const back = r.magnets.lot('RET-2507-01');
    const out = scale(s.lot(back).composition, 1.24);
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.receive(r.smelter, 'rcv-2507-ret', at('2025-07-04'), back, tonnes(5)),
      s.process(r.smelter, 'rml-2507-01', at('2025-07-08'), [{ lot: back, massGrams: tonnes(5) }], [{ id: 'RML-2507-01', product: 'metal-ndpr', massGrams: Math.max(tonnes(6.2), metalMass(out)), composition: out }], { facility: r.metalPlant, note: 'vacuum induction remelt of returned ingots' }),
      s.ship(r.smelter, 'shp-2507-rml', at('2025-07-10'), 'RML-2507-01', Math.max(tonnes(6.2), metalMass(out)), r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-rml', at('2025-07-11'), r.smelter.lot('RML-2507-01'), Math.max(tonnes(6.2), metalMass(out)))]);
    return { world: w, find: { events: [r.smelter.event('rml-2507-01')], lots: [r.smelter.lot('RML-2507-01')] } };
  },
});
