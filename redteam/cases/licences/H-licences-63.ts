import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { recycleMagnets } from '../../lib/round11.ts';

export default defineCase({
  id: 'H-licences-63',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A recycler that also holds a metal-smelting licence reduces its recycled NdPr oxide in its own licensed electrolysis hall',
  does: 'The Ganzhou recycler holds, besides its recycling licence, a metal-smelting licence (400 t REO a year) for an electrolysis hall registered as a plant of its own. In July 2025 it collects 100 t of end-of-life NdFeB magnets (07-02), leaches them into NdPr, dysprosium and terbium oxides (07-10), sends the leach residue to a licensed landfill, and on 07-25 reduces the NdPr oxide to metal in the licensed hall. It reports July on 08-07.',
  expect: 'Nothing: each activity runs at a facility under a licence for that activity.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    w.amendParty(r.recycler, { roles: ['recycler', 'metal-smelter'] });
    const licence = w.licence({ id: 'RT-MET-GZ-2025', party: r.recycler.id, activity: 'metal-smelting', validFrom: '2025-01-01', validTo: '2027-12-31', capacityTonnesReo: 400 });
    const hall = w.facility({ id: 'plant-ganzhou-electrolysis', party: r.recycler.id, kind: 'plant', nameZh: '赣州再生金属电解车间', nameEn: 'Ganzhou renewable electrolysis hall', region: '360700', licence });
    const rec = recycleMagnets(ctx);
    const metal = smelt(s.share(r.recycler.lot(rec.oxide), rec.oxideGrams), 'RMET-2507-01', 'metal-ndpr');
    w.record(r.recycler, at('2025-08-07', '10:00'), [
      ...rec.events,
      s.process(r.recycler, 'met-2507-01', at('2025-07-25'), [{ lot: rec.oxide, massGrams: rec.oxideGrams }], [metal], { facility: hall, note: 'fluoride molten-salt electrolysis' }),
    ]);
    return { world: w, find: {} };
  },
});
