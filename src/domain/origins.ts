// Where mined rare earths can come from: an import of ore or concentrate names its country of
// origin, and only a country that mines rare earths can be one. From the U.S. Geological Survey's
// Mineral Commodity Summaries (rare earths, 2024 and 2025: world mine production by country) and
// the trade into China they do not list separately (Laos's ion-adsorption clays); a judgement, as
// data, to be kept up to date like the export controls.
import type { ProductCategory } from './products.ts';

/** ISO 3166-1 alpha-2 codes of the countries that mine rare earths. */
export const MINING_COUNTRIES: ReadonlySet<string> = new Set([
  'CN', 'US', 'AU', 'MM', 'LA', 'TH', 'VN', 'IN', 'RU', 'BR', 'MG', 'MY', 'NG', 'CA', 'ZA', 'TZ', 'BI', 'KZ',
]);

/** Products named for a deposit in China: no other country can be their origin. */
export const CHINESE_DEPOSIT_PRODUCTS: ReadonlySet<string> = new Set([
  'ore-bayan-obo', 'concentrate-bayan-obo', 'ore-mianning-bastnaesite', 'concentrate-mianning',
]);

/** What an import's origin is judged for: the mined products. */
export const MINED_CATEGORIES: ReadonlySet<ProductCategory> = new Set<ProductCategory>(['ore', 'concentrate']);

/** Why `country` cannot be the origin of `product`, or undefined when it can. */
export function originMisfit(product: string, category: ProductCategory | undefined, country: string): string | undefined {
  if (category === undefined || !MINED_CATEGORIES.has(category)) return undefined;
  if (CHINESE_DEPOSIT_PRODUCTS.has(product) && country !== 'CN') return `${product} is named for a deposit in China, so ${country} cannot be its origin`;
  if (!MINING_COUNTRIES.has(country)) return `${country} mines no rare earths, so it cannot be the origin of ${product}`;
  return undefined;
}
