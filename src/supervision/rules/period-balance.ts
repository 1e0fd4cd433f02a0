// Conservation, per element, per enterprise, per month and over all its months. The ledger moves
// lots whole and splits them to the gram, so material can appear or vanish in an enterprise's books
// only where the enterprise itself declares the figures: in a process (its outputs against its
// inputs) and in a stock adjustment. Both are bounded here, element by element, so neither netting
// elements against each other (Dy gone, the REO total closing) nor splitting into pieces under a
// per-event tolerance (many small excesses, many small write-offs, spread over months) escapes:
// - a process may lose no more of an element than the recovery norms allow for what it took in
//   (shared/DOMAIN.md), summed over the month and over all months; a process that makes nothing
//   new (each output a product it took in: sieving, blending, re-bagging) by a party licensed for
//   no chemistry (separation, smelting, recycling: a trader's repack) is handling, and may lose
//   only what handling loses (a licensed plant re-working a spoiled lot is chemistry again);
// - a process may put out more of an element than it took in only within assay tolerance, the
//   excesses summed (never netted against losses) over the month and over all months;
// - stock adjustments of a lot (declared losses and gains) may together move only a small share
//   of the lot;
// - a recycler's products may hold no more of an element than the scrap and slag it fed could
//   give at the best recovery known, with whatever else it fed on the books (an off-specification
//   oxide dissolved with the scrap) counted in full: "recycled" output beyond that came from
//   material it never booked, whatever each process looked like.
import { ELEMENT_SYMBOLS, type ElementSymbol } from '../../domain/elements.ts';
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { RESIDUE_CATEGORIES } from '../../domain/product-fit.ts';
import { productByCode, type ProductCategory } from '../../domain/products.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import { bounded, eventRef, percent, share, tonnes, zhFrom, type EvidenceReader } from '../evidence.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = {
  lossShareOreMax: 0.25,
  lossShareConcentrateMax: 0.117,
  lossShareMixedMax: 0.06,
  lossShareOtherMax: 0.1,
  lossShareMetalMax: 0.06,
  lossShareHandlingMax: 0.005,
  lossGramsMin: 10_000,
  gainShareMax: 0.001,
  gainGramsMin: 1_000,
  adjustShareMax: 0.03,
  adjustShareWetMax: 0.1,
  adjustGramsMin: 10_000,
  recyclingRecoveryShareMax: 0.97,
};
type T = typeof thresholds;

/** One party's element figures over a span (a month, or everything so far). */
interface Span {
  /** Grams of each element its processes took in. */
  fed: Composition;
  /** Grams the recovery norms allow its processes to lose, by element. */
  allowed: Composition;
  /** Net grams its processes did not put out (negative: put out more than took in). */
  lost: Composition;
  /** Grams put out beyond what went in, summed over the events that did. */
  gained: Composition;
  events: string[];
  lossEvents: Set<string>;
  gainEvents: Set<string>;
}

interface AdjustedLot {
  lot: string;
  /** The lot's mass when it was made. */
  madeGrams: number;
  /** Share of its made mass its adjustments may remove: residue cake, booked wet as weighed at the
   * filter press, loses water; ores and concentrates are booked by dry weight. */
  outShareMax: number;
  outGrams: number;
  inGrams: number;
  outReo: number;
  inReo: number;
  party: string;
  events: string[];
  reasons: string[];
  /** Month and event of the adjustment with which the lot's adjustments first passed the bound. */
  crossed?: { month: string; party: string };
}

