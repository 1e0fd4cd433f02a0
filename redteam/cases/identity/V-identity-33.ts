// Estimates (not in shared/DOMAIN.md): monazite's REO distribution and 60 % REO grade as the catalogue
// gives them (concentrate-monazite); residue 0.45 t a tonne (chain.ts).
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { lightCuts, on, roastResidue, sichuan } from '../../lib/round23.ts';
import { fromAssay } from '../../lib/round8.ts';

/** Monazite's REO distribution, % of REO (the catalogue's estimate for concentrate-monazite). */
const MONAZITE = { La: 23.0, Ce: 46.0, Pr: 5.0, Nd: 18.0, Sm: 3.0, Eu: 0.1, Gd: 1.8, Tb: 0.3, Dy: 0.7, Er: 0.1, Y: 2.0 } as const;

export default defineCase({
  id: 'V-identity-33',
  family: 'identity',
  violation: true,
  heldOut: true,
  title: 'Madagascar monazite imported as "bastnaesite concentrate" by a Leshan separator licensed for bastnaesite only',
  does: 'The Leshan separator\'s licence covers Sichuan bastnaesite ore and concentrate. A Madagascar trader offers it 300 t of beach-sand monazite concentrate cheaply. Monazite is a thorium phosphate: importing it needs a radiation-safety approval, and its cracking residue a store licensed for it. The separator declares the cargo, and enters it on 2025-08-04, as bastnaesite concentrate of Malagasy origin, with the laboratory\'s true assay: 60 % REO, 18 % of it Nd2O3, 3 % Sm2O3, 2 % Y2O3. On 08-15 it roasts and separates the lot like its Dechang feed, at 95 %, and books its residue as the ordinary acid-roasting residue, which goes to the Leshan store on 08-24. August is reported on 09-05.',
  expect: 'A "bastnaesite concentrate" whose grade and element distribution are monazite\'s, from a country that ships monazite: the import, the imported lot, its separation and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sc = sichuan(ctx, { separationScope: ['ore-mianning-bastnaesite', 'concentrate-mianning'] });
    const grams = tonnes(300);
    const lot = { id: 'MG-2508-01', product: 'concentrate-mianning', massGrams: grams, composition: fromAssay(grams, 0.6, MONAZITE) };
    const importEvent = s.import(sc.separator, 'imp-2508-01', at('2025-08-04', '11:00'), lot, 'MG', '790120250800012290');
    const held = s.lot(sc.separator.lot(lot.id)).composition;
    const plan = lightCuts(held, 'LS-2508', 0.95);
    const residue = roastResidue('LS-2508-RES', grams, subtract(held, scale(held, 0.95)));
    w.record(sc.separator, on('2025-09-05'), [
      importEvent,
      s.process(sc.separator, 'sep-2508-01', at('2025-08-15'), [{ lot: lot.id, massGrams: grams }], [...plan.outputs, residue], {
        facility: sc.plant, note: 'imported bastnaesite concentrate; sulphuric acid roast, water leach, solvent extraction',
      }),
      s.ship(sc.separator, 'shp-2508-res', at('2025-08-24'), residue.id, residue.massGrams, sc.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(sc.store, on('2025-09-07'), [
      s.receive(sc.store, 'rcv-2508-res', at('2025-08-25'), sc.separator.lot(residue.id), residue.massGrams),
      s.dispose(sc.store, 'dsp-2508-res', at('2025-08-27'), sc.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', sc.storeSite),
    ]);
    return {
      world: w,
      find: {
        parties: [sc.separator.id],
        events: [sc.separator.event('imp-2508-01'), sc.separator.event('sep-2508-01')],
        lots: [sc.separator.lot(lot.id)],
      },
    };
  },
});
