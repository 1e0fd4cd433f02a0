// The figures the generator models, in one place. Public figures cite shared/DOMAIN.md; the
// rest are the model's own parameters, chosen so the public ones come out at scale 1 (each says
// which figure it serves). Tonnes are metric tonnes; "t REO" is rare earth oxide equivalent.

/** Public figures the year at scale 1 reproduces within ±15 % (tested at scale 0.1). */
export interface PublicFigures {
  miningQuotaTonnesReo: number;
  separationQuotaTonnesReo: number;
  ndfebOutputTonnes: number;
  magnetExportTonnes: number;
  recycledReoTonnes: number;
  recyclers: number;
}

/** 2024 (shared/DOMAIN.md "Quotas" and "Size of the industry"). */
const FIGURES_2024: PublicFigures = {
  miningQuotaTonnesReo: 270_000,
  separationQuotaTonnesReo: 254_000,
  ndfebOutputTonnes: 300_000,
  magnetExportTonnes: 58_152,
  recycledReoTonnes: 34_147,
  recyclers: 40,
};

/** 2023: quotas and recycling from shared/DOMAIN.md; magnet exports are not given for 2023, so
 * the 2024 figure over its 10 % growth stands in. */
const FIGURES_2023: PublicFigures = {
  miningQuotaTonnesReo: 255_000,
  separationQuotaTonnesReo: 243_850,
  ndfebOutputTonnes: 280_000,
  magnetExportTonnes: Math.round(58_152 / 1.1),
  recycledReoTonnes: 39_662,
  recyclers: 40,
};

/** The figures of a year; years without published figures use 2024's (said in the summary). */
export function publicFiguresOf(year: number): { figures: PublicFigures; source: number } {
  if (year === 2023) return { figures: FIGURES_2023, source: 2023 };
  return { figures: FIGURES_2024, source: 2024 };
}

/** How the 2024 batch-1 quotas split between the two groups (shared/DOMAIN.md), applied to the
 * whole year: Northern group 94,580 light mining and 88,010 separation of 135,000 and 127,000. */
export const GROUP_SHARES = {
  northern: { mining: 94_580 / 135_000, separation: 88_010 / 127_000 },
  /** China Rare Earth Group's 40,420 t mining: 30,280 light (rock) and 10,140 ionic. */
  chinaRe: { mining: 40_420 / 135_000, rockOfMining: 30_280 / 40_420, separation: 38_990 / 127_000 },
} as const;

/** Model parameters. */
export const MODEL = {
  /** Share of its quota a law-abiding quota holder uses over the year. */
  quotaUseLow: 0.9,
  quotaUseHigh: 0.98,
  /** Beneficiation recovery of rock ore (shared/DOMAIN.md: at least 75 %). */
  beneficiationRecovery: 0.8,
  /** Concentrate → separated products, per element (DOMAIN.md: > 92 % × > 96 %; ionic > 94 %). */
  separationRecoveryRock: 0.92 * 0.965,
  separationRecoveryIonic: 0.92 * 0.95,
  /** Oxide → metal by molten-salt electrolysis: not in DOMAIN.md ("not found"); an estimate. */
  smeltingRecovery: 0.97,
  /** REO recovered from NdFeB swarf (DOMAIN.md: can reach ~97 %); plants average a little less. */
  recyclingRecovery: 0.95,
  /** Sintered NdFeB: RE share of the magnet (DOMAIN.md 29–32 %). */
  magnetReShare: 0.305,
  /** Share of the RE a magnet maker feeds that ends in scrap (DOMAIN.md: scrap is 25–30 % of
   * magnet output, most of it swarf the recyclers take). */
  magnetScrapShare: 0.245,
  /** Heavy RE added to a magnet melt, per gram of PrNd (grain-boundary diffusion grades). */
  dysprosiumPerPrNd: 0.02,
  terbiumPerPrNd: 0.006,
  /** Share of magnets exported (58 kt of 300 kt, DOMAIN.md). */
  magnetExportShare: 58_152 / 300_000,
  /** Share of a month's magnets still with the maker at the month's end (stock). */
  magnetStockShare: 0.03,
  /** PrNd oxide imported by traders per year, t REO. DOMAIN.md gives no import figure; this
   * closes the gap between the PrNd that quota-bound separation and recycling yield and what
   * 300 kt of magnets need. */
  importedPrNdOxideTonnesReo: 72_000,
  /** Ionic concentrate imported (Myanmar) per year, t REO, separated within the quota. */
  importedIonicConcentrateTonnesReo: 6_000,
  /** Post-consumer share of the recyclers' intake RE (the rest is pre-consumer swarf). */
  postConsumerShare: 0.06,
  /** Lot sizes (t): the grain of the ledger. */
  lotTonnes: {
    ore: 4_000,
    concentrateIonic: 40,
    concentrateImported: 200,
    separated: 20,
    metal: 2,
    magnet: 1,
    swarf: 2,
    material: 5,
    recycledOxide: 5,
  },
  /** Days a shipment takes. */
  transitDaysLow: 1,
  transitDaysHigh: 5,
} as const;
