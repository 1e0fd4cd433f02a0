// A correction recorded after the month's report was due that takes recorded output off the books,
// or adds to it beyond measuring error.
// A correction fixes a mistake in what was measured (a weighing, an assay, a stock count), so an
// honest one moves the figure by what measuring gets wrong; one that, months later, strikes most of
// an extraction away is how output sold off the books is made to disappear from the quota year and
// the balance the regulator already read. The period rules see only the event as corrected, dated
// by its own time, so the June extraction simply looks smaller: this is the one place the change
// itself, and when it was made, is seen. The same holds the other way: output added to a closed
// month months later (an extraction "misread" at a third of its size, found after the licence was
// revoked) is output reported late and booked where the regulator no longer looks.
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { eventIdOf, eventKindZh, eventRef, percent, share, tonnes, zhFrom } from '../evidence.ts';
import { formatShanghai, reportDueMs, shanghaiMonth, shanghaiYear, DAY_MS } from '../../domain/periods.ts';
import type { AppliedCorrection, CaptureRule, DocumentFacts, Finding } from '../rule.ts';

const thresholds = { graceHours: 0, erasedReoShareMax: 0.05, addedReoShareMax: 0.05, erasedReoGramsMin: 10_000 };

type Flow = { lotId: string; direction: -1 | 1; massGrams: number; elements: Composition };
type PlainEvent = AppliedCorrection['corrected']['event'];

/** Grams of material and of REO. */
interface Amount {
  grams: number;
  reoGrams: number;
}

/** What an event put on the books (negative: took off), in what stays in the chain: an export, a
 * delivery to a final user or a disposal takes material to a declared destination, which is not
 * material gone missing. */
function booked(kind: string, flows: readonly Flow[]): Amount {
  const amount = { grams: 0, reoGrams: 0 };
  if (kind === 'export' || kind === 'deliver' || kind === 'dispose') return amount;
  for (const flow of flows) {
    amount.grams += flow.direction * flow.massGrams;
    amount.reoGrams += flow.direction * reoGrams(flow.elements);
  }
  return amount;
}

/** The quantity the corrected event measured, against which its correction is judged: the lot it
 * made, the larger side of a process, the lot a receipt or a stock count weighed. */
function measured(event: PlainEvent, flows: readonly Flow[], facts: DocumentFacts): Amount {
  const sum = (direction: -1 | 1) => flows.filter((f) => f.direction === direction)
    .reduce((a, f) => ({ grams: a.grams + f.massGrams, reoGrams: a.reoGrams + reoGrams(f.elements) }), { grams: 0, reoGrams: 0 });
  const made = sum(1);
  const taken = sum(-1);
  if (event.kind === 'receive' || event.kind === 'adjust') {
    // The lot as the event left it, and what it took off (a shortfall, a write-off): the lot it weighed.
    const lot = facts.lotBefore(qualifyLotId(event.lot, facts.recorder.id));
    if (lot !== undefined) return { grams: Math.max(lot.massGrams, lot.massGramsRemaining + taken.grams), reoGrams: reoGrams(lot.elements) + taken.reoGrams };
  }
  return { grams: Math.max(made.grams, taken.grams), reoGrams: Math.max(made.reoGrams, taken.reoGrams) };
}

