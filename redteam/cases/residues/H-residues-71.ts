import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { day, honestMonth, receiveAndDispose, reportTime } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-residues-71',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A 60 % REO concentrate from the mill\'s new cleaner circuit leaves a third less residue a tonne',
  does: 'In July 2025 the miner\'s mill starts its new cleaner flotation circuit and produces a high-grade concentrate, 60 % REO instead of 50 % (Bayan Obo concentrates of 60 % and more are made; the figure is an estimate). It extracts 800 t on 07-03 and ships 700 t to the separator on 07-10. Less gangue goes into the roaster, so the water leach leaves less cake: 224 t of thorium-bearing residue, 0.32 t a tonne of feed against the usual 0.45 (an estimate in proportion to the gangue). The separator recovers 95 % on 07-20 and sends the whole residue to the licensed store on 07-24. Everyone reports on time.',
  expect: 'Nothing: a richer feed carries less gangue and leaves less residue; all of it reaches the licensed store.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const month = '2025-07';
    const mined = tonnes(800);
    const shipped = tonnes(700);
    w.record(r.miner, reportTime(month, 5), [
      s.extract(r.miner, 'ext-2507-01', at(day(month, 3)), r.mine, { id: 'BC-2507-01', product: 'concentrate-bayan-obo', massGrams: mined, composition: scale(typical('concentrate-bayan-obo', mined), 1.2) }, 'cleaner circuit: 60.2 % REO'),
      s.ship(r.miner, 'shp-2507-01', at(day(month, 10), '14:30'), 'BC-2507-01', shipped, r.separator, 'BC-2507-01-S1', 'rail wagons 4471–4484'),
    ]);
    const feed = r.miner.lot('BC-2507-01-S1');
    const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: tonnes(224) } });
    const residue = plan.residue!;
    w.record(r.separator, reportTime(month, 6), [
      s.receive(r.separator, 'rcv-2507-01', at(day(month, 11), '09:00'), feed, shipped),
      s.process(r.separator, 'sep-2507-01', at(day(month, 20)), [{ lot: feed, massGrams: shipped }], plan.outputs, { facility: r.separationPlant, note: 'high-grade feed, 60 % REO' }),
      s.ship(r.separator, 'shp-2507-res', at(day(month, 24)), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, month, r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
