// Helpers of the round-17 cases (ids 86–88): the baseline June with its lot ids, a July sintering
// at the Ningbo magnet maker, a month of the Baotou separator written by hand (so that a case can
// shape its outputs), a Mianning mine taken over by the south-western group, and small outside
// parties. Built only on the library's other modules; figures not in shared/DOMAIN.md are marked
// estimates where they are made.
import type { Composition } from '../../src/domain/index.ts';
import type { LedgerEvent } from '../../src/ledger/index.ts';
import { at, oxideMass, pick, reo, scale, subtract, tonnes, totalGrams, typical } from './chem.ts';
import { honestMonth, mineAndShip, type HonestMonthLots } from './chain.ts';
import { sinter } from './magnets.ts';
import { separate, type SeparationPlan } from './refining.ts';
import { baselineWorld, YEARS, type Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party } from './world.ts';

/** The baseline world and its honest June 2025. */
export function juneWorld(): { ctx: Context; june: HonestMonthLots } {
  const ctx = baselineWorld();
  const june = honestMonth(ctx, '2025-06');
  return { ctx, june };
}

/** Local id of a qualified lot id. */
export function local(qualified: string): string {
  return qualified.split(':')[1]!;
}

/**
 * The Ningbo magnet maker sinters the 20 t of June NdPr metal it holds on `day` (2025-07-xx):
 * magnets and grinding swarf (magnets.ts: 78 % of the rare earths to magnets, 20 % to swarf at
 * 22 % RE). Returns the event (for the case to record) and the swarf's local id and mass.
 */
export function sinterJune(ctx: Context, june: HonestMonthLots, time: string, tag = '2507'): { event: LedgerEvent; swarf: string; swarfGrams: number; magnets: string; magnetsGrams: number } {
  const { s, r } = ctx;
  const metalGrams = tonnes(20);
  const { magnets, swarf } = sinter(s.share(june.metalShipment, metalGrams), tag);
  const event = s.process(r.magnets, `snt-${tag}-01`, time, [{ lot: june.metalShipment, massGrams: metalGrams }], [magnets, swarf],
    { facility: r.magnetPlant, note: 'strip casting, hydrogen decrepitation, jet milling, pressing and sintering; grinding swarf drummed for the recycler' });
  return { event, swarf: swarf.id, swarfGrams: swarf.massGrams, magnets: magnets.id, magnetsGrams: magnets.massGrams };
}

/** The Dongshan miner's month (extraction on the 3rd, 1,000 t shipped on the 10th, reported on the 5th of the next). */
export function minerMonth(ctx: Context, month: string, tag: string): { feed: string; feedGrams: number; feedComposition: Composition } {
  const { feed, shippedGrams } = mineAndShip(ctx, month, { tag });
  return { feed, feedGrams: shippedGrams, feedComposition: { ...ctx.s.lot(feed).composition } };
}

/** A separation plan of `feed` at `recovery` with the acid-roasting residue (0.45 t per t of feed, chain.ts's estimate). */
export function separationPlan(feed: Composition, feedGrams: number, prefix: string, recovery = 0.95): SeparationPlan {
  return separate(feed, prefix, { recovery, residue: { product: 'slag-water-leach-residue', massGrams: Math.round(feedGrams * 0.45) } });
}

/** A lot of `composition` at `reoFraction` REO (an oxide, a salt, a mixed compound). */
export function lotAtReo(id: string, product: string, composition: Composition, reoFraction: number): LotSpec {
  return { id, product, massGrams: Math.ceil(reo(composition) / reoFraction), composition };
}

/** A lot of `composition` at a rare earth metal share `reFraction` (alloys, scrap, phosphors). */
export function lotAtShare(id: string, product: string, composition: Composition, reFraction: number): LotSpec {
  return { id, product, massGrams: Math.ceil(totalGrams(composition) / reFraction), composition };
}

/**
 * The recycler's leach residue for `scrapGrams` of scrap: 0.7 t per t of scrap (an estimate: iron
 * hydroxide and gangue), the catalogue's typical mix capped by `left` (what the leach did not recover).
 */
export function recyclingResidue(id: string, scrapGrams: number, left: Composition): LotSpec {
  const massGrams = Math.round(scrapGrams * 0.7);
  const wanted = typical('slag-recycling-residue', massGrams);
  const composition: Composition = {};
  for (const [symbol, grams] of Object.entries(wanted) as [keyof Composition, number][]) {
    const capped = Math.min(grams, left[symbol] ?? 0);
    if (capped > 0) composition[symbol] = capped;
  }
  for (const [symbol, grams] of Object.entries(left) as [keyof Composition, number][]) {
    if (composition[symbol] === undefined && grams > 0) composition[symbol] = Math.floor(grams / 2);
  }
  return { id, product: 'slag-recycling-residue', massGrams, composition };
}

