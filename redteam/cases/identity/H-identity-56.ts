import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { juneWorld } from '../../lib/round17.ts';
import { longnanHoCut } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-identity-56',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Holmium oxide at 99.9 % with 0.08 % dysprosium oxide from the neighbouring cut, exported without a licence in July 2025',
  does: 'The Longnan separator\'s July 2025 campaign (07-09) makes holmium oxide at 3N purity; the certificate of analysis shows 0.08 % dysprosium oxide, the ordinary carry-over of the Dy/Ho cut. The Shanghai trading house buys the lot (shipped 07-15, received 07-16) and exports it to a US laser-crystal maker on 07-28 as holmium oxide with no licence: in July 2025 holmium is not controlled. All is reported on time.',
  expect: 'Nothing: a holmium oxide whose dysprosium is an impurity at the level of its grade, not a dysprosium compound.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const south = addIonicChain(ctx);
    const heavy = longnanHoCut(ctx, south, '2507', 0.0008);
    const grams = heavy.grams['oxide-ho']!;
    const lot = sellOxide(ctx, south, heavy, 'oxide-ho', grams, r.exporter, '2025-07', '2507-ho');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-ho', at('2025-07-28', '15:00'), lot, grams, 'US', { customsDeclaration: '220120250700120044', note: 'holmium oxide 99.9 %' }),
    ]);
    return { world: w, find: {} };
  },
});
