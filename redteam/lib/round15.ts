// Helpers of the round-15 cases (ids 83–85): quota cuts, a Mianning bastnaesite mine of a
// south-western group, Longnan heavy oxides for a buyer, a Dy–Fe alloy campaign at the Baotou
// smelter, and small outside parties. Built only on the library's other modules; figures not in
// shared/DOMAIN.md are marked estimates where they are made.
import type { Composition } from '../../src/domain/index.ts';
import { add, at, reo, subtract, scale, tonnes, totalGrams } from './chem.ts';
import { receiveAndDispose } from './chain.ts';
import { separate } from './refining.ts';
import { importAndSeparateHeavy, sellOxide, type HeavyOxides } from './heavy.ts';
import { addIonicChain, type IonicChain } from './ionic.ts';
import { heavyOutputs } from './round9.ts';
import { YEARS, type Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party, World } from './world.ts';

/** Sets a registered quota's tonnage (a cut or a second look at an allocation). */
export function setQuota(w: World, id: string, tonnesReo: number): void {
  const quota = w.quotas.find((q) => q.id === id);
  if (quota === undefined) throw new Error(`quota ${id} is not registered`);
  quota.tonnesReo = tonnesReo;
}

/** The Longnan separator's July 2025 Myanmar import separated (100 t, heavy.ts), and the southern chain. */
export function heavyJuly(ctx: Context, massTonnes = 100): { south: IonicChain; heavy: HeavyOxides } {
  const south = addIonicChain(ctx);
  const heavy = importAndSeparateHeavy(ctx, south, '2025-07', '2507', massTonnes);
  return { south, heavy };
}

/** `grams` of a Longnan single oxide sold to `buyer` on 07-15 (received 07-16); the shipment lot, qualified. */
export function heavyOxideTo(ctx: Context, chain: { south: IonicChain; heavy: HeavyOxides }, product: string, grams: number, buyer: Party, tag: string): string {
  return sellOxide(ctx, chain.south, chain.heavy, product, grams, buyer, '2025-07', tag);
}

export interface DyFe {
  /** The smelter's Dy–Fe alloy lot (qualified) and its mass. */
  alloy: string;
  alloyGrams: number;
}

/**
 * 3 t of Longnan Dy2O3 sold to the Baotou smelter (07-15/16), reduced on 07-21 with iron into
 * Dy–Fe alloy (80 % Dy) at 97 % (the library's oxide → metal yield, an estimate), the rest to
 * electrolysis slag kept at the plant. The smelter records on 08-07. Needs heavyJuly.
 */
export function dyFeAlloy(ctx: Context, chain: { south: IonicChain; heavy: HeavyOxides }): DyFe {
  const { w, s, r } = ctx;
  const oxideGrams = tonnes(3);
  const oxide = heavyOxideTo(ctx, chain, 'oxide-dy', oxideGrams, r.smelter, '2507-dy');
  const feed = s.share(oxide, oxideGrams);
  const alloyComp = scale(feed, 0.97);
  const alloyGrams = Math.ceil(totalGrams(alloyComp) / 0.8);
  const slagComp = subtract(feed, alloyComp);
  w.record(r.smelter, at('2025-08-07', '11:00'), [
    s.process(r.smelter, 'met-2507-dyfe', at('2025-07-21'), [{ lot: oxide, massGrams: oxideGrams }], [
      { id: 'DYFE-2507-01', product: 'alloy-dyfe', massGrams: alloyGrams, composition: alloyComp },
      { id: 'DYFE-2507-SLAG', product: 'slag-electrolysis', massGrams: Math.ceil(totalGrams(slagComp) / 0.2), composition: slagComp },
    ], { facility: r.metalPlant, note: 'Dy–Fe alloy by fluoride electrolysis on iron cathodes; slag kept in the plant shed for the recycler' }),
  ]);
  return { alloy: r.smelter.lot('DYFE-2507-01'), alloyGrams };
}

export interface SichuanMine {
  swGroup: Party;
  sichuanMiner: Party;
  mianningMine: string;
  licence: string;
}

/** A Mianning bastnaesite miner of a fictional south-western group, licensed for ore and
 * concentrate, its mine listed, with a 3,000 t REO rock quota a year (fictional shares). */
