import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, tonnes } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, reportTime } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { leftOver, residueMix } from '../../lib/round14.ts';
import { addSisterSeparator } from '../../lib/round8.ts';

export default defineCase({
  id: 'H-identity-77',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Mixed rare earth carbonate with Sichuan proportions, under the catalogue\'s one code for light mixed carbonate',
  does: 'The Baotou separator buys 500 t of Mianning bastnaesite concentrate (50 % REO) from a licensed Sichuan miner (shipped 2025-07-05, received 07-11). On 07-15 it roasts and leaches it only as far as mixed rare earth carbonate (45 % REO, 96 % recovery, the norm is > 92 %), sends the 225 t of leach residue to the licensed store on 07-24, and on 07-20 sells the carbonate to the group\'s Hi-Tech Zone separator (received 07-21), whose solvent-extraction line has room; that plant separates it on 07-28 at 97 %. The carbonate is booked as mixed-carbonate-light but carries the Sichuan ore\'s mix (more lanthanum, less neodymium than Bayan Obo\'s). Everyone reports on time.',
  expect: 'Nothing: a mixed carbonate\'s proportions are those of the ore it came from; "light mixed carbonate" covers Sichuan as well as Bayan Obo feed, and every step is licensed and in quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const { sister, sisterPlant } = addSisterSeparator(ctx);
    const miner = w.party('mianning-miner', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁县牦牛坪稀土矿业有限公司', nameEn: 'Mianning Maoniuping Rare Earth Mining Co.', region: '513433' });
    const licence = w.licence({ id: 'RT-MIN-MN-2024', party: miner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 3_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
    const mine = w.facility({ id: 'mine-maoniuping', party: miner.id, kind: 'mine', nameZh: '牦牛坪稀土矿', nameEn: 'Maoniuping rare earth mine', region: '513433', licence, listed: true });
    for (const year of [2024, 2025, 2026]) w.quota({ id: `RT-Q${year}-MIN-MN`, year, batch: 1, holder: miner.id, activity: 'mining', oreType: 'rock', tonnesReo: 2_000 });
    const shipped = tonnes(500);
    w.record(miner, reportTime('2025-07', 5), [
      s.extract(miner, 'ext-2507-01', at('2025-07-02'), mine, { id: 'MN-2507-01', product: 'concentrate-mianning', massGrams: tonnes(600) }),
      s.ship(miner, 'shp-2507-01', at('2025-07-05', '14:30'), 'MN-2507-01', shipped, r.separator, 'MN-2507-01-S1', 'rail, Xichang to Baotou'),
    ]);
    const feedLot = miner.lot('MN-2507-01-S1');
    const feed = s.share(feedLot, shipped);
    const carbonate = scale(feed, 0.96);
    const residueGrams = tonnes(225);
    const carbonateLot = { id: 'MC-2507-01', product: 'mixed-carbonate-light', massGrams: Math.ceil(reo(carbonate) / 0.45), composition: carbonate };
    w.record(r.separator, reportTime('2025-07', 6), [
      s.receive(r.separator, 'rcv-2507-mn', at('2025-07-11', '09:00'), feedLot, shipped),
      s.process(r.separator, 'crk-2507-mn', at('2025-07-15'), [{ lot: feedLot, massGrams: shipped }], [
        carbonateLot,
        { id: 'MC-2507-RES', product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residueMix('slag-water-leach-residue', residueGrams, leftOver(feed, carbonate)) },
      ], { facility: r.separationPlant, note: 'acid roasting, water leach, carbonate precipitation' }),
      s.ship(r.separator, 'shp-2507-mc', at('2025-07-20'), carbonateLot.id, carbonateLot.massGrams, sister, undefined, 'tonne bags'),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'MC-2507-RES', residueGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot('MC-2507-RES'), residueGrams, '2507mc');
    const mc = r.separator.lot(carbonateLot.id);
    const plan = separate(carbonate, 'GX-2507', { recovery: 0.97 });
    w.record(sister, reportTime('2025-07', 7), [
      s.receive(sister, 'rcv-2507-mc', at('2025-07-21'), mc, carbonateLot.massGrams),
      s.process(sister, 'sep-2507-mc', at('2025-07-28'), [{ lot: mc, massGrams: carbonateLot.massGrams }], plan.outputs, { facility: sisterPlant, note: 'dissolution in HCl, solvent extraction' }),
    ]);
    return { world: w, find: {} };
  },
});
