// Metal smelting outside a licence's scope: reducing separated products (oxides, salts, fluorides)
// to metal or master alloy is licensed work, and a licence names what it covers. Order 785 lists
// smelting and separation (冶炼分离) and metal smelting (金属冶炼) as two activities, so a
// separator's licence does not cover electrolysis cells it installs in its plant. A process that
// takes in separated products and puts out metals or alloys must be inside a licence, valid on the
// day as the registry stood then, for metal smelting, whose scope covers what it made and its
// elements: a smelter licensed for the
// light metals does not reduce terbium, nor a magnet maker Dy–Fe. A process that parts a mixed
// product's elements into separate lots (NdPr oxide into Pr and Nd metal) is separation, whatever
// it also reduces: only a separation licence covers it.
import { productByCode } from '../../domain/products.ts';
import { carriedElements } from '../../domain/product-fit.ts';
import { shanghaiDay, shanghaiMonth } from '../../domain/periods.ts';
import { eventRef, productsZh, tonnes, zhFrom } from '../evidence.ts';
import { gapText, gapTextZh, licenceGap, type LicenceGap } from '../licence-coverage.ts';
import type { CaptureRule, Finding } from '../rule.ts';
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';

const thresholds = {};

/** Licences that let their holder make metal: metal smelting's alone (Order 785 names it apart
 * from smelting and separation, 冶炼分离, which is the hydrometallurgy that makes oxides). */
const SMELTING_LICENCES: ReadonlySet<string> = new Set(['metal-smelting']);
const SEPARATED: ReadonlySet<string> = new Set(['oxide', 'salt']);
const SMELTED: ReadonlySet<string> = new Set(['metal', 'alloy']);
/** The elements that make up a mix, traces left out. */
function partsOf(c: Composition): Set<string> {
  return new Set(carriedElements(c));
}

/** Whether the outputs part an input's mix: an input carries two elements or more, and no output
 * carries all of them. Separate oxides reduced side by side (Gd–Fe and Dy–Fe in one campaign) part
 * nothing: each went in alone. */
function partsElements(inputs: readonly Composition[], outputs: readonly Composition[]): boolean {
  if (outputs.length < 2) return false;
  return inputs.some((input) => {
    const mix = partsOf(input);
    return mix.size >= 2 && outputs.every((c) => [...mix].some((e) => !partsOf(c).has(e)));
  });
}

export const unlicensedSmelting: CaptureRule<typeof thresholds> = {
  id: 'unlicensed-smelting',
  stage: 'capture',
  title: { zh: '超出许可范围冶炼金属或合金', en: 'Metal smelting outside a licence' },
  explanation: {
    zh: '将稀土氧化物、盐类还原为金属属于持证冶炼：企业在当日（按当时的登记信息）须持有有效的金属冶炼许可证（冶炼分离许可证不涵盖金属冶炼），且其范围覆盖所产金属及其元素；仅获准生产轻稀土金属的企业不得冶炼铽、镝等金属。',
    en: 'Reducing rare earth oxides and salts to metal is licensed work: on the day, as the registry stood then, the enterprise must hold a valid metal-smelting licence (a separation licence does not cover metal smelting) whose scope covers the metals it made and their elements; a smelter licensed for the light rare earth metals does not reduce terbium or dysprosium.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：调整范围包括稀土冶炼分离与金属冶炼两类活动，相关企业须经工业和信息化部确定，按许可范围从事生产',
    en: 'Rare Earth Management Regulations (State Council Order 785): smelting and separation, and metal smelting, two activities in its scope; their enterprises are designated by MIIT and work within what they are licensed for',
  },
  thresholds,
  thresholdNotes: {},
  check(facts) {
    const findings: Finding[] = [];
    // Lots made earlier in the document are empty or absent before it: their products are here.
    const madeHere = new Map<string, string>();
    const productOf = (lot: string) => facts.lotBefore(lot)?.product ?? madeHere.get(lot);
    for (const applied of facts.events) {
      const { event } = applied;
      const fedSeparated = applied.flows.some((f) => f.direction === -1 && SEPARATED.has(productByCode(productOf(f.lotId) ?? '')?.category ?? ''));
      if (event.kind === 'process') for (const output of event.outputs) madeHere.set(qualifyLotId(output.id, facts.recorder.id), output.product);
      if (event.kind === 'import' || event.kind === 'extract' || event.kind === 'collect') madeHere.set(qualifyLotId(event.lot.id, facts.recorder.id), event.lot.product);
      if (event.kind !== 'process') continue;
      const metals = event.outputs.filter((o) => SMELTED.has(productByCode(o.product)?.category ?? ''));
      if (!fedSeparated || metals.length === 0) continue;
      const day = shanghaiDay(applied.timeMs);
      const products = [...new Set(metals.map((m) => m.product))];
      const elements = [...new Set(metals.flatMap((m) => Object.entries(m.composition).filter(([, g]) => g > 0).map(([e]) => e)))];
      const parts = partsElements(applied.flows.filter((f) => f.direction === -1).map((f) => f.elements), metals.map((m) => m.composition));
      const held = facts.licencesAt(applied.timeMs).filter((l) => (parts ? l.activity === 'separation' : SMELTING_LICENCES.has(l.activity)));
      const gaps = held.map((l): LicenceGap | undefined => licenceGap(l, l.id, { party: facts.recorder.id, activity: l.activity, day, products, elements }));
      if (gaps.includes(undefined)) continue;
      const ref = eventRef(facts.recorder.id, event.id);
      const madeGrams = metals.reduce((s, m) => s + m.massGrams, 0);
      const madeReo = metals.reduce((s, m) => s + reoGrams(m.composition as Composition), 0);
      const gap = gaps[0] ?? null;
      const problem = gap === null
        ? parts ? `parting the elements of a mixed product is separation, and ${facts.recorder.id} holds no separation licence on ${day}` : `${facts.recorder.id} holds no metal-smelting licence on ${day}`
        : gapText(gap);
      findings.push({
        ruleId: 'unlicensed-smelting', key: ref, partyId: facts.recorder.id, period: shanghaiMonth(applied.timeMs), subject: `${facts.recorder.id}:${metals[0]!.id}`,
        summary: `${tonnes(madeGrams)} t of ${products.join(', ')} (${elements.join(', ')}) smelted by ${facts.recorder.id} on ${day}: ${problem}`,
        evidence: {
          events: [ref], lots: metals.map((m) => `${facts.recorder.id}:${m.id}`), thresholds: {}, products, elements, tonnes: tonnes(madeGrams), tonnesReo: tonnes(madeReo), day,
          gap, problem, partsElements: parts,
        },
        at: { event: applied.index, field: `${applied.prefix}outputs` },
        seq: applied.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ partyId, evidence }) => zhFrom(evidence, (e) => {
    const gap = e.opt('gap');
    const problem = gap === null || gap === undefined
      ? e.opt('partsElements') === true ? `将混合产品的元素分开属于冶炼分离，而 ${partyId} 于 ${e.str('day')} 未持有冶炼分离许可证` : `${partyId} 于 ${e.str('day')} 未持有金属冶炼许可证`
      : gapTextZh(gap as LicenceGap);
    return `${partyId} 于 ${e.str('day')} 冶炼 ${e.num('tonnes')} 吨${productsZh(e.strs('products'))}（${e.strs('elements').join('、')}）：${problem}`;
  }),
};
