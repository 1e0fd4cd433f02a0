import { defineCase } from '../../lib/case.ts';
import { at, reo, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-licences-90',
  family: 'licences',
  violation: false,
  heldOut: true,
  title: 'Run-of-mine ore counted once: 10,000 t of ore beneficiated at the mine\'s own concentrator into concentrate and tailings',
  does: 'In July 2025 the Bayan Obo miner blasts 10,000 t of rare earth–iron ore (about 6 % REO, 600 t REO) and on 07-09 runs it through its concentrator, registered under its mining licence: 76 % of the rare earths go to 912 t of 50 % concentrate (the beneficiation floor is 75 %), the rest to 2,100 t of 6.8 % REO tailings; about 7,000 t of iron concentrate goes to the steelworks and carries no rare earths the books track. The tailings go to the licensed store on 07-24 for tailings storage. The year\'s extraction, counted as the ore\'s REO, stays far inside the 12,000 t quota. Everyone reports on time.',
  expect: 'Nothing: the ore is extracted under the licence and quota (its REO counted once, at extraction), beneficiated at the mine\'s licensed concentrator at a normal recovery, and its tailings stored under licence.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const plant = w.facility({ id: 'plant-dongshan-concentrator', party: r.miner.id, kind: 'plant', nameZh: '东山选矿厂', nameEn: 'Dongshan concentrator', region: '150206', licence: r.miningLicence });
    const ext = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, { id: 'ROM-2507-01', product: 'ore-bayan-obo', massGrams: tonnes(10_000) });
    const ore = s.lot(r.miner.lot('ROM-2507-01')).composition;
    const concComp = scale(ore, 0.76);
    const tailComp = subtract(ore, concComp);
    const concGrams = Math.round(reo(concComp) / 0.5);
    const tailGrams = Math.round(reo(tailComp) / 0.068);
    w.record(r.miner, at('2025-08-05', '10:00'), [
      ext,
      s.process(r.miner, 'ben-2507-01', at('2025-07-09'), [{ lot: 'ROM-2507-01', massGrams: tonnes(10_000) }], [
        { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: concGrams, composition: concComp },
        { id: 'TL-2507-01', product: 'tailings-bayan-obo', massGrams: tailGrams, composition: tailComp },
      ], { facility: plant, note: 'magnetic separation and flotation; about 7,000 t of iron concentrate to the steelworks (no rare earths booked)' }),
      s.ship(r.miner, 'shp-2507-tl', at('2025-07-24'), 'TL-2507-01', tailGrams, r.disposer, undefined, 'tailings slurry trucks'),
    ]);
    const tl = r.miner.lot('TL-2507-01');
    w.record(r.disposer, at('2025-08-07', '11:00'), [
      s.receive(r.disposer, 'rcv-2507-tl', at('2025-07-25'), tl, tailGrams),
      s.dispose(r.disposer, 'dsp-2507-tl', at('2025-07-27'), tl, tailGrams, 'tailings-storage', r.disposalSite),
    ]);
    return { world: w, find: {} };
  },
});
