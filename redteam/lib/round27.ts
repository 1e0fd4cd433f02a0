// Helpers of the round-27 cases (numbers 13–15), in settings the earlier rounds left out: a Tianjin
// sintered-magnet works that also exports and takes back returned goods; a Yingtan (Jiangxi) recycler
// of spent NiMH batteries, waste lamp phosphor and imported scrap magnets, with a Shangrao industrial
// landfill and a Fuzhou (Jiangxi) cement kiln licensed to co-process non-radioactive residue; a Hefei
// trading and export house; a Yichun (Jiangxi) heavy and minor metal works (Dy–Fe, Tb, Sc, Sm); a
// Xinyu (Jiangxi) polishing-powder works; a Hohhot mischmetal works licensed for La and Ce only; a
// Jining trading company; a Weishan (Shandong) separator licensed for bastnaesite feed; a Mianning
// bastnaesite miner of the southern group with its own concentrator and tailings dam; a Baotou brick
// works. Built only on the library's other modules; figures not in shared/DOMAIN.md are marked
// estimates where they are made.
import type { Composition } from '../../src/domain/index.ts';
import type { LedgerEvent, ProcessEvent } from '../../src/ledger/index.ts';
import { at, massAtShare, metalMass, oxideMass, scale, subtract, tonnes } from './chem.ts';
import { sellOxide, type HeavyOxides } from './heavy.ts';
import type { IonicChain } from './ionic.ts';
import { firm, longnanHeavy, on, plant, south } from './round26.ts';
import { YEARS, type Context } from './roster.ts';
import type { LotSpec } from './scribe.ts';
import type { Party, World } from './world.ts';

export { exportLicence, firm, fromAssay, localOf, longnanHeavy, on, outsideCode, plant, sale, shipOnly, south } from './round26.ts';
export { deliver } from './round8.ts';

const MADE = new WeakMap<World, Map<string, unknown>>();

function once<T>(ctx: Context, key: string, make: () => T): T {
  let known = MADE.get(ctx.w);
  if (known === undefined) {
    known = new Map();
    MADE.set(ctx.w, known);
  }
  if (!known.has(key)) known.set(key, make());
  return known.get(key) as T;
}

export interface Works {
  party: Party;
  plant: string;
  licence?: string;
}

/** A Tianjin sintered NdFeB works that exports its magnets and imports returned goods. */
export function tianjin(ctx: Context): Works {
  return once(ctx, 'tianjin', () => {
    const party = firm(ctx, 'r27-tianjin', ['magnet-maker', 'exporter', 'importer'], '天津滨海津磁新材料有限公司', 'Tianjin Binhai Jinci New Materials Co.', '120000');
    return { party, plant: plant(ctx, party, 'plant-r27-tianjin', '滨海新区烧结钕铁硼工厂', 'Binhai sintered NdFeB plant, Tianjin', '120000') };
  });
}

/** A Yingtan (Jiangxi) recycler, licensed for 1,500 t REO a year, that also imports scrap. */
export function yingtan(ctx: Context): Works {
  return once(ctx, 'yingtan', () => {
    const { w } = ctx;
    const party = firm(ctx, 'r27-yingtan', ['recycler', 'importer'], '鹰潭信江稀土资源循环利用有限公司', 'Yingtan Xinjiang Rare Earth Resource Recycling Co.', '360600');
    const licence = w.licence({ id: 'RT27-REC-YT', party: party.id, activity: 'recycling', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 1_500 });
    return { party, plant: plant(ctx, party, 'plant-r27-yingtan', '鹰潭稀土综合利用厂', 'Yingtan rare earth recycling plant', '360600', licence), licence };
  });
}

