// Recycling outside a licence: recovering rare earth products from scrap or slag is comprehensive
// utilisation, which Order 785 regulates like separation, and a recycling licence names the scrap it
// may take and the elements it may recover. A process that feeds scrap or slag and makes compounds,
// oxides, salts or metals must be inside a licence, valid on the day as the registry stood then, for
// recycling or for separation (a separator's licence covers the recovered feed its quota counts),
// whose scope covers the scrap fed and the elements recovered, at a plant the licence covers. A
// licensed recycler collecting scrap its licence does not name is outside it too. End-of-life scrap
// made into anything (short-loop re-sintering of motor magnets into magnets) is recycling too.
// Re-melting one's own off-cuts into the same alloy or magnet is not recovery, and a party with no
// recycling licence may trade scrap: neither is looked at.
import { productByCode } from '../../domain/products.ts';
import { carriedElements } from '../../domain/product-fit.ts';
import { shanghaiDay, shanghaiMonth } from '../../domain/periods.ts';
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { lotNamespace, qualifyLotId } from '../../ledger/lot-ids.ts';
import { eventRef, productsZh, tonnes, zhFrom } from '../evidence.ts';
import { gapText, gapTextZh, licenceGapAt, type LicenceGap } from '../licence-coverage.ts';
import type { CaptureRule, DocumentFacts, Finding } from '../rule.ts';

const thresholds = {};

/** Licences under which a party may recover rare earths from scrap and slag. */
const RECOVERY_LICENCES: ReadonlySet<string> = new Set(['recycling', 'separation']);
const SCRAP: ReadonlySet<string> = new Set(['scrap-pre-consumer', 'scrap-post-consumer', 'slag']);
/** What recovery makes: the chain's separated and smelted products. */
const RECOVERED: ReadonlySet<string> = new Set(['concentrate', 'mixed-compound', 'oxide', 'salt', 'metal']);
const categoryOf = (product: string | undefined) => productByCode(product ?? '')?.category ?? '';

/** The elements the lots carry as a part of them, traces left out. */
function elementsOf(compositions: readonly Composition[]): string[] {
  return [...new Set(compositions.flatMap((c) => carriedElements(c)))].sort();
}

interface Recovery {
  kind: 'recovery' | 'collection';
  eventId: string;
  index: number;
  field: string;
  seq: number;
  timeMs: number;
  facility: string | undefined;
  scrap: string[];
  elements: string[];
  lots: string[];
  massGrams: number;
  reoGrams: number;
}

/** Why no licence the recorder held at the time covers the recovery, or undefined when one does. */
function uncovered(facts: DocumentFacts, r: Recovery): { gap: LicenceGap | null } | undefined {
  const day = shanghaiDay(r.timeMs);
  const held = facts.licencesAt(r.timeMs).filter((l) => RECOVERY_LICENCES.has(l.activity));
  if (held.length === 0) return { gap: null };
  const gaps = held.map((l) => licenceGapAt(facts, l, { party: facts.recorder.id, activity: l.activity, day, fed: r.scrap, elements: r.elements }, r.facility));
  return gaps.includes(undefined) ? undefined : { gap: gaps[0]! };
}

