// A lot's events in causal order. A lot exists from the event that made it (an extraction, a
// process, an import, a collection, the shipment that split it off), and changes hands only by
// its shipment and then its receipt: nothing can be taken from it, shipped, processed, exported or
// received before the event it depends on. The ledger applies events in the order they are
// recorded, so the record holds together; it is their dates that can say the impossible. A lot
// shipped on 28 December and "extracted" on 2 January is output moved across a period boundary:
// mined when the year's quota was spent, dated so that it counts against the next. Honest clocks
// disagree by hours at most (a receipt entered by date only, as the spreadsheet door records it,
// at midnight), so small inversions are left alone. A time written with a foreign UTC offset that
// moves an event into another month than its own clock reads is dated across a period too. One
// party's own two timed entries share one
// clock: its receipt of a lot at 08:00 and its disposal of the same lot 16 hours earlier cannot
// both be true, and only a date entered without a time earns the day's tolerance.
import { reoGrams } from '../../domain/composition.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { provinceDistanceKm } from '../../domain/regions.ts';
import { bounded, eventKindZh, eventRef, tonnes, zhFrom } from '../evidence.ts';
import { formatShanghai, shanghaiMonth, shanghaiYear } from '../../domain/periods.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = { toleranceHours: 24, ownClockToleranceHours: 1, transitSpeedKmhMax: 800, transitSlackKm: 600 };

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** A time at Shanghai midnight: a date entered without a time of day. */
function dateOnly(timeMs: number): boolean {
  return (timeMs + SHANGHAI_OFFSET_MS) % DAY_MS === 0;
}

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
  /** The tolerance that was exceeded: the day's, or one party's own clock's. */
  toleranceHours: number;
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

/** Where an event's time is written with a UTC offset other than China's (+08:00) or UTC itself
 * (which machines write), and the month its own clock reads is not the month China's reads: the
 * offset, not the work, moved it across a period (a New Year's Eve extraction written at −06:00
 * counts in the next year's quota). */
