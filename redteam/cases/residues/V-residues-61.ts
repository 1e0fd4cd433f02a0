import { defineCase } from '../../lib/case.ts';
import { tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-61',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A separator books a third of the residue its acid roasting makes; the rest is tipped at night',
  does: 'Storing thorium-bearing residue costs the Baotou separator several hundred yuan a tonne. In July 2025 it roasts and leaches 1,000 t of Bayan Obo concentrate, which leaves about 450 t of water-leach residue (0.45 t a tonne, as in every other month), but it books only 150 t of residue from the separation of 07-20, sends those 150 t to the licensed store (07-24) and has the other 300 t trucked at night to an old sand pit. The residue it books carries the residue\'s usual grade, so the lot looks right; there is just a third as much of it as the feed makes. July is reported on 08-06.',
  expect: 'A separation that declares far less residue than its feed must leave: residue missing at the source, never reaching licensed disposal; the separation, its residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separateShipment(ctx, '2025-07', july.feed, july.shippedGrams, '2507', { residueGrams: tonnes(150) });
    return {
      world: w,
      find: { events: [r.separator.event('sep-2507-01')], lots: [r.separator.lot(plan.residue!.id)], parties: [r.separator.id] },
    };
  },
});
