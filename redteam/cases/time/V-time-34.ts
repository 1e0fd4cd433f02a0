// Estimates (not in shared/DOMAIN.md): monazite at 60 % REO (the catalogue's); cracking at 96 % with
// 0.3 t of residue a tonne (round 20). The licences are fictional.
import { defineCase } from '../../lib/case.ts';
import { at, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { crackMonazite23, leshanNarrowed, on } from '../../lib/round23.ts';

export default defineCase({
  id: 'V-time-34',
  family: 'time',
  violation: true,
  heldOut: true,
  title: 'A monazite cargo cleared on 3 September, cracked under a licence that from 1 September no longer covers monazite, and dated 29 August',
  does: 'The Leshan separator\'s licence covered Sichuan bastnaesite and imported monazite until 2025-08-31; renewed from 09-01, it covers bastnaesite only, because the separator\'s permit for monazite residue was not renewed. A 150 t cargo of Madagascar monazite it bought in June arrives late: it clears customs on 09-03. The separator cracks it on 09-09 all the same and, in an "August supplement" filed on 09-08, enters the import at its true clearance date and the cracking as done on 08-29, under the old licence. The crack residue goes to the licensed Leshan store on 09-12, entered with September.',
  expect: 'A separation dated before its own feed entered the country, backdated across the day the separator\'s licence stopped covering its feed: the separation, the monazite lot and the separator.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sc = leshanNarrowed(ctx);
    const grams = tonnes(150);
    const lot = { id: 'MG-2509-MZ', product: 'concentrate-monazite', massGrams: grams };
    const importEvent = s.import(sc.separator, 'imp-2509-01', at('2025-09-03', '10:00'), lot, 'MG', '790120250900004418');
    const crack = crackMonazite23(s.lot(sc.separator.lot(lot.id)).composition, grams, 'LS-2509M');
    w.record(sc.separator, on('2025-09-08', '16:00'), [
      importEvent,
      s.process(sc.separator, 'sep-2508-mz', at('2025-08-29'), [{ lot: lot.id, massGrams: grams }], crack.outputs, { facility: sc.plant, note: 'August campaign: caustic soda crack of monazite, solvent extraction' }),
    ]);
    w.record(sc.separator, on('2025-10-06'), [
      s.ship(sc.separator, 'shp-2509-res', at('2025-09-12'), crack.residue.id, crack.residue.massGrams, sc.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(sc.store, on('2025-10-07'), [
      s.receive(sc.store, 'rcv-2509-res', at('2025-09-13'), sc.separator.lot(crack.residue.id), crack.residue.massGrams),
      s.dispose(sc.store, 'dsp-2509-res', at('2025-09-15'), sc.separator.lot(crack.residue.id), crack.residue.massGrams, 'radioactive-waste-storage', sc.storeSite),
    ]);
    return {
      world: w,
      find: { parties: [sc.separator.id], events: [sc.separator.event('sep-2508-mz')], lots: [sc.separator.lot(lot.id)] },
    };
  },
});
