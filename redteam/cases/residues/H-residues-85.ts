// Estimates (not in DOMAIN.md): 55 % recovery re-floating tailings.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dongshanConcentrator, flotation } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-residues-85',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The tailings store sends a third of the mine\'s tailings back to the licensed miner, which re-floats them at its own concentrator and returns what is left',
  does: 'The Dongshan concentrator floats 10,000 t of ore on 2025-07-03 and sends its 9,064 t of tailings to the licensed store (07-06, received 07-07). The store places 6,000 t on 07-08; the miner, trialling a new scavenger flotation circuit, takes the other 3,064 t back on 07-15 (received 07-16), re-floats them on 07-22 at its licensed mine at 55 % (an estimate) into 48 t of 50 % REO concentrate, and returns the new tailings to the store on 07-24 (received 07-25, placed 07-27). Everyone reports July on time.',
  expect: 'Nothing: tailings re-treated by the licensed miner at its licensed mine, inside its licence and quota, and every tonne of tailings placed at the licensed store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { tailings, tailingsGrams, receipt } = dongshanConcentrator(ctx);
    const placed = tonnes(6_000);
    const back = tailingsGrams - placed;
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      receipt,
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-08'), tailings, placed, 'tailings-storage', r.disposalSite),
      s.ship(r.disposer, 'shp-2507-tl', at('2025-07-15'), tailings, back, r.miner, 'TL-2507-S1', 'returned to the mine for scavenger flotation'),
    ]);
    const returned = r.disposer.lot('TL-2507-S1');
    const { concentrate, tailings: rest } = flotation(s.share(returned, back), back, 'concentrate-bayan-obo', 'tailings-bayan-obo', 'RT-2507', 0.55, 0.5);
    w.record(r.miner, at('2025-08-07', '12:00'), [
      s.receive(r.miner, 'rcv-2507-tl', at('2025-07-16'), returned, back),
      s.process(r.miner, 'flo-2507-rt', at('2025-07-22'), [{ lot: returned, massGrams: back }], [concentrate, rest], { facility: r.mine, note: 'scavenger flotation trial on returned tailings' }),
      s.ship(r.miner, 'shp-2507-rt', at('2025-07-24'), rest.id, rest.massGrams, r.disposer, undefined, 'slurry pipeline and trucks to the tailings cell'),
    ]);
    const restLot = r.miner.lot(rest.id);
    w.record(r.disposer, at('2025-08-08', '11:00'), [
      s.receive(r.disposer, 'rcv-2507-rt', at('2025-07-25'), restLot, rest.massGrams),
      s.dispose(r.disposer, 'dsp-2507-rt', at('2025-07-27'), restLot, rest.massGrams, 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
