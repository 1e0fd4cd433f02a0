// Estimates (not in shared/DOMAIN.md): as chain.ts's honest month (95 % recovery, 0.45 t of
// water-leach residue per t of concentrate).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, receiveAndDispose } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { brickWorks, on, separatorMonthOutputs } from '../../lib/round27.ts';

export default defineCase({
  id: 'V-residues-14',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A third of a month\'s thorium-bearing water-leach residue sold to a Shiguai brick works as "gypsum filler"',
  does: 'In July 2025 the Baotou separator separates 1,000 t of Bayan Obo concentrate (07-20) and makes 450 t of water-leach residue. It ships 300 t to the licensed radioactive residue store (07-24), and 150 t the same day to a Shiguai building-materials company registered as a user of by-products, at ¥20 a tonne, as gypsum-rich filler; the store charges ¥600 a tonne. The brick works receives it on 07-25 and on 07-30 books it "used as filler in fired hollow bricks", which go to building sites around Baotou. The brick works holds no disposal licence and no radiation permit. Everyone reports on time.',
  expect: 'A radioactive residue sent to a party that is not a licensed disposer and "disposed of" into building materials: the shipment, its lot, the brick works\' disposal and both parties.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const brick = brickWorks(ctx);
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const outputs = separatorMonthOutputs(s.lot(feed).composition, shippedGrams, 'SEP-2507');
    const residue = outputs[outputs.length - 1]!;
    const toStore = tonnes(300);
    const toBricks = residue.massGrams - toStore;
    w.record(r.separator, on('2025-08-06'), [
      s.receive(r.separator, 'rcv-2507-01', at('2025-07-11', '09:00'), feed, shippedGrams),
      s.process(r.separator, 'sep-2507-01', at('2025-07-20'), [{ lot: feed, massGrams: shippedGrams }], outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, toStore, r.disposer, `${residue.id}-S1`, 'sealed residue trucks'),
      s.ship(r.separator, 'shp-2507-fil', at('2025-07-24', '15:00'), residue.id, toBricks, brick, `${residue.id}-S2`, 'gypsum filler, tipper trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(`${residue.id}-S1`), toStore, '2507');
    const filler = r.separator.lot(`${residue.id}-S2`);
    w.record(brick, on('2025-08-07', '11:00'), [
      s.receive(brick, 'rcv-2507-fil', at('2025-07-25'), filler, toBricks),
      s.dispose(brick, 'dsp-2507-fil', at('2025-07-30'), filler, toBricks, 'other'),
    ]);
    return {
      world: w,
      find: { parties: [brick.id], lots: [filler], events: [r.separator.event('shp-2507-fil'), brick.event('dsp-2507-fil')] },
    };
  },
});
