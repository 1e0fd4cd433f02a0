import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaign } from '../../lib/round21.ts';

export default defineCase({
  id: 'V-identity-45',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Cerium oxide that is 12 % neodymium and praseodymium, invoiced at the cerium price to the Beijing trader',
  does: 'The separator runs 200 t of June concentrate on 2025-07-05 and writes 30 % of the campaign\'s Pr and Nd into its cerium oxide lot rather than into NdPr oxide: 55 t of "cerium oxide" whose rare earths are 12 % Nd and Pr. It sells the whole lot to the Beijing trader on 07-12 at the cerium oxide price (about a fiftieth of NdPr oxide\'s), and the trader pays the difference in cash: some 5 t of NdPr leave the books as cerium, with VAT on a cerium invoice.',
  expect: 'A separated cerium oxide whose composition is far from its label (over a tenth Pr and Nd); the cerium lot, the campaign and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const c = julyCampaign(ctx, june.concentrate, 0.3);
    w.record(r.separator, at('2025-08-06', '10:00'), [...c.events, s.ship(r.separator, 'shp-2507-ce', at('2025-07-12'), c.ce.split(':')[1]!, c.ceGrams, r.trader)]);
    w.record(r.trader, at('2025-08-08', '10:00'), [s.receive(r.trader, 'rcv-2507-ce', at('2025-07-13'), c.ce, c.ceGrams)]);
    return { world: w, find: { lots: [c.ce], events: [r.separator.event('sep-2507-01'), r.separator.event('shp-2507-ce')], parties: [r.separator.id] } };
  },
});
