import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { sinter } from '../../lib/magnets.ts';
import { sell } from '../../lib/round9.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-82',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'The Ningbo magnet maker, which the law does not oblige to report, enters its July on 20 August',
  does: 'The Rare Earth Management Regulations oblige miners, separators, metal smelters, recyclers and exporters to enter their product flows in the traceability system; magnet makers are not among them, and the Ningbo magnet maker takes part of its own accord, entering each month when its accounts close. The smelter ships it 20 t of NdPr metal on 07-08 (received 07-10) and reports July on 08-07; the magnet maker sinters on 07-15 and enters its July on 08-20, after its month-end close ran late for an audit.',
  expect: 'Nothing: the 10th-of-the-month deadline binds the parties the law names; a magnet maker entering its data voluntarily, late, breaks no rule, and every obliged party reported on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(20);
    const lot = sell(ctx, r.smelter, r.magnets, {
      lot: 'MET-2506-01', grams, shipmentLot: 'MET-2506-01-S2', shipId: 'shp-2507-met', receiveId: 'rcv-2507-met',
      shippedAt: at('2025-07-08'), receivedAt: at('2025-07-10', '10:00'), sellerRecordsAt: at('2025-08-07', '10:00'), buyerRecordsAt: at('2025-08-20', '10:00'),
    });
    const { magnets, swarf } = sinter(s.share(lot, grams), '2507');
    w.record(r.magnets, at('2025-08-20', '10:30'), [
      s.process(r.magnets, 'sin-2507-01', at('2025-07-15'), [{ lot, massGrams: grams }], [magnets, swarf], { facility: r.magnetPlant, note: 'strip casting, jet milling, pressing, sintering, grinding' }),
    ]);
    return { world: w, find: {} };
  },
});