export const periodBalance: PeriodRule<T> = {
  id: 'period-balance',
  stage: 'period',
  title: { zh: '物料平衡不闭合（分元素、分企业、分月及累计）', en: 'Mass balance does not close, per element, month and cumulatively' },
  explanation: {
    zh: '按元素核算企业的物料平衡：加工损失超过回收率标准允许的损失，加工产出超过投入（多次小额超出按月和累计相加），或对同一批次的库存调整（申报损耗、盘盈）累计超过限度。某一元素消失而REO总量平衡、化整为零、跨月分摊都不能规避。',
    en: 'An enterprise\'s balance, element by element: its processes lost more of an element than the recovery norms allow, put out more than they took in (small excesses added up over the month and over all months), or the stock adjustments of a lot (declared losses and gains) add up to more than the bound. One element vanishing while the REO total closes, or a loss split into small pieces or spread over months, is still seen.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土产品流向记录；《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：每月10日前录入上月稀土产品流向信息；《稀土行业规范条件（2016年本）》：最低回收率（选矿 ≥ 75%，精矿至混合稀土 > 92%，混合稀土至单一稀土 > 96%，离子型 > 94%）',
    en: "Rare Earth Management Regulations (State Council Order 785): product-flow records; Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): the previous month's flow data, entered by the 10th; 2016 industry conditions: minimum recoveries (beneficiation ≥ 75 %, concentrate → mixed > 92 %, mixed → separated > 96 %, ionic > 94 %)",
  },
  thresholds,
  thresholdNotes: {
    lossShareOreMax: 'largest loss of an element fed as ore: beneficiation recovers at least 75 % (shared/DOMAIN.md)',
    lossShareConcentrateMax: 'largest loss of an element fed as concentrate: > 92 % to mixed compounds and > 96 % on to separated products, 1 − 0.92 × 0.96 (shared/DOMAIN.md)',
    lossShareMixedMax: 'largest loss of an element fed as mixed compounds: separation recovers > 96 %, ionic > 94 % (shared/DOMAIN.md)',
    lossShareOtherMax: 'largest loss of an element fed as anything else (oxide → metal, oxide → materials, recycling): shared/DOMAIN.md has no norm ("not found"); 10 %, above the largest single-stage loss the norms allow (8 %, concentrate → mixed), so a plant at the edge of the norms is not flagged',
    lossShareMetalMax: 'largest loss of an element fed as metal or alloy (to magnets, alloys, hydrogen-storage powder): melting, strip casting, sintering and machining put what they do not make into product out as swarf, skull and slag, which are recorded; what is never recorded is a few per cent, up to 5 % of samarium, which evaporates from the melt (SmCo alloys are weighed out with that excess). shared/DOMAIN.md has no norm: a judgement',
    lossShareHandlingMax: 'largest loss of an element in a process whose every output is a product it took in (sieving, blending, re-bagging, repacking under new lot ids), recorded by a party licensed for no separation, smelting or recycling: no chemistry, so no recovery norm applies; dry material in closed bags loses dust, not per cent. shared/DOMAIN.md has no figure: the 0.5 % transport loss short-receipt accepts (judgement)',
    lossGramsMin: 'loss of an element, in grams, accepted whatever the share',
    gainShareMax: 'excess of an element put out over what went in, as a share of the element fed (assay and rounding), as elements-from-nothing allows per event',
    gainGramsMin: 'excess in grams accepted whatever the share, once per month (not once per event)',
    adjustShareMax: 'largest share of a lot\'s mass its stock adjustments may remove, or add, in all (moisture, assay, stocktake). shared/DOMAIN.md has no figure: a judgement, six times the 0.5 % transport loss short-receipt accepts',
    adjustShareWetMax: 'largest share of a residue lot\'s mass (slag, tailings: booked wet, as weighed at the filter press) its stock adjustments may remove in all: filter cakes leave the presses at 10–20 % water and are dried or drain on the pad before placement (under 15 % moisture); a judgement, the water a day on a drying pad drives off. Ores and concentrates are booked by dry weight and held to adjustShareMax; additions too',
    adjustGramsMin: 'adjustments of a lot, in grams, accepted whatever the share',
    recyclingRecoveryShareMax: 'largest share of an element in the scrap and slag a recycler fed that its products may hold, over all its months: recovery of REO from swarf "can reach ~97 %" (shared/DOMAIN.md); anything else it fed (an oxide or alloy off specification, dissolved with the scrap) counts in full, and the excess is also allowed gainShareMax and gainGramsMin',
  },
  start(context, t) {
    const recyclers = new Map<string, Map<string, Recovery>>();
    const madeByRecyclers = new Set<string>();
    const isRecycler = (party: string) => context.registry.parties.get(party)?.roles.includes('recycler') === true;
    const months = new Map<string, Span & { party: string; month: string }>();
    /** The party and month of the process that made each lot. */
    const madeThisMonth = new Map<string, string>();
    const processors = new Set([...context.registry.licences.values()].filter((l) => CHEMISTRY.has(l.activity)).map((l) => l.partyId));
    const madeGrams = new Map<string, number>();
    const adjusted = new Map<string, AdjustedLot>();
    const adjustments: Adjustment[] = [];
    return {
      observe(scanned) {
        const kind = scanned.event.kind;
        if (kind === 'process') {
          observeProcess(scanned);
          if (isRecycler(scanned.partyId)) observeRecycling(scanned, recyclers, madeByRecyclers);
        } else if (kind === 'adjust') {
          observeAdjust(scanned, adjusted, madeGrams, adjustments, t);
        }
        // A lot's made mass bounds its adjustments; only lots made by events are counted (adjust
        // flows put into a lot that exists).
        if (kind !== 'adjust') for (const flow of scanned.flows) if (flow.direction === 1 && !madeGrams.has(flow.lotId)) madeGrams.set(flow.lotId, flow.massGrams);
      },
      finish() {
        const findings: Finding[] = [];
        const flagged = new Set<string>();
        for (const m of months.values()) {
          const finding = judge(m, m.party, m.month, `${m.party}:${m.month}`, t, 'in');
          if (finding === undefined) continue;
          findings.push(finding);
          for (const e of Object.keys(finding.evidence['byElement'] as object)) flagged.add(`${m.party}|${e}`);
        }
        const byParty = new Map<string, Map<string, Span>>();
        for (const m of months.values()) byParty.set(m.party, (byParty.get(m.party) ?? new Map<string, Span>()).set(m.month, m));
        for (const [party, byMonth] of byParty) {
          const crossing = cumulativeCrossing(party, byMonth, t, flagged);
          if (crossing !== undefined) findings.push(crossing);
        }
        for (const lot of adjusted.values()) if (lot.crossed !== undefined) findings.push(adjustFinding(lot, t));
        findings.push(...partyAdjustmentFindings(adjustments, adjusted, t));
        for (const [party, byMonth] of recyclers) {
          const finding = recoveryCrossing(party, byMonth, t);
          if (finding !== undefined) findings.push(finding);
        }
        return findings;
      },
    };

    function observeProcess(scanned: ScannedEvent): void {
      const month = shanghaiMonth(scanned.timeMs);
      const key = `${scanned.partyId}|${month}`;
      const span = months.get(key) ?? { ...emptySpan(), party: scanned.partyId, month };
      months.set(key, span);
      const fed: Composition = {};
      const allowed: Composition = {};
      const out: Composition = {};
      const handling = !processors.has(scanned.partyId) && makesNothingNew(scanned);
      for (const flow of scanned.flows) {
        // A lot this party made by a process this month is fed on within the loss its first feed
        // was allowed: steps of one line do not each bring a plant's norm (three 3 % steps are 9 %).
        const chained = flow.direction === -1 && madeThisMonth.get(flow.lotId) === key;
        const lossShare = chained ? 0 : handling ? t.lossShareHandlingMax : lossShareOf(productByCode(flow.product)?.category, t);
        for (const e of ELEMENT_SYMBOLS) {
          const grams = flow.elements[e] ?? 0;
          if (grams === 0) continue;
          if (flow.direction === -1) {
            add(fed, e, grams);
            add(allowed, e, Math.floor(grams * lossShare));
          } else add(out, e, grams);
        }
      }
      for (const flow of scanned.flows) if (flow.direction === 1) madeThisMonth.set(flow.lotId, key);
      const ref = eventRef(scanned.partyId, scanned.eventId);
      span.events.push(ref);
      for (const e of ELEMENT_SYMBOLS) {
        const f = fed[e] ?? 0;
        const o = out[e] ?? 0;
        if (f === 0 && o === 0) continue;
        add(span.fed, e, f);
        add(span.allowed, e, allowed[e] ?? 0);
        add(span.lost, e, f - o);
        if (o > f) {
          add(span.gained, e, o - f);
          span.gainEvents.add(ref);
        } else if (f > o) {
          span.lossEvents.add(ref);
        }
      }
    }
  },
  summaryZh: ({ partyId, period, subject, evidence }) => zhFrom(evidence, (e) => {
    const t = e.at('thresholds');
    if (e.opt('recycler') === true) {
      const byElement = e.at('byElement');
      const elements = Object.keys(evidence['byElement'] as object);
      return `截至 ${period} 末，综合利用企业 ${partyId} 的产品中${elements.map((el) => `含 ${byElement.at(el).num('productsTonnes')} 吨 ${el}，而其投入的废料和渣料仅含 ${byElement.at(el).num('scrapFedTonnes')} 吨${(byElement.at(el).opt('otherFedTonnes') ?? 0) as number > 0 ? `、投入的其他物料含 ${byElement.at(el).num('otherFedTonnes')} 吨` : ''}`).join('；')}：超出 ${percent(t.num('recyclingRecoveryShareMax'))} 的回收率所能得到的量`;
    }
    if (e.opt('boundTonnes') !== undefined) {
      const over = e.strs('over');
      if (e.opt('lotsMadeTonnes') !== undefined) {
        const moved = over.map((m) => (m === 'removed' ? `减少了 ${e.num('removedTonnes')} 吨` : `增加了 ${e.num('addedTonnes')} 吨`)).join('并');
        return `截至 ${period}，${partyId} 对 ${e.num('lotCount')} 个批次的库存调整（单个批次均未超过界限）合计${moved}，这些批次产生时共 ${e.num('lotsMadeTonnes')} 吨；界限为 ${e.num('boundTonnes')} 吨（${percent(typeof e.opt('boundShare') === 'number' ? e.num('boundShare') : t.num('adjustShareMax'))}）`;
      }
      const moved = over.map((m) => (m === 'removed'
        ? `减少了 ${e.num('removedTonnes')} 吨（${e.num('removedTonnesReo')} 吨 REO）`
        : `在无记录来源的情况下增加了 ${e.num('addedTonnes')} 吨（${e.num('addedTonnesReo')} 吨 REO）`)).join('，并');
      const boundShare = e.opt('boundShare');
      return `批次 ${subject}（产生时 ${e.num('madeTonnes')} 吨）的库存调整${moved}，共 ${e.strs('events').length} 次调整；界限为 ${e.num('boundTonnes')} 吨（批次的 ${percent(typeof boundShare === 'number' ? boundShare : t.num('adjustShareMax'))}）`;
    }
    const byElement = e.at('byElement');
    const processes = Object.keys(evidence['byElement'] as object).map((el) => describeZh(el, byElement.at(el))).join('；');
    return e.opt('cumulative') === true
      ? `截至 ${period} 末，${partyId} 各月加工合计：${processes}`
      : `${period} ${partyId} 的加工：${processes}`;
  }),
};

