// Estimates (not in shared/DOMAIN.md): a commercial Pr/Nd split (98.5 % of the Pr to Pr6O11 with 0.4 % of the Nd, 0.5 % of the feed lost).
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { dalian, filed, prNdSplit } from '../../lib/round25.ts';

export default defineCase({
  id: 'H-identity-24',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Praseodymium oxide split from Baotou NdPr oxide, bought by a Dalian house and exported to Korea without a licence',
  does: 'On 2025-07-08 the Baotou separator runs 20 t of its June NdPr oxide through its Pr/Nd extraction line into praseodymium oxide (with 0.4 % of the neodymium carried over) and neodymium oxide. It sells 4 t of the Pr6O11 to a Dalian trading house (shipped 07-12, received 07-14), which exports it on 07-25 to a Korean maker of praseodymium–zircon ceramic pigments and of Pr-doped glass, with no licence: praseodymium is not on either export-control list.',
  expect: 'Nothing: a light rare earth oxide that is what its label says, carrying only Pr and a little Nd, exported as the law allows.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const dl = dalian(ctx);
    const split = prNdSplit(ctx, at('2025-07-08'));
    const grams = tonnes(4);
    w.record(r.separator, filed('2025-08-06', '11:00'), [
      split.event,
      s.ship(r.separator, 'shp-2507-prdl', at('2025-07-12'), split.pr, grams, dl, `${split.pr}-DL`, 'Pr6O11 99.5 %, 1 t bags, rail to Dalian'),
    ]);
    const lot = r.separator.lot(`${split.pr}-DL`);
    w.record(dl, filed('2025-08-07'), [
      s.receive(dl, 'rcv-2507-pr', at('2025-07-14'), lot, grams),
      s.export(dl, 'exp-2507-pr', at('2025-07-25'), lot, grams, 'KR', { customsDeclaration: '090020251000514470', note: 'praseodymium oxide Pr6O11 99.5 %, HS 2846.9090, for ceramic pigments' }),
    ]);
    return { world: w, find: {} };
  },
});
