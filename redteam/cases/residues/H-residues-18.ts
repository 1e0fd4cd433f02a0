// Figures as the baseline's (chain.ts): 0.45 t of thorium-bearing water-leach residue per t of feed.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { on, regionalRepository } from '../../lib/round28.ts';

export default defineCase({
  id: 'H-residues-18',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The licensed Baotou residue store, its cell full, passes 200 t of July\'s residue to the regional repository at Shiguai',
  does: 'The licensed Baotou residue store receives the separator\'s 450 t of July water-leach residue on 2025-07-25. Its open cell is nearly full and the next is not yet lined, so on the ecology bureau\'s instruction it places 250 t on 07-27 and on 07-28 transfers the other 200 t, in the same sealed trucks, to the Inner Mongolia radioactive waste repository at Shiguai, licensed for the same residues, which receives them on 07-29 and places them on 07-30. The store reports July on 08-07, the repository on 08-08.',
  expect: 'Nothing: residue passed between two licensed disposers, each licensed for it, and placed by both.',
  build() {
    const ctx = baselineWorld();
    const { w, s, r } = ctx;
    honestMonth(ctx, '2025-06');
    const july = honestMonth(ctx, '2025-07', { skip: ['disposal'] });
    const repo = regionalRepository(ctx);
    const grams = s.lot(july.residue).massGrams;
    w.record(r.separator, on('2025-08-06', '11:00'), [
      s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), 'SEP-2507-RES', grams, r.disposer, undefined, 'sealed residue trucks'),
    ]);
    const passed = tonnes(200);
    w.record(r.disposer, on('2025-08-07'), [
      s.receive(r.disposer, 'rcv-2507-res', at('2025-07-25'), july.residue, grams),
      s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-27'), july.residue, grams - passed, 'radioactive-waste-storage', r.disposalSite),
      s.ship(r.disposer, 'shp-2507-nm', at('2025-07-28'), july.residue, passed, repo.party, 'BD-2507-T1', 'transfer on the ecology bureau\'s instruction: cell 4 full'),
    ]);
    const lot = r.disposer.lot('BD-2507-T1');
    w.record(repo.party, on('2025-08-08'), [
      s.receive(repo.party, 'rcv-2507-bd', at('2025-07-29'), lot, passed),
      s.dispose(repo.party, 'dsp-2507-bd', at('2025-07-30'), lot, passed, 'radioactive-waste-storage', repo.site),
    ]);
    return { world: w, find: {} };
  },
});
