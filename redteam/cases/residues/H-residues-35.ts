// Estimates (not in shared/DOMAIN.md): residue 0.45 t a tonne of concentrate (chain.ts); an interim
// hall at a licensed store where received residue waits, sealed, for a new cell.
import { defineCase } from '../../lib/case.ts';
import { at, scale, subtract, tonnes } from '../../lib/chem.ts';
import { honestMonth } from '../../lib/chain.ts';
import { baselineWorld } from '../../lib/roster.ts';
import { lightCuts, on, roastResidue, sichuan } from '../../lib/round23.ts';

export default defineCase({
  id: 'H-residues-35',
  family: 'residues',
  violation: false,
  heldOut: true,
  title: 'The Leshan store keeps a residue lot nine months in its licensed interim hall until its new cell is commissioned',
  does: 'The Leshan separator roasts and separates 800 t of Dalucao bastnaesite concentrate on 2025-07-18 and sends its 360 t of roasting residue to the licensed Leshan store on 07-24, received on 07-25. The store\'s operating cells are full and its cell 3, built in 2025, awaits the ecology department\'s acceptance; the residue waits, sealed in its bags, in the store\'s interim hall, which its licence covers. Cell 3 is accepted in April 2026 and the lot is placed on 2026-04-20. The store reports each month by the 7th, the placement with April on 2026-05-07.',
  expect: 'Nothing: the residue left the separator within a week and was in the custody of a licensed store throughout; when that store places it is its own operational matter.',
  build() {
    const ctx = baselineWorld();
    const { w, s } = ctx;
    honestMonth(ctx, '2025-06');
    const sc = sichuan(ctx);
    const shipped = tonnes(800);
    w.record(sc.miner, on('2025-08-05'), [
      s.extract(sc.miner, 'ext-2507-01', at('2025-07-03'), sc.mine, { id: 'DLC-2507-01', product: 'concentrate-mianning', massGrams: tonnes(1_000) }),
      s.ship(sc.miner, 'shp-2507-01', at('2025-07-08'), 'DLC-2507-01', shipped, sc.separator, 'DLC-2507-01-S1', 'trucks Dechang–Leshan'),
    ]);
    const feed = sc.miner.lot('DLC-2507-01-S1');
    const held = s.lot(feed).composition;
    const plan = lightCuts(held, 'LS-2507', 0.95);
    const residue = roastResidue('LS-2507-RES', shipped, subtract(held, scale(held, 0.95)));
    w.record(sc.separator, on('2025-08-06'), [
      s.receive(sc.separator, 'rcv-2507-01', at('2025-07-10', '09:00'), feed, shipped),
      s.process(sc.separator, 'sep-2507-01', at('2025-07-18'), [{ lot: feed, massGrams: shipped }], [...plan.outputs, residue], { facility: sc.plant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction' }),
      s.ship(sc.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, sc.store, undefined, 'sealed residue trucks'),
    ]);
    w.record(sc.store, on('2025-08-07'), [
      s.receive(sc.store, 'rcv-2507-res', at('2025-07-25'), sc.separator.lot(residue.id), residue.massGrams, 'into the interim hall, bags sealed, pending cell 3'),
    ]);
    w.record(sc.store, on('2026-05-07'), [
      s.dispose(sc.store, 'dsp-2604-res', at('2026-04-20'), sc.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', sc.storeSite),
    ]);
    return { world: w, find: {} };
  },
});
