import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, reportTime } from '../../lib/chain.ts';
import { separateShipment } from '../../lib/round7.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-81',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'The Dongshan mine passes to a new group subsidiary on 1 July with a licence and a quota of its own; the old company ships its June stock',
  does: 'The Northern group moves the Dongshan mine into a new subsidiary from 2025-07-01. The old mining company\'s licence ends on 06-30; the new company gets a mining licence from 07-01, the mine is registered to it, and the group allocates it 6,000 t REO of the year\'s rock quota in a second batch. The old company, which keeps its June stock of 200 t of concentrate, sells it to the Baotou separator on 07-02 (received 07-03). The new company extracts 1,200 t on 07-03 and ships 1,000 t on 07-10. The separator separates both lots on 07-20 and sends its residue to the store. Everyone reports on time.',
  expect: 'Nothing: the June extraction was covered by the old licence, the July one by the new; a company may sell stock it mined under a licence that has since ended.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    w.amendLicence(r.miningLicence, { validTo: '2025-06-30' });
    const newco = w.party('miner-newco', { kind: 'enterprise', roles: ['miner'], nameZh: '北疆东山矿产资源有限公司', nameEn: 'Beijiang Dongshan Mineral Resources Co.', region: '150200', group: r.group.id });
    const licence = w.licence({ id: 'RT-MIN-DS-2025', party: newco.id, activity: 'mining', validFrom: '2025-07-01', validTo: '2028-06-30', capacityTonnesReo: 15_000, scope: { products: ['ore-bayan-obo', 'concentrate-bayan-obo'] } });
    const mine = w.facility({ id: 'mine-dongshan-newco', party: newco.id, kind: 'mine', nameZh: '白云鄂博东山矿', nameEn: 'Dongshan mine, Bayan Obo (new operator)', region: '150206', licence, listed: true });
    w.quota({ id: 'RT-Q2025-MIN-DS-B2', year: 2025, batch: 2, holder: newco.id, activity: 'mining', oreType: 'rock', tonnesReo: 6_000, allocatedFrom: 'RT-Q2025-MIN-GROUP' });
    w.quota({ id: 'RT-Q2026-MIN-DS', year: 2026, batch: 1, holder: newco.id, activity: 'mining', oreType: 'rock', tonnesReo: 12_000, allocatedFrom: 'RT-Q2026-MIN-GROUP' });
    honestMonth(ctx, '2025-06');
    const oldStock = tonnes(200);
    w.record(r.miner, reportTime('2025-07', 5), [
      s.ship(r.miner, 'shp-2507-old', at('2025-07-02', '14:30'), 'BC-2506-01', oldStock, r.separator, 'BC-2506-01-S2', 'remaining June stock, sold on transfer of the mine'),
    ]);
    const shipped = tonnes(1_000);
    w.record(newco, reportTime('2025-07', 5), [
      s.extract(newco, 'ext-2507-01', at('2025-07-03'), mine, { id: 'DS-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(newco, 'shp-2507-01', at('2025-07-10', '14:30'), 'DS-2507-01', shipped, r.separator, 'DS-2507-01-S1', 'rail wagons 4471–4490'),
    ]);
    const oldLot = r.miner.lot('BC-2506-01-S2');
    w.record(r.separator, at('2025-08-06', '09:00'), [s.receive(r.separator, 'rcv-2507-old', at('2025-07-03', '09:00'), oldLot, oldStock)]);
    separateShipment(ctx, '2025-07', oldLot, oldStock, '2507o', { receive: false, processDay: 19 });
    separateShipment(ctx, '2025-07', newco.lot('DS-2507-01-S1'), shipped, '2507');
    return { world: w, find: {} };
  },
});
