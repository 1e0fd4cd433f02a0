// Product, element and region names from the shared catalogue (src/domain), in the chosen language.
import { CATEGORY_NAMES, productByCode, type ProductCategory } from '../../src/domain/products.ts';
import { regionByCode } from '../../src/domain/regions.ts';
import { pick, type Locale } from './i18n/index.tsx';

export function productName(locale: Locale, code: string): string {
  const product = productByCode(code);
  return product === undefined ? code : pick(locale, product.names.zh, product.names.en);
}

export function regionName(locale: Locale, code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  const region = regionByCode(code);
  return region === undefined ? code : pick(locale, region.nameZh, region.nameEn);
}

export function categoryName(locale: Locale, category: string): string {
  const names = CATEGORY_NAMES[category as ProductCategory];
  return names === undefined ? category : pick(locale, names[0], names[1]);
}
