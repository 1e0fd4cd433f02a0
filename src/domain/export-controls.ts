// Export controls on rare earth items, as dated data: which exports need a licence on a given day.
// Sources in shared/DOMAIN.md ("Law and rules"), except where an entry says otherwise.

import type { ElementSymbol } from './elements.ts';
import { productByCode, type Product, type ProductCategory } from './products.ts';

export interface ExportControl {
  id: string;
  names: { zh: string; en: string };
  basis: string;
  /** First day the control applies (Asia/Shanghai calendar date). */
  from: string;
  /** Last day it applies, if it has ended or is suspended. */
  to?: string;
  /** Suspended over [from, to]: the control is announced but not applied. */
  suspended?: { from: string; to: string };
  /** A product is controlled when its category is listed and it carries one of the elements
   * (any element when the list is absent). */
  categories: readonly ProductCategory[];
  elements?: readonly ElementSymbol[];
  /** Products listed by code whatever their category (SmCo magnets). */
  products?: readonly string[];
}

const COMPOUNDS_AND_METALS: readonly ProductCategory[] = ['mixed-compound', 'oxide', 'salt', 'metal', 'alloy'];

export const EXPORT_CONTROLS: readonly ExportControl[] = Object.freeze([
  {
    // Not in shared/DOMAIN.md: MOFCOM's yearly catalogue of goods under export licence management
    // (出口许可证管理货物目录) has listed rare earths since export quotas ended in 2015; the
    // heading covers ores, compounds and metals, not magnets.
    id: 'export-licence-catalogue',
    names: { zh: '出口许可证管理货物目录：稀土', en: 'Catalogue of goods under export licence management: rare earths' },
    basis: 'MOFCOM/GACC 出口许可证管理货物目录 (yearly)',
    from: '2015-01-01',
    to: '2025-04-03',
    categories: ['concentrate', ...COMPOUNDS_AND_METALS],
  },
  {
    id: 'dual-use-2025-18',
    names: { zh: '两用物项出口管制：中重稀土', en: 'Dual-use export control: medium and heavy rare earths' },
    basis: 'MOFCOM/GACC Announcement 2025 No. 18',
    from: '2025-04-04',
    categories: COMPOUNDS_AND_METALS,
    elements: ['Sm', 'Gd', 'Tb', 'Dy', 'Lu', 'Sc', 'Y'],
    products: ['magnet-smco', 'magnet-smco5'],
  },
  {
    id: 'dual-use-2025-10-09',
    names: { zh: '两用物项出口管制：钬铒铥铕镱', en: 'Dual-use export control: Ho, Er, Tm, Eu, Yb' },
    // shared/DOMAIN.md gives the announcement's date, not its first day in force, so the
    // control is read as announced on that day and suspended from then until 2026-11-10.
    basis: 'MOFCOM/GACC announcements of 2025-10-09; suspended by Announcement 2025 No. 70',
    from: '2025-10-09',
    suspended: { from: '2025-10-09', to: '2026-11-10' },
    categories: COMPOUNDS_AND_METALS,
    elements: ['Ho', 'Er', 'Tm', 'Eu', 'Yb'],
  },
]);

/** The category a control reads a product by: what customs declares it as. The ion-adsorption
 * "concentrates" are mixed oxides leached and calcined from clay, declared under heading 2846
 * (compounds of rare earth metals), not 2530 (ores): a compound, whatever the trade calls it. */
function controlCategory(product: Product): ProductCategory {
  return product.category === 'concentrate' && product.hsCode.startsWith('2846') ? 'mixed-compound' : product.category;
}

/** The controls that make exporting this product on this day (YYYY-MM-DD, Asia/Shanghai) need a
 * licence; empty when it needs none. `elements` are those the lot carries. A lot whose composition
 * does not fit its label (`labelFits` false) is judged by its elements alone, as if it were in
 * whichever controlled form carries them: a label must not take a controlled element out of control. */
export function exportControlsFor(productCode: string, elements: readonly ElementSymbol[], day: string, labelFits = true): ExportControl[] {
  const product = productByCode(productCode);
  if (product === undefined) return [];
  return EXPORT_CONTROLS.filter((control) => {
    if (day < control.from || (control.to !== undefined && day > control.to)) return false;
    if (control.suspended !== undefined && day >= control.suspended.from && day <= control.suspended.to) return false;
    if (control.products?.includes(productCode) === true) return true;
    if (labelFits && !control.categories.includes(controlCategory(product))) return false;
    return control.elements === undefined || elements.some((element) => control.elements!.includes(element));
  });
}
