import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-02',
  family: 'residues',
  violation: true,
  heldOut: false,
  title: 'Residue handed to a haulier with no disposal licence',
  does: 'The separator ships June\'s thorium-bearing residue to a Baotou haulage company registered as a disposer but holding no disposal licence and no disposal site; the haulier records the residue as landfilled.',
  expect: 'A disposal by a party with no disposal licence; the dispose event, the lot and the haulier.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const haulier = w.party('haulier', { kind: 'enterprise', roles: ['disposer'], nameZh: '包头顺达运输有限公司', nameEn: 'Baotou Shunda Haulage Co.', region: '150200' });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-03'), june.residue, grams, haulier)]);
    w.record(haulier, at('2025-08-07', '10:00'), [
      s.receive(haulier, 'rcv-2507-res', at('2025-07-04'), june.residue, grams),
      s.dispose(haulier, 'dsp-2507-res', at('2025-07-05'), june.residue, grams, 'landfill'),
    ]);
    return { world: w, find: { events: [haulier.event('dsp-2507-res')], lots: [june.residue], parties: [haulier.id] } };
  },
});
