// The 17 rare earth elements and the chemistry the ledger needs from them. Figures cited from
// shared/DOMAIN.md ("Chemistry"); atomic weights are the IUPAC/CIAAW standard atomic weights
// (abridged, 2021).

/** In order of atomic number, so anything iterating this list is canonical. */
export const ELEMENT_SYMBOLS = [
  'Sc', 'Y', 'La', 'Ce', 'Pr', 'Nd', 'Pm', 'Sm', 'Eu', 'Gd', 'Tb', 'Dy', 'Ho', 'Er', 'Tm', 'Yb', 'Lu',
] as const;

export type ElementSymbol = (typeof ELEMENT_SYMBOLS)[number];

/**
 * The trade's three-way split. Sc gets its own group rather than 'heavy': it is mined from
 * other ores (bauxite residue, TiO2 and nickel laterite wastes), never separated with the
 * lanthanides, and counting it as heavy would inflate heavy-REE totals of ionic-clay regions.
 * Pm sits with the light group (cerium group) by position; it does not occur in ores anyway.
 */
export type ElementGroup = 'light' | 'medium' | 'heavy' | 'scandium';

export interface ElementInfo {
  readonly symbol: ElementSymbol;
  readonly atomicNumber: number;
  /** g/mol. */
  readonly atomicWeight: number;
  readonly names: { readonly zh: string; readonly en: string };
  /** The oxide that REO is reported as (Pr6O11 and Tb4O7, not the sesquioxides). */
  readonly oxideFormula: string;
  readonly oxideMetalAtoms: number;
  readonly oxideOxygenAtoms: number;
  /** Oxide mass per unit of metal mass: grams of REO = grams of metal × oxideFactor. */
  readonly oxideFactor: number;
  readonly group: ElementGroup;
}

/** Standard atomic weight of oxygen used for REO equivalence, as in shared/DOMAIN.md. */
export const OXYGEN_ATOMIC_WEIGHT = 15.999;

interface ElementSource {
  readonly atomicNumber: number;
  readonly atomicWeight: number;
  readonly zh: string;
  readonly en: string;
  readonly oxideMetalAtoms: number;
  readonly oxideOxygenAtoms: number;
  readonly group: ElementGroup;
}

const SOURCES: Record<ElementSymbol, ElementSource> = {
  Sc: { atomicNumber: 21, atomicWeight: 44.955907, zh: '钪', en: 'scandium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'scandium' },
  Y: { atomicNumber: 39, atomicWeight: 88.905838, zh: '钇', en: 'yttrium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
  La: { atomicNumber: 57, atomicWeight: 138.90547, zh: '镧', en: 'lanthanum', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'light' },
  Ce: { atomicNumber: 58, atomicWeight: 140.116, zh: '铈', en: 'cerium', oxideMetalAtoms: 1, oxideOxygenAtoms: 2, group: 'light' },
  Pr: { atomicNumber: 59, atomicWeight: 140.90766, zh: '镨', en: 'praseodymium', oxideMetalAtoms: 6, oxideOxygenAtoms: 11, group: 'light' },
  Nd: { atomicNumber: 60, atomicWeight: 144.242, zh: '钕', en: 'neodymium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'light' },
  // Pm has no stable isotope and so no standard atomic weight; 145 is the mass number of its
  // longest-lived isotope, which is what reference tables print in brackets.
  Pm: { atomicNumber: 61, atomicWeight: 145, zh: '钷', en: 'promethium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'light' },
  Sm: { atomicNumber: 62, atomicWeight: 150.36, zh: '钐', en: 'samarium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'medium' },
  Eu: { atomicNumber: 63, atomicWeight: 151.964, zh: '铕', en: 'europium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'medium' },
  Gd: { atomicNumber: 64, atomicWeight: 157.249, zh: '钆', en: 'gadolinium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'medium' },
  Tb: { atomicNumber: 65, atomicWeight: 158.925354, zh: '铽', en: 'terbium', oxideMetalAtoms: 4, oxideOxygenAtoms: 7, group: 'heavy' },
  Dy: { atomicNumber: 66, atomicWeight: 162.5, zh: '镝', en: 'dysprosium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
  Ho: { atomicNumber: 67, atomicWeight: 164.930329, zh: '钬', en: 'holmium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
  Er: { atomicNumber: 68, atomicWeight: 167.259, zh: '铒', en: 'erbium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
  Tm: { atomicNumber: 69, atomicWeight: 168.934219, zh: '铥', en: 'thulium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
  Yb: { atomicNumber: 70, atomicWeight: 173.045, zh: '镱', en: 'ytterbium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
  Lu: { atomicNumber: 71, atomicWeight: 174.96669, zh: '镥', en: 'lutetium', oxideMetalAtoms: 2, oxideOxygenAtoms: 3, group: 'heavy' },
};

function oxideFormulaOf(symbol: ElementSymbol, metalAtoms: number, oxygenAtoms: number): string {
  const count = (n: number): string => (n === 1 ? '' : String(n));
  return `${symbol}${count(metalAtoms)}O${count(oxygenAtoms)}`;
}

function buildElements(): Record<ElementSymbol, ElementInfo> {
  const out = {} as Record<ElementSymbol, ElementInfo>;
  for (const symbol of ELEMENT_SYMBOLS) {
    const s = SOURCES[symbol];
    const metalMass = s.oxideMetalAtoms * s.atomicWeight;
    // Derived rather than typed in so the ten factors in shared/DOMAIN.md and the seven it
    // lacks come from one rule; the test checks the derivation reproduces the ten.
    const oxideFactor = (metalMass + s.oxideOxygenAtoms * OXYGEN_ATOMIC_WEIGHT) / metalMass;
    out[symbol] = Object.freeze({
      symbol,
      atomicNumber: s.atomicNumber,
      atomicWeight: s.atomicWeight,
      names: Object.freeze({ zh: s.zh, en: s.en }),
      oxideFormula: oxideFormulaOf(symbol, s.oxideMetalAtoms, s.oxideOxygenAtoms),
      oxideMetalAtoms: s.oxideMetalAtoms,
      oxideOxygenAtoms: s.oxideOxygenAtoms,
      oxideFactor,
      group: s.group,
    });
  }
  return Object.freeze(out);
}

export const ELEMENTS: Readonly<Record<ElementSymbol, ElementInfo>> = buildElements();

const SYMBOL_SET: ReadonlySet<string> = new Set<string>(ELEMENT_SYMBOLS);

export function isElementSymbol(x: string): x is ElementSymbol {
  return SYMBOL_SET.has(x);
}

/**
 * Elements whose recovery from post-consumer waste must be published under the EU Critical
 * Raw Materials Act, Regulation (EU) 2024/1252, Art. 29 (shared/DOMAIN.md, "Standards"). The
 * article also names B, Ni and Co, which are not rare earths and so are not tracked here.
 */
export const CRMA_ART29_ELEMENTS: readonly ElementSymbol[] = Object.freeze(['Pr', 'Nd', 'Sm', 'Tb', 'Dy'] as const);
