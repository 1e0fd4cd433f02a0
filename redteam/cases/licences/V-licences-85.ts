// Estimates (not in DOMAIN.md): mixed chloride at 45 % REO (the catalogue's); 97 % through the extraction bank.
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { addPolishingWorks, julyFeedCampaign } from '../../lib/round15.ts';

export default defineCase({
  id: 'V-licences-85',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A polishing-powder works buys mixed rare earth chloride, strips the NdPr out with its own extraction cells and sells it as a "by-product"',
  does: 'In July 2025 the Baotou separator cracks 200 t of Bayan Obo concentrate only as far as mixed rare earth chloride (07-10) and sells the whole 210 t of chloride to a Baotou polishing-powder works (shipped 07-12, received 07-13). The works, which holds no separation licence and no quota, runs the chloride through a twelve-stage solvent-extraction bank on 07-20: lanthanum and cerium into La–Ce polishing powder, praseodymium and neodymium into nearly 20 t of NdPr oxide it sells to the Beijing trader on 07-28 (received 07-29), samarium and the heavies into a small concentrate. July is reported by the 8th of August.',
  expect: 'Separation of a mixed compound into single products by a party with no separation licence or quota: the works\' extraction campaign, its NdPr oxide and the works.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { works, plant } = addPolishingWorks(ctx);
    const [chloride] = julyFeedCampaign(ctx, (feed) => {
      const comp = scale(feed, 0.95);
      return [{ id: 'SEP-2507-MCL', product: 'mixed-chloride-light', massGrams: oxideMass(comp, 0.45), composition: comp }];
    }, 'acid roasting, water leach, mixed chloride crystallisation');
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-mcl', at('2025-07-12'), chloride!.id, chloride!.massGrams, works, undefined, 'bagged mixed chloride, 21 trucks')]);
    const lot = r.separator.lot(chloride!.id);
    const got = s.share(lot, chloride!.massGrams);
    const done = scale(got, 0.97);
    const lace = pick(done, ['La', 'Ce']);
    const ndpr = pick(done, ['Pr', 'Nd']);
    const rest = pick(done, ['Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y']);
    const ndprGrams = oxideMass(ndpr, 0.99);
    w.record(works, at('2025-08-08', '10:00'), [
      s.receive(works, 'rcv-2507-mcl', at('2025-07-13'), lot, chloride!.massGrams),
      s.process(works, 'sx-2507-01', at('2025-07-20'), [{ lot, massGrams: chloride!.massGrams }], [
        { id: 'PP-2507-01', product: 'polishing-lace', massGrams: oxideMass(lace, 0.9), composition: lace },
        { id: 'PP-2507-NDPR', product: 'oxide-ndpr', massGrams: ndprGrams, composition: ndpr },
        { id: 'PP-2507-SEG', product: 'mixed-oxide-smeugd', massGrams: oxideMass(rest, 0.9), composition: rest },
      ], { facility: plant, note: 'solvent extraction (P507), La–Ce fraction precipitated, calcined and milled; 3 % to raffinate sludge' }),
      s.ship(works, 'shp-2507-ndpr', at('2025-07-28'), 'PP-2507-NDPR', ndprGrams, r.trader, undefined, 'by-product NdPr oxide'),
    ]);
    const ndprLot = works.lot('PP-2507-NDPR');
    w.record(r.trader, at('2025-08-08', '14:00'), [s.receive(r.trader, 'rcv-2507-ndpr', at('2025-07-29'), ndprLot, ndprGrams)]);
    return { world: w, find: { events: [works.event('sx-2507-01')], lots: [ndprLot], parties: [works.id] } };
  },
});