function describeZh(e: string, v: EvidenceReader): string {
  const parts: string[] = [];
  if (v.opt('lostTonnes') !== undefined) parts.push(`所投入的 ${v.num('fedTonnes')} 吨 ${e} 中损失了 ${v.num('lostTonnes')} 吨（${percent(share(v.num('lostTonnes'), v.num('fedTonnes')))}；允许 ${v.num('allowedLossTonnes')} 吨）`);
  if (v.opt('gainedTonnes') !== undefined) parts.push(`产出的 ${e} 比投入多 ${v.num('gainedTonnes')} 吨（允许 ${v.num('allowedGainTonnes')} 吨）`);
  return parts.join('，并且');
}

function emptySpan(): Span {
  return { fed: {}, allowed: {}, lost: {}, gained: {}, events: [], lossEvents: new Set(), gainEvents: new Set() };
}

function add(c: Composition, e: ElementSymbol, grams: number): void {
  c[e] = (c[e] ?? 0) + grams;
}

/** Licensed activities that transform material: a process by their holder may be chemistry. */
const CHEMISTRY: ReadonlySet<string> = new Set(['separation', 'metal-smelting', 'recycling']);

/** A process that makes no new product: every output is of a product it took in. */
function makesNothingNew(scanned: ScannedEvent): boolean {
  const taken = new Set(scanned.flows.filter((f) => f.direction === -1).map((f) => f.product));
  return scanned.flows.every((f) => f.direction === -1 || taken.has(f.product));
}

