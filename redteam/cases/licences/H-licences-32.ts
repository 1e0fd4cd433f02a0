import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime, residueGramsFor } from '../../lib/chain.ts';
import { addIonicChain } from '../../lib/ionic.ts';
import { separate } from '../../lib/refining.ts';
import { YEARS, baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-32',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Sichuan bastnaesite from another group separated in Baotou under the rock-ore allocation',
  does: 'A Mianning (Sichuan) bastnaesite miner of the Nanling group, licensed for bastnaesite ore and concentrate and holding a rock-ore mining allocation, extracts 600 t of concentrate (50 % REO) in July 2025 and sells 500 t (250 t REO) across groups to the Baotou separator, whose 10,000 t REO allocation is for rock ore. The separator separates it on 07-20 at 95 %, counts its 250 t REO against that allocation, and sends the residue to the licensed disposer.',
  expect: 'Nothing: bastnaesite is rock ore, like Bayan Obo\'s, so a rock-ore separation allocation covers it whichever group mined it; the miner mined within its own licence and quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    const south = addIonicChain(ctx);
    const mianning = w.party('mianning-miner', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁牦牛坪稀土矿业有限公司', nameEn: 'Mianning Maoniuping Rare Earth Mining Co.', region: '513433', group: south.crg.id });
    const licence = w.licence({ id: 'RT-MIN-MN-2024', party: mianning.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 8_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
    const mine = w.facility({ id: 'mine-maoniuping', party: mianning.id, kind: 'mine', nameZh: '牦牛坪稀土矿', nameEn: 'Maoniuping rare earth mine', region: '513433', licence, listed: true });
    for (const year of YEARS) {
      const groupRock = w.quota({ id: `RT-Q${year}-MIN-CRG-ROCK`, year, batch: 1, holder: south.crg.id, activity: 'mining', oreType: 'rock', tonnesReo: 30_280 });
      w.quota({ id: `RT-Q${year}-MIN-MN`, year, batch: 1, holder: mianning.id, activity: 'mining', oreType: 'rock', tonnesReo: 6_000, allocatedFrom: groupRock });
    }
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const shipped = tonnes(500);
    w.record(mianning, reportTime(month, 5), [
      s.extract(mianning, 'ext-2507-01', at(day(month, 3)), mine, { id: 'MN-2507-01', product: 'concentrate-mianning', massGrams: tonnes(600) }),
      s.ship(mianning, 'shp-2507-01', at(day(month, 8), '14:30'), 'MN-2507-01', shipped, r.separator, 'MN-2507-01-S1', 'rail, Xichang to Baotou'),
    ]);
    const feed = mianning.lot('MN-2507-01-S1');
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(shipped) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 12), '09:00'), feed, shipped),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shipped }], plan.outputs, { facility: r.separationPlant, note: 'Sichuan bastnaesite campaign: acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
