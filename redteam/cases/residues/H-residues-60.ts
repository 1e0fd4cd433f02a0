import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-60',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Residue railed 1,100 km to a licensed repository in Gansu',
  does: 'The Baotou store is full until its new cell opens, so the separator contracts a licensed radioactive waste repository near Baiyin, Gansu, for its June 2025 residue. The 450 t leave Baotou by sealed rail wagons on 06-21, the day after the separation, reach the repository on 06-24 and are placed in its cells on 06-26. The residue crosses two provinces on the way to a disposer the separator has never used before. The separator reports June on 07-06, the repository on 07-07.',
  expect: 'Nothing: the residue goes whole, within a week, to a disposer licensed for it, by shipment and receipt; distance is not a breach.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const gansu = w.party('disposer-baiyin', { kind: 'enterprise', roles: ['disposer'], nameZh: '甘肃白银放射性废物处置有限公司', nameEn: 'Gansu Baiyin Radioactive Waste Disposal Co.', region: '620400' });
    const licence = w.licence({ id: 'RT-DSP-BY-GS-2024', party: gansu.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] } });
    const site = w.facility({ id: 'site-baiyin-repository', party: gansu.id, kind: 'disposal-site', nameZh: '白银放射性废物处置场', nameEn: 'Baiyin radioactive waste repository', region: '620400', licence });
    const residue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [s.ship(r.separator, 'shp-2506-res', at('2025-06-21'), residue.id, residue.massGrams, gansu, undefined, 'sealed rail wagons, Baotou to Baiyin')]);
    w.record(gansu, at('2025-07-07', '10:00'), [
      s.receive(gansu, 'rcv-2506-res', at('2025-06-24'), june.residue, residue.massGrams),
      s.dispose(gansu, 'dsp-2506-res', at('2025-06-26'), june.residue, residue.massGrams, 'radioactive-waste-storage', site),
    ]);
    return { world: w, find: {} };
  },
});
