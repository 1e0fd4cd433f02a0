import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-47',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The last electrolysis run tapped at 23:00 Beijing time on the day the metal licence ends (15:00 UTC)',
  does: 'The Baotou metal smelter\'s licence runs to 2025-09-30 and it is relocating its cells to a new site under a separate application. It electrolyses its last 30 t of NdPr oxide in a run tapped at 23:00 on 09-30 Shanghai time (15:00 the same day in UTC), ships the metal on 10-09 and does no smelting after; it reports September on 10-07.',
  expect: 'Nothing: the run is on the licence\'s last day in China\'s calendar; shipping stock after a licence ends is not smelting.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.amendLicence('RT-MET-BS-2024', { validTo: '2025-09-30' });
    w.record(r.separator, at('2025-10-06', '10:00'), [s.ship(r.separator, 'shp-2509-ndpr', at('2025-09-22'), lots.ndprOxide, tonnes(30), r.smelter, 'SEP-2506-NDPR-S9')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S9');
    const metal = smelt(s.share(oxide, tonnes(30)), 'MET-2509-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-10-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2509-ndpr', at('2025-09-23'), oxide, tonnes(30)),
      s.process(r.smelter, 'met-2509-01', at('2025-09-30', '23:00'), [{ lot: oxide, massGrams: tonnes(30) }], [metal], { facility: r.metalPlant, note: 'last run before relocation' }),
    ]);
    w.record(r.smelter, at('2025-11-06', '10:00'), [s.ship(r.smelter, 'shp-2510-met', at('2025-10-09'), metal.id, tonnes(20), r.magnets, 'MET-2509-01-S1')]);
    w.record(r.magnets, at('2025-11-07', '10:00'), [s.receive(r.magnets, 'rcv-2510-met', at('2025-10-11'), r.smelter.lot('MET-2509-01-S1'), tonnes(20))]);
    return { world: w, find: {} };
  },
});
