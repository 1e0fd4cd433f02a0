import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-residues-07',
  family: 'residues',
  violation: true,
  heldOut: false,
  title: 'Radioactive residue landfilled by a disposer licensed for ordinary slag',
  does: 'A Hohhot industrial landfill holds a disposal licence whose scope is non-radioactive recycling residue only. The separator sends it June\'s thorium-bearing water-leach residue (cheaper than the radioactive store), and it landfills the lot.',
  expect: 'A disposal outside the scope of the disposer\'s licence (a radioactive residue, landfilled); the dispose event and the disposer.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const landfill = w.party('landfill', { kind: 'enterprise', roles: ['disposer'], nameZh: '呼和浩特工业固废填埋场有限公司', nameEn: 'Hohhot Industrial Solid Waste Landfill Co.', region: '150100' });
    const licence = w.licence({ id: 'RT-DSP-HH-2024', party: landfill.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
    const site = w.facility({ id: 'site-hohhot-landfill', party: landfill.id, kind: 'disposal-site', nameZh: '呼和浩特工业填埋场', nameEn: 'Hohhot industrial landfill', region: '150100', licence });
    const june = honestMonth(ctx, '2025-06', { skip: ['disposal'] });
    const grams = s.lot(june.residue).massGrams;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-res', at('2025-07-03'), june.residue, grams, landfill)]);
    w.record(landfill, at('2025-08-07', '10:00'), [
      s.receive(landfill, 'rcv-2507-res', at('2025-07-04'), june.residue, grams),
      s.dispose(landfill, 'dsp-2507-res', at('2025-07-05'), june.residue, grams, 'landfill', site),
    ]);
    return { world: w, find: { events: [landfill.event('dsp-2507-res')], parties: [landfill.id] } };
  },
});
