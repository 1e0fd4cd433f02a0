// Estimates (not in shared/DOMAIN.md): monazite at 60 % REO (the catalogue's concentrate-monazite);
// caustic cracking leaves 0.3 t of residue a tonne (round 20's figure), holding half of what the
// 96 % recovery leaves, the other half going to effluent sludge.
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { guangxi, lightCuts, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-residues-34',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'A Chongzuo separator cracks 200 t of imported Malaysian monazite and sends its thorium-bearing residue to the licensed Hezhou store',
  does: 'The Chongzuo separator imports 200 t of monazite concentrate recovered from tin tailings in Perak, Malaysia, through Qinzhou on 2025-07-03 (60 % REO), and on 07-15 cracks it with caustic soda and separates it at 96 % into lanthanum, cerium and NdPr oxides, an Sm–Eu–Gd cut and a heavy cut, inside its allocation. The 60 t of thorium-bearing crack residue, with half of what the separation did not recover, go to the licensed Hezhou store on 07-20 (received 07-22, placed 07-24). Everyone reports July on the 6th and 7th of August.',
  expect: 'Nothing: residue made in China from imported ore is a Chinese separator\'s residue, placed in a store licensed for monazite residue within days.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const gx = guangxi(ctx);
    const grams = tonnes(200);
    const lot = { id: 'MY-2507-MZ', product: 'concentrate-monazite', massGrams: grams };
    const importEvent = s.import(gx.separator, 'imp-2507-01', at('2025-07-03', '11:00'), lot, 'MY', '721620250700018850');
    const held = s.lot(gx.separator.lot(lot.id)).composition;
    const plan = lightCuts(held, 'CZ-2507', 0.96);
    const residueGrams = tonnes(60);
    const residue = { id: 'CZ-2507-RES', product: 'slag-monazite-residue', massGrams: residueGrams, composition: scale(subtract(held, scale(held, 0.96)), 0.5) };
    w.record(gx.separator, on('2025-08-06'), [
      importEvent,
      s.process(gx.separator, 'sep-2507-01', at('2025-07-15'), [{ lot: lot.id, massGrams: grams }], [...plan.outputs, residue], { facility: gx.plant, note: 'caustic soda crack, hydrochloric acid leach, solvent extraction' }),
      s.ship(gx.separator, 'shp-2507-res', at('2025-07-20'), residue.id, residueGrams, gx.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(gx.store, on('2025-08-07'), [
      s.receive(gx.store, 'rcv-2507-res', at('2025-07-22'), gx.separator.lot(residue.id), residueGrams),
      s.dispose(gx.store, 'dsp-2507-res', at('2025-07-24'), gx.separator.lot(residue.id), residueGrams, 'radioactive-waste-storage', gx.storeSite),
    ]);
    return { world: w, find: {} };
  },
});
