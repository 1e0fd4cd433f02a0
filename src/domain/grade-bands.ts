// How rich in rare earths a lot of each product can be: the band of its grade (rare earth metal
// over the lot's mass) that its chemistry allows. A compound can never hold more rare earth than
// its pure, anhydrous form (a carbonate is not richer than RE2(CO3)3, an oxide than RE2O3, a
// concentrate than its mineral); a material made to a recipe (a magnet, an alloy, a phosphor)
// holds what its formula puts in, and its scrap no more than the material it is left of
// (oxidation, coolant and coatings only dilute). Lots richer than the band are something else under
// the label: fresh metal or oxide "collected" as magnet scrap, an oxide "extracted" as
// concentrate. A floor is set only where the label names a pure substance (metals, separated and
// mixed oxides, fluorides) or a formula (magnets, alloys): a "mixed oxide" at a concentrate's
// grade is the concentrate.
//
// Products without a band are judged by `misdeclared-product`'s wide factor on their typical grade:
// ores, tailings and slag, whose grade follows the deposit or the feed, and whole end-of-life
// assemblies (motors, drives, electronics), whose grade is the share of their mass the magnet
// makes up, a matter of design. Figures: stoichiometry from standard atomic weights (src/domain/
// elements.ts), shared/DOMAIN.md where it has them, and otherwise judgement, said so beside each.
import { ELEMENTS, ELEMENT_SYMBOLS, OXYGEN_ATOMIC_WEIGHT } from './elements.ts';
import { PRODUCTS, productByCode, type Product } from './products.ts';

export interface GradeBand {
  /** Least rare earth metal as a share of the lot's mass (0: no floor). */
  readonly min: number;
  /** Most rare earth metal as a share of the lot's mass. */
  readonly max: number;
  /** Where the figures come from. */
  readonly basis: string;
}

/** Grams of anion per mole of rare earth in the anhydrous compound. */
const ANION_GRAMS_PER_MOL = {
  carbonate: 1.5 * (12.011 + 3 * OXYGEN_ATOMIC_WEIGHT),
  chloride: 3 * 35.453,
  fluoride: 3 * 18.998,
  phosphate: 30.974 + 4 * OXYGEN_ATOMIC_WEIGHT,
  fluorocarbonate: 18.998 + 12.011 + 3 * OXYGEN_ATOMIC_WEIGHT,
} as const;
type Anion = keyof typeof ANION_GRAMS_PER_MOL | 'oxide';
const WATER_GRAMS_PER_MOL = 2 * 1.008 + OXYGEN_ATOMIC_WEIGHT;

/** The rare earth share of the pure compound of the product's rare earth mix, anhydrous unless
 * `watersPerRe` molecules of water of crystallisation go with each rare earth atom (the oxide as
 * REO is reported: CeO2, Pr6O11, Tb4O7, the others RE2O3). */
function pureGrade(product: Product, anion: Anion, watersPerRe = 0): number {
  let re = 0;
  let compound = 0;
  for (const e of ELEMENT_SYMBOLS) {
    const grams = product.typicalFractions[e] ?? 0;
    if (grams === 0) continue;
    re += grams;
    compound += grams * (anion === 'oxide' ? ELEMENTS[e].oxideFactor : 1 + (ANION_GRAMS_PER_MOL[anion] + watersPerRe * WATER_GRAMS_PER_MOL) / ELEMENTS[e].atomicWeight);
  }
  return re / compound;
}

type BandOf = (product: Product) => GradeBand;

/** The richest lamp phosphor: pure (Y,Eu)2O3. */
function redPhosphorGrade(): number {
  return pureGrade(productByCode('phosphor-red-y2o3-eu')!, 'oxide');
}

const fixed = (min: number, max: number, basis: string): BandOf => () => ({ min, max, basis });

/** At most the pure compound; at least `pureShareMin` of it (0: no floor). */
const compound = (anion: Anion, pureShareMin: number, basis: string): BandOf => (product) => {
  const max = pureGrade(product, anion);
  return { min: pureShareMin * max, max, basis };
};

/** At most `share` of the pure compound, no floor: a material carrying the compound in a matrix. */
const within = (anion: Anion, share: number, basis: string): BandOf => (product) => ({ min: 0, max: share * pureGrade(product, anion), basis });

/** At most the hydrate with `watersPerRe` waters per rare earth atom, no floor: a salt that is
 * traded as it precipitates, never dried below that hydrate. */
const hydrate = (anion: Anion, watersPerRe: number, basis: string): BandOf => (product) => ({ min: 0, max: pureGrade(product, anion, watersPerRe), basis });

