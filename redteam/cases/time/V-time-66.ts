import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth, mineAndShip } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { addDisposer } from '../../lib/round13.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-66',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Residue placed after the store\'s licence ran out, dated the day before it arrived, the licence\'s last day',
  does: 'A Baotou residue store\'s disposal licence runs to 2025-07-24 and is not renewed (its new cell failed inspection). The separator ships it 450 t of July water-leach residue on 07-24; the store receives it on 07-25 and places it on 07-30. Its July report dates the placement "07-24 16:00", inside the licence, though its own receipt of the same lot is dated 07-25 08:00. Reported on 7 August.',
  expect: 'A disposal dated before the receipt of the lot it disposes of, backdated into the licence: the disposal, the store and the residue lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const store = addDisposer(ctx, 'hadamengou-store', { zh: '包头哈达门沟废渣处置有限公司', en: 'Baotou Hadamengou Residue Disposal Co.', siteZh: '哈达门沟放射性废渣库', siteEn: 'Hadamengou radioactive residue store' }, '150200',
      { id: 'RT-DSP-HD-2023', validFrom: '2023-07-25', validTo: '2025-07-24', products: ['slag-water-leach-residue'] });
    const { feed, shippedGrams } = mineAndShip(ctx, '2025-07', { tag: '2507' });
    const plan = separateShipment(ctx, '2025-07', feed, shippedGrams, '2507', { disposal: false });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24', '09:00'), residue.id, residue.massGrams, store.party, undefined, 'sealed residue trucks'),
    ]);
    const lot = r.separator.lot(residue.id);
    w.record(store.party, at('2025-08-07', '10:00'), [
      s.receive(store.party, 'rcv-2507-res', at('2025-07-25'), lot, residue.massGrams),
      s.dispose(store.party, 'dsp-2507-res', at('2025-07-24', '16:00'), lot, residue.massGrams, 'radioactive-waste-storage', store.site),
    ]);
    return { world: w, find: { events: [store.party.event('dsp-2507-res')], lots: [lot], parties: [store.party.id] } };
  },
});
