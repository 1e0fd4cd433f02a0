// Goods shipped and not received: a shipment whose receipt the buyer has not recorded within the
// allowed transit time has left the traced chain, whether lost, diverted or sold off the books.
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { formatShanghai, reportDueMs, shanghaiMonth } from '../periods.ts';
import { eventRef, tonnes } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

// Transport within China takes days; 45 leaves room for a receipt recorded in the next month's report.
const thresholds = { transitDaysMax: 45 };
const DAY_MS = 86_400_000;

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
  title: { zh: '发货未收货', en: 'Shipment never received' },
  explanation: {
    zh: '发货后超过允许的在途天数，收货方仍未登记收货（或登记的收货时间晚于该期限），货物可能被转移出追溯体系。收货方按月报送，因此只有在途期限所在月份的报送截止日（次月10日）过后仍无收货记录才告警。',
    en: 'The buyer has not recorded the receipt of a shipment within the allowed transit time (or recorded a receipt later than that): the goods may have left the traced chain. Buyers report monthly, so a missing receipt is raised only once the report for the month in which the transit limit falls is due (the 10th of the month after).',
  },
  severity: 'high',
  legalBasis: 'Rare Earth Management Regulations (State Council Order 785): the product-flow record covers circulation; MIIT draft traceability measures (February 2025) link it to export records and VAT invoices',
  thresholds,
  thresholdNotes: { transitDaysMax: 'days a shipment may stay in transit before its receipt is overdue' },
  start({ asOfMs }, t) {
    const open = new Map<string, Shipment>();
    const late: Shipment[] = [];
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
        }
      },
      finish() {
        // A buyer records a month's receipts by the 10th of the next (Order 71), so a receipt is
        // overdue only once the report of the month in which the transit limit falls is due.
        const overdue = [...open.values()].filter((s) => asOfMs > reportDueMs(shanghaiMonth(s.shippedMs + limitMs)));
        return [...overdue, ...late].map((s): Finding => {
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
        });
      },
    };
  },
};
