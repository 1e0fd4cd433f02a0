// Export of a controlled rare earth item without an export licence, or citing one that does not
// cover it: the dated list of controls is data (src/domain/export-controls.ts), not this code.
// Controls follow what the export carries: a lot whose composition does not fit its label is
// judged by its elements, whatever the label says.
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { isElementSymbol, type ElementSymbol } from '../../domain/elements.ts';
import { exportControlsFor } from '../../domain/export-controls.ts';
import { carriedElements, controlledShareMisfit, FIT_LIMITS_DEFAULT, productMisfits } from '../../domain/product-fit.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { shanghaiDay, shanghaiMonth } from '../../domain/periods.ts';
import { eventRef, productZh, tonnes, zhFrom } from '../evidence.ts';
import type { CaptureRule, Finding } from '../rule.ts';
import { gapText, gapTextZh, licenceGap, type LicenceGap } from '../licence-coverage.ts';
import { misfitFigures, misfitsZh } from './misdeclared-product.ts';

const thresholds = { controlledGramsMin: 1, controlledShareExcessMax: 0.25, traceShareMax: 0.01 };

/** Region codes (GB/T 2260) of the separate customs territories, and their country codes: goods
 * shipped to a party there leave the mainland's customs territory. */
const SEPARATE_CUSTOMS_TERRITORIES: Readonly<Record<string, string>> = { '81': 'HK', '82': 'MO', '71': 'TW' };

