import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-43',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'A full residue store forwards June\'s residue to a second licensed radioactive store in Hohhot',
  does: 'The separator ships June\'s 450 t of water-leach residue to the Baotou residue store on 2025-06-24, which receives it on the 25th. Its cell is found full at the acceptance check, so on 2025-07-02 the store forwards the whole lot in its own sealed trucks to the Hohhot radioactive residue store, licensed for the same residues, which receives it on 07-03 and places it on 07-04.',
  expect: 'Nothing: residue passed between two licensed disposers and stored by the second, every leg recorded and received in full.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const hohhot = w.party('disposer2', { kind: 'enterprise', roles: ['disposer'], nameZh: '呼和浩特放射性废渣处置有限公司', nameEn: 'Hohhot Radioactive Residue Disposal Co.', region: '150100' });
    const licence = w.licence({ id: 'RT-DSP-HH-2024', party: hohhot.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] } });
    const site = w.facility({ id: 'site-hohhot-residue', party: hohhot.id, kind: 'disposal-site', nameZh: '呼和浩特放射性废渣库', nameEn: 'Hohhot radioactive residue store', region: '150100', licence });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-07-06', '15:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), june.residue, grams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-07-07', '10:00'), [s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), june.residue, grams)]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [s.ship(r.disposer, 'shp-2507-fwd', at('2025-07-02'), june.residue, grams, hohhot, undefined, 'cell full at acceptance; forwarded to Hohhot store')]);
    w.record(hohhot, at('2025-08-07', '11:00'), [
      s.receive(hohhot, 'rcv-2507-res', at('2025-07-03'), june.residue, grams),
      s.dispose(hohhot, 'dsp-2507-res', at('2025-07-04'), june.residue, grams, 'radioactive-waste-storage', site),
    ]);
    return { world: w, find: {} };
  },
});