function lossShareOf(category: ProductCategory | undefined, t: T): number {
  if (category === 'ore') return t.lossShareOreMax;
  if (category === 'concentrate') return t.lossShareConcentrateMax;
  if (category === 'mixed-compound') return t.lossShareMixedMax;
  if (category === 'metal' || category === 'alloy') return t.lossShareMetalMax;
  return t.lossShareOtherMax;
}

interface ElementVerdict {
  fedTonnes: number;
  lostTonnes?: number;
  allowedLossTonnes?: number;
  gainedTonnes?: number;
  allowedGainTonnes?: number;
}

/** Which elements of a span break the balance, and how. */
function verdicts(span: Span, t: T): Partial<Record<ElementSymbol, ElementVerdict>> {
  const out: Partial<Record<ElementSymbol, ElementVerdict>> = {};
  for (const e of ELEMENT_SYMBOLS) {
    const fed = span.fed[e] ?? 0;
    const lost = span.lost[e] ?? 0;
    const gained = span.gained[e] ?? 0;
    const allowedLoss = (span.allowed[e] ?? 0) + t.lossGramsMin;
    const allowedGain = Math.max(t.gainGramsMin, fed * t.gainShareMax);
    const verdict: ElementVerdict = { fedTonnes: tonnes(fed) };
    let broken = false;
    if (lost > allowedLoss) {
      verdict.lostTonnes = tonnes(lost);
      verdict.allowedLossTonnes = tonnes(allowedLoss);
      broken = true;
    }
    if (gained > allowedGain) {
      verdict.gainedTonnes = tonnes(gained);
      verdict.allowedGainTonnes = tonnes(allowedGain);
      broken = true;
    }
    if (broken) out[e] = verdict;
  }
  return out;
}

