import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-82',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A separator that holds a disposal licence for its own residue store places its residue there',
  does: 'Like the large Baotou plants, the separator runs a lined, monitored radioactive residue store on its own site, licensed for disposal of its water-leach residue and registered as a disposal site. It places its June residue (450 t) there on 06-26, six days after the campaign, and reports it with June. Nothing goes to the third-party store.',
  expect: 'Nothing: residue placed in a licensed disposal site by the party that holds the disposal licence; a producer may hold one for its own store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.separator, { roles: ['separator', 'disposer'] });
    const licence = w.licence({ id: 'RT-DSP-JY-2024', party: r.separator.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue'] } });
    const site = w.facility({ id: 'site-jiuyuan-residue', party: r.separator.id, kind: 'disposal-site', nameZh: '九原分离厂放射性废渣库', nameEn: 'Jiuyuan plant radioactive residue store', region: '150207', licence });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.dispose(r.separator, 'dsp-2506-res', at('2025-06-26'), june.residue, s.lot(june.residue).massGrams, 'radioactive-waste-storage', site),
    ]);
    return { world: w, find: {} };
  },
});
