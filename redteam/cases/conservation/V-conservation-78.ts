import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'V-conservation-78',
  family: 'conservation',
  violation: true,
  heldOut: true,
  title: 'Twenty tonnes of NdPr oxide moved between two group separators by a count loss at one and a count surplus at the other',
  does: 'The Northern group\'s two Baotou separators close July 2025 on the same evening. The Jiuyuan plant books a 20 t stock-count loss on the NdPr oxide left from June ("bags torn by rain in the open yard"); the Hi-Tech Zone plant, which separated the mine\'s July 1,000 t on 07-20, books a 20 t count surplus of NdPr oxide on its July lot ("pallets found in the east bay"), with the loss\'s Pr:Nd. The truckload crossed town without a waybill, a sale or a shipment record, so that the Hi-Tech Zone plant can fill a customer order its own output could not, and no invoice shows the transfer. Each plant reports July on time.',
  expect: 'A count surplus of NdPr oxide that no feed made, at one party, and the matching unexplained loss at another: both adjustments, both lots and both separators.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx);
    const july = mineAndShip(ctx, '2025-07', { tag: '2507', to: sister });
    const feed = s.share(july.feed, july.shippedGrams);
    const residueGrams = residueGramsFor(july.shippedGrams);
    const plan = separate(feed, 'GX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGrams } });
    const moved = tonnes(20);
    const ndpr = s.share(june.ndprOxide, moved);
    w.record(r.separator, reportTime('2025-07', 6), [
      s.adjust(r.separator, 'adj-2507-01', at('2025-07-31', '18:00'), june.ndprOxide, -moved, 'month-end stock count: 20 t short, bags torn by rain in the open yard'),
    ]);
    const separation = s.process(sister, 'sep-2507-01', at('2025-07-20'), [{ lot: july.feed, massGrams: july.shippedGrams }], plan.outputs, { facility: sisterPlant, note: 'acid roasting, water leach, solvent extraction' });
    separation.outputs = separation.outputs.map((o) => ({ ...o, composition: { ...o.composition } }));
    w.record(sister, reportTime('2025-07', 6), [
      s.receive(sister, 'rcv-2507-01', at('2025-07-11', '09:00'), july.feed, july.shippedGrams),
      separation,
      s.ship(sister, 'shp-2507-res', at('2025-07-24'), plan.residue!.id, residueGrams, r.disposer, undefined, 'sealed residue trucks'),
      s.adjust(sister, 'adj-2507-01', at('2025-07-31', '18:30'), 'GX-2507-NDPR', moved, 'month-end stock count: 20 t more than the books, pallets found in the east bay', { ...ndpr }),
    ]);
    receiveAndDispose(ctx, '2025-07', sister.lot(plan.residue!.id), residueGrams, '2507gx');
    return {
      world: w,
      find: {
        events: [r.separator.event('adj-2507-01'), sister.event('adj-2507-01')],
        lots: [june.ndprOxide, sister.lot('GX-2507-NDPR')],
        parties: [sister.id, r.separator.id],
      },
    };
  },
});
