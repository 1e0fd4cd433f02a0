import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-flows-75',
  family: 'flows',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide of the southern group reduced by the northern smelter and delivered to Ningbo',
  does: 'The Longnan separator (Nanling group) sells the 4 t of NdPr oxide it made from its July 2025 Myanmar feed to the Baotou metal smelter of the Northern group (received 07-16), whose cells had spare capacity. The smelter reduces it on 07-20 at 97 % and ships all the metal to the Ningbo magnet maker on 07-24 (received 07-25). Oxide crosses between groups and provinces every day; each leg is shipped, received and reported on time.',
  expect: 'Nothing: a cross-group sale of separated oxide, reduced by a licensed smelter and delivered.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(4);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-ndpr', grams, r.smelter, '2025-07', '2507-ndpr');
    const metal = smelt(s.share(oxide, grams), 'MET-2507-LN', 'metal-ndpr');
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'met-2507-ln', at('2025-07-20'), [{ lot: oxide, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
      s.ship(r.smelter, 'shp-2507-ln', at('2025-07-24'), metal.id, metal.massGrams, r.magnets),
    ]);
    w.record(r.magnets, at('2025-08-08', '11:00'), [s.receive(r.magnets, 'rcv-2507-ln', at('2025-07-25'), r.smelter.lot(metal.id), metal.massGrams)]);
    return { world: w, find: {} };
  },
});
