import { defineCase } from '../../lib/case.ts';
import { at } from '../../lib/chem.ts';
import { day, mineAndShip, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { honestMonth } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'V-licences-31',
  family: 'licences',
  violation: true,
  heldOut: true,
  title: 'A sister plant separates on its group\'s unused allocation',
  does: 'The Beijiang group has a second separation company in Baotou, Hexi Rare Earth Separation, licensed for separation (3,000 t REO a year) but given no 2025 allocation: the group\'s separation quota went to the Jiuyuan plant, which has most of its 10,000 t REO still unused. In July 2025 the group\'s production office tells Hexi by internal notice to "use the group\'s unused quota", without any allocation to Hexi being made or reported. Hexi buys 500 t of Bayan Obo concentrate (250 t REO) from the group\'s miner, separates it on 07-20 at 95 % and sends its residue to the licensed disposer.',
  expect: 'Separation by an enterprise that holds no separation quota: a group\'s quota is allocated to named members, and another member\'s spare allocation is not its own; the separation event and Hexi.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const hexi = w.party('hexi', { kind: 'enterprise', roles: ['separator'], nameZh: '包头河西稀土分离有限公司', nameEn: 'Baotou Hexi Rare Earth Separation Co.', region: '150200', group: r.group.id });
    const licence = w.licence({ id: 'RT-SEP-HX-2024', party: hexi.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000 });
    const plant = w.facility({ id: 'plant-hexi-separation', party: hexi.id, kind: 'plant', nameZh: '河西分离厂', nameEn: 'Hexi separation plant', region: '150205', licence });
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const { feed, shippedGrams } = mineAndShip(ctx, month, { tag: '2507', minedTonnes: 600, shippedTonnes: 500, to: hexi });
    const plan = separate(s.lot(feed).composition, 'HX-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shippedGrams) } });
    const residue = plan.residue!;
    w.record(hexi, reportTime(month, 6), [
      s.receive(hexi, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shippedGrams),
      s.process(hexi, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shippedGrams }], plan.outputs, { facility: plant, note: 'acid roasting, water leach, solvent extraction; group notice 2025-07 on the use of the group\'s quota' }),
      s.ship(hexi, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, hexi.lot(residue.id), residue.massGrams, '2507hx');
    return { world: w, find: { events: [hexi.event('sep-2507-01')], parties: [hexi.id] } };
  },
});
