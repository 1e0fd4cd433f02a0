// Goods shipped and not received: a shipment whose receipt the buyer has not recorded within the
// allowed transit time has left the traced chain, whether lost, diverted or sold off the books.
// So has the part of a shipment received short: short-receipt judges each receipt as it is
// recorded, and a diversion split into many receipts each short by less than its floor in grams
// is judged here, on what a shipper sent a buyer in a month, by the same tolerance.
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { formatShanghai, reportDueMs, shanghaiMonth, shanghaiMonthNumber, DAY_MS } from '../../domain/periods.ts';
import { bounded, eventRef, percent, share, tonnes, zhFrom } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

// Transport within China takes days; 45 leaves room for a receipt recorded in the next month's report.
// The shortfall tolerance is short-receipt's, applied to a month's receipts together.
const thresholds = { transitDaysMax: 45, shortShareMax: 0.005, shortGramsMin: 1_000 };

/** What a shipper sent one buyer in a month, and the shortfalls of its receipts each within the
 * tolerance on its own. */
interface PairMonth {
  shipper: string;
  receiver: string;
  month: string;
  shippedGrams: number;
  shortGrams: number;
  events: string[];
  lots: string[];
}

interface Shipment {
  ref: string;
  shipper: string;
  receiver: string;
  lot: string;
  massGrams: number;
  shippedMs: number;
  receivedMs?: number;
}

