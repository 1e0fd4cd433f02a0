import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, honestMonth, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-30',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'A sister plant separates on a second-batch allocation the group made it',
  does: 'The Beijiang group\'s second separation company in Baotou, Hexi Rare Earth Separation, is licensed for separation (3,000 t REO a year) but had no allocation in the first 2025 batch. When the second batch is issued in June 2025, the group allocates Hexi 300 t REO of its separation quota, for rock ore, and reports the allocation. Hexi buys 500 t of Bayan Obo concentrate (250 t REO) from the group\'s miner in July, separates it on 07-20 at 95 % and sends its residue to the licensed disposer.',
  expect: 'Nothing: Hexi separates within an allocation of its own (250 t of 300 t REO), drawn from the group\'s quota, under its own licence and at its own licensed plant.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const hexi = w.party('hexi', { kind: 'enterprise', roles: ['separator'], nameZh: '包头河西稀土分离有限公司', nameEn: 'Baotou Hexi Rare Earth Separation Co.', region: '150200', group: r.group.id });
    const licence = w.licence({ id: 'RT-SEP-HX-2024', party: hexi.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
    const plant = w.facility({ id: 'plant-hexi-separation', party: hexi.id, kind: 'plant', nameZh: '河西分离厂', nameEn: 'Hexi separation plant', region: '150205', licence });
    w.quota({ id: 'RT-Q2025-SEP-HX-B2', year: 2025, batch: 2, holder: hexi.id, activity: 'separation', oreType: 'rock', tonnesReo: 300, allocatedFrom: 'RT-Q2025-SEP-GROUP' });
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507', minedTonnes: 600, shippedTonnes: 500, to: hexi });
    const plan = separate(s.lot(feed).composition, 'HX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(hexi, reportTime(month, 6), [
      s.receive(hexi, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(hexi, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: plant, note: 'acid roasting, water leach, solvent extraction; 2025 batch 2 allocation' }),
      s.ship(hexi, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, hexi.lot(residue.id), residue.massGrams, '2507hx');
    return { world: w, find: {} };
  },
});
