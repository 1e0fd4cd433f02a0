import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-40',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'Metal shipped at "01:30" from a campaign that ended at 08:00: the shipping clerk writes UTC',
  does: 'The metal smelter electrolyses 30 t of NdPr oxide, bought from the separator on 2025-07-02, in a campaign that ends at 08:00 Beijing time on 07-10. Its weighbridge system, installed by a German supplier, stamps dispatches in UTC, and the clerk copies the stamps as they are: the 20 t shipment to the Ningbo magnet maker is recorded at 2025-07-10T01:30:00Z, half past nine in Baotou, an hour and a half after the metal was tapped. The magnet maker takes custody at 16:00 the same day at the Baotou transit warehouse it rents, from where its own trucks carry the metal on to Ningbo. All report July on time.',
  expect: 'Nothing: 01:30 UTC is 09:30 in Shanghai time, after the 08:00 end of the campaign; the shipment follows the process that made its lot and precedes the receipt.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-ndpr', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.smelter, 'SEP-2506-NDPR-S2')]);
    const oxide = r.separator.lot('SEP-2506-NDPR-S2');
    const metal = smelt(s.share(oxide, grams), 'MET-2507-01', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '10:00'), [
      s.receive(r.smelter, 'rcv-2507-ndpr', at('2025-07-03'), oxide, grams),
      s.process(r.smelter, 'met-2507-01', at('2025-07-10', '08:00'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis, campaign ended 08:00' }),
      s.ship(r.smelter, 'shp-2507-met', '2025-07-10T01:30:00Z', metal.id, tonnes(20), r.magnets, 'MET-2507-01-S1', 'weighbridge stamp, UTC'),
    ]);
    w.record(r.magnets, at('2025-08-08', '10:00'), [s.receive(r.magnets, 'rcv-2507-met', at('2025-07-10', '16:00'), r.smelter.lot('MET-2507-01-S1'), tonnes(20), 'gate check-in, Baotou transit warehouse')]);
    return { world: w, find: {} };
  },
});