export const unlicensedExport: CaptureRule<typeof thresholds> = {
  id: 'unlicensed-export',
  stage: 'capture',
  title: { zh: '管制物项无证出口', en: 'Export of a controlled item without a licence' },
  explanation: {
    zh: '出口的稀土产品在出口之日属于出口管制（两用物项或出口许可证管理）范围，但未引用出口许可证，或引用的许可证不属于出口方、不是出口许可、已失效或当时被暂停，或其范围不含该产品或所含的管制元素。是否管制按实际出口的成分判断：成分与申报品名不符的（如含镝的“磁体”），按其所含元素认定。',
    en: 'An export of a rare earth item that is controlled on the day of export (dual-use or export licence management) citing no export licence, or a licence that is not the exporter\'s, not an export licence, not valid that day, not active then, or whose scope leaves out the product or a controlled element it carries. Controls follow what was exported: a lot whose composition does not fit its declared product (a "magnet" of dysprosium) is judged by the elements it carries.',
  },
  severity: 'critical',
  legalBasis: {
    zh: '商务部 海关总署公告2025年第18号：自2025年4月4日起，钐、钆、铽、镝、镥、钪、钇相关物项出口须取得两用物项出口许可（钬、铒、铥、铕、镱相关物项于2025年10月9日公告列入，经第70号公告暂停实施至2026年11月10日）；此前适用《出口许可证管理货物目录》',
    en: 'MOFCOM/GACC Announcement 2025 No. 18: dual-use export licences for Sm, Gd, Tb, Dy, Lu, Sc and Y items from 2025-04-04 (Ho, Er, Tm, Eu, Yb announced 2025-10-09, suspended to 2026-11-10 by Announcement 70); before then the catalogue of goods under export licence management',
  },
  thresholds,
  thresholdNotes: {
    controlledGramsMin: 'smallest export, in grams, that is checked',
    traceShareMax: 'share of an export\'s rare earths below which an element is an impurity of what is exported, not a part of it: it neither makes the export controlled nor falls under a licence\'s element scope: separated oxides are sold at 99–99.9 % of their element, the rest other rare earths (judgement); above it, a controlled element the declared product never carries (dysprosium in a battery alloy) makes the export judged by what it carries',
    controlledShareExcessMax: 'share of its rare earths by which an export\'s controlled elements may exceed what its declared product typically carries of them before it is judged by what it carries (a samarium alloy exported as a La–Mg–Ni one): alloys and magnets vary by grade, by some points, not by tens (judgement)',
  },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      const { event } = applied;
      // A shipment to a party registered in Hong Kong, Macao or Taiwan crosses a customs border:
      // it is an export whatever the document calls it.
      const territory = event.kind === 'ship' ? SEPARATE_CUSTOMS_TERRITORIES[facts.party(event.to, applied.timeMs)?.region.slice(0, 2) ?? ''] : undefined;
      if (event.kind !== 'export' && territory === undefined) continue;
      if ((event.kind !== 'export' && event.kind !== 'ship') || event.massGrams < t.controlledGramsMin) continue;
      const destinationCountry = event.kind === 'export' ? event.destinationCountry : territory!;
      const licenceCited = event.kind === 'export' ? event.licence : undefined;
      const lot = facts.lotBefore(qualifyLotId(event.lot, facts.recorder.id));
      if (lot === undefined) continue;
      const day = shanghaiDay(applied.timeMs);
      // What left the country is what the export took out of the lot; a lot made in the same
      // document is empty by the time the rules see it, so its state says nothing of its elements.
      const exported = applied.flows.find((flow) => flow.direction === -1)?.elements ?? (lot.elements as Composition);
      const elements = Object.keys(exported).filter((e): e is ElementSymbol => isElementSymbol(e) && (exported[e] ?? 0) > 0);
      // A lot leaner than its label (a coated magnet) is still what the label says; only a lot
      // richer than it, or of other elements, is something else under it.
      const misfits = productMisfits(lot.product, exported, event.massGrams, FIT_LIMITS_DEFAULT).filter((m) => m.kind !== 'lean');
      // Elements under an element-based control that day, whatever the label: a label that fits in
      // grade and elements may still carry far more of them than its kind does.
      const underControl = [...new Set(exportControlsFor(lot.product, elements, day, false).flatMap((c) => c.elements ?? []))].filter((e) => elements.includes(e));
      const excess = controlledShareMisfit(lot.product, exported, underControl, t.controlledShareExcessMax, t.traceShareMax);
      if (excess !== undefined) misfits.push(excess);
      // What is exported is the elements it carries as a part of it, not the impurities a separated
      // product carries (parts per million of Y in La oxide, 0.4 % Tb in Dy oxide): those neither
      // make an export controlled nor fall under a licence's element scope.
      const carried = carriedElements(exported, t.traceShareMax);
      const controls = exportControlsFor(lot.product, carried, day, misfits.length === 0);
      if (controls.length === 0) continue;
      // The licence as it stood on the day, and its scope: the product and the controlled elements.
      const controlled = carried.filter((e) => controls.some((c) => c.elements === undefined || c.elements.includes(e)));
      const gap = licenceCited === undefined
        ? undefined
        : licenceGap(facts.licence(licenceCited, applied.timeMs), licenceCited, { party: facts.recorder.id, activity: 'export', day, products: [lot.product], elements: controlled });
      if (licenceCited !== undefined && gap === undefined) continue;
      const problem = gap === undefined ? 'no export licence cited' : gapText(gap);
      const ref = eventRef(facts.recorder.id, event.id);
      const reo = reoGrams(exported);
      findings.push({
        ruleId: 'unlicensed-export',
        key: ref,
        partyId: facts.recorder.id,
        period: shanghaiMonth(applied.timeMs),
        subject: ref,
        summary: `export of ${tonnes(event.massGrams)} t of ${lot.product} (${tonnes(reo)} t REO) to ${destinationCountry}${misfits.length > 0 ? `, judged by what it carries (${misfits.map((m) => m.text).join('; ')})` : ''}: ${problem}`,
        evidence: {
          events: [ref], lots: [lot.id], thresholds: t, product: lot.product, tonnes: tonnes(event.massGrams), tonnesReo: tonnes(reo),
          destinationCountry: destinationCountry, licence: licenceCited ?? null, controls: controls.map((c) => c.id), problem,
          elementsCarried: elements, labelMisfits: misfits.map((m) => m.text),
          gap: gap ?? null, labelMisfitFigures: misfitFigures(misfits, lot.product, exported, 0, underControl),
        },
        at: { event: applied.index, field: `${applied.prefix}licence` },
        seq: applied.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ evidence }) => zhFrom(evidence, (e) => {
    const gap = e.opt('gap');
    if (gap === undefined) return undefined;
    const product = e.str('product');
    const misfits = e.list('labelMisfitFigures');
    const judged = misfits.length > 0 ? `，按其实际所含物料判断（${misfitsZh(e, 'labelMisfitFigures', product)}）` : '';
    const problem = gap === null ? '未注明出口许可证' : gapTextZh(gap as LicenceGap);
    return `向 ${e.str('destinationCountry')} 出口 ${e.num('tonnes')} 吨${productZh(product)}（${e.num('tonnesReo')} 吨 REO）${judged}：${problem}`;
  }),
};
