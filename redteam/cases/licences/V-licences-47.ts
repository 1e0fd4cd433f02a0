import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-47',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A metal smelter suspended for fluoride emissions on 1 September keeps its electrolysis cells running through the month',
  does: 'After an environmental inspection the Baotou metal smelter\'s licence is suspended from 2025-09-01 until its fume scrubbers are rebuilt. It does not want to lose its customer: it takes 30 t of NdPr oxide from the separator on 09-04, electrolyses it on 09-12 and delivers 10 t of metal to the Ningbo magnet maker on 09-18, reporting all of it normally.',
  expect: 'Metal smelting by an enterprise whose licence is suspended at the time: the process, the metal lot and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const lots = honestMonth(ctx, '2025-06');
    w.amendLicence('RT-MET-BS-2024', { status: 'suspended', since: '2025-09-01T00:00:00+08:00' });
    w.record(r.separator, at('2025-10-06', '10:00'), [s.ship(r.separator, 'shp-2509-ndpr', at('2025-09-03'), lots.ndprOxide, tonnes(30), r.smelter, 'SEP-2506-NDPR-S9')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S9');
    const metal = smelt(s.share(oxide, tonnes(30)), 'MET-2509-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-10-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2509-ndpr', at('2025-09-04'), oxide, tonnes(30)),
      s.process(r.smelter, 'met-2509-01', at('2025-09-12'), [{ lot: oxide, massGrams: tonnes(30) }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2509-met', at('2025-09-18'), metal.id, tonnes(10), r.magnets, 'MET-2509-01-S1'),
    ]);
    w.record(r.magnets, at('2025-10-08', '10:00'), [s.receive(r.magnets, 'rcv-2509-met', at('2025-09-20'), r.smelter.lot('MET-2509-01-S1'), tonnes(10))]);
    return { world: w, find: { parties: [r.smelter.id], events: [r.smelter.event('met-2509-01')], lots: [r.smelter.lot('MET-2509-01')] } };
  },
});
