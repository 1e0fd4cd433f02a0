import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-51',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Residue received on 31 July and placed in a new store cell at 09:00 on the first day of the cell\'s licence',
  does: 'The Baotou residue store\'s licensed cell is nearly full by July 2025. Its disposal licence RT-DSP-BD-2024 is renewed from 2025-08-01 as RT-DSP-BD-2025, which unlike the old one also covers the new phase II cell, passed by the environmental acceptance inspection on 07-30; the old licence ends on 07-31. The separator\'s July campaign leaves 450 t of thorium-bearing water-leach residue, shipped on 07-30; the disposer receives it into its sealed receiving bay on 07-31 and places it in the phase II cell at 09:00 on 08-01. The disposer reports the receipt with July (08-07) and the placement with August (09-07).',
  expect: 'Nothing: the residue is received by a licensed disposer and placed in the new cell on the first day its licence is in force, a week after it was made.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-DSP-BD-2024', { validTo: '2025-07-31' });
    const licence = w.licence({
      id: 'RT-DSP-BD-2025', party: r.disposer.id, activity: 'disposal', validFrom: '2025-08-01', validTo: '2030-07-31',
      scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue', 'slag-recycling-residue', 'tailings-bayan-obo'] },
    });
    const cell = w.facility({ id: 'site-baotou-residue-2', party: r.disposer.id, kind: 'disposal-site', nameZh: '包头放射性废渣库二期', nameEn: 'Baotou radioactive residue store, phase II', region: '150206', licence });
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07', { skip: ['disposal'] });
    const residue = july.separation.residue!;
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-30'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [s.receive(r.disposer, 'rcv-2507-res', at('2025-07-31'), july.residue, residue.massGrams, 'sealed receiving bay')]);
    w.record(r.disposer, at('2025-09-07', '10:00'), [s.dispose(r.disposer, 'dsp-2508-res', at('2025-08-01', '09:00'), july.residue, residue.massGrams, 'radioactive-waste-storage', cell)]);
    return { world: w, find: {} };
  },
});
