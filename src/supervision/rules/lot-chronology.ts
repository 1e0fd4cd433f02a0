// A lot's events in causal order. A lot exists from the event that made it (an extraction, a
// process, an import, a collection, the shipment that split it off), and changes hands only by
// its shipment and then its receipt: nothing can be taken from it, shipped, processed, exported or
// received before the event it depends on. The ledger applies events in the order they are
// recorded, so the record holds together; it is their dates that can say the impossible. A lot
// shipped on 28 December and "extracted" on 2 January is output moved across a period boundary:
// mined when the year's quota was spent, dated so that it counts against the next. Honest clocks
// disagree by hours at most (a receipt entered by date only, as the spreadsheet door records it,
// at midnight), so small inversions are left alone.
import { reoGrams } from '../../domain/composition.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { bounded, eventKindZh, eventRef, tonnes, zhFrom } from '../evidence.ts';
import { formatShanghai, shanghaiMonth, shanghaiYear } from '../../domain/periods.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = { toleranceHours: 24 };

/** The event a lot's later events depend on: the one that made it, or the last that moved it
 * between holders (its shipment whole, its receipt). */
interface LotClock {
  sinceMs: number;
  party: string;
  eventId: string;
  kind: string;
  /** REO the lot was made with, when the event that made it is the clock (a quota counts it). */
  madeReoGrams: number;
  /** Mass left, so an emptied lot is forgotten: the state is bounded by the stock, not the log. */
  remainingGrams: number;
}

/** Events dated before the event their lots depend on, by that event. */
interface Inversion {
  clock: LotClock;
  lots: Set<string>;
  events: string[];
  parties: Set<string>;
  earliestMs: number;
  earliestRef: string;
  earliestKind: string;
  madeReoGrams: number;
}

/** The lots an event takes from, moves or counts: not those it makes. */
function lotsActedOn(scanned: ScannedEvent): string[] {
  const { event, partyId } = scanned;
  switch (event.kind) {
    case 'process':
      return event.inputs.map((input) => qualifyLotId(input.lot, partyId));
    case 'ship':
    case 'receive':
    case 'export':
    case 'deliver':
    case 'dispose':
    case 'adjust':
      return [qualifyLotId(event.lot, partyId)];
    default:
      return [];
  }
}

/** The lots an event makes. */
function lotsMade(scanned: ScannedEvent): string[] {
  const { event, partyId } = scanned;
  switch (event.kind) {
    case 'extract':
    case 'import':
    case 'collect':
      return [qualifyLotId(event.lot.id, partyId)];
    case 'process':
      return event.outputs.map((output) => qualifyLotId(output.id, partyId));
    case 'ship':
      return event.shipmentLot === undefined ? [] : [qualifyLotId(event.shipmentLot, partyId)];
    default:
      return [];
  }
}