export const unlicensedRecycling: CaptureRule<typeof thresholds> = {
  id: 'unlicensed-recycling',
  stage: 'capture',
  title: { zh: '超出许可范围回收利用', en: 'Recycling outside a licence' },
  explanation: {
    zh: '从废料、废渣中回收稀土化合物、氧化物或金属属于综合利用：企业在当日（按当时的登记信息）须持有有效的综合利用（或冶炼分离）许可证，其范围覆盖所投废料和所回收的元素，且在许可证覆盖的工厂进行；持证回收企业收集许可范围以外的废料亦属越权。',
    en: 'Recovering rare earth compounds, oxides or metals from scrap or slag is comprehensive utilisation: on the day, as the registry stood then, the enterprise must hold a valid recycling (or separation) licence whose scope covers the scrap fed and the elements recovered, at a plant the licence covers; a licensed recycler collecting scrap its licence does not name is outside it too.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土综合利用纳入监管，企业按许可范围从事生产；非法回收利用没收违法所得并处5至10倍罚款',
    en: 'Rare Earth Management Regulations (State Council Order 785): comprehensive utilisation is regulated and enterprises work within what they are licensed for; illegal recycling is punished by confiscation and 5–10× the illegal income',
  },
  thresholds,
  thresholdNotes: {},
  check(facts) {
    // Lots made earlier in the document are empty or absent before it: their products are here.
    const madeHere = new Map<string, string>();
    const productOf = (lot: string) => facts.lotBefore(lot)?.product ?? madeHere.get(lot);
    const recoveries: Recovery[] = [];
    for (const applied of facts.events) {
      const { event } = applied;
      if (event.kind === 'process') {
        // A smelter or separator feeding its own slag back into its line (electrolysis slag into the
        // cells) works inside the licence it holds for that line, not recovering others' scrap; scrap
        // it collected or bought is others' scrap, whatever lot id it now has.
        const ownLine = facts.licencesAt(applied.timeMs).some((l) => (l.activity === 'metal-smelting' || l.activity === 'separation') && l.status === 'active');
        const ownSlag = (lot: string) => ownLine && categoryOf(productOf(lot)) === 'slag' && lotNamespace(lot) === facts.recorder.id;
        const fed = applied.flows.filter((f) => f.direction === -1 && SCRAP.has(categoryOf(productOf(f.lotId))) && !ownSlag(f.lotId));
        for (const output of event.outputs) madeHere.set(qualifyLotId(output.id, facts.recorder.id), output.product);
        // End-of-life material is recycled whatever it is made into: short-loop re-sintering of
        // motor magnets is comprehensive utilisation as much as leaching them.
        const postConsumer = fed.some((f) => categoryOf(productOf(f.lotId)) === 'scrap-post-consumer');
        const recovered = event.outputs.filter((o) => RECOVERED.has(categoryOf(o.product)) || (postConsumer && productByCode(o.product)?.stage === 'material'));
        if (fed.length === 0 || recovered.length === 0) continue;
        recoveries.push({
          kind: 'recovery', eventId: event.id, index: applied.index, field: `${applied.prefix}outputs`, seq: applied.seq, timeMs: applied.timeMs, facility: event.facility,
          scrap: [...new Set(fed.map((f) => productOf(f.lotId)!))].sort(),
          elements: elementsOf(recovered.map((o) => o.composition as Composition)),
          lots: [...fed.map((f) => f.lotId), ...recovered.map((o) => qualifyLotId(o.id, facts.recorder.id))],
          massGrams: recovered.reduce((s, o) => s + o.massGrams, 0),
          reoGrams: recovered.reduce((s, o) => s + reoGrams(o.composition as Composition), 0),
        });
        continue;
      }
      if (event.kind === 'import' || event.kind === 'extract' || event.kind === 'collect') madeHere.set(qualifyLotId(event.lot.id, facts.recorder.id), event.lot.product);
      // Collecting scrap is only judged against a licence in force: anyone may trade scrap.
      if (event.kind !== 'collect' || !SCRAP.has(categoryOf(event.lot.product))) continue;
      if (!facts.licencesAt(applied.timeMs).some((l) => l.activity === 'recycling' && l.status === 'active')) continue;
      recoveries.push({
        kind: 'collection', eventId: event.id, index: applied.index, field: `${applied.prefix}lot`, seq: applied.seq, timeMs: applied.timeMs, facility: event.facility,
        scrap: [event.lot.product], elements: elementsOf([event.lot.composition as Composition]),
        lots: [qualifyLotId(event.lot.id, facts.recorder.id)], massGrams: event.lot.massGrams, reoGrams: reoGrams(event.lot.composition as Composition),
      });
    }
    const findings: Finding[] = [];
    for (const r of recoveries) {
      const shortfall = uncovered(facts, r);
      if (shortfall === undefined) continue;
      const day = shanghaiDay(r.timeMs);
      const ref = eventRef(facts.recorder.id, r.eventId);
      const problem = shortfall.gap === null ? `${facts.recorder.id} holds no recycling or separation licence on ${day}` : gapText(shortfall.gap);
      const what = r.kind === 'recovery'
        ? `${tonnes(r.massGrams)} t of rare earth products (${r.elements.join(', ')}) recovered from ${r.scrap.join(', ')}`
        : `${tonnes(r.massGrams)} t of ${r.scrap.join(', ')} (${r.elements.join(', ')}) collected`;
      findings.push({
        ruleId: 'unlicensed-recycling', key: ref, partyId: facts.recorder.id, period: shanghaiMonth(r.timeMs), subject: ref,
        summary: `${what} by ${facts.recorder.id} on ${day}: ${problem}`,
        evidence: {
          events: [ref], lots: r.lots, thresholds: {}, products: r.scrap, elements: r.elements, tonnes: tonnes(r.massGrams), tonnesReo: tonnes(r.reoGrams), day,
          gap: shortfall.gap, problem, collected: r.kind === 'collection',
        },
        at: { event: r.index, field: r.field },
        seq: r.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ partyId, evidence }) => zhFrom(evidence, (e) => {
    const gap = e.opt('gap');
    const problem = gap === null || gap === undefined ? `${partyId} 于 ${e.str('day')} 未持有综合利用或冶炼分离许可证` : gapTextZh(gap as LicenceGap);
    const what = e.opt('collected') === true
      ? `收集${productsZh(e.strs('products'))} ${e.num('tonnes')} 吨（${e.strs('elements').join('、')}）`
      : `从${productsZh(e.strs('products'))}中回收稀土产品 ${e.num('tonnes')} 吨（${e.strs('elements').join('、')}）`;
    return `${partyId} 于 ${e.str('day')} ${what}：${problem}`;
  }),
};
