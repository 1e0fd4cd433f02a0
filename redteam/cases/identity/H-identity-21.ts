import { defineCase } from '../../lib/case.ts';
import { at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-identity-21',
  family: 'identity',
  violation: false,
  heldOut: true,
  title: 'Stripped NiMH cells, a little richer than whole battery packs',
  does: 'The Ganzhou recycler collects 200 t of NiMH cells from a licensed hybrid-car dismantler, who has already removed the pack casings, wiring and cooling plates. Without them the cells are 10.75 % rare earths instead of a whole pack\'s 8.6 % (La 5 %, Ce 3.75 %, Pr 0.5 %, Nd 1.5 %: the AB5 mischmetal\'s own mix, lanthanum ahead of cerium). It leaches them in July, recovers the nickel and cobalt, separates the rare earths at 93 % and sends the leach residue to the licensed disposer.',
  expect: 'Nothing: battery scrap a quarter richer than typical because the inert parts are gone, with a battery\'s elements and mix; the recycler recovers less than it took in.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const massGrams = tonnes(200);
    const scrap = { id: 'BAT-2507-01', product: 'eol-nimh-battery', massGrams, composition: scale(typical('eol-nimh-battery', massGrams), 1.25) };
    const collect = s.collect(r.recycler, 'col-2507-bat', at('2025-07-04'), scrap, { name: '赣州市汽车拆解回收有限公司（已拆除外壳的电芯）', id: 'supplier-gz-elv-0057' }, r.recyclingPlant);
    const residueGrams = tonnes(90);
    const held = s.lot(r.recycler.lot(scrap.id)).composition;
    const plan = separate(held, 'RC-2507', { recovery: 0.93 });
    const residue = { id: 'RC-2507-RES', product: 'slag-recycling-residue', massGrams: residueGrams, composition: scale(held, 0.02) };
    plan.outputs.push(residue);
    w.record(r.recycler, at('2025-08-06', '10:00'), [
      collect,
      s.process(r.recycler, 'rec-2507-bat', at('2025-07-18'), [{ lot: scrap.id, massGrams }], plan.outputs, { facility: r.recyclingPlant, note: 'cells crushed, sulphuric leach, Ni/Co recovered, rare earths precipitated and separated' }),
      s.ship(r.recycler, 'shp-2507-res', at('2025-07-24'), residue.id, residueGrams, r.disposer),
    ]);
    receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residueGrams, '2507');
    return { world: w, find: {} };
  },
});
