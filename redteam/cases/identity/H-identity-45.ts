import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { julyCampaign } from '../../lib/round21.ts';

export default defineCase({
  id: 'H-identity-45',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'A 99 % cerium oxide carrying 0.4 % praseodymium and neodymium from a short extraction cascade, sold as cerium oxide',
  does: 'The separator runs 200 t of June concentrate on 2025-07-05 on a cascade shortened for maintenance; 1 % of the campaign\'s Pr and Nd stays with the cerium, so the cerium oxide\'s rare earths are 0.4 % Pr and Nd, within a 99 % CeO2/TREO glass-polishing grade. It sells the 49 t lot to the Beijing trader on 07-12, with the assay on the certificate.',
  expect: 'Nothing: commercial cerium oxide grades tolerate a fraction of a per cent of neighbouring rare earths; the assay is declared.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const june = honestMonth(ctx, '2025-06');
    const c = julyCampaign(ctx, june.concentrate, 0.01);
    w.record(r.separator, at('2025-08-06', '10:00'), [...c.events, s.ship(r.separator, 'shp-2507-ce', at('2025-07-12'), c.ce.split(':')[1]!, c.ceGrams, r.trader)]);
    w.record(r.trader, at('2025-08-08', '10:00'), [s.receive(r.trader, 'rcv-2507-ce', at('2025-07-13'), c.ce, c.ceGrams)]);
    return { world: w, find: {} };
  },
});
