import { defineCase } from '../../lib/case.ts';
import { add, at, scale, tonnes, typical } from '../../lib/chem.ts';
import { honestMonth, receiveAndDispose, residueGramsFor } from '../../lib/chain.ts';
import { separate } from '../../lib/refining.ts';
import { baselineWorld } from '../../lib/roster.ts';

export default defineCase({
  id: 'H-conservation-51',
  family: 'conservation',
  violation: false,
  heldOut: true,
  title: 'Two concentrate stockpiles of 55 % and 43 % REO bed-blended to the 50 % contract grade',
  does: 'The Dongshan miner\'s flotation circuit runs rich on the east-bench ore and lean on the west. On 2025-07-03 it stockpiles 400 t of concentrate at 55 % REO and on 07-04 300 t at 43.3 % REO, each with its own assay. The separator\'s contract is priced at 50 % REO with an adjustment per point, so on 07-08 the miner bed-blends the two piles with the loader into one 700 t lot at 50 % REO, the blend\'s composition being the two assays added element by element. It rails the 700 t to the separator on 07-10; the separator receives them on 07-11 and separates them on 07-20 at 95 %, sending the 315 t of water-leach residue to the licensed store on 07-24. Everyone reports July on time.',
  expect: 'Nothing: the blend holds exactly what the two piles held, element by element; neither pile\'s grade is outside the range of real Bayan Obo concentrate, and the lot reaches the licensed separator within its quota.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const richGrams = tonnes(400);
    const leanGrams = tonnes(300);
    const rich = { id: 'BC-2507-E', product: 'concentrate-bayan-obo', massGrams: richGrams, composition: scale(typical('concentrate-bayan-obo', richGrams), 1.1) };
    const lean = { id: 'BC-2507-W', product: 'concentrate-bayan-obo', massGrams: leanGrams, composition: scale(typical('concentrate-bayan-obo', leanGrams), 0.866) };
    const blendGrams = richGrams + leanGrams;
    const blend = { id: 'BC-2507-BL', product: 'concentrate-bayan-obo', massGrams: blendGrams, composition: add(rich.composition, lean.composition) };
    w.record(r.miner, at('2025-08-05', '10:00'), [
      s.extract(r.miner, 'ext-2507-e', at('2025-07-03'), r.mine, rich, 'east bench, assay 55.0 % REO'),
      s.extract(r.miner, 'ext-2507-w', at('2025-07-04'), r.mine, lean, 'west bench, assay 43.3 % REO'),
      s.process(r.miner, 'bld-2507-01', at('2025-07-08'), [{ lot: rich.id, massGrams: richGrams }, { lot: lean.id, massGrams: leanGrams }], [blend], { facility: r.mine, note: 'bed blending with the loader to the 50 % contract grade' }),
      s.ship(r.miner, 'shp-2507-bl', at('2025-07-10', '14:30'), blend.id, blendGrams, r.separator, undefined, 'rail wagons 4501–4514'),
    ]);
    const feed = r.miner.lot(blend.id);
    const plan = separate(s.lot(feed).composition, 'SEP-2507-BL', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(blendGrams) } });
    const residue = plan.residue!;
    w.record(r.separator, at('2025-08-06', '10:00'), [
      s.receive(r.separator, 'rcv-2507-bl', at('2025-07-11', '09:00'), feed, blendGrams),
      s.process(r.separator, 'sep-2507-bl', at('2025-07-20'), [{ lot: feed, massGrams: blendGrams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
    return { world: w, find: {} };
  },
});
