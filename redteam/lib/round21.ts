// Helpers shared by the round-21 cases (ids 43, 44, 45): a recycler's leach of NdFeB scrap into
// NdPr oxide and heavy oxide at 95 % (DOMAIN.md: up to ~97 % from swarf), with its leach residue.
import type { LedgerEvent } from '../../src/ledger/index.ts';
import type { Composition, ElementSymbol } from '../../src/domain/index.ts';
import { add, at, oxideMass, pick, scale, subtract, typical } from './chem.ts';
import type { LotSpec } from './scribe.ts';
import { residueGramsFor } from './chain.ts';
import { separate, smelt, type SeparationPlan } from './refining.ts';
import type { Context } from './roster.ts';

/** Leach residue of recycling: 0.7 t per t of scrap (an estimate, as in H-identity-01; DOMAIN.md has none). */
export function recyclingResidueGrams(scrapGrams: number): number {
  return Math.round(scrapGrams * 0.7);
}

/** The recycler's process of a scrap lot it holds (qualified), its residue shipped to the licensed
 * disposer at `residueShipTime`. Returns the events and the residue's qualified id and mass. */
export function recycleScrap(
  { s, r }: Context, tag: string, scrap: string, grams: number, processTime: string, residueShipTime: string,
): { events: LedgerEvent[]; residue: string; residueGrams: number; ndpr: string } {
  const recovered = scale(s.share(scrap, grams), 0.95);
  const ndpr = pick(recovered, ['Pr', 'Nd']);
  const heavy = pick(recovered, ['Tb', 'Dy']);
  const residueGrams = recyclingResidueGrams(grams);
  const outputs = [{ id: `RO-${tag}-NDPR`, product: 'oxide-ndpr', massGrams: oxideMass(ndpr), composition: ndpr }];
  if (Object.keys(heavy).length > 0) outputs.push({ id: `RO-${tag}-HRE`, product: 'mixed-oxide-heavy', massGrams: oxideMass(heavy, 0.95), composition: heavy });
  outputs.push({ id: `RO-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: typical('slag-recycling-residue', residueGrams) });
  const events: LedgerEvent[] = [
    s.process(r.recycler, `rec-${tag}`, processTime, [{ lot: scrap, massGrams: grams }], outputs, { facility: r.recyclingPlant, note: 'hydrochloric leach, oxalate precipitation, calcining' }),
    s.ship(r.recycler, `shp-${tag}-res`, residueShipTime, `RO-${tag}-RES`, residueGrams, r.disposer, undefined, 'covered trucks'),
  ];
  return { events, residue: r.recycler.lot(`RO-${tag}-RES`), residueGrams, ndpr: r.recycler.lot(`RO-${tag}-NDPR`) };
}

/** The licensed disposer receives a recycling residue and landfills it at its licensed site. */
export function landfillResidue({ w, s, r }: Context, tag: string, residue: string, grams: number, receiveDay: string, disposeDay: string, reportAt: string): void {
  w.record(r.disposer, reportAt, [
    s.receive(r.disposer, `rcv-${tag}-rres`, at(receiveDay), residue, grams),
    s.dispose(r.disposer, `dsp-${tag}-rres`, at(disposeDay), residue, grams, 'landfill', r.disposalSite),
  ]);
}

/** A recycler's leach of a scrap lot into oxides by element group at `recovery`, the rest of the
 * rare earths in a leach residue of `residuePerTonne` t a tonne of scrap (an estimate). */
export function leachGroups(
  { s, r }: Context, tag: string, scrap: string, grams: number, time: string,
  groups: { suffix: string; product: string; elements: ElementSymbol[]; purity: number }[], residuePerTonne: number, recovery = 0.95,
): { event: LedgerEvent; residue: string; residueGrams: number; lots: Record<string, string> } {
  const input = s.share(scrap, grams);
  const recovered = scale(input, recovery);
  const outputs: LotSpec[] = [];
  for (const g of groups) {
    const c = pick(recovered, g.elements);
    if (Object.keys(c).length > 0) outputs.push({ id: `RO-${tag}-${g.suffix}`, product: g.product, massGrams: oxideMass(c, g.purity), composition: c });
  }
  const residueGrams = Math.round(grams * residuePerTonne);
  const taken = outputs.reduce<Composition>((acc, o) => add(acc, o.composition!), {});
  outputs.push({ id: `RO-${tag}-RES`, product: 'slag-recycling-residue', massGrams: residueGrams, composition: subtract(input, taken) });
  const event = s.process(r.recycler, `rec-${tag}`, time, [{ lot: scrap, massGrams: grams }], outputs, { facility: r.recyclingPlant, note: 'acid leach, solvent extraction, precipitation, calcining' });
  return { event, residue: r.recycler.lot(`RO-${tag}-RES`), residueGrams, lots: Object.fromEntries(outputs.map((o) => [o.product, r.recycler.lot(o.id)])) };
}

/** The separator's July 2025 campaign on 200 t of the miner's June concentrate left in the yard
 * (shipped 07-02, received 07-03, separated 07-05 at 95 %), with `prNdIntoCe` of the recovered
 * Pr and Nd written into the cerium oxide lot instead of the NdPr lot; residue shipped 07-20 to the
 * licensed store, which receives and places it. The events before the residue shipment are returned
 * for the case to record with what it adds. */
export function julyCampaign(ctx: Context, concentrate: string, prNdIntoCe: number, mutate?: (plan: SeparationPlan) => void): { events: LedgerEvent[]; ce: string; ceGrams: number; ndpr: string; lots: Record<string, string> } {
  const { w, s, r } = ctx;
  const grams = 200_000_000;
  w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-02'), concentrate, grams, r.separator, 'BC-2506-01-S2')]);
  const feed = r.miner.lot('BC-2506-01-S2');
  const plan = separate(s.lot(feed).composition, 'SEP-2507', { residue: { product: 'slag-water-leach-residue', massGrams: residueGramsFor(grams) } });
  const ndpr = plan.byProduct['oxide-ndpr']!;
  const ce = plan.byProduct['oxide-ce']!;
  const moved = scale(ndpr.composition!, prNdIntoCe);
  ndpr.composition = subtract(ndpr.composition!, moved);
  ndpr.massGrams = oxideMass(ndpr.composition);
  ce.composition = add(ce.composition!, moved);
  ce.massGrams = oxideMass(ce.composition);
  mutate?.(plan);
  const residue = plan.residue!;
  const events: LedgerEvent[] = [
    s.receive(r.separator, 'rcv-2507-01', at('2025-07-03'), feed, grams),
    s.process(r.separator, 'sep-2507-01', at('2025-07-05'), [{ lot: feed, massGrams: grams }], plan.outputs, { facility: r.separationPlant, note: 'acid roasting, water leach, solvent extraction' }),
    s.ship(r.separator, 'shp-2507-res', at('2025-07-20'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
  ];
  w.record(r.disposer, at('2025-08-07', '10:00'), [
    s.receive(r.disposer, 'rcv-2507-res', at('2025-07-21'), r.separator.lot(residue.id), residue.massGrams),
    s.dispose(r.disposer, 'dsp-2507-res', at('2025-07-22'), r.separator.lot(residue.id), residue.massGrams, 'radioactive-waste-storage', r.disposalSite),
  ]);
  return { events, ce: r.separator.lot(ce.id), ceGrams: ce.massGrams, ndpr: r.separator.lot(ndpr.id), lots: Object.fromEntries(plan.outputs.map((o) => [o.product, r.separator.lot(o.id)])) };
}

/** The Shanghai house imports `t` tonnes of Malaysian NdPr oxide on the 3rd of `month`, sells it to
 * the metal smelter (shipped the 5th, received the 7th), which reduces it on the 12th. */
export function importAndReduce(ctx: Context, month: string, tag: string, t: number): { metal: string } {
  const { w, s, r } = ctx;
  const grams = Math.round(t * 1_000_000);
  const id = `MY-${tag}`;
  w.record(r.exporter, at(`${nextMonthOf(month)}-05`, '10:00'), [
    s.import(r.exporter, `imp-${tag}`, at(`${month}-03`), { id, product: 'oxide-ndpr', massGrams: grams }, 'MY', `2202${tag}0041`),
    s.ship(r.exporter, `shp-${tag}`, at(`${month}-05`), id, grams, r.smelter),
  ]);
  const lot = r.exporter.lot(id);
  const metal = smelt(s.share(lot, grams), `MET-${tag}`, 'metal-ndpr');
  w.record(r.smelter, at(`${nextMonthOf(month)}-07`, '15:00'), [
    s.receive(r.smelter, `rcv-${tag}`, at(`${month}-07`), lot, grams),
    s.process(r.smelter, `met-${tag}`, at(`${month}-12`), [{ lot, massGrams: grams }], [metal], { facility: r.metalPlant, note: 'fluoride molten-salt electrolysis' }),
  ]);
  return { metal: r.smelter.lot(metal.id) };
}

function nextMonthOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
