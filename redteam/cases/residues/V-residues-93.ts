import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addDisposer } from '../../lib/round13.ts';

export default defineCase({
  id: 'V-residues-93',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Monazite cracking residue placed in a store licensed only for Bayan Obo water-leach residue',
  does: 'The Baotou separator imports 300 t of Madagascan monazite concentrate on 2025-07-02 and cracks it with caustic soda on 07-12 (95 % of the rare earths to oxides). Its 120 t of caustic-crack residue (0.4 t per t of feed, an estimate), far richer in thorium than Bayan Obo residue, goes on 07-15 not to the group\'s usual store but to the Hongshan residue store, which is cheaper and whose disposal licence names only the water-leach residue of acid-roasted Bayan Obo concentrate. Hongshan receives it on 07-16 and places it on 07-18 as radioactive waste.',
  expect: 'A residue placed by a disposer whose licence does not cover it: the placement, the residue lot and the Hongshan store.',
  build() {
    // Estimates (figures not in shared/DOMAIN.md): 0.4 t of caustic-crack residue per t of monazite feed.
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const store = addDisposer(ctx, 'hongshan-store', { zh: '包头红山放射性废渣贮存有限公司', en: 'Baotou Hongshan Radioactive Residue Storage Co.', siteZh: '红山废渣库', siteEn: 'Hongshan residue store' }, '150200',
      { id: 'RT-DSP-HS-2024', validFrom: '2024-01-01', validTo: '2026-12-31', products: ['slag-water-leach-residue'] });
    const feedGrams = tonnes(300);
    const imp = s.import(r.separator, 'imp-2507-mz', at('2025-07-02'), { id: 'MZ-2507-01', product: 'concentrate-monazite', massGrams: feedGrams }, 'MG', '220220250700088123');
    const residueGrams = tonnes(120);
    const plan = separate(s.lot(r.separator.lot('MZ-2507-01')).composition, 'MZS-2507', { residue: { product: 'slag-monazite-residue', massGrams: residueGrams } });
    w.record(r.separator, at('2025-08-06', '10:00'), [
      imp,
      s.process(r.separator, 'sep-2507-mz', at('2025-07-12'), [{ lot: 'MZ-2507-01', massGrams: feedGrams }], plan.outputs, { facility: r.separationPlant, note: 'caustic soda cracking of monazite, HCl dissolution, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-mzres', at('2025-07-15'), 'MZS-2507-RES', residueGrams, store.party, undefined, 'sealed residue trucks'),
    ]);
    const residue = r.separator.lot('MZS-2507-RES');
    w.record(store.party, at('2025-08-07', '10:00'), [
      s.receive(store.party, 'rcv-2507-mzres', at('2025-07-16'), residue, residueGrams),
      s.dispose(store.party, 'dsp-2507-mzres', at('2025-07-18'), residue, residueGrams, 'radioactive-waste-storage', store.site),
    ]);
    return {
      world: w,
      find: { events: [store.party.event('dsp-2507-mzres'), store.party.event('rcv-2507-mzres')], lots: [residue], parties: [store.party.id] },
    };
  },
});
