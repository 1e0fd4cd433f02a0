import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { juneWorld, takenOverMianningMine } from '../../lib/round17.ts';

export default defineCase({
  id: 'H-licences-87',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A Mianning mine taken over by the group idles until the second quota batch allocates it 800 t REO, then mines 600 t REO in September',
  does: 'The south-western group takes over the Lizhuang bastnaesite mine in 2025; the mine holds a mining licence and is on the group\'s list, but gets no share of the group\'s first-batch quota and stays idle. In August the group allocates it 800 t REO out of its second batch. The mine books 1,200 t of concentrate (600 t REO) on 2025-09-03 and ships 1,000 t to the Baotou separator on 09-15 (received 09-18), reporting September on 10-09.',
  expect: 'Nothing: the mine works only once it holds an allocation, and inside it.',
  build() {
    const { ctx } = juneWorld();
    const { w, s, r } = ctx;
    const mn = takenOverMianningMine(ctx);
    w.quota({ id: 'RT-Q2025-MIN-SW17-B2', year: 2025, batch: 2, holder: mn.group.id, activity: 'mining', oreType: 'rock', tonnesReo: 6_000 });
    w.quota({ id: 'RT-Q2025-MIN-LZ-B2', year: 2025, batch: 2, holder: mn.miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 800, allocatedFrom: 'RT-Q2025-MIN-SW17-B2' });
    w.record(mn.miner, at('2025-10-09', '10:00'), [
      s.extract(mn.miner, 'ext-2509-01', at('2025-09-03'), mn.mine, { id: 'LZ-2509-01', product: 'concentrate-mianning', massGrams: tonnes(1_200) }),
      s.ship(mn.miner, 'shp-2509-01', at('2025-09-15'), 'LZ-2509-01', tonnes(1_000), r.separator, 'LZ-2509-01-S1', 'rail from Lugu station'),
    ]);
    w.record(r.separator, at('2025-10-09', '11:00'), [s.receive(r.separator, 'rcv-2509-lz', at('2025-09-18'), mn.miner.lot('LZ-2509-01-S1'), tonnes(1_000))]);
    return { world: w, find: {} };
  },
});
