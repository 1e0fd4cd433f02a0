import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-time-66',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'A separation plant designated in mid-July: licence from 07-15, first feed on 07-17, first report on 6 August',
  does: 'A new Baotou separation company of the Northern group, built in 2024–2025, is designated by MIIT with a separation licence valid from 2025-07-15 (2,500 t REO a year) and given a 2025 allocation of 1,200 t REO from the group\'s quota. The Bayan Obo miner mines 1,200 t of concentrate on 07-03 and ships 800 t to it on 07-16 (received 07-17); the plant separates it on 07-22 at 95 % and sends its residue to the licensed store on 07-24. The miner and the plant report July by 6 August: the plant\'s first report covers a half month.',
  expect: 'Nothing: every event of the new plant falls inside its licence\'s dates, the concentrate it received was mined inside the miner\'s licence, and the half month is reported on time.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const plant = w.party('new-separator', { kind: 'enterprise', roles: ['separator'], nameZh: '包头北疆新材料分离有限公司', nameEn: 'Baotou Beijiang New Materials Separation Co.', region: '150200', group: r.group.id });
    const licence = w.licence({ id: 'RT-SEP-XC-2025', party: plant.id, activity: 'separation', validFrom: '2025-07-15', validTo: '2028-07-14', capacityTonnesReo: 2_500 });
    const facility = w.facility({ id: 'plant-xincai-separation', party: plant.id, kind: 'plant', nameZh: '新材料分离厂', nameEn: 'New Materials separation plant', region: '150200', licence });
    w.quota({ id: 'RT-Q2025-SEP-XC', year: 2025, batch: 1, holder: plant.id, activity: 'separation', oreType: 'rock', tonnesReo: 1_200, allocatedFrom: 'RT-Q2025-SEP-GROUP' });
    const grams = tonnes(800);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-01', at('2025-07-03'), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: tonnes(1_200) }),
      s.ship(r.miner, 'shp-2507-01', at('2025-07-16', '14:30'), 'BC-2507-01', grams, plant, 'BC-2507-01-S1', 'rail wagons 5101–5116'),
    ]);
    const feed = r.miner.lot('BC-2507-01-S1');
    const plan = separate(s.share(feed, grams), 'XC-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
    const residue = plan.residue!;
    w.record(plant, at('2025-08-06', '10:00'), [
      s.receive(plant, 'rcv-2507-01', at('2025-07-17', '09:00'), feed, grams),
      s.process(plant, 'sep-2507-01', at('2025-07-22'), [{ lot: feed, massGrams: grams }], plan.outputs, { facility, note: 'first campaign: acid roasting, water leach, solvent extraction' }),
      s.ship(plant, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', plant.lot(residue.id), residue.massGrams, '2507-xc');
    return { world: w, find: {} };
  },
});
