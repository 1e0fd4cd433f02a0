// Helpers of the round-12 cases (ids 73–75): a recycler's month on collected grinding swarf
// (leached into NdPr oxide and a heavy oxide, its iron-rich leach residue sent to the licensed
// store), and a document of one party's events. Built only on the library's other modules; figures
// not in shared/DOMAIN.md are marked estimates.
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, tonnes } from './chem.ts';
import { receiveAndDispose } from './chain.ts';
import { separate, type SeparationPlan } from './refining.ts';
import type { Context } from './roster.ts';

/**
 * The Ganzhou recycler collects `swarfTonnes` of NdFeB grinding swarf from an outside magnet works
 * in `month` (on the 3rd), leaches it on the 12th at 95 % (DOMAIN.md: swarf recovery can reach
 * ~97 %) into NdPr oxide and a heavy oxide, and ships its leach residue (0.9 t per t of swarf, an
 * estimate: iron hydroxide cake) to the licensed store on the 24th. Reports on the 6th of the next month.
 */
export function recyclerMonth(ctx: Context, month: string, tag: string, swarfTonnes = 100): SeparationPlan {
  const { w, s, r } = ctx;
  const swarfId = `SWF-${tag}-01`;
  const swarfGrams = tonnes(swarfTonnes);
  const collect = s.collect(r.recycler, `col-${tag}-01`, at(`${month}-03`), { id: swarfId, product: 'scrap-ndfeb-swarf', massGrams: swarfGrams },
    { name: '东莞长安磁材有限公司 (Dongguan Chang\'an Magnetics Co.)' }, r.recyclingPlant);
  const plan = separate(s.lot(r.recycler.lot(swarfId)).composition, `REC-${tag}`, { recovery: 0.95, residue: { product: 'slag-recycling-residue', massGrams: Math.round(swarfGrams * 0.9) } });
  const residue = plan.residue!;
  const events: LedgerEvent[] = [
    collect,
    s.process(r.recycler, `rec-${tag}-01`, at(`${month}-12`), [{ lot: swarfId, massGrams: swarfGrams }], plan.outputs, { facility: r.recyclingPlant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction, oxalate precipitation and calcining' }),
    s.ship(r.recycler, `shp-${tag}-res`, at(`${month}-24`), residue.id, residue.massGrams, r.disposer, undefined, 'covered tipper trucks'),
  ];
  w.record(r.recycler, at(nextMonthDay(month, 6), '10:00'), events);
  receiveAndDispose(ctx, month, r.recycler.lot(residue.id), residue.massGrams, `${tag}-rec`);
  return plan;
}

function nextMonthDay(month: string, dayOfMonth: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${String(dayOfMonth).padStart(2, '0')}`;
}
