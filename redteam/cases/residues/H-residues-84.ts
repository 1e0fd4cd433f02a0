import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addDisposer } from '../../lib/round13.ts';

export default defineCase({
  id: 'H-residues-84',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'With the usual store\'s licence suspended from 10 July, the separator sends July\'s residue to the other licensed store in Baotou',
  does: 'On 2025-07-10 the ecology bureau suspends the Baotou residue store\'s disposal licence after a seepage finding. The separator, which separates its July feed on 07-20, ships the water-leach residue on 07-24 to the city\'s second licensed radioactive residue store in Shiguai, which receives it on 07-25 and places it on 07-27. June\'s residue had been placed in the first store on 06-27, before the suspension.',
  expect: 'Nothing: each lot was placed at a site whose licence was in force on the day, and a separator may change stores.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-DSP-BD-2024', { status: 'suspended', since: '2025-07-10T00:00:00+08:00' });
    const second = addDisposer(ctx, 'shiguai-store', { zh: '包头石拐放射性废渣库有限公司', en: 'Baotou Shiguai Radioactive Residue Store Co.', siteZh: '石拐放射性废渣库', siteEn: 'Shiguai radioactive residue store' }, '150205',
      { id: 'RT-DSP-SG-RAD-2024', validFrom: '2024-01-01', validTo: '2026-12-31', products: ['slag-water-leach-residue', 'slag-monazite-residue'] });
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07', { minedTonnes: 1_100, skip: ['disposal'] });
    const grams = s.lot(july.residue).massGrams;
    w.record(r.separator, at('2025-08-06', '15:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', grams, second.party, undefined, 'sealed residue trucks to Shiguai')]);
    w.record(second.party, at('2025-08-07', '10:00'), [
      s.receive(second.party, 'rcv-2507-res', at('2025-07-25'), july.residue, grams),
      s.dispose(second.party, 'dsp-2507-res', at('2025-07-27'), july.residue, grams, 'radioactive-waste-storage', second.site),
    ]);
    return { world: w, find: {} };
  },
});
