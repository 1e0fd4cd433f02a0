import { defineCase } from '../../lib/case.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { juneWorld } from '../../lib/round17.ts';
import { longnanMonazite } from '../../lib/round20.ts';

export default defineCase({
  id: 'V-licences-57',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'The Longnan separator, allocated ionic ore only, cracks 150 t of imported Madagascar monazite on its ionic allocation',
  does: 'The Longnan separator\'s only separation allocation is 2,500 t REO of ionic ore, and it has separated none in July. A Guangzhou trader offers it a 150 t parcel of Madagascar monazite concentrate (60 % REO, samarium and gadolinium in it); it imports the parcel on 2025-07-03, cracks it with caustic soda on 07-14, "counted against our allocation, which has room", and sends the crack residue to the Baotou store. Everyone reports on time.',
  expect: 'Separation of imported rock ore (monazite) by an enterprise that holds no allocation for that ore type: the separation, the feed lot and the separator.',
  build() {
    const { ctx } = juneWorld();
    const south = addIonicChain(ctx);
    const run = longnanMonazite(ctx, south);
    return { world: ctx.w, find: { events: [run.separation], lots: [run.feed], parties: [south.southSeparator.id] } };
  },
});
