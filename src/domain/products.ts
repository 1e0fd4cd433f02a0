// The product catalogue of the whole chain, from ore to tailings.
//
// Figures come from shared/DOMAIN.md where it has them (REO grades and distributions of Bayan
// Obo, Sichuan and ionic-clay feeds; the RE content of NdFeB). Everything else is a typical
// value from trade practice, marked "estimate" beside it: good enough for demo data and for
// plausibility rules that allow a wide margin, never a specification.
//
// typicalFractions are mass fractions of element metal in the lot (not oxide), the unit the
// ledger's compositions use. Feeds and intermediates are described the way the trade grades
// them — REO content of the lot and each oxide's share of the REO — and converted here.
//
// HS codes are China's tariff where a national subheading was found (8 digits with a dot after
// 4), otherwise the 6-digit international subheading; "HS unsure" marks a judgement call on
// the heading.

import { ELEMENTS, type ElementSymbol } from './elements.ts';
import type { ElementFractions } from './composition.ts';

export const PRODUCT_CATEGORIES = [
  'ore', 'concentrate', 'mixed-compound', 'oxide', 'salt', 'metal', 'alloy', 'magnet', 'catalyst',
  'polishing-powder', 'phosphor', 'hydrogen-storage-alloy', 'scrap-pre-consumer', 'scrap-post-consumer',
  'slag', 'tailings',
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** Each category's name in Chinese and English, as the annual report and the web app show it. */
export const CATEGORY_NAMES: Readonly<Record<ProductCategory, readonly [string, string]>> = Object.freeze({
  ore: ['原矿', 'Ore'], concentrate: ['精矿', 'Concentrate'], 'mixed-compound': ['混合稀土化合物', 'Mixed compounds'], oxide: ['稀土氧化物', 'Oxides'],
  salt: ['稀土盐类', 'Salts'], metal: ['稀土金属', 'Metals'], alloy: ['稀土合金', 'Alloys'], magnet: ['永磁材料', 'Magnets'], catalyst: ['催化材料', 'Catalysts'],
  'polishing-powder': ['抛光粉', 'Polishing powders'], phosphor: ['发光材料', 'Phosphors'], 'hydrogen-storage-alloy': ['储氢合金', 'Hydrogen-storage alloys'],
  'scrap-pre-consumer': ['生产废料', 'Pre-consumer scrap'], 'scrap-post-consumer': ['报废产品', 'Post-consumer scrap'], slag: ['废渣', 'Slag'], tailings: ['尾矿', 'Tailings'],
});

export const CHAIN_STAGES = ['mining', 'separation', 'metal', 'material', 'recycling', 'residue'] as const;
export type ChainStage = (typeof CHAIN_STAGES)[number];

export type RecycledSource = 'pre-consumer' | 'post-consumer';

export interface Product {
  /** Stable kebab-case identifier; stored in lots, so never renamed. */
  readonly code: string;
  readonly category: ProductCategory;
  readonly stage: ChainStage;
  readonly hsCode: string;
  readonly names: { readonly zh: string; readonly en: string };
  /** Typical element-metal mass fractions of a lot of this product; sum ≤ 1. */
  readonly typicalFractions: Readonly<ElementFractions>;
  /** Ore and concentrate: the mineral products recyclers may not buy or process
   * (shared/DOMAIN.md, quota notices). */
  readonly mineral: boolean;
  readonly recycledSource?: RecycledSource;
  /** Thorium-bearing material whose handling and disposal are regulated. */
  readonly radioactive?: boolean;
  /** Elements honest lots may carry beyond the typical mix (scrap of the grades it is left of). */
  readonly alsoCarries?: readonly ElementSymbol[];
}

/** Where a category's products usually sit in the chain; a product may say otherwise. */
const STAGE_OF_CATEGORY: Record<ProductCategory, ChainStage> = {
  ore: 'mining',
  concentrate: 'mining',
  'mixed-compound': 'separation',
  oxide: 'separation',
  salt: 'separation',
  metal: 'metal',
  alloy: 'metal',
  magnet: 'material',
  catalyst: 'material',
  'polishing-powder': 'material',
  phosphor: 'material',
  'hydrogen-storage-alloy': 'material',
  'scrap-pre-consumer': 'recycling',
  'scrap-post-consumer': 'recycling',
  slag: 'residue',
  tailings: 'residue',
};

type Shares = Partial<Record<ElementSymbol, number>>;

/** Fractions rounded to a millionth: finer digits would be false precision and noisy JSON. */
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Element fractions of a lot that is `reoFraction` rare earth oxide, with `sharesPercent`
 * giving each element's oxide as a percentage of the REO (the way assays are reported).
 */
function fromReo(reoFraction: number, sharesPercent: Shares): ElementFractions {
  let sum = 0;
  const out: ElementFractions = {};
  for (const [symbol, share] of Object.entries(sharesPercent) as [ElementSymbol, number][]) {
    sum += share;
    const fraction = round6((reoFraction * share) / 100 / ELEMENTS[symbol].oxideFactor);
    if (fraction > 0) out[symbol] = fraction;
  }
  if (Math.abs(sum - 100) > 1e-6) throw new RangeError(`REO shares sum to ${sum} %, not 100 %`);
  return out;
}

/** One separated oxide of the given purity, as element fractions. */
function pureOxide(symbol: ElementSymbol, purity = 0.99): ElementFractions {
  return fromReo(purity, { [symbol]: 100 });
}

/** REF3 fluorides of a given RE mix (shares by RE mass), stoichiometric. */
function fluoride(reShares: Shares, purity = 0.99): ElementFractions {
  const FLUORINE_ATOMIC_WEIGHT = 18.998;
  const entries = Object.entries(reShares) as [ElementSymbol, number][];
  const shareSum = entries.reduce((s, [, share]) => s + share, 0);
  // Salt mass per unit of RE mass in the mix.
  const saltPerRe = entries.reduce(
    (s, [symbol, share]) => s + (share / shareSum) * (1 + (3 * FLUORINE_ATOMIC_WEIGHT) / ELEMENTS[symbol].atomicWeight),
    0,
  );
  const out: ElementFractions = {};
  for (const [symbol, share] of entries) out[symbol] = round6((purity * share) / shareSum / saltPerRe);
  return out;
}

/** A blend of other products' compositions by mass. */
function blend(parts: readonly (readonly [ElementFractions, number])[]): ElementFractions {
  const out: ElementFractions = {};
  for (const [fractions, weight] of parts) {
    for (const [symbol, fraction] of Object.entries(fractions) as [ElementSymbol, number][]) {
      out[symbol] = (out[symbol] ?? 0) + fraction * weight;
    }
  }
  for (const symbol of Object.keys(out) as ElementSymbol[]) out[symbol] = round6(out[symbol] ?? 0);
  return out;
}

// REO distributions (% of REO). Bayan Obo: shared/DOMAIN.md gives CeO2 ≈ 50 % and light REE
// > 95 %; the other shares are an estimate in line with published assays.
const BAYAN_OBO: Shares = { La: 26.0, Ce: 50.5, Pr: 5.1, Nd: 16.2, Sm: 1.1, Eu: 0.2, Gd: 0.4, Tb: 0.1, Dy: 0.1, Y: 0.3 };
// Sichuan (Mianning) bastnaesite: CeO2 ≈ 47 % (shared/DOMAIN.md); the rest an estimate.
const SICHUAN: Shares = { La: 33.0, Ce: 47.0, Pr: 4.3, Nd: 12.0, Sm: 1.5, Eu: 0.3, Gd: 0.6, Tb: 0.1, Dy: 0.2, Y: 1.0 };
// Longnan high-Y ionic clay: Y2O3 64.8 % and heavy REE 89.4 % (shared/DOMAIN.md). The 89.4 %
// only adds up with the two-group split (heavy = Gd–Lu + Y), which the other shares follow.
const LONGNAN: Shares = {
  La: 2.2, Ce: 1.0, Pr: 1.1, Nd: 3.5, Sm: 2.3, Eu: 0.5, Gd: 5.7, Tb: 1.1, Dy: 7.5, Ho: 1.6, Er: 4.3, Tm: 0.6,
  Yb: 3.3, Lu: 0.5, Y: 64.8,
};
// Xunwu light ionic clay: light REE 93 % (shared/DOMAIN.md), read as La–Eu like Longnan's
// split; the individual shares are an estimate.
const XUNWU: Shares = {
  La: 42.0, Ce: 6.0, Pr: 8.5, Nd: 31.0, Sm: 5.0, Eu: 0.5, Gd: 2.5, Tb: 0.3, Dy: 1.0, Ho: 0.2, Er: 0.5, Tm: 0.1,
  Yb: 0.3, Lu: 0.1, Y: 2.0,
};
// Medium-Y, Eu-rich ionic clay: Y2O3 > 20 %, Eu2O3 > 0.5 % (shared/DOMAIN.md); the rest an estimate.
const MEDIUM_Y_EU: Shares = {
  La: 27.6, Ce: 3.2, Pr: 5.6, Nd: 17.6, Sm: 4.2, Eu: 0.9, Gd: 4.8, Tb: 0.7, Dy: 3.9, Ho: 0.8, Er: 2.3, Tm: 0.3,
  Yb: 1.9, Lu: 0.3, Y: 25.9,
};
// Monazite: not in shared/DOMAIN.md; an estimate from typical beach-sand monazite assays.
const MONAZITE: Shares = { La: 23.0, Ce: 46.0, Pr: 5.0, Nd: 18.0, Sm: 3.0, Eu: 0.1, Gd: 1.8, Tb: 0.3, Dy: 0.7, Er: 0.1, Y: 2.0 };
// PrNd products carry Pr:Nd of about 25:75 (estimate, the usual commercial ratio).
const PR_ND: Shares = { Pr: 25, Nd: 75 };

// Tri-band lamp phosphor components, from their stoichiometry (dopant levels vary by maker).
const RED_Y2O3_EU = fromReo(0.995, { Y: 93.4, Eu: 6.6 });
/** (La0.45Ce0.40Tb0.15)PO4. */
const GREEN_LAP: ElementFractions = { La: 0.2633, Ce: 0.2361, Tb: 0.1004 };
/** Ba0.9Eu0.1MgAl10O17. */
const BLUE_BAM: ElementFractions = { Eu: 0.0216 };

interface ProductInput {
  readonly category: ProductCategory;
  readonly hsCode: string;
  readonly zh: string;
  readonly en: string;
  readonly fractions: ElementFractions;
  readonly stage?: ChainStage;
  readonly radioactive?: boolean;
  readonly alsoCarries?: readonly ElementSymbol[];
}

/** NdFeB scrap is also left of the grades that substitute Ce and La for part of the Nd
 * (magnet-cefeb, up to about a third of the rare earths). */
const CE_SUBSTITUTED: readonly ElementSymbol[] = ['La', 'Ce'];

const CATALOGUE: Record<string, ProductInput> = {
  // ── Mining: ores. China's tariff has a subheading for rare earth ores, 2530.9020. Ore grades
  // are not in shared/DOMAIN.md: estimates.
  'ore-bayan-obo': { category: 'ore', hsCode: '2530.9020', zh: '白云鄂博稀土铁矿石', en: 'Bayan Obo rare earth–iron ore', fractions: fromReo(0.06, BAYAN_OBO) },
  'ore-mianning-bastnaesite': { category: 'ore', hsCode: '2530.9020', zh: '冕宁氟碳铈矿原矿', en: 'Mianning bastnaesite ore', fractions: fromReo(0.03, SICHUAN) },
  'ore-ionic-high-y': { category: 'ore', hsCode: '2530.9020', zh: '高钇型离子吸附型稀土矿', en: 'Ion-adsorption clay ore, high-yttrium (Longnan type)', fractions: fromReo(0.001, LONGNAN) },
  'ore-ionic-light': { category: 'ore', hsCode: '2530.9020', zh: '轻稀土型离子吸附型稀土矿', en: 'Ion-adsorption clay ore, light (Xunwu type)', fractions: fromReo(0.001, XUNWU) },
  'ore-ionic-medium-y-eu': { category: 'ore', hsCode: '2530.9020', zh: '中钇富铕型离子吸附型稀土矿', en: 'Ion-adsorption clay ore, medium-yttrium europium-rich', fractions: fromReo(0.001, MEDIUM_Y_EU) },

  // ── Mining: concentrates.
  'concentrate-bayan-obo': { category: 'concentrate', hsCode: '2530.9020', zh: '白云鄂博稀土精矿', en: 'Bayan Obo rare earth concentrate', fractions: fromReo(0.5, BAYAN_OBO) },
  'concentrate-mianning': { category: 'concentrate', hsCode: '2530.9020', zh: '四川氟碳铈矿精矿', en: 'Sichuan (Mianning) bastnaesite concentrate', fractions: fromReo(0.5, SICHUAN) },
  // Ionic-clay "concentrates" are leached, precipitated mixed oxides: chemically heading 2846,
  // regulated as mineral products. 92 % REO is an estimate of the usual grade.
  'concentrate-ionic-high-y': { category: 'concentrate', hsCode: '2846.90', zh: '高钇型离子稀土精矿（混合氧化物）', en: 'Ionic rare earth concentrate, high-yttrium (mixed oxide)', fractions: fromReo(0.92, LONGNAN) },
  'concentrate-ionic-light': { category: 'concentrate', hsCode: '2846.90', zh: '轻稀土型离子稀土精矿（混合氧化物）', en: 'Ionic rare earth concentrate, light (mixed oxide)', fractions: fromReo(0.92, XUNWU) },
  'concentrate-ionic-medium-y-eu': { category: 'concentrate', hsCode: '2846.90', zh: '中钇富铕型离子稀土精矿（混合氧化物）', en: 'Ionic rare earth concentrate, medium-yttrium europium-rich (mixed oxide)', fractions: fromReo(0.92, MEDIUM_Y_EU) },
  // Monazite is a thorium phosphate, classified with thorium ores (2612.20) — the one rare
  // earth feed that heading fits. 60 % REO is an estimate.
  'concentrate-monazite': { category: 'concentrate', hsCode: '2612.20', zh: '独居石精矿', en: 'Monazite concentrate', fractions: fromReo(0.6, MONAZITE), radioactive: true },

  // ── Separation: mixed compounds (REO contents are estimates).
  'mixed-carbonate-light': { category: 'mixed-compound', hsCode: '2846.90', zh: '混合碳酸稀土', en: 'Mixed rare earth carbonate (light)', fractions: fromReo(0.45, BAYAN_OBO) },
  'mixed-chloride-light': { category: 'mixed-compound', hsCode: '2846.9028', zh: '混合氯化稀土', en: 'Mixed rare earth chloride (light)', fractions: fromReo(0.45, BAYAN_OBO) },
  'mixed-oxide-lace': { category: 'mixed-compound', hsCode: '2846.90', zh: '氧化镧铈', en: 'Lanthanum–cerium oxide', fractions: fromReo(0.99, { La: 35, Ce: 65 }) },
  'mixed-oxide-smeugd': { category: 'mixed-compound', hsCode: '2846.9019', zh: '钐铕钆富集物', en: 'Samarium–europium–gadolinium enriched oxide', fractions: fromReo(0.9, { Sm: 55, Eu: 8, Gd: 37 }) },
  'mixed-oxide-heavy': { category: 'mixed-compound', hsCode: '2846.9019', zh: '重稀土富集物', en: 'Heavy rare earth enriched oxide', fractions: fromReo(0.95, { Tb: 3, Dy: 20, Ho: 5, Er: 15, Tm: 2, Yb: 12, Lu: 2, Y: 41 }) },

  // ── Separation: separated oxides, 99 % of the named oxide (estimate; high-value heavy oxides
  // often ship at 99.9 % or better). Cerium compounds have their own subheading, 2846.10.
  'oxide-la': { category: 'oxide', hsCode: '2846.90', zh: '氧化镧', en: 'Lanthanum oxide', fractions: pureOxide('La') },
  'oxide-ce': { category: 'oxide', hsCode: '2846.10', zh: '氧化铈', en: 'Cerium oxide', fractions: pureOxide('Ce') },
  'oxide-pr': { category: 'oxide', hsCode: '2846.90', zh: '氧化镨', en: 'Praseodymium oxide', fractions: pureOxide('Pr') },
  'oxide-nd': { category: 'oxide', hsCode: '2846.90', zh: '氧化钕', en: 'Neodymium oxide', fractions: pureOxide('Nd') },
  'oxide-ndpr': { category: 'oxide', hsCode: '2846.90', zh: '氧化镨钕', en: 'Praseodymium–neodymium oxide', fractions: fromReo(0.99, PR_ND) },
  'oxide-sm': { category: 'oxide', hsCode: '2846.9019', zh: '氧化钐', en: 'Samarium oxide', fractions: pureOxide('Sm') },
  'oxide-eu': { category: 'oxide', hsCode: '2846.90', zh: '氧化铕', en: 'Europium oxide', fractions: pureOxide('Eu') },
  'oxide-gd': { category: 'oxide', hsCode: '2846.9019', zh: '氧化钆', en: 'Gadolinium oxide', fractions: pureOxide('Gd') },
  'oxide-tb': { category: 'oxide', hsCode: '2846.90', zh: '氧化铽', en: 'Terbium oxide', fractions: pureOxide('Tb') },
  'oxide-dy': { category: 'oxide', hsCode: '2846.90', zh: '氧化镝', en: 'Dysprosium oxide', fractions: pureOxide('Dy') },
  'oxide-ho': { category: 'oxide', hsCode: '2846.90', zh: '氧化钬', en: 'Holmium oxide', fractions: pureOxide('Ho') },
  'oxide-er': { category: 'oxide', hsCode: '2846.9019', zh: '氧化铒', en: 'Erbium oxide', fractions: pureOxide('Er') },
  'oxide-yb': { category: 'oxide', hsCode: '2846.9019', zh: '氧化镱', en: 'Ytterbium oxide', fractions: pureOxide('Yb') },
  'oxide-lu': { category: 'oxide', hsCode: '2846.90', zh: '氧化镥', en: 'Lutetium oxide', fractions: pureOxide('Lu') },
  'oxide-y': { category: 'oxide', hsCode: '2846.90', zh: '氧化钇', en: 'Yttrium oxide', fractions: pureOxide('Y') },
  'oxide-sc': { category: 'oxide', hsCode: '2846.9019', zh: '氧化钪', en: 'Scandium oxide', fractions: pureOxide('Sc') },

  // ── Separation: salts. Carbonates and chlorides are hydrated to varying degrees and traded by
  // REO content (45 %, estimate); fluorides are anhydrous, so stoichiometric.
  'salt-ce-carbonate': { category: 'salt', hsCode: '2846.10', zh: '碳酸铈', en: 'Cerium carbonate', fractions: fromReo(0.45, { Ce: 100 }) },
  'salt-la-carbonate': { category: 'salt', hsCode: '2846.90', zh: '碳酸镧', en: 'Lanthanum carbonate', fractions: fromReo(0.45, { La: 100 }) },
  'salt-la-chloride': { category: 'salt', hsCode: '2846.9023', zh: '氯化镧', en: 'Lanthanum chloride', fractions: fromReo(0.45, { La: 100 }) },
  'salt-ndpr-fluoride': { category: 'salt', hsCode: '2846.90', zh: '氟化镨钕', en: 'Praseodymium–neodymium fluoride', fractions: fluoride(PR_ND) },
  'salt-dy-fluoride': { category: 'salt', hsCode: '2846.9032', zh: '氟化镝', en: 'Dysprosium fluoride', fractions: fluoride({ Dy: 100 }) },

  // ── Metal smelting: metals, 99 % total rare earth metal (estimate).
  'metal-la': { category: 'metal', hsCode: '2805.3014', zh: '金属镧', en: 'Lanthanum metal', fractions: { La: 0.99 } },
  'metal-ce': { category: 'metal', hsCode: '2805.3015', zh: '金属铈', en: 'Cerium metal', fractions: { Ce: 0.99 } },
  'metal-pr': { category: 'metal', hsCode: '2805.3016', zh: '金属镨', en: 'Praseodymium metal', fractions: { Pr: 0.99 } },
  'metal-nd': { category: 'metal', hsCode: '2805.3011', zh: '金属钕', en: 'Neodymium metal', fractions: { Nd: 0.99 } },
  'metal-ndpr': { category: 'metal', hsCode: '2805.30', zh: '镨钕金属', en: 'Praseodymium–neodymium metal', fractions: { Pr: 0.2475, Nd: 0.7425 } },
  'metal-sm': { category: 'metal', hsCode: '2805.3019', zh: '金属钐', en: 'Samarium metal', fractions: { Sm: 0.99 } },
  'metal-gd': { category: 'metal', hsCode: '2805.3019', zh: '金属钆', en: 'Gadolinium metal', fractions: { Gd: 0.99 } },
  'metal-tb': { category: 'metal', hsCode: '2805.3013', zh: '金属铽', en: 'Terbium metal', fractions: { Tb: 0.99 } },
  'metal-dy': { category: 'metal', hsCode: '2805.3012', zh: '金属镝', en: 'Dysprosium metal', fractions: { Dy: 0.99 } },
  'metal-y': { category: 'metal', hsCode: '2805.3017', zh: '金属钇', en: 'Yttrium metal', fractions: { Y: 0.99 } },
  'metal-sc': { category: 'metal', hsCode: '2805.3018', zh: '金属钪', en: 'Scandium metal', fractions: { Sc: 0.99 } },
  // Intermixed rare earth metals stay in 2805.30 ("whether or not intermixed or interalloyed").
  'metal-mischmetal-lace': { category: 'metal', hsCode: '2805.30', zh: '镧铈混合稀土金属', en: 'Lanthanum–cerium mischmetal', fractions: { La: 0.3465, Ce: 0.6435 } },

  // ── Metal smelting: alloys with iron or magnesium (RE contents estimates). Rare earth–iron
  // master alloys are put under ferro-alloys, 7202.99 (HS unsure); rare earth ferrosilicon has
  // its own Chinese subheading.
  'alloy-dyfe': { category: 'alloy', hsCode: '7202.99', zh: '镝铁合金', en: 'Dysprosium–iron alloy', fractions: { Dy: 0.8 } },
  'alloy-gdfe': { category: 'alloy', hsCode: '7202.99', zh: '钆铁合金', en: 'Gadolinium–iron alloy', fractions: { Gd: 0.75 } },
  'alloy-hofe': { category: 'alloy', hsCode: '7202.99', zh: '钬铁合金', en: 'Holmium–iron alloy', fractions: { Ho: 0.8 } },
  'alloy-re-si-fe': { category: 'alloy', hsCode: '7202.9991', zh: '稀土硅铁合金', en: 'Rare earth ferrosilicon', fractions: { La: 0.08, Ce: 0.15, Pr: 0.015, Nd: 0.05 } },
  // Magnesium master alloy, unwrought magnesium (HS unsure).
  'alloy-mg-y': { category: 'alloy', hsCode: '8104.19', zh: '镁钇中间合金', en: 'Magnesium–yttrium master alloy', fractions: { Y: 0.3 } },
  // Strip-cast NdFeB flakes, made by magnet makers: a material-stage alloy (HS unsure).
  'alloy-ndfeb-strip': { category: 'alloy', stage: 'material', hsCode: '7202.99', zh: '钕铁硼速凝合金片', en: 'NdFeB strip-cast alloy flakes', fractions: { Pr: 0.075, Nd: 0.225, Dy: 0.005 } },

  // ── Materials: magnets. Sintered NdFeB: ~31 % RE within shared/DOMAIN.md's 29–32 %.
  'magnet-ndfeb-sintered': { category: 'magnet', hsCode: '8505.11', zh: '烧结钕铁硼永磁体', en: 'Sintered NdFeB magnet', fractions: { Pr: 0.065, Nd: 0.225, Tb: 0.005, Dy: 0.015 } },
  // Traction-motor grades carry more Dy/Tb (estimate).
  'magnet-ndfeb-sintered-high-coercivity': { category: 'magnet', hsCode: '8505.11', zh: '高矫顽力烧结钕铁硼永磁体', en: 'Sintered NdFeB magnet, high coercivity', fractions: { Pr: 0.065, Nd: 0.205, Tb: 0.01, Dy: 0.035 } },
  // Powder in a polymer binder: "other than of metal", 8505.19 (estimate).
  'magnet-ndfeb-bonded': { category: 'magnet', hsCode: '8505.19', zh: '粘结钕铁硼永磁体', en: 'Bonded NdFeB magnet', fractions: { Pr: 0.06, Nd: 0.205 } },
  'magnet-cefeb': { category: 'magnet', hsCode: '8505.11', zh: '铈铁硼永磁体', en: 'Ce-Fe-B magnet', fractions: { La: 0.01, Ce: 0.09, Pr: 0.05, Nd: 0.16 } },
  // Sm2Co17, the common SmCo grade (estimate, 23–26 % Sm).
  'magnet-smco': { category: 'magnet', hsCode: '8505.11', zh: '钐钴永磁体（2:17型）', en: 'SmCo magnet (Sm2Co17)', fractions: { Sm: 0.25 } },
  // SmCo5: 33.8 % Sm by stoichiometry, made Sm-rich (estimate).
  'magnet-smco5': { category: 'magnet', hsCode: '8505.11', zh: '钐钴永磁体（1:5型）', en: 'SmCo magnet (SmCo5)', fractions: { Sm: 0.36 } },

  // ── Materials: catalysts (estimates).
  'catalyst-fcc': { category: 'catalyst', hsCode: '3815.90', zh: '石油裂化催化剂（FCC）', en: 'Fluid catalytic cracking catalyst', fractions: { La: 0.025, Ce: 0.002 } },
  // CeO2–ZrO2 oxygen-storage material: ~40 % CeO2, 5 % each La2O3 and Y2O3 (HS unsure: sold
  // as a catalyst component, chemically also a 2846 mixed oxide).
  // Ceria–zirconia is doped with praseodymia or neodymia as well as lanthana and yttria, grade by grade.
  'catalyst-ceria-zirconia': { category: 'catalyst', hsCode: '3815.90', zh: '铈锆储氧材料', en: 'Ceria–zirconia oxygen-storage material', fractions: fromReo(0.5, { Ce: 80, La: 10, Y: 10 }), alsoCarries: ['Pr', 'Nd'] },
  // Coated monolith with precious metal: CeO2 ~6 % of its mass.
  // The washcoat's ceria–zirconia oxygen-storage material is stabilised with yttria or neodymia
  // besides lanthana and praseodymia, maker by maker.
  'catalyst-auto-three-way': { category: 'catalyst', hsCode: '3815.12', zh: '汽车尾气三元催化剂', en: 'Automotive three-way catalyst', fractions: fromReo(0.065, { Ce: 90, La: 5, Pr: 5 }), alsoCarries: ['Y', 'Nd'] },

  // ── Materials: polishing powders (estimates).
  'polishing-ceria': { category: 'polishing-powder', hsCode: '2846.10', zh: '高铈抛光粉', en: 'High-cerium polishing powder', fractions: fromReo(0.98, { Ce: 99, La: 1 }) },
  // Fluorinated La-Ce oxide, a preparation rather than a defined compound (HS unsure).
  'polishing-lace': { category: 'polishing-powder', hsCode: '3824.99', zh: '镧铈抛光粉', en: 'Lanthanum–cerium polishing powder', fractions: fromReo(0.9, { Ce: 63, La: 36, Pr: 1 }) },

  // ── Materials: phosphors. Luminophores are 3206.50, except that China's tariff puts the
  // Y2O3:Eu red powder under rare earth oxides (2846.9019).
  'phosphor-red-y2o3-eu': { category: 'phosphor', hsCode: '2846.9019', zh: '稀土红粉（氧化钇铕）', en: 'Red phosphor Y2O3:Eu', fractions: RED_Y2O3_EU },
  'phosphor-green-lap': { category: 'phosphor', hsCode: '3206.50', zh: '稀土绿粉（磷酸镧铈铽）', en: 'Green phosphor LaPO4:Ce,Tb', fractions: GREEN_LAP },
  'phosphor-blue-bam': { category: 'phosphor', hsCode: '3206.50', zh: '稀土蓝粉（铝酸钡镁铕）', en: 'Blue phosphor BaMgAl10O17:Eu', fractions: BLUE_BAM },
  // Lamp blend 55 % red, 35 % green, 10 % blue by mass (estimate).
  'phosphor-triband': { category: 'phosphor', hsCode: '3206.50', zh: '稀土三基色荧光粉', en: 'Tri-band phosphor blend', fractions: blend([[RED_Y2O3_EU, 0.55], [GREEN_LAP, 0.35], [BLUE_BAM, 0.1]]) },
  /** (Y0.97Ce0.03)3Al5O12, for white LEDs. */
  'phosphor-yag-ce': { category: 'phosphor', hsCode: '3206.50', zh: '钇铝石榴石荧光粉', en: 'YAG:Ce phosphor', fractions: { Y: 0.4325, Ce: 0.0211 } },

  // ── Materials: hydrogen-storage alloys, nickel-based powders (7504.00, HS unsure).
  // AB5: mischmetal ~33 % (estimate).
  'hsa-ab5': { category: 'hydrogen-storage-alloy', hsCode: '7504.00', zh: 'AB5型稀土储氢合金粉', en: 'AB5 hydrogen-storage alloy', fractions: { La: 0.105, Ce: 0.165, Pr: 0.015, Nd: 0.045 } },
  'hsa-la-mg-ni': { category: 'hydrogen-storage-alloy', hsCode: '7504.00', zh: '稀土镁镍系储氢合金粉', en: 'La–Mg–Ni (A2B7) hydrogen-storage alloy', fractions: { La: 0.2, Nd: 0.02, Sm: 0.04 } },

  // ── Recycling, pre-consumer (estimates). Scrap headings are judgement calls (HS unsure).
  // Swarf is oxidised and wet with coolant, so leaner than the magnets it came from.
  'scrap-ndfeb-swarf': { category: 'scrap-pre-consumer', hsCode: '2620.99', zh: '钕铁硼油泥（磨削废料）', en: 'NdFeB swarf and grinding sludge', fractions: { Pr: 0.05, Nd: 0.17, Tb: 0.004, Dy: 0.012 }, alsoCarries: CE_SUBSTITUTED },
  'scrap-ndfeb-solid': { category: 'scrap-pre-consumer', hsCode: '7204.49', zh: '钕铁硼块状废料', en: 'NdFeB off-cuts and rejects', fractions: { Pr: 0.065, Nd: 0.22, Tb: 0.005, Dy: 0.015 }, alsoCarries: CE_SUBSTITUTED },
  // Cobalt-dominated, so cobalt waste and scrap.
  'scrap-smco': { category: 'scrap-pre-consumer', hsCode: '8105.30', zh: '钐钴废料', en: 'SmCo scrap', fractions: { Sm: 0.25 } },
  'scrap-re-metal': { category: 'scrap-pre-consumer', hsCode: '2805.30', zh: '稀土金属边角料及熔炼废料', en: 'Rare earth metal off-cuts and dross', fractions: { Pr: 0.2, Nd: 0.6 } },
  'scrap-polishing-powder': { category: 'scrap-pre-consumer', hsCode: '2620.99', zh: '废稀土抛光粉', en: 'Spent rare earth polishing powder', fractions: { La: 0.15, Ce: 0.3 } },

  // ── Recycling, post-consumer: end-of-life products, low RE fraction (estimates). Waste
  // electrical and electronic equipment is heading 8549 since HS 2022 (subheadings unsure).
  'eol-motor': { category: 'scrap-post-consumer', hsCode: '8549.99', zh: '报废永磁电机', en: 'End-of-life permanent-magnet motors', fractions: { Pr: 0.0013, Nd: 0.0045, Tb: 0.0001, Dy: 0.0005 } },
  'eol-hdd': { category: 'scrap-post-consumer', hsCode: '8549.99', zh: '报废硬盘驱动器', en: 'End-of-life hard disk drives', fractions: { Pr: 0.0016, Nd: 0.006, Dy: 0.0003 } },
  'eol-ndfeb-magnets': { category: 'scrap-post-consumer', hsCode: '7204.49', zh: '拆解回收的废旧钕铁硼磁体', en: 'NdFeB magnets recovered from end-of-life products', fractions: { Pr: 0.06, Nd: 0.215, Tb: 0.005, Dy: 0.02 }, alsoCarries: CE_SUBSTITUTED },
  'eol-nimh-battery': { category: 'scrap-post-consumer', hsCode: '8549.13', zh: '废旧镍氢电池', en: 'End-of-life NiMH batteries', fractions: { La: 0.04, Ce: 0.03, Pr: 0.004, Nd: 0.012 } },
  'eol-lamp-phosphor': { category: 'scrap-post-consumer', hsCode: '8549.99', zh: '废荧光灯荧光粉', en: 'Phosphor powder from end-of-life lamps', fractions: { Y: 0.1, La: 0.02, Ce: 0.015, Eu: 0.007, Tb: 0.006 } },
  'eol-consumer-electronics': { category: 'scrap-post-consumer', hsCode: '8549.21', zh: '废弃电子产品', en: 'End-of-life consumer electronics', fractions: { Pr: 0.0001, Nd: 0.0004 } },

  // ── Residues: slag (estimates). Heading 2620/2621 (HS unsure: thorium-bearing residues may
  // instead be declared as radioactive residues, 2844).
  'slag-water-leach-residue': { category: 'slag', hsCode: '2621.90', zh: '酸法焙烧水浸渣（含钍放射性废渣）', en: 'Water-leach residue of acid roasting (thorium-bearing)', fractions: { La: 0.003, Ce: 0.006, Pr: 0.0006, Nd: 0.002 }, radioactive: true },
  'slag-monazite-residue': { category: 'slag', hsCode: '2621.90', zh: '独居石碱分解优溶渣', en: 'Monazite caustic-crack residue (thorium-bearing)', fractions: { La: 0.005, Ce: 0.01, Pr: 0.001, Nd: 0.004 }, radioactive: true },
  // Fluoride slag of molten-salt electrolysis: rich in RE and not radioactive, a recycling feed.
  'slag-electrolysis': { category: 'slag', hsCode: '2620.99', zh: '稀土熔盐电解渣', en: 'Rare earth molten-salt electrolysis slag', fractions: { Pr: 0.08, Nd: 0.25 }, radioactive: false },
  // Iron-rich leach residue left when NdFeB scrap is recycled; not thorium-bearing (estimate).
  'slag-recycling-residue': { category: 'slag', hsCode: '2620.99', zh: '钕铁硼废料回收浸出渣', en: 'Leach residue of NdFeB scrap recycling', fractions: { Pr: 0.001, Nd: 0.004 }, radioactive: false },

  // ── Residues: tailings (REO grades are estimates; HS unsure).
  'tailings-bayan-obo': { category: 'tailings', hsCode: '2621.90', zh: '白云鄂博选矿尾矿', en: 'Bayan Obo beneficiation tailings', fractions: fromReo(0.068, BAYAN_OBO) },
  'tailings-bastnaesite': { category: 'tailings', hsCode: '2621.90', zh: '氟碳铈矿浮选尾矿', en: 'Bastnaesite flotation tailings', fractions: fromReo(0.01, SICHUAN) },
  'tailings-ionic-leach': { category: 'tailings', hsCode: '2621.90', zh: '离子型稀土浸矿尾砂', en: 'Ion-adsorption clay leach tailings', fractions: fromReo(0.0002, MEDIUM_Y_EU) },
};

const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HS_CODE_PATTERN = /^\d{4}(?:\.\d{2}(?:\d{2})?)?$/;

function recycledSourceOf(category: ProductCategory): RecycledSource | undefined {
  if (category === 'scrap-pre-consumer') return 'pre-consumer';
  if (category === 'scrap-post-consumer') return 'post-consumer';
  return undefined;
}

function buildProduct(code: string, input: ProductInput): Product {
  // A malformed entry is a bug in this file: fail at load, not when a lot first uses it.
  if (!CODE_PATTERN.test(code)) throw new RangeError(`product code ${JSON.stringify(code)} is not kebab-case`);
  if (!HS_CODE_PATTERN.test(input.hsCode)) throw new RangeError(`product ${code}: malformed HS code ${input.hsCode}`);
  const fractionsSum = Object.values(input.fractions).reduce((s, f) => s + (f ?? 0), 0);
  if (fractionsSum > 1) throw new RangeError(`product ${code}: fractions sum to ${fractionsSum}`);

  const recycledSource = recycledSourceOf(input.category);
  const product: Product = {
    code,
    category: input.category,
    stage: input.stage ?? STAGE_OF_CATEGORY[input.category],
    hsCode: input.hsCode,
    names: Object.freeze({ zh: input.zh, en: input.en }),
    typicalFractions: Object.freeze({ ...input.fractions }),
    mineral: input.category === 'ore' || input.category === 'concentrate',
    ...(recycledSource === undefined ? {} : { recycledSource }),
    ...(input.radioactive === undefined ? {} : { radioactive: input.radioactive }),
    ...(input.alsoCarries === undefined ? {} : { alsoCarries: Object.freeze([...input.alsoCarries]) }),
  };
  return Object.freeze(product);
}

export const PRODUCTS: readonly Product[] = Object.freeze(
  Object.entries(CATALOGUE).map(([code, input]) => buildProduct(code, input)),
);

export const PRODUCT_CODES: readonly string[] = Object.freeze(PRODUCTS.map((p) => p.code));

const PRODUCTS_BY_CODE: ReadonlyMap<string, Product> = new Map(PRODUCTS.map((p) => [p.code, p]));

/** What a process takes in as separation feed: ore, concentrate and mixed compounds (carbonates,
 * chlorides) still to be separated into single elements. Their REO counts against a separation
 * quota and needs a separation licence (Order 71), in the rules and the statistics alike. */
export const SEPARATION_FEED_CATEGORIES: readonly ProductCategory[] = ['ore', 'concentrate', 'mixed-compound'];

export function isSeparationFeed(product: string): boolean {
  const category = productByCode(product)?.category;
  return category !== undefined && SEPARATION_FEED_CATEGORIES.includes(category);
}

export function productByCode(code: string): Product | undefined {
  return PRODUCTS_BY_CODE.get(code);
}
