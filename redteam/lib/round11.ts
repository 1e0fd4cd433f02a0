// Helpers of the round-11 cases (ids 63–65): compositions copied or scaled up (off-book material
// added), and the Ganzhou recycler's July 2025 magnet-recycling month. Built on the library's other modules only.
import type { Composition } from '../../src/domain/index.ts';
import type { Context } from './roster.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { addLandfill } from './round10.ts';
import { at, oxideMass, pick, subtract, tonnes } from './chem.ts';
import { scale } from './chem.ts';

/** A fresh copy of a composition (so that a later Scribe.adjust does not write into it). */
export function copyOf(composition: Composition): Composition {
  return { ...composition };
}

/** `composition` times `factor` (> 1 adds off-book grams, rounded down). */
export function inflate(composition: Composition, factor: number): Composition {
  return scale(composition, factor);
}


/**
 * The Ganzhou recycler's July 2025 intake: 100 t of end-of-life NdFeB magnets collected on 07-02
 * from a dismantler, leached on 07-10 into NdPr, dysprosium and terbium oxides (97 % recovery, an estimate), the rest in the residue and a
 * leach residue shipped on 07-14 to the licensed industrial landfill (received and landfilled
 * 07-16, 07-17). Returns the recycler's events (to record with the case's own) and the oxide lot.
 */
export function recycleMagnets(ctx: Context): { events: LedgerEvent[]; oxide: string; oxideGrams: number } {
  const { w, s, r } = ctx;
  const { landfill, landfillSite } = addLandfill(ctx);
  const intake = s.collect(r.recycler, 'col-2507-01', at('2025-07-02'), { id: 'EOL-2507-01', product: 'eol-ndfeb-magnets', massGrams: tonnes(100) }, { name: '赣州南康报废电机拆解厂 (Nankang motor dismantler)' }, r.recyclingPlant);
  const feed = s.lot(r.recycler.lot('EOL-2507-01')).composition;
  const recovered = scale97(feed);
  const oxide = pick(recovered, ['Pr', 'Nd']);
  const dy = pick(recovered, ['Dy']);
  const tb = pick(recovered, ['Tb']);
  const oxideGrams = oxideMass(oxide);
  const resGrams = tonnes(70);
  const leach = s.process(r.recycler, 'lch-2507-01', at('2025-07-10'), [{ lot: 'EOL-2507-01', massGrams: tonnes(100) }], [
    { id: 'ROX-2507-01', product: 'oxide-ndpr', massGrams: oxideGrams, composition: oxide },
    { id: 'ROX-2507-DY', product: 'oxide-dy', massGrams: oxideMass(dy), composition: dy },
    { id: 'ROX-2507-TB', product: 'oxide-tb', massGrams: oxideMass(tb), composition: tb },
    { id: 'RRES-2507-01', product: 'slag-recycling-residue', massGrams: resGrams, composition: subtract(feed, recovered) },
  ], { facility: r.recyclingPlant, note: 'demagnetising, crushing, HCl leach, solvent extraction, oxalate, calcination' });
  const ship = s.ship(r.recycler, 'shp-2507-res', at('2025-07-14'), 'RRES-2507-01', resGrams, landfill, undefined, 'covered trucks');
  w.record(landfill, at('2025-08-07', '10:00'), [
    s.receive(landfill, 'rcv-2507-res', at('2025-07-16'), r.recycler.lot('RRES-2507-01'), resGrams),
    s.dispose(landfill, 'dsp-2507-res', at('2025-07-17'), r.recycler.lot('RRES-2507-01'), resGrams, 'landfill', landfillSite),
  ]);
  return { events: [intake, leach, ship], oxide: 'ROX-2507-01', oxideGrams };
}

function scale97(c: Parameters<typeof scale>[0]) {
  return scale(c, 0.97);
}
