import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-22',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'A trader re-bags NdPr oxide once, 15 kg short',
  does: 'The Beijing trader buys 30 t of NdPr oxide from the separator on 2025-07-03 in jumbo bags and, for a magnet customer who wants 25 kg drums, re-bags it once on 07-07 under a new lot id: 29.985 t go into the drums. One jumbo bag split on the forklift; 15 kg (0.05 %) were swept up with floor dirt and are noted as lost. It sells the drums to the metal smelter on 07-15.',
  expect: 'Nothing: one repack with a loss of a twentieth of a per cent, explained on the event; the rest delivered in full.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const bought = r.separator.lot('SEP-2506-NDPR-T22');
    const grams = tonnes(30);
    const kept = grams - 15_000;
    w.record(r.separator, at('2025-08-06', '10:00'), [s.ship(r.separator, 'shp-2507-t22', at('2025-07-02'), 'SEP-2506-NDPR', grams, r.trader, 'SEP-2506-NDPR-T22')]);
    const composition = scale(s.lot(bought).composition, kept / grams);
    w.record(r.trader, at('2025-08-07', '10:00'), [
      s.receive(r.trader, 'rcv-2507-t22', at('2025-07-03'), bought, grams),
      s.process(r.trader, 'pak-2507-t22', at('2025-07-07'), [{ lot: bought, massGrams: grams }], [{ id: 'ZGC-2507-D25', product: 'oxide-ndpr', massGrams: kept, composition }], { note: 're-bagged into 25 kg drums; one jumbo bag split on the forklift, 15 kg swept up with floor dirt and discarded' }),
      s.ship(r.trader, 'shp-2507-d25', at('2025-07-15'), 'ZGC-2507-D25', kept, r.smelter),
    ]);
    w.record(r.smelter, at('2025-08-08', '10:00'), [s.receive(r.smelter, 'rcv-2507-d25', at('2025-07-16'), r.trader.lot('ZGC-2507-D25'), kept)]);
    return { world: w, find: {} };
  },
});
