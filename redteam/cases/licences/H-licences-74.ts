import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recyclerMonth } from '../../lib/round12.ts';

export default defineCase({
  id: 'H-licences-74',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A swarf recycler that also holds a metal-smelting licence reduces its recovered NdPr oxide in its licensed metal hall',
  does: 'The Ganzhou recycler holds, besides its recycling licence, a metal-smelting licence (500 t REO a year, from 2025-01-01) for a registered electrolysis hall beside its leach plant, as several Ganzhou recyclers do. It collects 100 t of NdFeB swarf in July 2025, leaches it into NdPr oxide (residue to the licensed store), and on 2025-08-05 reduces the oxide to NdPr metal in that hall at 97 %. Reported on 09-06.',
  expect: 'Nothing: each step is done at a facility under a licence of the right activity held by the party that does it.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.recycler, { roles: ['recycler', 'metal-smelter'] });
    const licence = w.licence({ id: 'RT-MET-GZR-2025', party: r.recycler.id, activity: 'metal-smelting', validFrom: '2025-01-01', validTo: '2027-12-31', capacityTonnesReo: 500 });
    const hall = w.facility({ id: 'plant-ganzhou-recycler-metal', party: r.recycler.id, kind: 'plant', nameZh: '赣州再生金属车间', nameEn: 'Ganzhou recycler electrolysis hall', region: '360700', licence });
    honestMonth(ctx, '2025-06');
    const plan = recyclerMonth(ctx, '2025-07', '2507');
    const oxide = plan.byProduct['oxide-ndpr']!;
    const metal = smelt(s.share(r.recycler.lot(oxide.id), oxide.massGrams), 'RMET-2508-01', 'metal-ndpr');
    w.record(r.recycler, at('2025-09-06', '10:00'), [
      s.process(r.recycler, 'rmet-2508-01', at('2025-08-05'), [{ lot: oxide.id, massGrams: oxide.massGrams }], [metal], { facility: hall, note: 'fluoride molten-salt electrolysis' }),
    ]);
    return { world: w, find: {} };
  },
});
