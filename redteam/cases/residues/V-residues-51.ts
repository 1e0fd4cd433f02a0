import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-51',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'A radioactive residue lot drip-fed to the store at 50 t a month, the last of it kept seven months',
  does: 'The separator\'s June 2025 campaign leaves 450 t of thorium-bearing water-leach residue. The residue store charges by the tonne and a whole lot at once would strain the separator\'s cash, so from 2025-06-24 it sends 50 t a month on the 24th, each consignment received and stored by the licensed disposer on the 25th and 27th, as regular as clockwork: seven consignments to December, 350 t. The last 100 t leave the plant yard on 2026-01-24, seven months after they were made, having sat all that time in open bays beside the leach tanks. Every consignment is reported on time, and none of them is late on its own.',
  expect: 'Radioactive residue held at the plant far beyond any limit: the lot was made in June and part of it is still at the plant until late January; the residue lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.separation.residue!;
    const months = ['2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'];
    for (const [index, month] of months.entries()) {
      const n = index + 1;
      const grams = month === '2026-01' ? s.lot(june.residue).massGrams : tonnes(50);
      const shipment = `${residue.id}-D${n}`;
      w.record(r.separator, reportTime(month, 6).replace('10:00', '11:00'), [
        s.ship(r.separator, `shp-res-d${n}`, at(day(month, 24)), residue.id, grams, r.disposer, shipment, 'sealed residue trucks'),
      ]);
      receiveAndDispose(ctx, month, r.separator.lot(shipment), grams, `d${n}`);
    }
    return {
      world: w,
      find: { lots: [june.residue], parties: [r.separator.id] },
    };
  },
});