/** A Shangrao industrial landfill licensed for non-radioactive rare earth slag. */
export function shangrao(ctx: Context): { party: Party; site: string } {
  return once(ctx, 'shangrao', () => {
    const { w } = ctx;
    const party = firm(ctx, 'r27-shangrao', ['disposer'], '上饶固废填埋处置有限公司', 'Shangrao Industrial Solid Waste Landfill Co.', '361100');
    const licence = w.licence({ id: 'RT27-DSP-SR', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue', 'slag-electrolysis'] } });
    const site = w.facility({ id: 'site-r27-shangrao', party: party.id, kind: 'disposal-site', nameZh: '上饶一般工业固废填埋场', nameEn: 'Shangrao industrial landfill', region: '361100', licence });
    return { party, site };
  });
}

/** A Fuzhou (Jiangxi) cement works whose kiln is licensed to co-process non-radioactive leach residue. */
export function fuzhouKiln(ctx: Context): { party: Party; site: string } {
  return once(ctx, 'fuzhou-kiln', () => {
    const { w } = ctx;
    const party = firm(ctx, 'r27-fuzhou-kiln', ['disposer'], '抚州赣东水泥有限公司', 'Fuzhou Gandong Cement Co.', '361000');
    const licence = w.licence({ id: 'RT27-DSP-FZ', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2026-12-31', scope: { products: ['slag-recycling-residue'] } });
    const site = w.facility({ id: 'site-r27-fuzhou-kiln', party: party.id, kind: 'disposal-site', nameZh: '抚州水泥窑协同处置线', nameEn: 'Fuzhou cement-kiln co-processing line', region: '361000', licence });
    return { party, site };
  });
}

/** A Hefei trading and export house. */
export function hefei(ctx: Context): Party {
  return once(ctx, 'hefei', () => firm(ctx, 'r27-hefei', ['trader', 'exporter'], '合肥庐州稀贸进出口有限公司', 'Hefei Luzhou Rare Earth Trade Import & Export Co.', '340100'));
}

/** A Jining (Shandong) trading company. */
export function jining(ctx: Context): Party {
  return once(ctx, 'jining', () => firm(ctx, 'r27-jining', ['trader'], '济宁运河稀土贸易有限公司', 'Jining Yunhe Rare Earth Trading Co.', '370800'));
}

/** A Yichun (Jiangxi) heavy and minor rare earth metal works, licensed for 300 t REO a year. */
export function yichun(ctx: Context): Works {
  return once(ctx, 'yichun', () => {
    const { w } = ctx;
    const party = firm(ctx, 'r27-yichun', ['metal-smelter', 'importer'], '宜春袁州稀有金属有限公司', 'Yichun Yuanzhou Rare Metals Co.', '360900');
    const licence = w.licence({ id: 'RT27-MET-YC', party: party.id, activity: 'metal-smelting', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 300 });
    return { party, plant: plant(ctx, party, 'plant-r27-yichun', '宜春稀有金属冶炼厂', 'Yichun rare metals plant', '360900', licence), licence };
  });
}

/** A Xinyu (Jiangxi) polishing-powder works that exports part of its output. */
export function xinyu(ctx: Context): Works {
  return once(ctx, 'xinyu', () => {
    const party = firm(ctx, 'r27-xinyu', ['polishing-powder-maker', 'exporter'], '新余渝水稀土抛光材料有限公司', 'Xinyu Yushui Rare Earth Polishing Materials Co.', '360500');
    return { party, plant: plant(ctx, party, 'plant-r27-xinyu', '新余抛光粉厂', 'Xinyu polishing powder plant', '360500') };
  });
}

/** A Hohhot mischmetal works whose metal-smelting licence (300 t REO a year) is scoped to La and Ce. */
export function hohhot(ctx: Context, validFrom = '2024-01-01'): Works {
  return once(ctx, 'hohhot', () => {
    const { w } = ctx;
    const party = firm(ctx, 'r27-hohhot', ['metal-smelter'], '呼和浩特青城混合稀土金属有限公司', 'Hohhot Qingcheng Mischmetal Co.', '150100');
    const licence = w.licence({ id: 'RT27-MET-HH', party: party.id, activity: 'metal-smelting', validFrom, validTo: '2027-12-31', capacityTonnesReo: 300, scope: { products: ['metal-la', 'metal-ce', 'metal-mischmetal-lace'], elements: ['La', 'Ce'] } });
    return { party, plant: plant(ctx, party, 'plant-r27-hohhot', '青城混合稀土金属厂', 'Qingcheng mischmetal plant, Hohhot', '150100', licence), licence };
  });
}

/** A Weishan (Jining, Shandong) separator of the southern group: licensed for bastnaesite feed (2,000 t
 * REO a year) with a rock-ore separation allocation of 1,500 t REO (fictional figures). */
export function weishan(ctx: Context): Works {
  return once(ctx, 'weishan', () => {
    const { w } = ctx;
    const { crg } = south(ctx);
    const party = firm(ctx, 'r27-weishan', ['separator', 'importer'], '微山湖东稀土分离有限公司', 'Weishan Hudong Rare Earth Separation Co.', '370826', { group: crg });
    const licence = w.licence({ id: 'RT27-SEP-WS', party: party.id, activity: 'separation', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 2_000, scope: { products: ['concentrate-mianning', 'mixed-carbonate-light', 'mixed-chloride-light'] } });
    for (const year of YEARS) {
      w.quota({ id: `RT27-Q${year}-SEP-WS`, year, batch: 1, holder: party.id, activity: 'separation', oreType: 'rock', tonnesReo: 1_500, allocatedFrom: `RT-Q${year}-SEP-CRG` });
    }
    return { party, plant: plant(ctx, party, 'plant-r27-weishan', '微山湖东分离厂', 'Hudong separation plant, Weishan', '370826', licence), licence };
  });
}

export interface Mianning {
  party: Party;
  mine: string;
  concentrator: string;
  dam: string;
  licence: string;
}

/** A Mianning bastnaesite miner of the southern group: mining licence, listed open pit, a flotation
 * concentrator and a licensed tailings dam of its own; a rock mining allocation of `quotaTonnesReo`
 * a year from a southern-group rock quota of 3,000 t REO (fictional figures). */
export function mianning(ctx: Context, quotaTonnesReo = 3_000): Mianning {
  return once(ctx, 'mianning', () => {
    const { w } = ctx;
    const { crg } = south(ctx);
    const party = firm(ctx, 'r27-mianning', ['miner', 'disposer'], '冕宁南河稀土矿业有限公司', 'Mianning Nanhe Rare Earth Mining Co.', '513433', { group: crg });
    const licence = w.licence({ id: 'RT27-MIN-MN', party: party.id, activity: 'mining', validFrom: '2024-01-01', validTo: '2028-12-31', capacityTonnesReo: 4_000, scope: { products: ['ore-mianning-bastnaesite', 'concentrate-mianning', 'tailings-bastnaesite'] } });
    const damLicence = w.licence({ id: 'RT27-DSP-MN', party: party.id, activity: 'disposal', validFrom: '2024-01-01', validTo: '2028-12-31', scope: { products: ['tailings-bastnaesite'] } });
    const mine = w.facility({ id: 'mine-r27-nanhe', party: party.id, kind: 'mine', nameZh: '冕宁南河稀土矿', nameEn: 'Nanhe bastnaesite open pit, Mianning', region: '513433', licence, listed: true });
    const concentrator = plant(ctx, party, 'plant-r27-nanhe-flotation', '南河选矿厂', 'Nanhe flotation concentrator', '513433', licence);
    const dam = w.facility({ id: 'site-r27-nanhe-dam', party: party.id, kind: 'disposal-site', nameZh: '南河尾矿库', nameEn: 'Nanhe tailings dam', region: '513433', licence: damLicence });
    for (const year of YEARS) {
      const group = w.quota({ id: `RT27-Q${year}-MIN-CRG-ROCK`, year, batch: 1, holder: crg.id, activity: 'mining', oreType: 'rock', tonnesReo: 3_000 });
      w.quota({ id: `RT27-Q${year}-MIN-MN`, year, batch: 1, holder: party.id, activity: 'mining', oreType: 'rock', tonnesReo: quotaTonnesReo, allocatedFrom: group });
    }
    return { party, mine, concentrator, dam, licence };
  });
}

// ── Figures.

/** Sintering: `intoMagnets` of the rare earths fed into magnets at 30 % RE, `intoSwarf` into swarf at
 * 22 % RE, `intoOffcuts` into solid off-cuts at 30 % RE (magnets.ts's shares by default, no off-cuts). */
export function sinterOutputs(
  feed: Composition, prefix: string,
  o: { intoMagnets?: number; intoSwarf?: number; intoOffcuts?: number; product?: string } = {},
): LotSpec[] {
  const magnets = scale(feed, o.intoMagnets ?? 0.78);
  const swarf = scale(feed, o.intoSwarf ?? 0.2);
  const out: LotSpec[] = [
    { id: `${prefix}-MG`, product: o.product ?? 'magnet-ndfeb-sintered', massGrams: massAtShare(magnets, 0.3), composition: magnets },
    { id: `${prefix}-SW`, product: 'scrap-ndfeb-swarf', massGrams: massAtShare(swarf, 0.22), composition: swarf },
  ];
  if ((o.intoOffcuts ?? 0) > 0) {
    const offcuts = scale(feed, o.intoOffcuts!);
    out.push({ id: `${prefix}-OC`, product: 'scrap-ndfeb-solid', massGrams: massAtShare(offcuts, 0.3), composition: offcuts });
  }
  return out;
}

/** The sum of the compositions of `grams` taken from each lot (the scribe's shares). */
export function feedOf(ctx: Context, inputs: { lot: string; massGrams: number }[]): Composition {
  const out: Composition = {};
  for (const input of inputs) {
    for (const [symbol, grams] of Object.entries(ctx.s.share(input.lot, input.massGrams)) as [keyof Composition, number][]) {
      out[symbol] = (out[symbol] ?? 0) + grams;
    }
  }
  return out;
}

// ── Shared chains.

/**
 * The baseline smelter sells `metalTonnes` of its June NdPr metal (MET-2506-01, some 30 t left;
 * needs honestMonth(ctx, '2025-06')) to `buyer`, shipped `shipAt` and received `receiveAt`; the
 * smelter records the shipment on 08-06 (or `sellerAt`). Returns the travelling lot and the receipt
 * for the buyer to record with its own events.
 */
export function metalFromBaotou(
  ctx: Context, buyer: Party, metalTonnes: number, tag: string, shipAt: string, receiveAt: string, sellerAt = on('2025-08-06', '11:00'),
): { lot: string; grams: number; receipt: LedgerEvent } {
  const { w, s, r } = ctx;
  const grams = tonnes(metalTonnes);
  const shipment = `MET-2506-01-${tag}`;
  w.record(r.smelter, sellerAt, [s.ship(r.smelter, `shp-${tag}`, shipAt, 'MET-2506-01', grams, buyer, shipment, 'steel drums under argon, by road')]);
  const lot = r.smelter.lot(shipment);
  return { lot, grams, receipt: s.receive(buyer, `rcv-${tag}`, receiveAt, lot, grams) };
}

export interface HeavyToMetal {
  chain: IonicChain;
  heavy: HeavyOxides;
  /** Yichun's Dy–Fe alloy and Tb metal lots, qualified, and their masses. */
  dyfe: string;
  dyfeGrams: number;
  tb: string;
  tbGrams: number;
}

/**
 * The Longnan separator imports `feedTonnes` of Myanmar high-yttrium feed in `month` (2nd) and separates
 * it (9th); it sells `dyOxideTonnes` of Dy2O3 and `tbOxideTonnes` of Tb4O7 to the Yichun works
 * (shipped the 15th, received the 16th), which reduces them on the 20th at 97 % (DOMAIN.md has no
 * oxide → metal yield; an estimate): dysprosium into Dy–Fe alloy (80 % Dy), terbium into metal.
 * Yichun records its month on the 7th of the next month. Returns the metal lots, still at Yichun.
 */
export function heavyToYichun(ctx: Context, tag: string, month: string, feedTonnes: number, dyOxideTonnes: number, tbOxideTonnes: number, yichunRecordedAt: string, extra: LedgerEvent[] = []): HeavyToMetal {
  const { w, s } = ctx;
  const yc = yichun(ctx);
  const { chain, heavy } = longnanHeavy(ctx, tag, feedTonnes, month);
  const dyLot = sellOxide(ctx, chain, heavy, 'oxide-dy', tonnes(dyOxideTonnes), yc.party, month, `${tag}-dy`);
  const tbLot = sellOxide(ctx, chain, heavy, 'oxide-tb', tonnes(tbOxideTonnes), yc.party, month, `${tag}-tb`);
  const dyComp = scale(s.lot(dyLot).composition, 0.97);
  const tbComp = scale(s.lot(tbLot).composition, 0.97);
  const dyfe: LotSpec = { id: `YC-${tag}-DYFE`, product: 'alloy-dyfe', massGrams: massAtShare(dyComp, 0.8), composition: dyComp };
  const tb: LotSpec = { id: `YC-${tag}-TB`, product: 'metal-tb', massGrams: metalMass(tbComp), composition: tbComp };
  w.record(yc.party, yichunRecordedAt, [
    s.process(yc.party, `met-${tag}-dy`, at(`${month}-20`), [{ lot: dyLot, massGrams: tonnes(dyOxideTonnes) }], [dyfe], { facility: yc.plant, note: 'fluoride molten-salt electrolysis with consumable iron cathode' }),
    s.process(yc.party, `met-${tag}-tb`, at(`${month}-20`, '14:00'), [{ lot: tbLot, massGrams: tonnes(tbOxideTonnes) }], [tb], { facility: yc.plant, note: 'fluorination, calciothermic reduction, vacuum distillation' }),
    ...extra,
  ]);
  return { chain, heavy, dyfe: yc.party.lot(dyfe.id), dyfeGrams: dyfe.massGrams, tb: yc.party.lot(tb.id), tbGrams: tb.massGrams };
}

/** The outputs of the Baotou separator separating `feed` at 95 % into its usual lines (ids
 * `<prefix>-NDPR`, -LA, -CE, -SEG, -HRE), and its water-leach residue, `<prefix>-RES`: 0.45 t per t of
 * feed (chain.ts's estimate) with the residue's typical mix capped by what the feed left. */
export function separatorMonthOutputs(feed: Composition, feedGrams: number, prefix: string): LotSpec[] {
  const recovered = scale(feed, 0.95);
  const lines: { suffix: string; product: string; elements: (keyof Composition)[]; purity: number }[] = [
    { suffix: 'NDPR', product: 'oxide-ndpr', elements: ['Pr', 'Nd'], purity: 0.99 },
    { suffix: 'LA', product: 'oxide-la', elements: ['La'], purity: 0.99 },
    { suffix: 'CE', product: 'oxide-ce', elements: ['Ce'], purity: 0.99 },
    { suffix: 'SEG', product: 'mixed-oxide-smeugd', elements: ['Sm', 'Eu', 'Gd'], purity: 0.9 },
    { suffix: 'HRE', product: 'mixed-oxide-heavy', elements: ['Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu', 'Y'], purity: 0.95 },
  ];
  const out: LotSpec[] = [];
  for (const line of lines) {
    const composition: Composition = {};
    for (const symbol of line.elements) if ((recovered[symbol] ?? 0) > 0) composition[symbol] = recovered[symbol]!;
    if (Object.keys(composition).length === 0) continue;
    out.push({ id: `${prefix}-${line.suffix}`, product: line.product, massGrams: oxideMass(composition, line.purity), composition });
  }
  const left = subtract(feed, recovered);
  const residueGrams = Math.round(feedGrams * 0.45);
  // The water-leach residue's typical mix (La, Ce, Pr, Nd), capped by what the feed left.
  const typicalShare = { La: 0.003, Ce: 0.006, Pr: 0.0006, Nd: 0.002 } as const;
  const residue: Composition = {};
  for (const [symbol, share] of Object.entries(typicalShare) as [keyof Composition, number][]) {
    const grams = Math.min(Math.floor(residueGrams * share), left[symbol] ?? 0);
    if (grams > 0) residue[symbol] = grams;
  }
  out.push({ id: `${prefix}-RES`, product: 'slag-water-leach-residue', massGrams: residueGrams, composition: residue });
  return out;
}

/** A process event's outputs by the suffix after the last dash of their ids. */
export function bySuffix(event: ProcessEvent): Record<string, { id: string; massGrams: number }> {
  return Object.fromEntries(event.outputs.map((o) => [o.id.slice(o.id.lastIndexOf('-') + 1), { id: o.id, massGrams: o.massGrams }]));
}

/** A Baotou brick works registered as a final user of the chain's by-products (no disposal licence). */
export function brickWorks(ctx: Context): Party {
  return once(ctx, 'brick', () => firm(ctx, 'r27-brick', ['end-user'], '包头石拐新型建材有限公司', 'Baotou Shiguai New Building Materials Co.', '150205'));
}

/** The recorded-at time of a month's report (10:00 on the given day). */
export function report(day: string): string {
  return on(day);
}
