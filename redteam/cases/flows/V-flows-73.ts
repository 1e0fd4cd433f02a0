import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-flows-73',
  family: 'flows',
  violation: true,
  heldOut: true,
  title: 'Bayan Obo concentrate routed through the Ningbo magnet maker to a southern separator of another group',
  does: 'The Dongshan miner sells 300 t of its July 2025 concentrate outside the Northern group, which its contract forbids: it ships it on 07-10 to the Ningbo magnet maker (received 07-13), a customer of the group that has no use for concentrate, and the magnet maker ships it on unchanged on 07-16 to the Longnan separator of the Nanling group (received 07-20), which holds a quota for ionic feed only and books it as stock. On the books the miner sold to a magnet maker and the separator bought from one. Everyone reports on time.',
  expect: 'Concentrate passed through a party that cannot use it to a separator of another group: the magnet maker\'s shipment and the concentrate lot.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const south = addIonicChain(ctx);
    const grams = tonnes(300);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(600) }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-10', '14:30'), 'BC-2507-01', grams, r.magnets, 'BC-2507-01-S1', 'road trucks, consignee Ningbo Beilun'),
    ]);
    const lot = r.miner.lot('BC-2507-01-S1');
    w.record(r.magnets, at('2025-08-08', '10:00'), [
      s.receive(r.magnets, 'rcv-2507-bc', at('2025-07-13'), lot, grams),
      s.ship(r.magnets, 'shp-2507-bc', at('2025-07-16'), lot, grams, south.southSeparator),
    ]);
    w.record(south.southSeparator, at('2025-08-09', '10:00'), [s.receive(south.southSeparator, 'rcv-2507-bc', at('2025-07-20'), lot, grams)]);
    return { world: w, find: { lots: [lot], events: [r.magnets.event('shp-2507-bc'), r.magnets.event('rcv-2507-bc')] } };
  },
});
