// Estimates (not in shared/DOMAIN.md): a calciothermic yttrium campaign that sends 17 % of the yttrium to its slag (a good one sends a few per cent); the slag at 15 % yttrium.
import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { firm, localId, yttriumMetal } from '../../lib/round24.ts';

export default defineCase({
  id: 'V-residues-36',
  family: 'residues',
  violation: true,
  heldOut: true,
  title: 'Calcium fluoride slag carrying 15 % yttrium sold to a Sanming steelworks as "fluorspar flux"',
  does: 'A Sanming (Fujian) metal works reduces 8 t of Changting Y2O3 on 2025-07-20 and books only 80 % of the yttrium in its metal; 17 % goes into 7 t of calcium fluoride slag at 15 % yttrium, where a reduction slag holds a few per cent. On 07-28 it sells the whole slag lot to the steelworks down the road, registered as an end user, as "fluorspar flux for the converters"; the steelworks books the receipt and nothing more. No recycler or disposer sees it. The slag is sieved and the yttrium-rich fines, over a tonne of yttrium, leave by road for the Guangxi border.',
  expect: 'A metal-making slag rich in a controlled element sent neither to a recycler nor to licensed disposal, but to a party that is neither: the shipment, the slag lot and the metal works\' campaign.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const y = yttriumMetal(ctx, { intoMetal: 0.8, intoSlag: 0.17, slagShare: 0.15 });
    const steel = firm(ctx, 'r24-sanming-steel', ['end-user'], '三明闽中钢铁有限公司', 'Sanming Minzhong Iron and Steel Co.', '350400');
    w.record(y.works.party, at('2025-08-07', '11:00'), [
      s.ship(y.works.party, 'shp-2507-slag', at('2025-07-28'), localId(y.slag), y.slagGrams, steel, undefined, 'fluorspar flux for the converter shop, tipper trucks'),
    ]);
    w.record(steel, at('2025-08-08', '10:00'), [s.receive(steel, 'rcv-2507-slag', at('2025-07-29'), y.slag, y.slagGrams)]);
    return {
      world: w,
      find: { lots: [y.slag], events: [y.works.party.event('shp-2507-slag'), y.works.party.event('met-2507-y')] },
    };
  },
});
