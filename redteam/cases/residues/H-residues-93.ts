import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addDisposer } from '../../lib/round13.ts';

export default defineCase({
  id: 'H-residues-93',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'Two residues, two stores: Bayan Obo water-leach residue to a store licensed for it alone, monazite residue to the store licensed for both',
  does: 'The Baotou separator sends June\'s water-leach residue of acid-roasted Bayan Obo concentrate to the Hongshan store, whose licence names that residue only (shipped 2025-06-24, received 06-25, placed 06-27). In July it imports 300 t of Madagascan monazite concentrate, cracks it on 07-12, and sends the 120 t of caustic-crack residue (an estimate of 0.4 t per t of feed) to the group\'s usual store, licensed for monazite residue too (shipped 07-15, received 07-16, placed 07-18).',
  expect: 'Nothing: each residue is placed by a store whose licence names it.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.4 t of caustic-crack residue per t of monazite feed.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const store = addDisposer(ctx, 'hongshan-store', { zh: '包头红山放射性废渣贮存有限公司', en: 'Baotou Hongshan Radioactive Residue Storage Co.', siteZh: '红山废渣库', siteEn: 'Hongshan residue store' }, '150200',
      { id: 'RT-DSP-HS-2024', validFrom: '2024-01-01', validTo: '2026-12-31', products: ['slag-water-leach-residue'] });
    const juneResidue = june.separation.residue!;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res', at('2025-06-24'), juneResidue.id, juneResidue.massGrams, store.party, undefined, 'sealed residue trucks'),
    ]);
    w.record(store.party, at('2025-07-07', '10:00'), [
      s.receive(store.party, 'rcv-2506-res', at('2025-06-25'), june.residue, juneResidue.massGrams),
      s.dispose(store.party, 'dsp-2506-res', at('2025-06-27'), june.residue, juneResidue.massGrams, 'radioactive-waste-storage', store.site),
    ]);
    const feedGrams = tonnes(300);
    const imp = s.import(r.separator, 'imp-2507-mz', at('2025-07-02'), { id: 'MZ-2507-01', product: 'concentrate-monazite', massGrams: feedGrams }, 'MG', '220220250700088123');
    const residueGrams = tonnes(120);
    const plan = separate(s.lot(r.separator.lot('MZ-2507-01')).composition, 'MZS-2507', { residue: { product: 'slag-monazite-residue', massGrams: residueGrams } });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imp,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: 'MZ-2507-01', massGrams: feedGrams }], plan.outputs, { facility: r.separationPlant, note: 'caustic soda cracking of monazite, HCl dissolution, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-15'), 'MZS-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    const residue = r.separator.lot('MZS-2507-RES');
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-mzres', at('2025-07-16'), residue, residueGrams),
      s.dispose(r.disposer, 'dsp-2507-mzres', at('2025-07-18'), residue, residueGrams, 'radioactive-waste-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
