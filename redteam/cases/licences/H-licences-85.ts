// Estimates (not in DOMAIN.md): 99.5 % of the rare earths into the powder; powder at 90 % REO (the catalogue's).
import { defineCase } from '../../lib/case.ts';
import { at, oxideMass, pick, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { customerCode, deliver } from '../../lib/round8.ts';
import { addPolishingWorks, julyFeedCampaign } from '../../lib/round15.ts';

export default defineCase({
  id: 'H-licences-85',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A polishing-powder works turns the separator\'s mixed lanthanum–cerium oxide into polishing powder: a mixed compound in, no element split',
  does: 'In July 2025 the Baotou separator runs 200 t of concentrate (07-10) into NdPr oxide, a mixed lanthanum–cerium oxide cut (the raffinate after NdPr is extracted, never split further), the SmEuGd and heavy cuts and residue. It sells 30 t of the La–Ce oxide to a Baotou polishing-powder works (shipped 07-12, received 07-13), which fluorinates, calcines and mills it on 07-20 into La–Ce polishing powder (99.5 % of the rare earths in the powder, an estimate) and delivers 25 t to a Shenzhen cover-glass works on 07-27. The works holds no separation licence and needs none. July is reported by the 8th of August.',
  expect: 'Nothing: the works changes the compound, not its elements; lanthanum and cerium go in together and come out together.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { works, plant } = addPolishingWorks(ctx);
    julyFeedCampaign(ctx, (feed) => {
      const plan = separate(feed, 'SEP-2507', { recovery: 0.95 });
      const out = plan.outputs.filter((o) => o.product !== 'oxide-la' && o.product !== 'oxide-ce');
      const lace = pick(scale(feed, 0.95), ['La', 'Ce']);
      return [...out, { id: 'SEP-2507-LACE', product: 'mixed-oxide-lace', massGrams: oxideMass(lace, 0.99), composition: lace }];
    }, 'acid roasting, water leach, solvent extraction; La–Ce raffinate calcined as mixed oxide');
    const sold = tonnes(30);
    w.record(r.separator, at('2025-08-06', '11:00'), [s.ship(r.separator, 'shp-2507-lace', at('2025-07-12'), 'SEP-2507-LACE', sold, works, 'SEP-2507-LACE-S1', 'bagged La–Ce oxide')]);
    const lot = r.separator.lot('SEP-2507-LACE-S1');
    const powder = scale(s.share(lot, sold), 0.995);
    const powderGrams = oxideMass(powder, 0.9);
    w.record(works, at('2025-08-08', '10:00'), [
      s.receive(works, 'rcv-2507-lace', at('2025-07-13'), lot, sold),
      s.process(works, 'pp-2507-01', at('2025-07-20'), [{ lot, massGrams: sold }], [{ id: 'PP-2507-01', product: 'polishing-lace', massGrams: powderGrams, composition: powder }], { facility: plant, note: 'fluorination with HF, calcining at 950 °C, jet milling and classification; 0.5 % to kiln dust (estimate)' }),
      deliver('dlv-2507-pp', at('2025-07-27'), 'PP-2507-01', tonnes(25), { name: '深圳蓝思盖板玻璃有限公司 (Shenzhen Lansi Cover Glass Co.)', id: customerCode('SZ8L2G4C', '440300') }, 'glass-and-ceramics', 'LS-2025-0715'),
    ]);
    return { world: w, find: {} };
  },
});
