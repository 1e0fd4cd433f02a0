import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, mineAndShip, reportTime } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-81',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate exported to Vietnam for separation and its NdPr oxide imported back as "Vietnamese"',
  does: 'The Baotou separator has no quota left for a further 400 t of concentrate the miner dug in July. The miner sells it to the Shanghai exporter (shipped 07-12, received 07-14), which exports it to a Vietnamese separation plant on 07-20. Seven weeks later the Beijing trader imports 42 t of NdPr oxide "of Vietnamese origin" from the same plant (09-08), whose Pr:Nd ratio and tonnage are those of the concentrate that left, and sells it to the Baotou metal smelter (shipped 09-12, received 09-13). The separation happened abroad under a processing contract, outside any quota. Everyone reports on time.',
  expect: 'A round trip that leaves as concentrate and comes back as its own NdPr oxide: separation of Chinese ore outside the quota, toll-processed abroad. The export, the import and its lot, the exporter and the trader.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.trader, { roles: ['trader', 'importer'] });
    honestMonth(ctx, '2025-06');
    const july = mineAndShip(ctx, '2025-07', { tag: '2507', minedTonnes: 1_400 });
    separateShipment(ctx, '2025-07', july.feed, july.shippedGrams, '2507');
    const out = tonnes(400);
    w.record(r.miner, at('2025-08-05', '11:00'), [s.ship(r.miner, 'shp-2507-02', at('2025-07-12', '14:30'), 'BC-2507-01', out, r.exporter, 'BC-2507-01-S2', 'rail to Shanghai Luchaogang')]);
    const conc = r.miner.lot('BC-2507-01-S2');
    const ndpr = scale(pick(s.share(conc, out), ['Pr', 'Nd']), 0.95);
    w.record(r.exporter, at('2025-08-08', '10:00'), [
      s.receive(r.exporter, 'rcv-2507-bc', at('2025-07-14', '10:00'), conc, out),
      s.export(r.exporter, 'exp-2507-bc', at('2025-07-20'), conc, out, 'VN', { customsDeclaration: '220220250700061104', note: 'rare earth concentrate, 50 % REO' }),
    ]);
    const lot = { id: 'VN-2509-NDPR', product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr };
    w.record(r.trader, reportTime('2025-09', 5), [
      s.import(r.trader, 'imp-2509-ndpr', at('2025-09-08'), lot, 'VN', '510420250900028816'),
      s.ship(r.trader, 'shp-2509-ndpr', at('2025-09-12'), lot.id, lot.massGrams, r.smelter),
    ]);
    w.record(r.smelter, reportTime('2025-09', 7), [s.receive(r.smelter, 'rcv-2509-vn', at('2025-09-13', '15:00'), r.trader.lot(lot.id), lot.massGrams)]);
    return {
      world: w,
      find: {
        events: [r.exporter.event('exp-2507-bc'), r.trader.event('imp-2509-ndpr')],
        lots: [conc, r.trader.lot(lot.id)],
        parties: [r.exporter.id, r.trader.id],
      },
    };
  },
});
