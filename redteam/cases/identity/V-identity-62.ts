import { defineCase } from '../../lib/case.ts';
import { at, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-62',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Mianning bastnaesite from an unlicensed pit booked as the Dongshan mine\'s own Bayan Obo concentrate',
  does: 'A private pit near Mianning, with no licence and no quota, sells 400 t of bastnaesite concentrate for cash. The Bayan Obo miner, with quota to spare in 2025, buys it and books it on 07-14 as an extraction of Bayan Obo concentrate at its listed Dongshan mine, so that the package labels name a listed mine. The lot keeps its Sichuan assay: a third more lanthanum and three times the yttrium of Bayan Obo concentrate relative to its cerium, which Dongshan ore never has. It ships the 400 t to the Baotou separator on 07-18, which receives it on 07-19 and separates it on 07-21 with the residue sent to the licensed store. July is reported by the 6th of August.',
  expect: 'A concentrate whose rare earth distribution is not that of the mine and product it is labelled as: provenance laundered through a listed mine; the extraction and the lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const grams = tonnes(400);
    const lot = { id: 'BC-2507-07', product: 'concentrate-bayan-obo', massGrams: grams, composition: typical('concentrate-mianning', grams) };
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-07', at('2025-07-14'), r.mine, lot, 'east pit, bench 1480'),
      s.ship(r.miner, 'shp-2507-07', at('2025-07-18', '14:30'), lot.id, grams, r.separator),
    ]);
    separateShipment(ctx, '2025-07', r.miner.lot(lot.id), grams, '2507', { receiveDay: 19, processDay: 21 });
    return {
      world: w,
      find: { events: [r.miner.event('ext-2507-07')], lots: [r.miner.lot('BC-2507-07')] },
    };
  },
});
