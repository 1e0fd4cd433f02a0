import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-22',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Magnets made on the 4th from metal that arrived on the 12th',
  does: 'On 2025-07-04 the magnet maker sinters a rush order of magnets from 20 t of NdPr metal bought for cash from an unlicensed smelter, and delivers them to the Shanghai trading house on 07-06. To cover the metal, it books the sintering as consuming the 20 t the licensed smelter ships it on 07-11 and it receives on 07-12. Its July report lists the receipt first, then the sintering dated 07-04 and the delivery dated 07-06: each line is in order on the page, but the metal is used eight days before it arrived.',
  expect: 'A process that consumes a lot before its receipt: the magnets are made of something else; the sintering event, the magnet lot and the magnet maker.',
  refusalAcceptable: true,
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    w.record(r.smelter, at('2025-08-07', '10:00'), [s.ship(r.smelter, 'shp-2507-met', at('2025-07-11'), 'MET-2506-01', grams, r.magnets, 'MET-2506-01-S2')]);
    const metal = r.smelter.lot('MET-2506-01-S2');
    const receipt = s.receive(r.magnets, 'rcv-2507-met', at('2025-07-12'), metal, grams);
    const { magnets, swarf } = sinter(s.lot(metal).composition, '2507-01');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      receipt,
      s.process(r.magnets, 'mag-2507-01', at('2025-07-04'), [{ lot: metal, massGrams: grams }], [magnets, swarf], { facility: r.magnetPlant, note: 'rush order' }),
      s.ship(r.magnets, 'shp-2507-mag', at('2025-07-06'), magnets.id, magnets.massGrams, r.exporter),
    ]);
    w.record(r.exporter, at('2025-08-09', '10:00'), [s.receive(r.exporter, 'rcv-2507-mag', at('2025-07-07'), r.magnets.lot(magnets.id), magnets.massGrams)]);
    return { world: w, find: { events: [r.magnets.event('mag-2507-01')], lots: [r.magnets.lot(magnets.id), metal], parties: [r.magnets.id] } };
  },
});