export const lateCorrection: CaptureRule<typeof thresholds> = {
  id: 'late-correction',
  stage: 'capture',
  title: { zh: '逾期更正核减或追加已报产量', en: 'Late correction taking recorded output off the books, or adding to it' },
  explanation: {
    zh: '在所属月份的报送截止日（次月10日）之后录入的更正，把已申报的开采、加工产出、进口、收购或收货数量核减了超出称重、化验误差的部分：已申报的产品可能已在账外售出，并从当年的总量控制指标中消失；或追加了超出误差的数量：逾期补报的产量被记入已经审查过的月份；或在流向报送后改写物料去向（交付客户、收货方、出口国）或来源（进口原产国、收集废料的供货方）；以及任何时候把开采或加工事件改记入另一个指标年度。',
    en: 'A correction recorded after the month\'s report was due (the 10th of the next month) that removes, beyond weighing and assay error, output already reported: an extraction, a process\'s products, an import, a collection or a receipt. The material may have been sold off the books and taken out of the year\'s quota. Or one that adds output beyond that error: output reported late, booked into a month already judged. Or one that rewrites where material went (a delivery\'s customer, a shipment\'s receiver, an export\'s country) or where it came from (an import\'s country of origin, a collection\'s supplier) after the flow was reported; and, at any time, one that re-dates an extraction or a process into another quota year.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：每月10日前录入上月稀土产品流向信息，年度开采和冶炼分离总量控制指标；《稀土管理条例》（国务院令第785号）：稀土产品流向记录，非法交易（予以没收，并处违法所得5倍以上10倍以下罚款）',
    en: "Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): the previous month's flow data entered by the 10th, annual mining and separation quotas; Rare Earth Management Regulations (State Council Order 785): product-flow records, illegal trade (confiscation and 5–10× the illegal income)",
  },
  thresholds,
  thresholdNotes: {
    graceHours: 'hours after the end of the 10th of the month after the corrected event (Asia/Shanghai) within which a correction is part of the report, not a late one (late-report\'s grace)',
    erasedReoShareMax: 'share of the REO the corrected event measured that a late correction may take off the books: a weighing corrected (short-receipt accepts 0.5 % in transport, period-balance 3 % of stock adjustments) and a re-assay (concentrate is traded at 50 % REO with the price adjusted per ±1 %, shared/DOMAIN.md: a point or two of grade is 2–4 % of the REO). 5 % is a judgement above either. Mass alone is not judged: water or gangue weighed out (a lot re-weighed dry) takes no rare earth off the books',
    addedReoShareMax: 'share of the REO the corrected event measured that a late correction may add to a closed month: the same weighing and assay error as erasedReoShareMax; more is output reported late, booked into a month whose report, licences and quota the regulator already judged',
    erasedReoGramsMin: 'grams of REO a late correction may take off (or add to) the books whatever the share (period-balance\'s adjustGramsMin)',
  },
  check(facts, t) {
    const findings: Finding[] = [];
    // Most documents correct nothing: what they book matters only beside a correction.
    if (facts.corrections.length === 0) return findings;
    const recordedMs = Date.parse(facts.recordedAt);
    // What the document puts back on the books in each kind and quota year beside the correction:
    // a lot recorded as one and corrected into two (the correction, and a new event or another
    // correction beside it) takes nothing off.
    const restored = new Map<string, Amount>();
    const restore = (kind: string, atMs: number, amount: Amount) => {
      const key = `${kind}:${shanghaiYear(atMs)}`;
      const pool = restored.get(key) ?? { grams: 0, reoGrams: 0 };
      pool.grams += Math.max(0, amount.grams);
      pool.reoGrams += Math.max(0, amount.reoGrams);
      restored.set(key, pool);
    };
    const correcting = new Set(facts.corrections.map((c) => c.index));
    for (const applied of facts.events) if (!correcting.has(applied.index)) restore(applied.event.kind, applied.timeMs, booked(applied.event.kind, applied.flows));
    const changes = facts.corrections.map((correction) => {
      const { corrected, replacement } = correction;
      const before = booked(corrected.event.kind, corrected.flows);
      // A replacement dated in another year takes the whole of the original out of its quota year.
      const sameYear = replacement !== undefined && shanghaiYear(replacement.timeMs) === shanghaiYear(corrected.timeMs);
      const after = replacement === undefined ? { grams: 0, reoGrams: 0 } : booked(replacement.event.kind, replacement.flows);
      const change = sameYear ? { grams: after.grams - before.grams, reoGrams: after.reoGrams - before.reoGrams } : { grams: -before.grams, reoGrams: -before.reoGrams };
      restore(corrected.event.kind, corrected.timeMs, change);
      return { correction, before, after, sameYear, change };
    });
    for (const { correction, before, after, sameYear, change } of changes) {
      const { corrected, replacement, event } = correction;
      const month = shanghaiMonth(corrected.timeMs);
      const dueMs = reportDueMs(month) + t.graceHours * 3_600_000;
      const afterDue = recordedMs > dueMs;
      // Output re-dated into another quota year leaves the year it was made in, however soon the
      // correction comes: a measuring error does not move an extraction across New Year.
      if (!afterDue && (sameYear || !QUOTA_KINDS.has(corrected.event.kind))) continue;
      // An export struck out after it was reported did leave (customs cleared it): undoing it
      // frees its licence's quantity for goods that never had one.
      if (afterDue && corrected.event.kind === 'export' && replacement?.event.kind !== 'export') {
        findings.push(counterpartFinding(facts, correction, { side: 'destination', from: corrected.event.destinationCountry, to: 'none: the export struck out' }, recordedMs));
        continue;
      }
      if (afterDue && replacement !== undefined) {
        const moved = counterpartChange(corrected.event, replacement.event);
        if (moved !== undefined) {
          findings.push(counterpartFinding(facts, correction, moved, recordedMs));
          continue;
        }
      }
      const pool = restored.get(`${corrected.event.kind}:${shanghaiYear(corrected.timeMs)}`) ?? { grams: 0, reoGrams: 0 };
      const offset = { grams: Math.min(pool.grams, Math.max(0, -change.grams)), reoGrams: Math.min(pool.reoGrams, Math.max(0, -change.reoGrams)) };
      pool.grams -= offset.grams;
      pool.reoGrams -= offset.reoGrams;
      const erased = { grams: -change.grams - offset.grams, reoGrams: -change.reoGrams - offset.reoGrams };
      const base = measured(corrected.event, corrected.flows, facts);
      const beyond = (reo: number, shareMax: number) => reo > t.erasedReoGramsMin && reo > base.reoGrams * shareMax;
      if (sameYear && beyond(change.reoGrams, t.addedReoShareMax)) {
        findings.push(addedFinding(facts, correction, before, after, change, base, recordedMs, t));
        continue;
      }
      if (!beyond(erased.reoGrams, t.erasedReoShareMax)) continue;
      const party = facts.recorder.id;
      const correctionRef = eventRef(party, event.id);
      const correctedRef = eventRef(party, corrected.event.id);
      const days = Math.floor((recordedMs - corrected.timeMs) / DAY_MS);
      const lots = [...new Set([...corrected.flows, ...(replacement?.flows ?? [])].map((f) => f.lotId))];
      const what = replacement === undefined
        ? 'struck out'
        : sameYear ? `replaced (${tonnes(after.grams)} t, ${tonnes(after.reoGrams)} t REO on the books)` : `re-dated into ${shanghaiYear(replacement.timeMs)}`;
      findings.push({
        ruleId: 'late-correction',
        key: correctionRef,
        partyId: party,
        period: month,
        subject: correctedRef,
        summary: `${party} corrected its ${corrected.event.kind} ${corrected.event.id} of ${formatShanghai(corrected.timeMs)} (${tonnes(before.grams)} t, ${tonnes(before.reoGrams)} t REO on the books) by ${event.id}, recorded ${formatShanghai(recordedMs)}, ${days} days later and ${afterDue ? `after ${month}'s report was due` : `before ${month}'s report was due, but into another quota year`}: ${what}, taking ${tonnes(erased.reoGrams)} t REO (${percent(share(erased.reoGrams, base.reoGrams))}) and ${tonnes(erased.grams)} t of material off the books for "${event.reason}" (tolerance ${percent(t.erasedReoShareMax)} of the REO)`,
        evidence: {
          events: [correctionRef, correctedRef], lots, thresholds: t,
          correctedKind: corrected.event.kind, correctedAt: formatShanghai(corrected.timeMs), correctionRecordedAt: formatShanghai(recordedMs), reportDueBy: formatShanghai(reportDueMs(month)),
          daysAfterEvent: days, reason: event.reason, replaced: replacement !== undefined, afterDue, replacementAt: replacement === undefined ? null : formatShanghai(replacement.timeMs),
          bookedTonnes: tonnes(before.grams), bookedTonnesReo: tonnes(before.reoGrams), correctedTonnes: tonnes(sameYear ? after.grams : 0), correctedTonnesReo: tonnes(sameYear ? after.reoGrams : 0),
          measuredTonnes: tonnes(base.grams), measuredTonnesReo: tonnes(base.reoGrams), restoredInDocumentTonnesReo: tonnes(offset.reoGrams),
          erasedTonnes: tonnes(erased.grams), erasedTonnesReo: tonnes(erased.reoGrams), erasedShare: share(erased.grams, base.grams), erasedReoShare: share(erased.reoGrams, base.reoGrams),
        },
        at: { event: correction.index, field: 'corrects' },
        seq: correction.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ partyId, period, evidence }) => zhFrom(evidence, (e) => {
    const [correction, corrected] = e.strs('events');
    if (correction === undefined || corrected === undefined) return undefined;
    const correctedAt = e.str('correctedAt');
    if (e.opt('movedFrom') !== undefined) {
      const movedTo = e.str('movedTo').startsWith('none') ? '无（出口被删除）' : e.str('movedTo');
      const side = e.opt('sourceRewritten') === true ? '来源' : '去向';
      return `${partyId} 于 ${e.str('correctionRecordedAt')} 以 ${eventIdOf(correction)} 更正了其 ${correctedAt} 的${eventKindZh(e.str('correctedKind'))}事件 ${eventIdOf(corrected)}，距事件 ${e.num('daysAfterEvent')} 天，已过 ${period} 的报告截止时间：把物料${side}从 ${e.str('movedFrom')} 改为 ${movedTo}，以“${e.str('reason')}”为由改写了已报送的流向`;
    }
    if (e.opt('direction') === 'added') {
      return `${partyId} 于 ${e.str('correctionRecordedAt')} 以 ${eventIdOf(correction)} 更正了其 ${correctedAt} 的${eventKindZh(e.str('correctedKind'))}事件 ${eventIdOf(corrected)}（账面 ${e.num('bookedTonnes')} 吨、${e.num('bookedTonnesReo')} 吨 REO），距事件 ${e.num('daysAfterEvent')} 天，已过 ${period} 的报告截止时间：增加至 ${e.num('correctedTonnes')} 吨（${e.num('correctedTonnesReo')} 吨 REO），以“${e.str('reason')}”为由向已截止的月份追加 ${e.num('addedTonnesReo')} 吨 REO（${percent(e.num('addedReoShare'))}，容差为 REO 的 ${percent(e.at('thresholds').num('addedReoShareMax'))}）`;
    }
    const replacementAt = e.opt('replacementAt');
    const what = !e.bool('replaced')
      ? '予以删除'
      : typeof replacementAt === 'string' && replacementAt.slice(0, 4) !== correctedAt.slice(0, 4)
        ? `改记入 ${replacementAt.slice(0, 4)} 年`
        : `替换为账面 ${e.num('correctedTonnes')} 吨、${e.num('correctedTonnesReo')} 吨 REO`;
    const due = e.opt('afterDue') === false ? `未过 ${period} 的报告截止时间，但改记入另一个指标年度` : `已过 ${period} 的报告截止时间`;
    return `${partyId} 于 ${e.str('correctionRecordedAt')} 以 ${eventIdOf(correction)} 更正了其 ${correctedAt} 的${eventKindZh(e.str('correctedKind'))}事件 ${eventIdOf(corrected)}（账面 ${e.num('bookedTonnes')} 吨、${e.num('bookedTonnesReo')} 吨 REO），距事件 ${e.num('daysAfterEvent')} 天，${due}：${what}，以“${e.str('reason')}”为由从账面核减 ${e.num('erasedTonnesReo')} 吨 REO（${percent(e.num('erasedReoShare'))}）及 ${e.num('erasedTonnes')} 吨物料（容差为 REO 的 ${percent(e.at('thresholds').num('erasedReoShareMax'))}）`;
  }),
};

/** Kinds whose output counts against a quota year. */
const QUOTA_KINDS: ReadonlySet<string> = new Set(['extract', 'process']);

/** Where a movement sent its material, or where a receipt from outside the chain says it came
 * from, as a correction may rewrite it. */
function counterpartOf(event: PlainEvent): { side: 'destination' | 'source'; party: string } | undefined {
  if (event.kind === 'deliver') return { side: 'destination', party: event.customer.id ?? event.customer.name };
  if (event.kind === 'ship') return { side: 'destination', party: event.to };
  if (event.kind === 'export') return { side: 'destination', party: event.destinationCountry };
  if (event.kind === 'import') return { side: 'source', party: event.originCountry };
  if (event.kind === 'collect') return { side: 'source', party: event.supplier.id ?? event.supplier.name };
  return undefined;
}

interface Moved {
  side: 'destination' | 'source';
  from: string;
  to: string;
}

/** The destination or source a late correction rewrote, from and to, or undefined when it kept it. */
function counterpartChange(before: PlainEvent, after: PlainEvent): Moved | undefined {
  const from = counterpartOf(before);
  const to = counterpartOf(after);
  if (from === undefined || to === undefined || from.side !== to.side || from.party === to.party) return undefined;
  return { side: from.side, from: from.party, to: to.party };
}

/** A late correction that rewrites where material went (a delivery's customer, a shipment's
 * receiver, an export's country) or where it came from (an import's country of origin, the supplier
 * a collection names): the flow the regulator read, and the provenance the ledger gives every lot
 * made from it, replaced after the fact, which no measuring error explains. */
function counterpartFinding(facts: DocumentFacts, correction: AppliedCorrection, moved: Moved, recordedMs: number): Finding {
  const { corrected, event } = correction;
  const party = facts.recorder.id;
  const month = shanghaiMonth(corrected.timeMs);
  const correctionRef = eventRef(party, event.id);
  const correctedRef = eventRef(party, corrected.event.id);
  const days = Math.floor((recordedMs - corrected.timeMs) / DAY_MS);
  const lots = [...new Set([...corrected.flows, ...(correction.replacement?.flows ?? [])].map((f) => f.lotId))];
  return {
    ruleId: 'late-correction',
    key: correctionRef,
    partyId: party,
    period: month,
    subject: correctedRef,
    summary: `${party} corrected its ${corrected.event.kind} ${corrected.event.id} of ${formatShanghai(corrected.timeMs)} by ${event.id}, recorded ${formatShanghai(recordedMs)}, ${days} days later and after ${month}'s report was due: its material now ${moved.side === 'source' ? 'came from' : 'went to'} ${moved.to}, not ${moved.from}, for "${event.reason}": a flow already reported, rewritten`,
    evidence: {
      events: [correctionRef, correctedRef], lots, thresholds: {}, correctedKind: corrected.event.kind, correctedAt: formatShanghai(corrected.timeMs),
      correctionRecordedAt: formatShanghai(recordedMs), reportDueBy: formatShanghai(reportDueMs(month)), daysAfterEvent: days, reason: event.reason, sourceRewritten: moved.side === 'source', movedFrom: moved.from, movedTo: moved.to,
    },
    at: { event: correction.index, field: 'corrects' },
    seq: correction.seq,
  };
}

function addedFinding(
  facts: DocumentFacts, correction: AppliedCorrection, before: Amount, after: Amount, added: Amount, base: Amount, recordedMs: number, t: typeof thresholds,
): Finding {
  const { corrected, event } = correction;
  const party = facts.recorder.id;
  const month = shanghaiMonth(corrected.timeMs);
  const correctionRef = eventRef(party, event.id);
  const correctedRef = eventRef(party, corrected.event.id);
  const days = Math.floor((recordedMs - corrected.timeMs) / DAY_MS);
  const lots = [...new Set([...corrected.flows, ...(correction.replacement?.flows ?? [])].map((f) => f.lotId))];
  return {
    ruleId: 'late-correction',
    key: correctionRef,
    partyId: party,
    period: month,
    subject: correctedRef,
    summary: `${party} corrected its ${corrected.event.kind} ${corrected.event.id} of ${formatShanghai(corrected.timeMs)} (${tonnes(before.grams)} t, ${tonnes(before.reoGrams)} t REO on the books) by ${event.id}, recorded ${formatShanghai(recordedMs)}, ${days} days later and after ${month}'s report was due: raised to ${tonnes(after.grams)} t (${tonnes(after.reoGrams)} t REO), adding ${tonnes(added.reoGrams)} t REO (${percent(share(added.reoGrams, base.reoGrams))}) to a closed month for "${event.reason}" (tolerance ${percent(t.addedReoShareMax)} of the REO)`,
    evidence: {
      events: [correctionRef, correctedRef], lots, thresholds: t, direction: 'added',
      correctedKind: corrected.event.kind, correctedAt: formatShanghai(corrected.timeMs), correctionRecordedAt: formatShanghai(recordedMs), reportDueBy: formatShanghai(reportDueMs(month)),
      daysAfterEvent: days, reason: event.reason, bookedTonnes: tonnes(before.grams), bookedTonnesReo: tonnes(before.reoGrams),
      correctedTonnes: tonnes(after.grams), correctedTonnesReo: tonnes(after.reoGrams), addedTonnesReo: tonnes(added.reoGrams), addedReoShare: share(added.reoGrams, base.reoGrams),
    },
    at: { event: correction.index, field: 'corrects' },
    seq: correction.seq,
  };
}

