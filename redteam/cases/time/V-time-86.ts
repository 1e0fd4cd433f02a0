import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { smelt } from '../../lib/refining.ts';
import { juneWorld, local } from '../../lib/round17.ts';

export default defineCase({
  id: 'V-time-86',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A metal smelter whose licence ran out on 31 July reduces oxide that arrived on 5 August, and dates the campaign 31 July',
  does: 'The Baotou metal smelter\'s licence ends on 2025-07-31 and is not renewed (the plant is to be rebuilt). On 08-04 the separator ships it 25 t of NdPr oxide on an order placed in July; the smelter receives it on 08-05, runs it through its cells the same week and ships 15 t of the metal to the Ningbo magnet maker on 08-12. In its August report, filed on 09-05, it dates the electrolysis campaign 2025-07-31, the licence\'s last day.',
  expect: 'Metal smelting after the licence ended, backdated to before the feed it consumed had arrived: the campaign, the metal lot and the smelter.',
  build() {
    const { ctx, june } = juneWorld();
    const { w, s, r } = ctx;
    w.amendLicence('RT-MET-BS-2024', { validTo: '2025-07-31' });
    const oxideGrams = tonnes(25);
    const ndpr = local(june.ndprOxide);
    w.record(r.separator, at('2025-09-05', '10:00'), [s.ship(r.separator, 'shp-2508-ndpr', at('2025-08-04'), ndpr, oxideGrams, r.smelter, `${ndpr}-S2`, 'order of 07-22')]);
    const oxide = r.separator.lot(`${ndpr}-S2`);
    const metal = smelt(s.share(oxide, oxideGrams), 'MET-2508-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-09-05', '14:00'), [
      s.receive(r.smelter, 'rcv-2508-ndpr', at('2025-08-05', '11:00'), oxide, oxideGrams),
      s.process(r.smelter, 'met-2508-01', at('2025-07-31', '20:00'), [{ lot: oxide, massGrams: oxideGrams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, last campaign before the rebuild' }),
      s.ship(r.smelter, 'shp-2508-met', at('2025-08-12'), metal.id, tonnes(15), r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, at('2025-09-08', '10:00'), [s.receive(r.magnets, 'rcv-2508-met', at('2025-08-14'), r.smelter.lot(`${metal.id}-S1`), tonnes(15))]);
    return { world: w, find: { events: [r.smelter.event('met-2508-01')], lots: [r.smelter.lot(metal.id)], parties: [r.smelter.id] } };
  },
});