export function addMianningMine({ w }: Context): SichuanMine {
  const swGroup = w.party('sw-group', { kind: 'group', nameZh: '西南稀土集团（红队）', nameEn: 'South-West Rare Earth Group (red team)', region: '510000' });
  const sichuanMiner = w.party('mianning-miner', { kind: 'enterprise', roles: ['miner'], nameZh: '冕宁牦牛坪稀土矿业有限公司', nameEn: 'Mianning Maoniuping Rare Earth Mining Co.', region: '513433', group: swGroup.id });
  const licence = w.licence({ id: 'RT-MIN-MN-2024', party: sichuanMiner.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 5_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning'] } });
  const mianningMine = w.facility({ id: 'mine-maoniuping', party: sichuanMiner.id, kind: 'mine', nameZh: '牦牛坪稀土矿', nameEn: 'Maoniuping bastnaesite mine', region: '513433', licence, listed: true });
  for (const year of YEARS) {
    const g = w.quota({ id: `RT-Q${year}-MIN-SW`, year, batch: 1, holder: swGroup.id, activity: 'mining', oreType: 'rock', tonnesReo: 20_000 });
    w.quota({ id: `RT-Q${year}-MIN-MN`, year, batch: 1, holder: sichuanMiner.id, activity: 'mining', oreType: 'rock', tonnesReo: 3_000, allocatedFrom: g });
  }
  return { swGroup, sichuanMiner, mianningMine, licence };
}

/**
 * Flotation of `oreTonnes` of run-of-mine ore into concentrate at `concentrateReo` (REO share) and
 * `recovery` of each element, the rest of the ore's rare earths in the tailings, whose mass is
 * the ore less the concentrate (water and slimes not booked). Returns the two output lots.
 */
export function flotation(ore: Composition, oreGrams: number, concentrateProduct: string, tailingsProduct: string, tag: string, recovery: number, concentrateReo: number): { concentrate: LotSpec; tailings: LotSpec } {
  const conc = scale(ore, recovery);
  const concGrams = Math.ceil(reo(conc) / concentrateReo);
  return {
    concentrate: { id: `CN-${tag}`, product: concentrateProduct, massGrams: concGrams, composition: conc },
    tailings: { id: `TL-${tag}`, product: tailingsProduct, massGrams: oreGrams - concGrams, composition: subtract(ore, conc) },
  };
}

/**
 * `importer` records the import of `massTonnes` of Myanmar high-yttrium ionic concentrate on 07-02
 * (customs declaration given or not) and ships it whole to the Longnan separator on 07-03
 * (received 07-05 after some 1,600 km by road from Ruili, an estimate), which separates it on 07-10
 * into single oxides at 96 % (heavy.ts's lines). The importer records on 08-05, the separator on 08-06.
 */
export function myanmarFeedToLongnan(
  ctx: Context, south: IonicChain, importer: Party, options: { massTonnes?: number; customsDeclaration?: string; composition?: Composition; product?: string; note?: string } = {},
): { feed: string; feedGrams: number; importId: string } {
  const { w, s } = ctx;
  const feedGrams = tonnes(options.massTonnes ?? 80);
  const id = 'MM-2507-IMP';
  const lot: LotSpec = { id, product: options.product ?? 'concentrate-ionic-high-y', massGrams: feedGrams, ...(options.composition === undefined ? {} : { composition: options.composition }) };
  w.record(importer, at('2025-08-05', '10:00'), [
    s.import(importer, 'imp-2507-mm', at('2025-07-02'), lot, 'MM', options.customsDeclaration),
    s.ship(importer, 'shp-2507-mm', at('2025-07-03', '07:00'), id, feedGrams, south.southSeparator, undefined, options.note ?? 'bulk bags on two trucks, Ruili to Longnan'),
  ]);
  const feed = importer.lot(id);
  const outputs = heavyOutputs(s.share(feed, feedGrams), 'LN-2507-MM');
  w.record(south.southSeparator, at('2025-08-06', '10:00'), [
    s.receive(south.southSeparator, 'rcv-2507-mm', at('2025-07-05', '16:00'), feed, feedGrams),
    s.process(south.southSeparator, 'sep-2507-mm', at('2025-07-10'), [{ lot: feed, massGrams: feedGrams }], outputs, { facility: south.southPlant, note: 'imported ionic feed, declared to the group as imported ore' }),
  ]);
  return { feed, feedGrams, importId: importer.event('imp-2507-mm') };
}

/**
 * The Dongshan miner's July 2025 concentrator: 10,000 t of run-of-mine ore (6 % REO, the catalogue's
 * grade) dug on 07-02 and floated on 07-03 at 78 % (DOMAIN.md's floor is 75 %) into 50 % REO
 * concentrate; the tailings (the rest of the ore) shipped whole to the licensed store on 07-06,
 * received 07-07. The miner records on 08-05; the store's receipt is returned for the case to record.
 */
export function dongshanConcentrator(ctx: Context): { tailings: string; tailingsGrams: number; concentrate: string; receipt: ReturnType<Context['s']['receive']> } {
  const { w, s, r } = ctx;
  const oreGrams = tonnes(10_000);
  const extract = s.extract(r.miner, 'ext-2507-ore', at('2025-07-02'), r.mine, { id: 'BO-2507-01', product: 'ore-bayan-obo', massGrams: oreGrams });
  const ore = s.lot(r.miner.lot('BO-2507-01')).composition;
  const { concentrate, tailings } = flotation(ore, oreGrams, 'concentrate-bayan-obo', 'tailings-bayan-obo', '2507', 0.78, 0.5);
  w.record(r.miner, at('2025-08-05', '10:00'), [
    extract,
    s.process(r.miner, 'ben-2507-01', at('2025-07-03'), [{ lot: 'BO-2507-01', massGrams: oreGrams }], [concentrate, tailings], { facility: r.mine, note: 'magnetic separation and flotation at the Dongshan concentrator' }),
    s.ship(r.miner, 'shp-2507-tl', at('2025-07-06'), tailings.id, tailings.massGrams, r.disposer, undefined, 'slurry pipeline and trucks to the tailings cell'),
  ]);
  const lot = r.miner.lot(tailings.id);
  return { tailings: lot, tailingsGrams: tailings.massGrams, concentrate: r.miner.lot(concentrate.id), receipt: s.receive(r.disposer, 'rcv-2507-tl', at('2025-07-07'), lot, tailings.massGrams) };
}

/**
 * The Ganzhou recycler collects a lot in July 2025 (on the 3rd) from a named supplier, leaches it on
 * the 12th at `recovery` into refining.ts's separated products, books the rest of the rare earths in
 * an iron- and glass-rich leach residue of `residueShare` of the feed's mass (an estimate), and sends
 * the residue to the licensed store on the 24th (received 25th, placed 27th). Records on 08-06.
 */
export function recycleCollected(
  ctx: Context, lot: LotSpec, supplier: { name: string; id?: string }, tag: string, options: { recovery?: number; residueShare?: number; note?: string } = {},
): { collected: string; outputs: LotSpec[] } {
  const { w, s, r } = ctx;
  const collect = s.collect(r.recycler, `col-${tag}`, at('2025-07-03'), lot, supplier, r.recyclingPlant);
  const feed = s.lot(r.recycler.lot(lot.id)).composition;
  const plan = separate(feed, `REC-${tag}`, { recovery: options.recovery ?? 0.95 });
  const recovered = plan.outputs.reduce<Composition>((acc, o) => add(acc, o.composition ?? {}), {});
  const residue: LotSpec = { id: `REC-${tag}-RES`, product: 'slag-recycling-residue', massGrams: Math.round(lot.massGrams * (options.residueShare ?? 0.6)), composition: subtract(feed, recovered) };
  w.record(r.recycler, at('2025-08-06', '10:00'), [
    collect,
    s.process(r.recycler, `rec-${tag}`, at('2025-07-12'), [{ lot: lot.id, massGrams: lot.massGrams }], [...plan.outputs, residue], { facility: r.recyclingPlant, note: options.note ?? 'acid leach, solvent extraction, oxalate precipitation and calcining' }),
    s.ship(r.recycler, `shp-${tag}-res`, at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'covered tipper trucks'),
  ]);
  receiveAndDispose(ctx, '2025-07', r.recycler.lot(residue.id), residue.massGrams, `${tag}-rec`);
  return { collected: r.recycler.lot(lot.id), outputs: plan.outputs };
}

/**
 * The miner ships the 200 t left of its June concentrate to the separator on 07-02 (received
 * 07-03); the separator runs it on 07-10 into `outputs(feed)` plus a water-leach residue (0.45 t per
 * t, chain.ts's estimate, carrying `residueOf(feed)`), and ships the residue to the licensed store on
 * 07-24. Miner records on 08-05, separator on 08-06, store on 08-07. Needs honestMonth(ctx, '2025-06').
 */
export function julyFeedCampaign(ctx: Context, outputs: (feed: Composition) => LotSpec[], note: string): LotSpec[] {
  const { w, s, r } = ctx;
  const grams = tonnes(200);
  w.record(r.miner, at('2025-08-05', '10:00'), [s.ship(r.miner, 'shp-2507-01', at('2025-07-02', '14:30'), 'BC-2506-01', grams, r.separator, 'BC-2506-01-S2', 'rail wagons 4491–4494')]);
  const feed = r.miner.lot('BC-2506-01-S2');
  const comp = s.share(feed, grams);
  const made = outputs(comp);
  const recovered = made.reduce<Composition>((acc, o) => add(acc, o.composition ?? {}), {});
  const residue: LotSpec = { id: 'SEP-2507-RES', product: 'slag-water-leach-residue', massGrams: Math.round(grams * 0.45), composition: subtract(comp, recovered) };
  w.record(r.separator, at('2025-08-06', '10:00'), [
    s.receive(r.separator, 'rcv-2507-01', at('2025-07-03', '09:00'), feed, grams),
    s.process(r.separator, 'sep-2507-01', at('2025-07-10'), [{ lot: feed, massGrams: grams }], [...made, residue], { facility: r.separationPlant, note }),
    s.ship(r.separator, 'shp-2507-res', at('2025-07-24'), residue.id, residue.massGrams, r.disposer, undefined, 'sealed residue trucks'),
  ]);
  receiveAndDispose(ctx, '2025-07', r.separator.lot(residue.id), residue.massGrams, '2507');
  return made;
}

/** A Baotou polishing-powder works (fictional), with a plant and no licence. */
export function addPolishingWorks({ w }: Context): { works: Party; plant: string } {
  const works = w.party('polishing-works', { kind: 'enterprise', roles: ['polishing-powder-maker'], nameZh: '包头稀土抛光材料有限公司', nameEn: 'Baotou Rare Earth Polishing Materials Co.', region: '150200' });
  const plant = w.facility({ id: 'plant-polishing', party: works.id, kind: 'plant', nameZh: '抛光粉厂', nameEn: 'Polishing powder plant', region: '150202' });
  return { works, plant };
}

/** The county's licensed tailings site for leached ion-adsorption clay at Xunwu (fictional). */
export function addXunwuTailingsSite(ctx: Context): { party: Party; site: string } {
  const { w } = ctx;
  const party = w.party('xunwu-tailings', { kind: 'enterprise', roles: ['disposer'], nameZh: '寻乌县稀土尾砂处置有限公司', nameEn: 'Xunwu County Rare Earth Tailings Disposal Co.', region: '360734' });
  const licence = w.licence({ id: 'RT-DSP-XW-2024', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['tailings-ionic-leach'] } });
  const site = w.facility({ id: 'site-xunwu-tailings', party: party.id, kind: 'disposal-site', nameZh: '寻乌县稀土尾砂库', nameEn: 'Xunwu county leach tailings site', region: '360734', licence });
  return { party, site };
}

/** Magnet works that sell grinding swarf to the Ganzhou recycler (fictional names, outside the registry). */
const SWARF_SUPPLIERS = [
  '宁波镇海磁材有限公司 (Ningbo Zhenhai Magnetics Co.)',
  '包头稀土高新区永磁材料有限公司 (Baotou Hi-Tech Zone Permanent Magnet Co.)',
  '赣州经开区磁性材料有限公司 (Ganzhou Development Zone Magnetic Materials Co.)',
] as const;

/**
 * The Ganzhou recycler's month on bought swarf: `tonnesEach` of NdFeB grinding swarf from each of
 * three magnet works (on the 2nd, 3rd and 4th), leached together on the 12th at 95 % into NdPr oxide
 * and a heavy oxide, the iron-rich leach residue (0.9 t per t of swarf, round12.ts's estimate) sent to
 * the licensed store on the 24th. Reported on the 6th of the next month.
 */
export function swarfMonth(ctx: Context, month: string, tag: string, tonnesEach: number): void {
  const { w, s, r } = ctx;
  const each = tonnes(tonnesEach);
  const collects = SWARF_SUPPLIERS.map((name, i) =>
    s.collect(r.recycler, `col-${tag}-0${i + 1}`, at(`${month}-0${i + 2}`), { id: `SWF-${tag}-0${i + 1}`, product: 'scrap-ndfeb-swarf', massGrams: each }, { name }, r.recyclingPlant));
  const inputs = SWARF_SUPPLIERS.map((_, i) => ({ lot: `SWF-${tag}-0${i + 1}`, massGrams: each }));
  const feed = inputs.reduce<Composition>((acc, input) => add(acc, s.lot(r.recycler.lot(input.lot)).composition), {});
  const plan = separate(feed, `REC-${tag}`, { recovery: 0.95, residue: { product: 'slag-recycling-residue', massGrams: Math.round(each * 3 * 0.9) } });
  const residue = plan.residue!;
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  w.record(r.recycler, at(`${next}-06`, '10:00'), [
    ...collects,
    s.process(r.recycler, `rec-${tag}-01`, at(`${month}-12`), inputs, plan.outputs, { facility: r.recyclingPlant, note: 'oxidising roast, hydrochloric acid leach, solvent extraction, oxalate precipitation and calcining' }),
    s.ship(r.recycler, `shp-${tag}-res`, at(`${month}-24`), residue.id, residue.massGrams, r.disposer, undefined, 'covered tipper trucks'),
  ]);
  receiveAndDispose(ctx, month, r.recycler.lot(residue.id), residue.massGrams, `${tag}-rec`);
}
