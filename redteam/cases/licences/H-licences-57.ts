import { defineCase } from '../../lib/case.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { juneWorld } from '../../lib/round17.ts';
import { longnanMonazite } from '../../lib/round20.ts';

export default defineCase({
  id: 'H-licences-57',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The Longnan separator cracks imported Madagascar monazite on a 200 t REO rock-ore allocation its group made it in the second batch',
  does: 'The southern group applies its second 2025 quota batch to imported ore and allocates the Longnan separator, until then allocated ionic ore only, 200 t REO of rock-ore separation for a monazite parcel. Longnan imports 150 t of Madagascar monazite concentrate (60 % REO, about 90 t REO) on 2025-07-03, cracks it on 07-14 and sends the crack residue to the Baotou store, licensed for it. Everyone reports on time.',
  expect: 'Nothing: imported rock ore separated inside a rock-ore allocation the separator\'s own group made it.',
  build() {
    const { ctx } = juneWorld();
    const south = addIonicChain(ctx);
    ctx.w.quota({ id: 'RT-Q2025-SEP-LN-B2', year: 2025, batch: 2, holder: south.southSeparator.id, activity: 'separation', oreType: 'rock', tonnesReo: 200, allocatedFrom: 'RT-Q2025-SEP-CRG' });
    longnanMonazite(ctx, south);
    return { world: ctx.w, find: {} };
  },
});
