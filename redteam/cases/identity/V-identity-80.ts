import { defineCase } from '../../lib/case.ts';
import { at, massAtShare, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { importAndSeparateHeavy, sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-identity-80',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Dysprosium oxide fused into fluoride flux and exported as "electrolysis slag for recovery"',
  does: 'The Baotou metal smelter, which holds an export registration and sells its NdPr electrolysis slag to a Japanese recycler, buys 3 t of dysprosium oxide from the Longnan separator (shipped 07-15, received 07-16). On 07-18 it melts the oxide into lithium–rare earth fluoride flux and books the 4.3 t cake as "rare earth molten-salt electrolysis slag", 60 % dysprosium, and exports it to the same Japanese buyer on 07-25 with no licence, declared as slag for recovery: slag is not on the dual-use list. Everyone reports on time.',
  expect: 'A lot labelled electrolysis slag (praseodymium and neodymium at a third of its weight) that is mostly dysprosium, exported without the licence its dysprosium needs: the slag lot, the process that made it, the export and the smelter.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendParty(r.smelter, { roles: ['metal-smelter', 'exporter'] });
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507');
    const grams = tonnes(3);
    const oxide = sellOxide(ctx, south, heavy, 'oxide-dy', grams, r.smelter, '2025-07', '2507-dy');
    const dy = scale(s.lot(oxide).composition, 1);
    const slag = { id: 'SLG-2507-DY', product: 'slag-electrolysis', massGrams: massAtShare(dy, 0.6), composition: dy };
    w.record(r.smelter, at('2025-08-07', '11:00'), [
      s.process(r.smelter, 'mlt-2507-dy', at('2025-07-18'), [{ lot: oxide, massGrams: grams }], [slag], { facility: r.metalPlant, note: 'fluoride slag from the cells, bagged for sale' }),
      s.export(r.smelter, 'exp-2507-slag', at('2025-07-25'), slag.id, slag.massGrams, 'JP', { customsDeclaration: '020220250700021877', note: 'rare earth fluoride electrolysis slag for recovery' }),
    ]);
    return {
      world: w,
      find: {
        events: [r.smelter.event('mlt-2507-dy'), r.smelter.event('exp-2507-slag')],
        lots: [r.smelter.lot(slag.id)],
        parties: [r.smelter.id],
      },
    };
  },
});