/**
 * A recycler's leach of `scrapGrams` of scrap holding `held`: each element recovered at `recovery`,
 * Pr and Nd as NdPr oxide, Tb and Dy (if any) as heavy enriched oxide, Sm (if any) as samarium
 * oxide, La and Ce (if any) as their oxides, and the leach residue (recyclingResidue).
 */
export function recycleOutputs(held: Composition, scrapGrams: number, prefix: string, recovery = 0.96): { outputs: LotSpec[]; residue: LotSpec } {
  const recovered = scale(held, recovery);
  const outputs: LotSpec[] = [];
  const lines: [string, string, (keyof Composition)[], number][] = [
    ['NDPR', 'oxide-ndpr', ['Pr', 'Nd'], 0.99], ['HRE', 'mixed-oxide-heavy', ['Tb', 'Dy'], 0.95], ['SM', 'oxide-sm', ['Sm'], 0.99],
    ['LA', 'oxide-la', ['La'], 0.99], ['CE', 'oxide-ce', ['Ce'], 0.99],
  ];
  for (const [suffix, product, symbols, purity] of lines) {
    const composition = pick(recovered, symbols);
    if (Object.keys(composition).length > 0) outputs.push({ id: `${prefix}-${suffix}`, product, massGrams: oxideMass(composition, purity), composition });
  }
  const residue = recyclingResidue(`${prefix}-RES`, scrapGrams, subtract(held, recovered));
  outputs.push(residue);
  return { outputs, residue };
}

/** The licensed Baotou store receives a non-radioactive recycling residue and landfills it. */
export function storeLandfills(ctx: Context, residue: string, grams: number, tag: string, receivedAt: string, placedAt: string, recordedAt: string): void {
  const { w, s, r } = ctx;
  w.record(r.disposer, recordedAt, [
    s.receive(r.disposer, `rcv-${tag}-rres`, receivedAt, residue, grams),
    s.dispose(r.disposer, `dsp-${tag}-rres`, placedAt, residue, grams, 'landfill', r.disposalSite),
  ]);
}

/**
 * A Mianning bastnaesite miner the south-western group took over in 2025: licensed for ore and
 * concentrate, its mine on the group's published list; the group holds a 20,000 t REO rock quota a
 * year (fictional) but, unless `allocate` says so, has allocated the new member none of it.
 */
export function takenOverMianningMine({ w }: Context): { group: Party; miner: Party; mine: string; licence: string; groupQuota(year: number): string } {
  const group = w.party('sw-group-17', { kind: 'group', nameZh: '西南稀土集团（红队）', nameEn: 'South-West Rare Earth Group (red team)', region: '510000' });
  const miner = w.party('mianning-17', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁县里庄稀土矿业有限公司', nameEn: 'Mianning Lizhuang Rare Earth Mining Co.', region: '513433', group: group.id });
  const licence = w.licence({ id: 'RT-MIN-LZ-2025', party: miner.id, activity: 'mining', validFrom: '2025-01-01', validTo: '2027-12-31', capacityTonnesReo: 3_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
  const mine = w.facility({ id: 'mine-lizhuang', party: miner.id, kind: 'mine', nameZh: '里庄稀土矿', nameEn: 'Lizhuang bastnaesite mine', region: '513433', licence, listed: true });
  for (const year of YEARS) w.quota({ id: `RT-Q${year}-MIN-SW17`, year, batch: 1, holder: group.id, activity: 'mining', oreType: 'rock', tonnesReo: 20_000 });
  return { group, miner, mine, licence, groupQuota: (year) => `RT-Q${year}-MIN-SW17` };
}

/** A Xiamen red-phosphor works (Y2O3:Eu for lamps and displays), registered as a phosphor maker. */
export function addPhosphorWorks({ w }: Context): { works: Party; plant: string } {
  const works = w.party('xiamen-phosphor', { kind: 'enterprise', roles: ['phosphor-maker', 'importer'], nameZh: '厦门海沧稀土发光材料有限公司', nameEn: 'Xiamen Haicang Rare Earth Luminescent Materials Co.', region: '350200' });
  const plant = w.facility({ id: 'plant-haicang-phosphor', party: works.id, kind: 'plant', nameZh: '海沧荧光粉厂', nameEn: 'Haicang phosphor plant', region: '350200' });
  return { works, plant };
}

export { at, tonnes };