export const lotChronology: PeriodRule<typeof thresholds> = {
  id: 'lot-chronology',
  stage: 'period',
  title: { zh: '批次事件时间倒置（倒签、跨期调整产量）', en: 'Lot used before it existed: events dated out of causal order' },
  explanation: {
    zh: '批次在产生它的事件（开采、加工、进口、收购、分批发运）之前就被发运、加工、出口或收货，或收货早于发货：记录在时间上不可能发生，提示把产量的日期挪到另一期间（如年末超指标开采的矿石标为次年1月开采，计入次年指标）。',
    en: 'A lot shipped, processed, exported or received before the event that made it (an extraction, a process, an import, a collection, the shipment that split it off), or received before it was shipped: a record that cannot have happened as dated, the trace of output moved to another period (December output dated January, so that it counts against the next year\'s quota).',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土产品流向记录录入国家稀土产品追溯信息系统；《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：年度开采和冶炼分离总量控制指标，每月10日前录入上月稀土产品流向信息',
    en: "Rare Earth Management Regulations (State Council Order 785): product-flow records entered into the national traceability system; Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): annual mining and separation quotas, the previous month's flow data entered by the 10th",
  },
  thresholds,
  thresholdNotes: {
    toleranceHours: 'hours by which an event may be dated before the event its lot depends on: clocks of two parties, and a date entered without a time (the spreadsheet door records it at midnight, up to a day before an event timed later the same day). A judgement: shared/DOMAIN.md has no figure',
  },
  start(_context, t) {
    const clocks = new Map<string, LotClock>();
    const inversions = new Map<string, Inversion>();
    const toleranceMs = t.toleranceHours * 3_600_000;
    return {
      observe(scanned) {
        const { event } = scanned;
        for (const lot of lotsActedOn(scanned)) {
          const clock = clocks.get(lot);
          if (clock === undefined || clock.sinceMs - scanned.timeMs <= toleranceMs) continue;
          const ref = eventRef(scanned.partyId, scanned.eventId);
          const dependsOn = eventRef(clock.party, clock.eventId);
          let inversion = inversions.get(dependsOn);
          if (inversion === undefined) {
            inversion = { clock: { ...clock }, lots: new Set(), events: [], parties: new Set(), earliestMs: scanned.timeMs, earliestRef: ref, earliestKind: event.kind, madeReoGrams: 0 };
            inversions.set(dependsOn, inversion);
          }
          if (!inversion.lots.has(lot)) {
            inversion.lots.add(lot);
            inversion.madeReoGrams += clock.madeReoGrams;
          }
          // An event's lots are looked at together, so it is listed once.
          if (inversion.events[inversion.events.length - 1] !== ref) inversion.events.push(ref);
          inversion.parties.add(scanned.partyId);
          if (scanned.timeMs < inversion.earliestMs) Object.assign(inversion, { earliestMs: scanned.timeMs, earliestRef: ref, earliestKind: event.kind });
        }
        // A whole lot shipped, or received, changes hands: what follows depends on that event.
        if ((event.kind === 'ship' && event.shipmentLot === undefined) || event.kind === 'receive') {
          const clock = clocks.get(qualifyLotId(event.lot, scanned.partyId));
          if (clock !== undefined && scanned.timeMs > clock.sinceMs) {
            clock.sinceMs = scanned.timeMs;
            clock.party = scanned.partyId;
            clock.eventId = scanned.eventId;
            clock.kind = event.kind;
            clock.madeReoGrams = 0;
          }
        }
        for (const lot of lotsMade(scanned)) {
          const made = scanned.flows.find((flow) => flow.direction === 1 && flow.lotId === lot);
          clocks.set(lot, { sinceMs: scanned.timeMs, party: scanned.partyId, eventId: scanned.eventId, kind: event.kind, madeReoGrams: made === undefined ? 0 : reoGrams(made.elements), remainingGrams: 0 });
        }
        for (const flow of scanned.flows) {
          const clock = clocks.get(flow.lotId);
          if (clock === undefined) continue;
          clock.remainingGrams += flow.direction * flow.massGrams;
          if (clock.remainingGrams <= 0) clocks.delete(flow.lotId);
        }
      },
      finish() {
        return [...inversions.entries()].map(([dependsOn, inversion]): Finding => {
          const { clock } = inversion;
          const hours = Math.round((clock.sinceMs - inversion.earliestMs) / 360_000) / 10;
          const lots = [...inversion.lots];
          const laterYear = shanghaiYear(clock.sinceMs);
          const earlierYear = shanghaiYear(inversion.earliestMs);
          // Output that a quota counts (an extraction, a separation run) dated into a later year
          // than the events that needed it: it counts against that year's quota.
          const acrossQuotaYear = laterYear > earlierYear && (clock.kind === 'extract' || clock.kind === 'process');
          const quota = !acrossQuotaYear ? '' : clock.kind === 'extract'
            ? `; the extraction is dated in ${laterYear}, after its lot was used in ${earlierYear}: its ${tonnes(inversion.madeReoGrams)} t REO count against the ${laterYear} mining quota, not ${earlierYear}'s`
            : `; the process is dated in ${laterYear}, after its lot was used in ${earlierYear}: a separation run counts against the ${laterYear} quota, not ${earlierYear}'s`;
          return {
            ruleId: 'lot-chronology',
            key: dependsOn,
            partyId: clock.party,
            period: shanghaiMonth(inversion.earliestMs),
            subject: lots[0]!,
            summary: `lot ${lots.join(', ')}, by ${clock.kind} ${dependsOn} dated ${formatShanghai(clock.sinceMs)}, was used ${hours} h (${Math.round(hours / 2.4) / 10} days) before it: ${inversion.earliestKind} ${inversion.earliestRef} dated ${formatShanghai(inversion.earliestMs)}${inversion.events.length > 1 ? ` and ${inversion.events.length - 1} more event(s)` : ''} (tolerance ${t.toleranceHours} h)${quota}`,
            evidence: {
              events: bounded([dependsOn, ...inversion.events]), lots: bounded(lots), thresholds: t,
              dependsOn, dependsOnKind: clock.kind, dependsOnAt: formatShanghai(clock.sinceMs), dependsOnParty: clock.party,
              earliest: inversion.earliestRef, earliestKind: inversion.earliestKind, earliestAt: formatShanghai(inversion.earliestMs), parties: [...inversion.parties],
              hoursBefore: hours, eventsBefore: inversion.events.length, lotCount: lots.length,
              quotaYearMoved: acrossQuotaYear ? { from: earlierYear, to: laterYear, tonnesReo: tonnes(inversion.madeReoGrams) } : null,
            },
          };
        });
      },
    };
  },
  summaryZh: ({ evidence }) => zhFrom(evidence, (e) => {
    const lots = e.strs('lots');
    const lotCount = e.num('lotCount');
    const hours = e.num('hoursBefore');
    const more = e.num('eventsBefore') - 1;
    const moved = e.opt('quotaYearMoved');
    let quota = '';
    if (moved !== null) {
      const m = e.at('quotaYearMoved');
      quota = e.str('dependsOnKind') === 'extract'
        ? `；该开采事件记为 ${m.num('to')} 年，晚于其批次在 ${m.num('from')} 年的使用：其 ${m.num('tonnesReo')} 吨 REO 计入 ${m.num('to')} 年开采指标，而非 ${m.num('from')} 年`
        : `；该加工事件记为 ${m.num('to')} 年，晚于其批次在 ${m.num('from')} 年的使用：该冶炼分离计入 ${m.num('to')} 年指标，而非 ${m.num('from')} 年`;
    }
    return `批次 ${lots.join('、')}${lotCount > lots.length ? ` 等 ${lotCount} 个批次` : ''}（由 ${e.str('dependsOnAt')} 的${eventKindZh(e.str('dependsOnKind'))}事件 ${e.str('dependsOn')} 产生）在此之前 ${hours} 小时（${Math.round(hours / 2.4) / 10} 天）已被使用：${e.str('earliestAt')} 的${eventKindZh(e.str('earliestKind'))}事件 ${e.str('earliest')}${more > 0 ? ` 及另外 ${more} 个事件` : ''}（容差 ${e.at('thresholds').num('toleranceHours')} 小时）${quota}`;
  }),
};