function judge(span: Span, party: string, month: string, key: string, t: T, when: string): Finding | undefined {
  const byElement = verdicts(span, t);
  const elements = Object.keys(byElement) as ElementSymbol[];
  if (elements.length === 0) return undefined;
  const events = new Set<string>();
  for (const e of elements) for (const ref of byElement[e]!.gainedTonnes !== undefined ? span.gainEvents : span.lossEvents) events.add(ref);
  const fedReo = reoGrams(nonNegative(span.fed));
  const lostReo = reoGrams(nonNegative(span.lost));
  return {
    ruleId: 'period-balance',
    key,
    partyId: party,
    period: month,
    subject: key,
    summary: `${when} ${month} ${party}'s processes ${elements.map((e) => describe(e, byElement[e]!)).join('; ')}`,
    evidence: {
      events: bounded([...events]), eventCount: events.size, lots: [], thresholds: t, byElement,
      inputTonnesReo: tonnes(fedReo), unaccountedTonnesReo: tonnes(lostReo), unaccountedShare: share(lostReo, fedReo),
    },
  };
}

function describe(e: ElementSymbol, v: ElementVerdict): string {
  const parts: string[] = [];
  if (v.lostTonnes !== undefined) parts.push(`lost ${v.lostTonnes} t of the ${v.fedTonnes} t of ${e} they took in (${percent(share(v.lostTonnes, v.fedTonnes))}; allowed ${v.allowedLossTonnes} t)`);
  if (v.gainedTonnes !== undefined) parts.push(`put out ${v.gainedTonnes} t more ${e} than they took in (allowed ${v.allowedGainTonnes} t)`);
  return parts.join(' and ');
}

function nonNegative(c: Composition): Composition {
  const out: Composition = {};
  for (const e of ELEMENT_SYMBOLS) if ((c[e] ?? 0) > 0) out[e] = c[e]!;
  return out;
}

/** The month in which a party's running totals first break the balance for an element no month
 * broke on its own: a loss or an excess spread thinly over months. */
function cumulativeCrossing(party: string, byMonth: ReadonlyMap<string, Span>, t: T, flagged: ReadonlySet<string>): Finding | undefined {
  const running = emptySpan();
  for (const month of [...byMonth.keys()].sort()) {
    const span = byMonth.get(month)!;
    for (const e of ELEMENT_SYMBOLS) {
      for (const field of ['fed', 'allowed', 'lost', 'gained'] as const) if ((span[field][e] ?? 0) !== 0) add(running[field], e, span[field][e]!);
    }
    running.events.push(...span.events);
    for (const ref of span.lossEvents) running.lossEvents.add(ref);
    for (const ref of span.gainEvents) running.gainEvents.add(ref);
    const byElement = verdicts(running, t);
    const fresh = (Object.keys(byElement) as ElementSymbol[]).filter((e) => !flagged.has(`${party}|${e}`));
    if (fresh.length === 0) continue;
    const finding = judge(running, party, month, `${party}:to-${month}`, t, 'up to the end of');
    if (finding === undefined) continue;
    const kept = Object.fromEntries(fresh.map((e) => [e, byElement[e]]));
    finding.evidence['byElement'] = kept;
    finding.summary = `up to the end of ${month}, over all its months, ${party}'s processes ${fresh.map((e) => describe(e, byElement[e]!)).join('; ')}`;
    finding.evidence['cumulative'] = true;
    return finding;
  }
  return undefined;
}

