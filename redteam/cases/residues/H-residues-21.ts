import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-21',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Residue through a licensed transfer store on its way to the repository',
  does: 'The separator sends June\'s 450 t of thorium-bearing water-leach residue on 2025-06-24 to the Jiuyuan radioactive residue transfer store, a separate company licensed for the storage of water-leach residue, which receives it the next day. The transfer store sends it on, whole, to the Baotou residue repository on 07-08, which receives it on 07-09 and places it in its radioactive store on 07-10. Every move is reported by the 10th of the next month.',
  expect: 'Nothing: the residue passes only through licensed hands, leaves the plant at once and reaches final storage in a fortnight.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const transfer = w.party('transfer', { kind: 'enterprise', roles: ['disposer'], nameZh: '包头九原放射性废渣中转贮存有限公司', nameEn: 'Baotou Jiuyuan Radioactive Residue Transfer Storage Co.', region: '150200' });
    const licence = w.licence({ id: 'RT-DSP-JY-2024', party: transfer.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue'] } });
    w.facility({ id: 'site-jiuyuan-transfer', party: transfer.id, kind: 'disposal-site', nameZh: '九原废渣中转库', nameEn: 'Jiuyuan residue transfer store', region: '150207', licence });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const residue = june.residue;
    const grams = june.separation.residue!.massGrams;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), 'SEP-2506-RES', grams, transfer, undefined, 'sealed residue trucks')]);
    w.record(transfer, at('2025-07-07', '10:00'), [s.receive(transfer, 'rcv-2506-res', at('2025-06-25'), residue, grams)]);
    w.record(transfer, at('2025-08-05', '10:00'), [s.ship(transfer, 'shp-2507-res', at('2025-07-08'), residue, grams, r.disposer, undefined, 'to final storage')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-09'), residue, grams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-10'), residue, grams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
