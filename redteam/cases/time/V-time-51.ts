import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-time-51',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'Residue placed in a new store cell four days before the cell\'s licence took effect, reported after it had',
  does: 'The Baotou residue store\'s licensed cell is nearly full by July 2025. Its disposal licence RT-DSP-BD-2024 is renewed early, from 2025-08-01, as RT-DSP-BD-2025, which unlike the old one also covers the new phase II cell, built in the spring and passed by the environmental acceptance inspection on 07-30; the old licence ends on 07-31 and never covered the new cell. The separator\'s July campaign leaves 450 t of thorium-bearing water-leach residue, shipped on 07-24; the disposer receives it on 07-25 and, the old cell having no room, places it in the phase II cell on 07-27. By the time it files its July report on 08-07, the cell is licensed, and the report names it as the site.',
  expect: 'Radioactive residue placed in a site whose licence was not yet in force on the day of disposal: judged by the registry as it stood on 07-27, not on the day of reporting; the disposal, the residue lot and the disposer.',
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
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks')]);
    w.record(r.disposer, at('2025-08-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-25'), july.residue, residue.massGrams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-27'), july.residue, residue.massGrams, 'radioactive-waste-storage', cell),
    ]);
    return {
      world: w,
      find: { events: [r.disposer.event('dsp-2507-res')], lots: [july.residue], parties: [r.disposer.id] },
    };
  },
});
