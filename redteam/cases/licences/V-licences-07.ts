import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { mineAndShip, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-07',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'Separation at a second plant the licence does not cover',
  does: 'The separator\'s licence and quota cover its Jiuyuan plant. It runs June\'s feed at a second plant, in Shiguai district, registered as its facility but under no licence: an expansion it never had approved.',
  expect: 'Separation at a facility that no separation licence covers; the process event.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const plant = w.facility({ id: 'plant-shiguai-separation', party: r.separator.id, kind: 'plant', nameZh: '石拐分离车间', nameEn: 'Shiguai separation workshop', region: '150205' });
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-06', { tag: '2506' });
    const plan = separate(s.lot(feed).composition, 'SEP-2506', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-07-06', '10:00'), [
      s.receive(r.separator, 'rcv-2506-01', at('2025-06-11'), feed, shippedGrams),
      s.process(r.separator, 'sep-2506-01', at('2025-06-20'), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: plant }),
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), residue.id, residue.massGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-06', r.separator.lot(residue.id), residue.massGrams, '2506');
    return { world: w, find: { events: [r.separator.event('sep-2506-01')] } };
  },
});
