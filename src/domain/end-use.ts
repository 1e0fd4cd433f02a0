// The chain's end: a lot delivered to a final user, a domestic buyer outside the regulated chain
// (a motor, turbine or electronics maker, a refinery, a glassworks) that makes rare earths into
// goods and keeps no traceability books. From then on the material is in use, not in stock.
import type { CodeNames } from './parties.ts';
import type { ProductCategory } from './products.ts';

export const END_USE_SECTORS = [
  'motors', 'wind-power', 'vehicles', 'electronics', 'appliances', 'petroleum-refining', 'vehicle-exhaust',
  'glass-and-ceramics', 'lighting-and-displays', 'batteries', 'metallurgy', 'other',
] as const;
export type EndUseSector = (typeof END_USE_SECTORS)[number];

export const END_USE_SECTOR_NAMES: CodeNames<EndUseSector> = {
  motors: { zh: '电机', en: 'Electric motors' },
  'wind-power': { zh: '风电', en: 'Wind power' },
  vehicles: { zh: '汽车', en: 'Vehicles' },
  electronics: { zh: '电子信息', en: 'Electronics' },
  appliances: { zh: '家用电器', en: 'Household appliances' },
  'petroleum-refining': { zh: '石油炼化', en: 'Petroleum refining' },
  'vehicle-exhaust': { zh: '机动车尾气净化', en: 'Vehicle exhaust treatment' },
  'glass-and-ceramics': { zh: '玻璃与陶瓷', en: 'Glass and ceramics' },
  'lighting-and-displays': { zh: '照明与显示', en: 'Lighting and displays' },
  batteries: { zh: '电池', en: 'Batteries' },
  metallurgy: { zh: '钢铁与有色冶金', en: 'Steel and non-ferrous metallurgy' },
  other: { zh: '其他', en: 'Other' },
};

/** What may leave the regulated chain to a final user: the products a manufacturer consumes.
 * Ores, concentrates and mixed compounds may go only to a licensed separator, scrap only to a
 * recycler and residues only to disposal, so none of them is ever delivered. */
export const DELIVERABLE_CATEGORIES: ReadonlySet<ProductCategory> = new Set<ProductCategory>([
  'oxide', 'salt', 'metal', 'alloy', 'magnet', 'catalyst', 'polishing-powder', 'phosphor', 'hydrogen-storage-alloy',
]);

/** What the final users of each sector make rare earths into, by product category: a wind-turbine
 * or motor maker buys magnets, not oxide; a steel mill buys metal, alloys or oxide for its melt; a
 * refinery's catalyst plant buys La and Ce salts; a car maker's die-casters buy magnesium–rare earth
 * master alloys; a glassworks buys polishing powder and oxides (ceria, colourants); lighting and
 * display makers, phosphor makers among them, buy oxides (Y, Eu, Tb) too. `other` is not judged. From the
 * uses shared/DOMAIN.md lists and the trade (judgement). */
export const SECTOR_CONSUMES: Readonly<Record<Exclude<EndUseSector, 'other'>, readonly ProductCategory[]>> = {
  motors: ['magnet'],
  'wind-power': ['magnet'],
  vehicles: ['magnet', 'catalyst', 'hydrogen-storage-alloy', 'alloy'],
  electronics: ['magnet', 'phosphor', 'polishing-powder', 'oxide', 'metal'],
  appliances: ['magnet'],
  // Refiners' catalyst plants (FCC catalyst is made inside the refining groups) buy La and Ce
  // salts; exhaust-catalyst makers buy ceria and the oxides they stabilise it with.
  'petroleum-refining': ['catalyst', 'salt'],
  'vehicle-exhaust': ['catalyst', 'oxide'],
  'glass-and-ceramics': ['polishing-powder', 'oxide', 'salt'],
  'lighting-and-displays': ['phosphor', 'polishing-powder', 'oxide'],
  batteries: ['hydrogen-storage-alloy'],
  metallurgy: ['metal', 'alloy', 'oxide'],
};

/** Words in a registered name that say the company trades or carries goods rather than makes them
 * (a freight forwarder books containers, it uses nothing), or sits in a bonded zone, where goods
 * enter as if abroad (a delivery there is an export by another name). */
export const NOT_A_FINAL_USER_NAME = /贸易|商贸|进出口|供应链|保税|自由贸易|货运代理|货代|物流|trading|trade|import|export|bonded|supply chain|forwarding|forwarder|logistics|freight/i;

/** Sectors that use the magnet elements (Pr, Nd, Tb, Dy), as oxide, salt or metal, only as dopants
 * and colourants: didymium glass and Pr-yellow ceramics, Tb in green phosphor, Nd and Dy in ceramic
 * capacitors and sputtering targets. A customer there takes a few hundred kilograms a year, not a
 * magnet plant's feed. Metallurgy is left out: magnesium alloys (WE43) take Nd by the tonne. */
export const MAGNET_ELEMENT_DOPANT_SECTORS: ReadonlySet<EndUseSector> = new Set<EndUseSector>(['glass-and-ceramics', 'lighting-and-displays', 'electronics']);
export const MAGNET_ELEMENTS = ['Pr', 'Nd', 'Tb', 'Dy'] as const;

/** The rare earths a sector's final users take as separated products (oxide, salt, metal), where
 * the sector's uses name them: steel takes La and Ce (mischmetal, RE ferrosilicon, ladle additions),
 * magnesium and aluminium alloys Y, Nd, Gd, Sc and Er, never Tb or Dy; FCC catalyst La and Ce;
 * exhaust catalyst ceria stabilised with La, Pr, Nd or Y. Sectors not listed are not judged by
 * element. From the uses shared/DOMAIN.md lists and the trade (judgement). */
export const SECTOR_ELEMENTS: Readonly<Partial<Record<EndUseSector, readonly string[]>>> = {
  metallurgy: ['La', 'Ce', 'Pr', 'Nd', 'Y', 'Sc', 'Gd', 'Er'],
  'petroleum-refining': ['La', 'Ce'],
  'vehicle-exhaust': ['Ce', 'La', 'Pr', 'Nd', 'Y'],
};