/** One lot movement of a stock adjustment, kept to add a party's adjustments up across its lots. */
interface Adjustment {
  party: string;
  lot: string;
  timeMs: number;
  ref: string;
  direction: -1 | 1;
  grams: number;
}

function observeAdjust(scanned: ScannedEvent, adjusted: Map<string, AdjustedLot>, madeGrams: ReadonlyMap<string, number>, adjustments: Adjustment[], t: T): void {
  if (scanned.event.kind !== 'adjust') return;
  const ref = eventRef(scanned.partyId, scanned.eventId);
  for (const flow of scanned.flows) {
    adjustments.push({ party: scanned.partyId, lot: flow.lotId, timeMs: scanned.timeMs, ref, direction: flow.direction, grams: flow.massGrams });
    const lot = adjusted.get(flow.lotId) ?? {
      lot: flow.lotId, madeGrams: madeGrams.get(flow.lotId) ?? 0, outShareMax: RESIDUE_CATEGORIES.has(productByCode(flow.product)?.category ?? 'ore') ? t.adjustShareWetMax : t.adjustShareMax, outGrams: 0, inGrams: 0, outReo: 0, inReo: 0, party: scanned.partyId, events: [], reasons: [],
    };
    adjusted.set(flow.lotId, lot);
    if (flow.direction === -1) {
      lot.outGrams += flow.massGrams;
      lot.outReo += reoGrams(flow.elements);
    } else {
      lot.inGrams += flow.massGrams;
      lot.inReo += reoGrams(flow.elements);
    }
    if (lot.events.length < 50) {
      lot.events.push(ref);
      lot.reasons.push(scanned.event.reason);
    }
    const { outBound, inBound } = adjustBounds(lot, t);
    if (lot.crossed === undefined && (lot.outGrams > outBound || lot.inGrams > inBound)) lot.crossed = { month: shanghaiMonth(scanned.timeMs), party: scanned.partyId };
  }
}

/** What a lot's adjustments may remove and add, in grams. */
function adjustBounds(lot: AdjustedLot, t: T): { outBound: number; inBound: number } {
  return { outBound: Math.max(t.adjustGramsMin, lot.madeGrams * lot.outShareMax), inBound: Math.max(t.adjustGramsMin, lot.madeGrams * t.adjustShareMax) };
}

function adjustFinding(lot: AdjustedLot, t: T): Finding {
  const { outBound, inBound } = adjustBounds(lot, t);
  const removedOver = lot.outGrams > outBound;
  const bound = removedOver ? outBound : inBound;
  const boundShare = removedOver ? lot.outShareMax : t.adjustShareMax;
  const moved: string[] = [];
  if (removedOver) moved.push(`removed ${tonnes(lot.outGrams)} t (${tonnes(lot.outReo)} t REO)`);
  if (lot.inGrams > inBound) moved.push(`added ${tonnes(lot.inGrams)} t (${tonnes(lot.inReo)} t REO) from no recorded source`);
  return {
    ruleId: 'period-balance',
    key: `${lot.lot}:adjustments`,
    partyId: lot.crossed!.party,
    period: lot.crossed!.month,
    subject: lot.lot,
    summary: `stock adjustments of lot ${lot.lot} (made at ${tonnes(lot.madeGrams)} t) ${moved.join(' and ')} in ${lot.events.length} adjustment(s); the bound is ${tonnes(bound)} t (${percent(boundShare)} of the lot)`,
    evidence: {
      events: bounded(lot.events), lots: [lot.lot], thresholds: t, madeTonnes: tonnes(lot.madeGrams), removedTonnes: tonnes(lot.outGrams), addedTonnes: tonnes(lot.inGrams),
      removedTonnesReo: tonnes(lot.outReo), addedTonnesReo: tonnes(lot.inReo), boundTonnes: tonnes(bound), boundShare, reasons: lot.reasons,
      over: [...(removedOver ? ['removed'] : []), ...(lot.inGrams > inBound ? ['added'] : [])],
    },
  };
}

