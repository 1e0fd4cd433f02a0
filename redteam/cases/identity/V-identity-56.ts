import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { sellOxide } from '../../lib/heavy.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { juneWorld } from '../../lib/round17.ts';
import { longnanHoCut } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-identity-56',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Holmium oxide cut wide on the cascade to carry 9 % dysprosium oxide, and exported to the United States without a licence',
  does: 'In July 2025 holmium oxide needs no export licence; dysprosium oxide needs a dual-use licence. The Longnan separator runs its Dy/Ho cut wide on the July campaign (07-09), so that its "holmium oxide" lot carries 9 % dysprosium oxide, and sells the whole lot to the Shanghai trading house (shipped 07-15, received 07-16), which exports it to a US buyer on 07-28 as holmium oxide, with no licence. The buyer strips the dysprosium out. All is reported on time.',
  expect: 'A lot that carries a controlled element in a quantity no holmium oxide of any grade carries, exported without the licence that element needs: the export and the lot.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const south = addIonicChain(ctx);
    const heavy = longnanHoCut(ctx, south, '2507', 0.09);
    const grams = heavy.grams['oxide-ho']!;
    const lot = sellOxide(ctx, south, heavy, 'oxide-ho', grams, r.exporter, '2025-07', '2507-ho');
    w.record(r.exporter, at('2025-08-08', '11:00'), [
      s.export(r.exporter, 'exp-2507-ho', at('2025-07-28', '15:00'), lot, grams, 'US', { customsDeclaration: '220120250700120044', note: 'holmium oxide 99 %' }),
    ]);
    return { world: w, find: { events: [r.exporter.event('exp-2507-ho')], lots: [lot] } };
  },
});
