import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-42',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'One residue lot split between two licensed stores when the first runs short of space',
  does: 'The Baotou residue store can take only 300 t more before its next cell opens in August. The separator splits its June 2025 water-leach residue, 450 t: 300 t go to the Baotou store on 06-24, the other 150 t to a second licensed store, at Shiguai, on 06-25. Each store receives its part the day after it is shipped and places it in its cells two days later. Everyone reports June by the 7th of July.',
  expect: 'Nothing: every tonne of the residue goes, within days, to a store licensed for it, by shipment and receipt; splitting a lot between two licensed disposers is lawful.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const second = w.party('disposer-shiguai', { kind: 'enterprise', roles: ['disposer'], nameZh: '包头石拐放射性废物贮存有限公司', nameEn: 'Baotou Shiguai Radioactive Waste Storage Co.', region: '150200' });
    const licence = w.licence({ id: 'RT-DSP-SG-2024', party: second.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-water-leach-residue', 'slag-monazite-residue'] } });
    const site = w.facility({ id: 'site-shiguai-residue', party: second.id, kind: 'disposal-site', nameZh: '石拐放射性废渣库', nameEn: 'Shiguai radioactive residue store', region: '150200', licence });
    const residue = june.separation.residue!;
    const first = tonnes(300);
    const rest = residue.massGrams - first;
    w.record(r.separator, at('2025-07-06', '11:00'), [
      s.ship(r.separator, 'shp-2506-res-1', at('2025-06-24'), residue.id, first, r.disposer, `${residue.id}-S1`, 'sealed residue trucks'),
      s.ship(r.separator, 'shp-2506-res-2', at('2025-06-25'), residue.id, rest, second, `${residue.id}-S2`, 'sealed residue trucks'),
    ]);
    const lot1 = r.separator.lot(`${residue.id}-S1`);
    const lot2 = r.separator.lot(`${residue.id}-S2`);
    w.record(r.disposer, at('2025-07-07', '10:00'), [
      s.receive(r.disposer, 'rcv-2506-res', at('2025-06-25'), lot1, first),
      s.dispose(r.disposer, 'dsp-2506-res', at('2025-06-27'), lot1, first, 'radioactive-waste-storage', r.disposalSite),
    ]);
    w.record(second, at('2025-07-07', '11:00'), [
      s.receive(second, 'rcv-2506-res', at('2025-06-26'), lot2, rest),
      s.dispose(second, 'dsp-2506-res', at('2025-06-28'), lot2, rest, 'radioactive-waste-storage', site),
    ]);
    return { world: w, find: {} };
  },
});