/** A recycler's month: element grams of scrap and slag fed, of other rare earth material fed (an
 * off-specification oxide or alloy bought back and dissolved with the scrap), of its own earlier
 * products fed again (intermediates), and of products (not residues) put out. */
interface Recovery {
  scrapFed: Composition;
  otherFed: Composition;
  ownFed: Composition;
  made: Composition;
  events: string[];
}

const RECYCLING_FEEDS: ReadonlySet<ProductCategory | undefined> = new Set(['scrap-pre-consumer', 'scrap-post-consumer', 'slag']);

function observeRecycling(scanned: ScannedEvent, recyclers: Map<string, Map<string, Recovery>>, madeByRecyclers: Set<string>): void {
  // Short-loop recycling (magnet scrap decrepitated and sintered again into magnets, shedding its
  // own swarf) is physical: it keeps nearly all the scrap's rare earths, and the per-event balance
  // bounds it. The recovery ceiling is for chemical recovery, which leaches scrap into compounds.
  const products = scanned.flows.filter((f) => f.direction === 1 && !RESIDUE_CATEGORIES.has(productByCode(f.product)?.category ?? 'slag') && !RECYCLING_FEEDS.has(productByCode(f.product)?.category));
  if (scanned.event.kind === 'process' && products.length > 0 && products.every((f) => productByCode(f.product)?.stage === 'material')) return;
  const month = shanghaiMonth(scanned.timeMs);
  const byMonth = recyclers.get(scanned.partyId) ?? new Map<string, Recovery>();
  recyclers.set(scanned.partyId, byMonth);
  const span = byMonth.get(month) ?? { scrapFed: {}, otherFed: {}, ownFed: {}, made: {}, events: [] };
  byMonth.set(month, span);
  span.events.push(eventRef(scanned.partyId, scanned.eventId));
  for (const flow of scanned.flows) {
    const category = productByCode(flow.product)?.category;
    let into: Composition | undefined;
    if (flow.direction === -1) into = madeByRecyclers.has(flow.lotId) ? span.ownFed : RECYCLING_FEEDS.has(category) ? span.scrapFed : span.otherFed;
    else if (category === undefined || !RESIDUE_CATEGORIES.has(category)) {
      into = span.made;
      madeByRecyclers.add(flow.lotId);
    }
    if (into === undefined) continue;
    for (const e of ELEMENT_SYMBOLS) if ((flow.elements[e] ?? 0) > 0) add(into, e, flow.elements[e]!);
  }
}

/** The first month in which a recycler's products, net of its own intermediates fed again, hold
 * more of an element than its scrap and slag could give. */
function recoveryCrossing(party: string, byMonth: Map<string, Recovery>, t: T): Finding | undefined {
  const running: Recovery = { scrapFed: {}, otherFed: {}, ownFed: {}, made: {}, events: [] };
  for (const month of [...byMonth.keys()].sort()) {
    const span = byMonth.get(month)!;
    for (const field of ['scrapFed', 'otherFed', 'ownFed', 'made'] as const) for (const e of ELEMENT_SYMBOLS) if ((span[field][e] ?? 0) > 0) add(running[field], e, span[field][e]!);
    running.events.push(...span.events);
    const byElement: Record<string, { scrapFedTonnes: number; otherFedTonnes: number; productsTonnes: number; ceilingTonnes: number }> = {};
    for (const e of ELEMENT_SYMBOLS) {
      const scrap = running.scrapFed[e] ?? 0;
      const products = (running.made[e] ?? 0) - (running.ownFed[e] ?? 0);
      // Material that is no scrap, dissolved with it, can come out whole: it is counted in full.
      const ceiling = Math.floor(scrap * t.recyclingRecoveryShareMax) + (running.otherFed[e] ?? 0) + Math.max(t.gainGramsMin, scrap * t.gainShareMax);
      if (products > ceiling) byElement[e] = { scrapFedTonnes: tonnes(scrap), otherFedTonnes: tonnes(running.otherFed[e] ?? 0), productsTonnes: tonnes(products), ceilingTonnes: tonnes(ceiling) };
    }
    const elements = Object.keys(byElement);
    if (elements.length === 0) continue;
    return {
      ruleId: 'period-balance',
      key: `${party}:recycled-to-${month}`,
      partyId: party,
      period: month,
      subject: `${party}:recycled-to-${month}`,
      summary: `up to the end of ${month}, recycler ${party}'s products hold ${elements.map((e) => `${byElement[e]!.productsTonnes} t of ${e} where the scrap and slag it fed held ${byElement[e]!.scrapFedTonnes} t${byElement[e]!.otherFedTonnes > 0 ? ` and the other material it fed ${byElement[e]!.otherFedTonnes} t` : ''}`).join('; ')}: more than a ${percent(t.recyclingRecoveryShareMax)} recovery could give`,
      evidence: { events: bounded(span.events), eventCount: span.events.length, lots: [], thresholds: t, byElement, recycler: true },
    };
  }
  return undefined;
}