export const neverReceived: PeriodRule<typeof thresholds> = {
  id: 'never-received',
  stage: 'period',
  title: { zh: '发货未收货（含分批短少）', en: 'Shipment never received, wholly or in part' },
  explanation: {
    zh: '发货后超过允许的在途天数，收货方仍未登记收货（或登记的收货时间晚于该期限），货物可能被转移出追溯体系。收货方按月报送，因此只有在途期限所在月份的报送截止日（次月10日）过后仍无收货记录才告警。同一发货方当月发给同一收货方的多批货物，每批短少均在允许范围内，但合计短少超过允许的运输损耗，同样告警（化整为零的截留）。',
    en: 'The buyer has not recorded the receipt of a shipment within the allowed transit time (or recorded a receipt later than that): the goods may have left the traced chain. Buyers report monthly, so a missing receipt is raised only once the report for the month in which the transit limit falls is due (the 10th of the month after). Also raised when a shipper\'s shipments to one buyer in a month were each received short by less than the tolerance, but together by more: a diversion split into small pieces.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土产品流向记录涵盖流通环节；工业和信息化部《稀土产品信息追溯管理办法（暂行）（公开征求意见稿）》（2025年2月）将其与出口记录和增值税发票相衔接',
    en: 'Rare Earth Management Regulations (State Council Order 785): the product-flow record covers circulation; MIIT draft traceability measures (February 2025) link it to export records and VAT invoices',
  },
  thresholds,
  thresholdNotes: {
    transitDaysMax: 'days a shipment may stay in transit before its receipt is overdue',
    shortShareMax: 'shortfall accepted, as a share of the mass shipped, over a shipper\'s receipts by one buyer in a month, each within short-receipt\'s tolerance on its own (transport loss; short-receipt\'s default)',
    shortGramsMin: 'shortfall in grams accepted over those receipts whatever the share (short-receipt\'s default)',
  },
  start({ asOfMs }, t) {
    const open = new Map<string, Shipment>();
    const late: Shipment[] = [];
    const pairs = new Map<string, PairMonth>();
    const limitMs = t.transitDaysMax * DAY_MS;
    return {
      observe(scanned) {
        const { event } = scanned;
        if (event.kind === 'ship') {
          const lot = qualifyLotId(event.shipmentLot ?? event.lot, scanned.partyId);
          open.set(lot, { ref: eventRef(scanned.partyId, scanned.eventId), shipper: scanned.partyId, receiver: event.to, lot, massGrams: event.massGrams, shippedMs: scanned.timeMs });
        } else if (event.kind === 'receive') {
          const lot = qualifyLotId(event.lot, scanned.partyId);
          const shipment = open.get(lot);
          if (shipment === undefined) return;
          open.delete(lot);
          if (scanned.timeMs - shipment.shippedMs > limitMs) late.push({ ...shipment, receivedMs: scanned.timeMs });
          const key = `${shipment.shipper}|${shipment.receiver}|${shanghaiMonthNumber(shipment.shippedMs)}`;
          let pair = pairs.get(key);
          if (pair === undefined) {
            pair = { shipper: shipment.shipper, receiver: shipment.receiver, month: shanghaiMonth(shipment.shippedMs), shippedGrams: 0, shortGrams: 0, events: [], lots: [] };
            pairs.set(key, pair);
          }
          pair.shippedGrams += shipment.massGrams;
          const short = shipment.massGrams - event.massGrams;
          // A receipt short beyond the tolerance on its own is short-receipt's finding.
          if (short <= 0 || (short > t.shortGramsMin && short > shipment.massGrams * t.shortShareMax)) return;
          pair.shortGrams += short;
          pair.events.push(shipment.ref, eventRef(scanned.partyId, scanned.eventId));
          pair.lots.push(lot);
        }
      },
      finish() {
        // A buyer records a month's receipts by the 10th of the next (Order 71), so a receipt is
        // overdue only once the report of the month in which the transit limit falls is due.
        const overdue = [...open.values()].filter((s) => asOfMs > reportDueMs(shanghaiMonth(s.shippedMs + limitMs)));
        const short = [...pairs.values()].filter((p) => p.shortGrams > t.shortGramsMin && p.shortGrams > p.shippedGrams * t.shortShareMax).map((p): Finding => ({
          ruleId: 'never-received',
          key: `short:${p.shipper}:${p.receiver}:${p.month}`,
          partyId: p.shipper,
          period: p.month,
          subject: `${p.shipper}→${p.receiver}`,
          summary: `${p.lots.length} shipments from ${p.shipper} to ${p.receiver} in ${p.month} were each received a little short, ${tonnes(p.shortGrams)} t in all (${percent(p.shortGrams / p.shippedGrams)} of ${tonnes(p.shippedGrams)} t shipped; tolerance ${percent(t.shortShareMax)} and ${tonnes(t.shortGramsMin)} t)`,
          evidence: {
            events: bounded(p.events), lots: bounded(p.lots), thresholds: t, shipper: p.shipper, receiver: p.receiver, receipts: p.lots.length,
            shippedTonnes: tonnes(p.shippedGrams), shortTonnes: tonnes(p.shortGrams), shortShare: share(p.shortGrams, p.shippedGrams), shortRatio: p.shortGrams / p.shippedGrams,
          },
        }));
        return [...short, ...[...overdue, ...late].map((s): Finding => {
          const days = Math.floor(((s.receivedMs ?? asOfMs) - s.shippedMs) / DAY_MS);
          return {
            ruleId: 'never-received',
            key: s.ref,
            partyId: s.shipper,
            period: shanghaiMonth(s.shippedMs),
            subject: s.lot,
            summary: s.receivedMs === undefined
              ? `lot ${s.lot} (${tonnes(s.massGrams)} t) shipped by ${s.shipper} to ${s.receiver} on ${formatShanghai(s.shippedMs)}: no receipt after ${days} days`
              : `lot ${s.lot} (${tonnes(s.massGrams)} t) shipped by ${s.shipper} to ${s.receiver}: received only after ${days} days`,
            evidence: {
              events: [s.ref], lots: [s.lot], thresholds: t, shipper: s.shipper, receiver: s.receiver, tonnes: tonnes(s.massGrams),
              shippedAt: formatShanghai(s.shippedMs), receivedAt: s.receivedMs === undefined ? null : formatShanghai(s.receivedMs), daysInTransit: days, judgedAt: formatShanghai(asOfMs),
            },
          };
        })];
      },
    };
  },  summaryZh: ({ subject, period, evidence }) => zhFrom(evidence, (e) => {
    if (e.opt('receipts') !== undefined) {
      const t = e.at('thresholds');
      return `${period} ${e.str('shipper')} 发运给 ${e.str('receiver')} 的 ${e.num('receipts')} 批货物接收时均略有短少，共短少 ${e.num('shortTonnes')} 吨（占发运量 ${e.num('shippedTonnes')} 吨的 ${percent(e.num('shortRatio'))}；容差为 ${percent(t.num('shortShareMax'))} 和 ${tonnes(t.num('shortGramsMin'))} 吨）`;
    }
    const shipped = `批次 ${subject}（${e.num('tonnes')} 吨）由 ${e.str('shipper')}`;
    return e.opt('receivedAt') === null
      ? `${shipped} 于 ${e.str('shippedAt')} 发运给 ${e.str('receiver')}：${e.num('daysInTransit')} 天后仍未接收`
      : `${shipped} 发运给 ${e.str('receiver')}：${e.num('daysInTransit')} 天后才接收`;
  }),
};
