// Estimates (not in shared/DOMAIN.md): re-calcining drives off 1.5 % of the returned oxide's mass
// (moisture and carbonate), no rare earths.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { hohhotSmelter, on } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-flows-17',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A Hohhot metal smelter sends 10 t of damp NdPr oxide back to Baotou; the separator re-calcines it and ships it again',
  does: 'The Baotou separator ships 30 t of June NdPr oxide to a Hohhot metal smelter on 2025-07-02 (received 07-03). The smelter\'s laboratory finds 10 t of it, one truck, above the moisture and loss-on-ignition limits of the contract (the bags were rained on in the yard), and returns that 10 t on 07-08 (received 07-09). The separator re-calcines it on 07-12, losing 1.5 % of its mass as water and carbonate, and ships the 9.85 t back to the smelter on 07-15 (received 07-16). Both report July by the 8th of August.',
  expect: 'Nothing: a quality return and its replacement between the same two licensed parties, the same rare earths throughout, each leg booked.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const hh = hohhotSmelter(ctx);
    const sent = r.separator.lot('SEP-2506-NDPR-Q1');
    w.record(r.separator, on('2025-08-06', '09:00'), [
      s.ship(r.separator, 'shp-r28-q1', at('2025-07-02'), 'SEP-2506-NDPR', tonnes(30), hh.party, 'SEP-2506-NDPR-Q1', 'three trucks, contract BT-HH-0701'),
    ]);
    w.record(hh.party, on('2025-08-06', '10:00'), [
      s.receive(hh.party, 'rcv-r28-q1', at('2025-07-03'), sent, tonnes(30)),
      s.ship(hh.party, 'shp-r28-ret', at('2025-07-08'), sent, tonnes(10), r.separator, 'RET-2507-01', 'returned: moisture and LOI above contract limits (lab report HH-QC-0706)'),
    ]);
    const returned = hh.party.lot('RET-2507-01');
    const composition = s.share(returned, tonnes(10));
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.receive(r.separator, 'rcv-r28-ret', at('2025-07-09'), returned, tonnes(10)),
      s.process(r.separator, 'clc-2507-01', at('2025-07-12'), [{ lot: returned, massGrams: tonnes(10) }], [
        { id: 'SEP-2507-RC', product: 'oxide-ndpr', massGrams: tonnes(9.85), composition },
      ], { facility: r.separationPlant, note: 're-calcined at 900 °C, returned lot' }),
      s.ship(r.separator, 'shp-r28-rc', at('2025-07-15'), 'SEP-2507-RC', tonnes(9.85), hh.party, undefined, 'replacement for the returned truck'),
    ]);
    w.record(hh.party, on('2025-08-07'), [s.receive(hh.party, 'rcv-r28-rc', at('2025-07-16'), r.separator.lot('SEP-2507-RC'), tonnes(9.85))]);
    return { world: w, find: {} };
  },
});