/** A party's adjustments added up across its lots (those not raised one by one), against the share
 * of the lots they touched: many small lots each adjusted by less than adjustGramsMin add up. The
 * alert is raised in the month the running total passed the bound. */
function partyAdjustmentFindings(adjustments: readonly Adjustment[], lots: ReadonlyMap<string, AdjustedLot>, t: T): Finding[] {
  const byParty = new Map<string, Adjustment[]>();
  for (const a of adjustments) {
    if (lots.get(a.lot)?.crossed !== undefined) continue;
    const list = byParty.get(a.party) ?? [];
    list.push(a);
    byParty.set(a.party, list);
  }
  const findings: Finding[] = [];
  for (const [party, list] of byParty) {
    list.sort((a, b) => a.timeMs - b.timeMs);
    const touched = new Set<string>();
    let lotsGrams = 0;
    let outBoundGrams = 0;
    let outGrams = 0;
    let inGrams = 0;
    const events = new Set<string>();
    for (const a of list) {
      if (!touched.has(a.lot)) {
        touched.add(a.lot);
        const lot = lots.get(a.lot);
        lotsGrams += lot?.madeGrams ?? 0;
        outBoundGrams += (lot?.madeGrams ?? 0) * (lot?.outShareMax ?? t.adjustShareMax);
      }
      if (a.direction === -1) outGrams += a.grams;
      else inGrams += a.grams;
      events.add(a.ref);
      const inBound = Math.max(t.adjustGramsMin, lotsGrams * t.adjustShareMax);
      const outBound = Math.max(t.adjustGramsMin, outBoundGrams);
      if (outGrams <= outBound && inGrams <= inBound) continue;
      const removedOver = outGrams > outBound;
      const bound = removedOver ? outBound : inBound;
      const month = shanghaiMonth(a.timeMs);
      const moved = [removedOver ? `removed ${tonnes(outGrams)} t` : '', inGrams > inBound ? `added ${tonnes(inGrams)} t` : ''].filter((x) => x !== '').join(' and ');
      findings.push({
        ruleId: 'period-balance',
        key: `${party}:adjustments-to-${month}`,
        partyId: party,
        period: month,
        subject: `${party}:adjustments-to-${month}`,
        summary: `up to ${month}, ${party}'s stock adjustments of ${touched.size} lots, none past the bound on its own, ${moved} of lots made at ${tonnes(lotsGrams)} t; the bound is ${tonnes(bound)} t (${percent(bound / Math.max(1, lotsGrams))})`,
        evidence: {
          events: bounded([...events]), eventCount: events.size, lots: bounded([...touched]), thresholds: t, lotsMadeTonnes: tonnes(lotsGrams),
          removedTonnes: tonnes(outGrams), addedTonnes: tonnes(inGrams), boundTonnes: tonnes(bound), boundShare: share(bound, Math.max(1, lotsGrams)),
          over: [...(removedOver ? ['removed'] : []), ...(inGrams > inBound ? ['added'] : [])], lotCount: touched.size,
        },
      });
      break;
    }
  }
  return findings;
}
