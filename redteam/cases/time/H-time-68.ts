import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { addDisposer } from '../../lib/round13.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-68',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Residue received at 08:00 and placed at 10:00 on the last day of the store\'s licence, reported after it had run out',
  does: 'A Baotou residue store\'s disposal licence runs to 2025-07-25 and is not renewed: it is closing, and takes one last lot. The separator ships it 450 t of July water-leach residue on 07-24; the store receives it at 08:00 on 07-25 and places it in the store at 10:00 the same day, then closes the cell. It reports July on 7 August, when its licence has ended.',
  expect: 'Nothing: receipt and placement both fall inside the licence, in the right order; a report filed after the licence ended is judged by the events\' own times.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const store = addDisposer(ctx, 'hadamengou-store', { zh: '包头哈达门沟废渣处置有限公司', en: 'Baotou Hadamengou Residue Disposal Co.', siteZh: '哈达门沟放射性废渣库', siteEn: 'Hadamengou radioactive residue store' }, '150200',
      { id: 'RT-DSP-HD-2023', validFrom: '2023-07-26', validTo: '2025-07-25', products: ['slag-water-leach-residue'] });
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separateShipment(ctx, '2025-07', feed, shippedGrams, '2507', { disposal: false });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24', '09:00'), residue.id, residue.massGrams, store.party, undefined, 'sealed residue trucks'),
    ]);
    const lot = r.separator.lot(residue.id);
    w.record(store.party, at('2025-08-07', '10:00'), [
      s.receive(store.party, 'rcv-2507-res', at('2025-07-25', '08:00'), lot, residue.massGrams),
      s.dispose(store.party, 'dsp-2507-res', at('2025-07-25', '10:00'), lot, residue.massGrams, 'radioactive-waste-storage', store.site),
    ]);
    return { world: w, find: {} };
  },
});
