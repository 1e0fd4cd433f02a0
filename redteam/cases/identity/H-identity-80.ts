import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, reportTime } from '../../lib/chain.ts';
import { addIonicChain, mineIonic } from '../../lib/ionic.ts';
import { separate, smelt } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-80',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'NdPr oxide and metal from Xunwu clay at Pr:Nd 21:79, not the usual 25:75, sold as what they are',
  does: 'NdPr products carry whatever Pr:Nd ratio their ore has: Bayan Obo gives about 24:76, Xunwu light clay about 21:79. The Xunwu miner leaches 100 t of light ionic concentrate in July and ships it to the Longnan separator (07-12), which separates it at 96 % on 07-18. It sells 30 t of its NdPr oxide to the Baotou metal smelter (shipped 07-20, received 07-22), which reduces it on 07-26 and ships 20 t of the metal to the Ningbo magnet maker on 07-28 (received 07-30); the certificates give the ratio. Everyone reports on time.',
  expect: 'Nothing: NdPr oxide and metal of a leaner Pr share are still NdPr oxide and metal; every step balances and is licensed.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const month = '2025-07';
    const feed = mineIonic(ctx, south, month, '2507');
    const plan = separate(s.lot(feed.lot).composition, 'LN-2507', { recovery: 0.96 });
    const ndpr = plan.byProduct['oxide-ndpr']!;
    const sold = tonnes(30);
    w.record(south.southSeparator, reportTime(month, 6), [
      s.receive(south.southSeparator, 'rcv-2507-01', at(day(month, 13)), feed.lot, feed.massGrams),
      s.process(south.southSeparator, 'sep-2507-01', at(day(month, 18)), [{ lot: feed.lot, massGrams: feed.massGrams }], plan.outputs, { facility: south.southPlant }),
      s.ship(south.southSeparator, 'shp-2507-ndpr', at(day(month, 20)), ndpr.id, sold, r.smelter, `${ndpr.id}-S1`),
    ]);
    const oxide = south.southSeparator.lot(`${ndpr.id}-S1`);
    const metal = smelt(s.share(oxide, sold), 'MET-2507-XW', 'metal-ndpr');
    w.record(r.smelter, reportTime(month, 7), [
      s.receive(r.smelter, 'rcv-2507-xw', at(day(month, 22)), oxide, sold),
      s.process(r.smelter, 'met-2507-xw', at(day(month, 26)), [{ lot: oxide, massGrams: sold }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis; Pr:Nd 21:79 per certificate' }),
      s.ship(r.smelter, 'shp-2507-met', at(day(month, 28)), metal.id, tonnes(20), r.magnets, `${metal.id}-S1`),
    ]);
    w.record(r.magnets, reportTime(month, 8), [s.receive(r.magnets, 'rcv-2507-met', at(day(month, 30)), r.smelter.lot(`${metal.id}-S1`), tonnes(20))]);
    return { world: w, find: {} };
  },
});