// Sintered NdFeB: 29–32 % rare earths (shared/DOMAIN.md); Nd2Fe14B itself is 26.7 %; Dy/Tb grades
// and the rare earth-rich boundary phase go a little higher (35 %, judgement). The floor leaves
// ~10 % of a magnet's mass to Ni-Cu-Ni, zinc or epoxy coatings (judgement).
const NDFEB_MAX = 0.35;
const NDFEB = fixed(0.24, NDFEB_MAX, 'sintered NdFeB 29–32 % (shared/DOMAIN.md), Nd2Fe14B 26.7 % stoichiometric; up to 35 % for Dy/Tb grades and floor 24 % for coatings (judgement)');
const NDFEB_SCRAP = fixed(0, NDFEB_MAX, 'no richer than the NdFeB magnets it is left of (35 %, see magnet-ndfeb-sintered); oxidation, coolant and dirt only dilute it');
// SmCo: Sm2Co17 is 23.1 % Sm, SmCo5 33.8 % (stoichiometry); commercial 2:17 grades carry about
// 25 % and 1:5 grades are made Sm-rich to about 37 % (trade practice, judgement).
const SMCO5_MAX = 0.38;

const BANDS: Readonly<Record<string, BandOf>> = {
  // Concentrates: never richer than their mineral; ionic concentrates are mixed oxides.
  // Bastnaesite concentrates are floated, and flotation carries its gangue (fluorite, barite, iron
  // oxides) with the mineral: they are traded at 50 % REO (Bayan Obo) and 41.6–55.8 % (Mianning;
  // shared/DOMAIN.md), and nine parts mineral in ten is past what flotation makes (judgement).
  // Bayan Obo's rare earths sit in bastnaesite and monazite, about three parts to one (judgement
  // from the deposit's mineralogy), so its mineral is that mix (about 73 % REO), nine tenths of it
  // about 66 %. Monazite from mineral sands is cleaned by gravity, magnetic and electrostatic
  // separation to near-pure mineral, so it keeps the mineral's bound.
  'concentrate-bayan-obo': (product) => ({
    min: 0,
    max: 0.9 / (0.75 / pureGrade(product, 'fluorocarbonate') + 0.25 / pureGrade(product, 'phosphate')),
    basis: 'nine tenths of its mineral, bastnaesite (REFCO3) and monazite (REPO4) of its mix three parts to one (stoichiometry; the mineral split and the share a flotation concentrate reaches are judgements; traded at 50 % REO, shared/DOMAIN.md)',
  }),
  'concentrate-mianning': within('fluorocarbonate', 0.9, 'nine tenths of pure bastnaesite (REFCO3) of its mix (stoichiometry): a flotation concentrate carries its gangue (judgement; 41.6–55.8 % REO, shared/DOMAIN.md)'),
  'concentrate-monazite': within('phosphate', 1, 'pure monazite (REPO4) of its mix (stoichiometry)'),
  'concentrate-ionic-high-y': within('oxide', 1, 'the pure mixed oxide of its mix (stoichiometry)'),
  'concentrate-ionic-light': within('oxide', 1, 'the pure mixed oxide of its mix (stoichiometry)'),
  'concentrate-ionic-medium-y-eu': within('oxide', 1, 'the pure mixed oxide of its mix (stoichiometry)'),

  // Mixed compounds: carbonates and chlorides are hydrated and wet to any degree, so no floor;
  // a calcined oxide is at least 80 % of its pure form (catalogue 90–99 % REO; judgement).
  // The mixed carbonate is the bulk intermediate precipitated from leach or raffinate liquor with
  // ammonium bicarbonate: it comes down as the octahydrate (lanthanite, RE2(CO3)3·8H2O, ≈ 55 % REO
  // for a light mix) and is shipped as filter cake or dried at the plant, traded at 42–50 % TREO.
  // Drying it further, towards the anhydrous salt (≈ 71 % REO), gains a buyer nothing and starts
  // its decomposition, so a "carbonate" richer than the octahydrate is another material under the
  // label (a mineral concentrate at 60 % REO). High-purity single carbonates, some sold as lower
  // hydrates (lanthanum carbonate as a phosphate binder), keep the anhydrous bound below.
  'mixed-carbonate-light': hydrate('carbonate', 4, 'the octahydrate RE2(CO3)3·8H2O of its mix, as it precipitates (stoichiometry); traded wet or dried at 42–50 % TREO, never drier (judgement)'),
  'mixed-chloride-light': within('chloride', 1, 'anhydrous RECl3 of its mix (stoichiometry); hydrated chlorides are leaner'),
  'mixed-oxide-lace': compound('oxide', 0.8, 'pure mixed oxide of its mix (stoichiometry); at least 80 % of it once calcined (judgement)'),
  'mixed-oxide-smeugd': compound('oxide', 0.8, 'pure mixed oxide of its mix (stoichiometry); at least 80 % of it once calcined (judgement)'),
  'mixed-oxide-heavy': compound('oxide', 0.8, 'pure mixed oxide of its mix (stoichiometry); at least 80 % of it once calcined (judgement)'),

  // Separated oxides: traded at 99 % and better (catalogue estimate); 90 % leaves room for loss
  // on ignition and lower grades (judgement).
  ...Object.fromEntries(['la', 'ce', 'pr', 'nd', 'ndpr', 'sm', 'eu', 'gd', 'tb', 'dy', 'ho', 'er', 'yb', 'lu', 'y', 'sc'].map((e) => [
    `oxide-${e}`, compound('oxide', 0.9, 'the pure oxide (stoichiometry); at least 90 % of it (judgement: traded at 99 % and better)'),
  ])),

  // Salts: carbonates and chlorides as the mixed ones; fluorides are made anhydrous for
  // electrolysis, at 99 % (catalogue), floor 90 % (judgement).
  'salt-ce-carbonate': within('carbonate', 1, 'anhydrous Ce2(CO3)3 (stoichiometry)'),
  'salt-la-carbonate': within('carbonate', 1, 'anhydrous La2(CO3)3 (stoichiometry)'),
  'salt-la-chloride': within('chloride', 1, 'anhydrous LaCl3 (stoichiometry)'),
  'salt-ndpr-fluoride': compound('fluoride', 0.9, 'anhydrous REF3 (stoichiometry); at least 90 % of it (judgement)'),
  'salt-dy-fluoride': compound('fluoride', 0.9, 'anhydrous DyF3 (stoichiometry); at least 90 % of it (judgement)'),

  // Metals: traded at 99 % total rare earth metal (catalogue estimate); floor 95 % (judgement: a
  // lot far below it is an alloy or a compound).
  ...Object.fromEntries(['la', 'ce', 'pr', 'nd', 'ndpr', 'sm', 'gd', 'tb', 'dy', 'y', 'sc', 'mischmetal-lace'].map((e) => [
    `metal-${e}`, fixed(0.95, 1, 'rare earth metal, traded at 99 % (catalogue); at least 95 % (judgement)'),
  ])),

  // Alloys: their grades as traded (catalogue estimates), with judgement either side.
  'alloy-dyfe': fixed(0.7, 0.9, 'Dy–Fe master alloy of about 80 % Dy (catalogue estimate; 70–90 %, judgement)'),
  'alloy-gdfe': fixed(0.65, 0.85, 'Gd–Fe master alloy of about 75 % Gd (catalogue estimate; 65–85 %, judgement)'),
  'alloy-hofe': fixed(0.7, 0.9, 'Ho–Fe master alloy of about 80 % Ho (catalogue estimate; 70–90 %, judgement)'),
  'alloy-re-si-fe': fixed(0.1, 0.45, 'rare earth ferrosilicon of about 30 % (catalogue estimate; grades 10–45 %, judgement)'),
  'alloy-mg-y': fixed(0.15, 0.35, 'Mg–Y master alloy, Mg-20Y to Mg-30Y grades (judgement)'),
  'alloy-ndfeb-strip': fixed(0.26, NDFEB_MAX, 'the magnet alloy before sintering: as sintered NdFeB, uncoated (26 %, near Nd2Fe14B\'s 26.7 %, to 35 %)'),

  // Magnets.
  'magnet-ndfeb-sintered': NDFEB,
  'magnet-ndfeb-sintered-high-coercivity': NDFEB,
  'magnet-ndfeb-bonded': fixed(0.18, 0.31, 'NdFeB powder (26–30 %) in 2–10 % polymer binder (judgement)'),
  'magnet-cefeb': fixed(0.24, NDFEB_MAX, 'the Nd2Fe14B phase with Ce for part of the Nd: as sintered NdFeB'),
  'magnet-smco': fixed(0.22, 0.28, 'Sm2Co17 23.1 % Sm (stoichiometry); commercial 2:17 grades about 25 % (judgement)'),
  'magnet-smco5': fixed(0.3, SMCO5_MAX, 'SmCo5 33.8 % Sm (stoichiometry), made Sm-rich to about 37 % (judgement)'),

  // Catalysts: rare earth oxides carried on a support (judgement on the loadings).
  'catalyst-fcc': fixed(0, 0.07, 'zeolite cracking catalyst carrying a few per cent of RE2O3 (judgement: at most 7 % rare earth)'),
  'catalyst-ceria-zirconia': within('oxide', 0.9, 'ceria–zirconia: at most 90 % of the pure oxide, the rest at least ZrO2 (judgement)'),
  'catalyst-auto-three-way': fixed(0, 0.15, 'a coated monolith whose washcoat carries the ceria (judgement: at most 15 % rare earth)'),

  // Polishing powders: oxides and oxyfluorides.
  'polishing-ceria': within('oxide', 1, 'the pure oxide of its mix (stoichiometry)'),
  'polishing-lace': within('oxide', 1, 'the pure oxide of its mix (stoichiometry)'),

  // Phosphors: their host lattices.
  'phosphor-red-y2o3-eu': within('oxide', 1, 'pure (Y,Eu)2O3 (stoichiometry)'),
  'phosphor-green-lap': within('phosphate', 1, 'pure (La,Ce,Tb)PO4 (stoichiometry)'),
  'phosphor-blue-bam': fixed(0, 0.05, 'BaMgAl10O17 with at most a fifth of its Ba sites Eu (judgement)'),
  'phosphor-triband': () => ({ min: 0, max: redPhosphorGrade(), basis: 'no richer than its richest component, the red Y2O3:Eu oxide (stoichiometry)' }),
  'phosphor-yag-ce': fixed(0, 0.47, '(Y,Ce)3Al5O12 garnet, 44.9 % Y in Y3Al5O12 (stoichiometry), a little more with Ce'),

  // Hydrogen-storage alloys: AB5 (LaNi5 is 32.1 %, mischmetal alloys about 33 %) and A2B7.
  'hsa-ab5': fixed(0.28, 0.36, 'AB5, LaNi5 32.1 % (stoichiometry), mischmetal alloys about 33 % (judgement either side)'),
  'hsa-la-mg-ni': fixed(0.22, 0.36, 'A2B7 La–Mg–Ni, about 26–33 % rare earth (judgement either side)'),

  // Pre-consumer scrap: no richer than what it is left of.
  'scrap-ndfeb-swarf': NDFEB_SCRAP,
  'scrap-ndfeb-solid': NDFEB_SCRAP,
  'scrap-smco': fixed(0, SMCO5_MAX, 'no richer than the SmCo magnets it is left of (the SmCo5 ceiling, 38 %)'),
  // Metal off-cuts are metal: the grade cannot tell them from fresh metal.
  'scrap-re-metal': fixed(0, 1, 'rare earth metal: off-cuts are as rich as the metal'),
  // Spent powder is the polishing slurry's sludge: the powder with glass fines and flocculant,
  // 30–60 % TREO as it is sold to recyclers (judgement); fresh ceria powders are 90 % and more.
  'scrap-polishing-powder': within('oxide', 0.75, 'the polishing slurry\'s sludge, powder with glass fines and flocculant: at most three quarters of the pure oxide of its mix (judgement; spent powder is traded at 30–60 % TREO, fresh at 90 % and more)'),

  // Post-consumer scrap that is a material, not an assembly.
  'eol-ndfeb-magnets': NDFEB_SCRAP,
  'eol-nimh-battery': fixed(0, 0.15, 'a whole NiMH cell: its AB5 negative electrode (about 33 % rare earth) is well under half of its mass, 8–10 % rare earth in all (judgement: at most 15 %)'),
  'eol-lamp-phosphor': () => ({ min: 0, max: redPhosphorGrade(), basis: 'no richer than the richest lamp phosphor, the red Y2O3:Eu oxide (stoichiometry)' }),
};

export const GRADE_BANDS: ReadonlyMap<string, GradeBand> = new Map(PRODUCTS.flatMap((product) => {
  const of = BANDS[product.code];
  if (of === undefined) return [];
  const band = of(product);
  // A band its own product's typical lot does not fit is a bug in this file: fail at load.
  const typical = ELEMENT_SYMBOLS.reduce((s, e) => s + (product.typicalFractions[e] ?? 0), 0);
  if (!(band.min >= 0 && band.min <= typical && typical <= band.max && band.max <= 1)) {
    throw new RangeError(`grade band of ${product.code}: ${band.min}–${band.max} leaves out its typical grade ${typical}`);
  }
  return [[product.code, Object.freeze({ ...band })] as const];
}));
for (const code of Object.keys(BANDS)) if (!GRADE_BANDS.has(code)) throw new RangeError(`grade band for unknown product ${code}`);

export function gradeBandOf(productCode: string): GradeBand | undefined {
  return GRADE_BANDS.get(productCode);
}
