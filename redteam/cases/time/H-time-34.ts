// Estimates (not in shared/DOMAIN.md): monazite at 60 % REO (the catalogue's); cracking at 96 % with
// 0.3 t of residue a tonne (round 20). The licences are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { crackMonazite23, leshanNarrowed, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-time-34',
  family: 'time',
  violation: false,
  heldOut: true,
  title: 'The last monazite cargo cracked at 20:00 on 31 August, the old licence\'s last day, its residue shipped and the month reported after the renewed licence dropped monazite',
  does: 'The Leshan separator\'s licence covered Sichuan bastnaesite and imported monazite until 2025-08-31; renewed from 09-01, it covers bastnaesite only, because the separator\'s permit for monazite residue was not renewed. Its last cargo of Madagascar monazite, 150 t, clears customs on 08-20; the plant cracks it in a campaign finished at 20:00 on 08-31. The crack residue leaves for the licensed Leshan store on 09-04 (received 09-05, placed 09-07). The separator reports August on 09-05 and September on 10-06, both after the renewal.',
  expect: 'Nothing: the cracking was done while the licence in force covered monazite; shipping the residue afterwards and reporting under the renewed licence change nothing.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sc = leshanNarrowed(ctx);
    const grams = tonnes(150);
    const lot = { id: 'MG-2508-MZ', product: 'concentrate-monazite', massGrams: grams };
    const importEvent = s.import(sc.separator, 'imp-2508-01', at('2025-08-20', '10:00'), lot, 'MG', '790120250800011032');
    const crack = crackMonazite23(s.lot(sc.separator.lot(lot.id)).composition, grams, 'LS-2508M');
    w.record(sc.separator, on('2025-09-05'), [
      importEvent,
      s.process(sc.separator, 'sep-2508-mz', at('2025-08-31', '20:00'), [{ lot: lot.id, massGrams: grams }], crack.outputs, { facility: sc.plant, note: 'last monazite campaign under licence RT23-SEP-LS: caustic soda crack, solvent extraction' }),
    ]);
    w.record(sc.separator, on('2025-10-06'), [
      s.ship(sc.separator, 'shp-2509-res', at('2025-09-04'), crack.residue.id, crack.residue.massGrams, sc.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(sc.store, on('2025-10-07'), [
      s.receive(sc.store, 'rcv-2509-res', at('2025-09-05'), sc.separator.lot(crack.residue.id), crack.residue.massGrams),
      s.dispose(sc.store, 'dsp-2509-res', at('2025-09-07'), sc.separator.lot(crack.residue.id), crack.residue.massGrams, 'radioactive-waste-storage', sc.storeSite),
    ]);
    return { world: w, find: {} };
  },
});