function foreignZoneShift(written: string, timeMs: number): { offset: string; wallMonth: string } | undefined {
  const offset = /([+-]\d{2}:\d{2})$/.exec(written)?.[1];
  if (offset === undefined || offset === '+08:00' || offset === '+00:00' || offset === '-00:00') return undefined;
  const wallMonth = written.slice(0, 7);
  return wallMonth === shanghaiMonth(timeMs) ? undefined : { offset, wallMonth };
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
    zh: '批次在产生它的事件（开采、加工、进口、收购、分批发运）之前就被发运、加工、出口或收货，或收货早于发货：记录在时间上不可能发生，提示把产量的日期挪到另一期间（如年末超指标开采的矿石标为次年1月开采，计入次年指标）；或收货时间距发货时间短于任何运输方式跨越两地所需的时间。',
    en: 'A lot shipped, processed, exported or received before the event that made it (an extraction, a process, an import, a collection, the shipment that split it off), or received before it was shipped: a record that cannot have happened as dated, the trace of output moved to another period (December output dated January, so that it counts against the next year\'s quota); or a receipt timed sooner after its shipment than any transport covers the distance between the two parties\' provinces.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土产品流向记录录入国家稀土产品追溯信息系统；《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：年度开采和冶炼分离总量控制指标，每月10日前录入上月稀土产品流向信息',
    en: "Rare Earth Management Regulations (State Council Order 785): product-flow records entered into the national traceability system; Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): annual mining and separation quotas, the previous month's flow data entered by the 10th",
  },
  thresholds,
  thresholdNotes: {
    transitSpeedKmhMax: 'fastest door-to-door speed, km/h, at which a shipment can cover the distance between the shipper\'s and the receiver\'s provinces: an airliner\'s, with no time for loading or the road at either end (a judgement)',
    transitSlackKm: 'km of that distance taken as covered at once: the parties\' sites may lie this far from their provinces\' seats, which the distance is measured between (Inner Mongolia and Xinjiang span more; a judgement)',
    toleranceHours: 'hours by which an event may be dated before the event its lot depends on: clocks of two parties, and a date entered without a time (the spreadsheet door records it at midnight, up to a day before an event timed later the same day). A judgement: shared/DOMAIN.md has no figure',
    ownClockToleranceHours: 'the same, where one party timed both events (neither at midnight, a date without a time): one clock, so only rounding separates them (a judgement)',
  },
  start({ registry }, t) {
    const clocks = new Map<string, LotClock>();
    const tooFast: Finding[] = [];
    /** Lots on their way: when and by whom each was shipped. */
    const shipped = new Map<string, { sinceMs: number; party: string; eventId: string }>();
    const inversions = new Map<string, Inversion>();
    const toleranceMs = t.toleranceHours * 3_600_000;
    const ownToleranceMs = t.ownClockToleranceHours * 3_600_000;
    return {
      observe(scanned) {
        const { event } = scanned;
        const zoned = foreignZoneShift(event.time, scanned.timeMs);
        if (zoned !== undefined) {
          const ref = eventRef(scanned.partyId, scanned.eventId);
          const lots = [...lotsMade(scanned), ...lotsActedOn(scanned)];
          tooFast.push({
            ruleId: 'lot-chronology', key: `${ref}:zone`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: lots[0] ?? ref,
            summary: `${event.kind} ${ref} is dated ${event.time}, with a UTC offset no site in China keeps: its own clock reads ${zoned.wallMonth}, China's reads ${formatShanghai(scanned.timeMs)}, in ${shanghaiMonth(scanned.timeMs)}: the offset moves it into another period`,
            evidence: { events: [ref], lots: bounded(lots), thresholds: t, problem: 'dated in a foreign time zone', written: event.time, offset: zoned.offset, wallMonth: zoned.wallMonth, shanghaiAt: formatShanghai(scanned.timeMs), eventKind: event.kind },
          });
        }
        for (const lot of lotsActedOn(scanned)) {
          const clock = clocks.get(lot);
          if (clock === undefined) continue;
          const ownClock = clock.party === scanned.partyId && !dateOnly(clock.sinceMs) && !dateOnly(scanned.timeMs);
          if (clock.sinceMs - scanned.timeMs <= (ownClock ? ownToleranceMs : toleranceMs)) continue;
          const ref = eventRef(scanned.partyId, scanned.eventId);
          const dependsOn = eventRef(clock.party, clock.eventId);
          let inversion = inversions.get(dependsOn);
          if (inversion === undefined) {
            inversion = { clock: { ...clock }, lots: new Set(), events: [], parties: new Set(), earliestMs: scanned.timeMs, earliestRef: ref, earliestKind: event.kind, madeReoGrams: 0, toleranceHours: ownClock ? t.ownClockToleranceHours : t.toleranceHours };
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
        // A receipt sooner after its shipment than any transport could bring it: the receipt was
        // dated to give an earlier process its feed.
        if (event.kind === 'ship') {
          const moving = qualifyLotId(event.shipmentLot ?? event.lot, scanned.partyId);
          shipped.set(moving, { sinceMs: scanned.timeMs, party: scanned.partyId, eventId: scanned.eventId });
        }
        if (event.kind === 'receive') {
          const lot = qualifyLotId(event.lot, scanned.partyId);
          const sent = shipped.get(lot);
          shipped.delete(lot);
          const from = sent === undefined ? undefined : registry.parties.get(sent.party)?.region;
          const to = registry.parties.get(scanned.partyId)?.region;
          const km = from === undefined || to === undefined ? undefined : provinceDistanceKm(from, to);
          const hoursMin = km === undefined ? 0 : Math.max(0, km - t.transitSlackKm) / t.transitSpeedKmhMax;
          const hours = sent === undefined ? Infinity : (scanned.timeMs - sent.sinceMs) / 3_600_000;
          // A receipt stamped with its shipment's very time is a date entered without a time of day
          // (the spreadsheet door and hand entry), not a timed arrival.
          if (sent !== undefined && hours > 0 && hours < hoursMin) {
            const ref = eventRef(scanned.partyId, scanned.eventId);
            const shipRef = eventRef(sent.party, sent.eventId);
            tooFast.push({
              ruleId: 'lot-chronology', key: `${ref}:transit`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: lot,
              summary: `lot ${lot}, shipped by ${sent.party} (${shipRef}, ${formatShanghai(sent.sinceMs)}), was received by ${scanned.partyId} ${Math.round(hours * 60)} minutes later, ${Math.round(km!)} km away between their provinces: no transport covers that in under ${Math.round(hoursMin * 10) / 10} h`,
              evidence: {
                events: [shipRef, ref], lots: [lot], thresholds: t, problem: 'received faster than any transport', shipper: sent.party, shippedAt: formatShanghai(sent.sinceMs),
                receivedAt: formatShanghai(scanned.timeMs), transitHours: Math.round(hours * 100) / 100, distanceKm: Math.round(km!), transitHoursMin: Math.round(hoursMin * 100) / 100,
              },
            });
          }
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
        return [...tooFast, ...[...inversions.entries()].map(([dependsOn, inversion]): Finding => {
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
            summary: `lot ${lots.join(', ')}, by ${clock.kind} ${dependsOn} dated ${formatShanghai(clock.sinceMs)}, was used ${hours} h (${Math.round(hours / 2.4) / 10} days) before it: ${inversion.earliestKind} ${inversion.earliestRef} dated ${formatShanghai(inversion.earliestMs)}${inversion.events.length > 1 ? ` and ${inversion.events.length - 1} more event(s)` : ''} (tolerance ${inversion.toleranceHours} h${inversion.toleranceHours === t.ownClockToleranceHours ? ', both timed by one party' : ''})${quota}`,
            evidence: {
              events: bounded([dependsOn, ...inversion.events]), lots: bounded(lots), thresholds: t,
              dependsOn, dependsOnKind: clock.kind, dependsOnAt: formatShanghai(clock.sinceMs), dependsOnParty: clock.party,
              earliest: inversion.earliestRef, earliestKind: inversion.earliestKind, earliestAt: formatShanghai(inversion.earliestMs), parties: [...inversion.parties],
              hoursBefore: hours, eventsBefore: inversion.events.length, lotCount: lots.length, toleranceHours: inversion.toleranceHours,
              quotaYearMoved: acrossQuotaYear ? { from: earlierYear, to: laterYear, tonnesReo: tonnes(inversion.madeReoGrams) } : null,
            },
          };
        })];
      },
    };
  },
  summaryZh: ({ subject, partyId, evidence }) => zhFrom(evidence, (e) => {
    if (e.opt('problem') === 'dated in a foreign time zone') {
      return `${eventKindZh(e.str('eventKind'))}事件 ${e.strs('events')[0] ?? ''} 的时间记为 ${e.str('written')}，使用了中国境内场所不使用的时区偏移 ${e.str('offset')}：按其自身时钟属于 ${e.str('wallMonth')}，按北京时间为 ${e.str('shanghaiAt')}，该偏移把事件移入了另一期间`;
    }
    if (e.opt('problem') === 'received faster than any transport') {
      return `批次 ${subject} 由 ${e.str('shipper')} 于 ${e.str('shippedAt')} 发运（${e.strs('events')[0] ?? ''}），${partyId} 仅 ${Math.round(e.num('transitHours') * 60)} 分钟后即收货，而两地省会相距 ${e.num('distanceKm')} 公里：任何运输方式都无法在 ${Math.round(e.num('transitHoursMin') * 10) / 10} 小时内到达`;
    }
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
    return `批次 ${lots.join('、')}${lotCount > lots.length ? ` 等 ${lotCount} 个批次` : ''}（由 ${e.str('dependsOnAt')} 的${eventKindZh(e.str('dependsOnKind'))}事件 ${e.str('dependsOn')} 产生）在此之前 ${hours} 小时（${Math.round(hours / 2.4) / 10} 天）已被使用：${e.str('earliestAt')} 的${eventKindZh(e.str('earliestKind'))}事件 ${e.str('earliest')}${more > 0 ? ` 及另外 ${more} 个事件` : ''}（容差 ${e.num('toleranceHours')} 小时${e.num('toleranceHours') === e.at('thresholds').num('ownClockToleranceHours') ? '，两事件均由同一方计时' : ''}）${quota}`;
  }),
};
