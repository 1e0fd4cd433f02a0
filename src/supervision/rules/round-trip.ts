// Round-trip trading: a lot shipped from A to B comes straight back from B to A. Nothing moves but
// the paperwork, which inflates turnover, launders a lot's origin or dresses up a quota.
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { formatShanghai, shanghaiMonth } from '../periods.ts';
import { eventRef, tonnes } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

const thresholds = { windowDays: 90 };

interface Leg {
  ref: string;
  from: string;
  to: string;
  lot: string;
  timeMs: number;
  massGrams: number;
}

export const roundTrip: PeriodRule<typeof thresholds> = {
  id: 'round-trip',
  stage: 'period',
  title: { zh: '循环交易（货物原路返回）', en: 'Round-trip trade' },
  explanation: {
    zh: '一批货物由甲方发给乙方后，在规定天数内又由乙方原样（或拆分后）发回甲方。',
    en: 'A lot shipped from one party to another is shipped back, whole or in part, to the first within the window.',
  },
  severity: 'medium',
  legalBasis: 'Rare Earth Management Regulations (State Council Order 785): illegal trade (confiscation and 5–10× the illegal income); the product-flow record of circulation',
  thresholds,
  thresholdNotes: { windowDays: 'days between the two shipments within which a return counts as a round trip' },
  start(_context, t) {
    const legs = new Map<string, Leg>();
    const findings: Finding[] = [];
    const windowMs = t.windowDays * 86_400_000;
    return {
      observe(scanned) {
        const { event } = scanned;
        if (event.kind !== 'ship') return;
        const lot = qualifyLotId(event.lot, scanned.partyId);
        const out: Leg = { ref: eventRef(scanned.partyId, scanned.eventId), from: scanned.partyId, to: event.to, lot: qualifyLotId(event.shipmentLot ?? event.lot, scanned.partyId), timeMs: scanned.timeMs, massGrams: event.massGrams };
        const earlier = legs.get(lot);
        if (earlier !== undefined && earlier.from === event.to && earlier.to === scanned.partyId && scanned.timeMs - earlier.timeMs <= windowMs) {
          findings.push({
            ruleId: 'round-trip',
            key: earlier.ref,
            partyId: earlier.from,
            period: shanghaiMonth(earlier.timeMs),
            subject: earlier.lot,
            summary: `lot ${earlier.lot} (${tonnes(earlier.massGrams)} t) went from ${earlier.from} to ${earlier.to} on ${formatShanghai(earlier.timeMs)} and back on ${formatShanghai(scanned.timeMs)}`,
            evidence: {
              events: [earlier.ref, out.ref], lots: [...new Set([earlier.lot, out.lot])], thresholds: t, parties: [earlier.from, earlier.to],
              outboundAt: formatShanghai(earlier.timeMs), returnedAt: formatShanghai(scanned.timeMs), tonnes: tonnes(earlier.massGrams),
            },
          });
        }
        legs.set(out.lot, out);
      },
      finish: () => findings,
    };
  },
};
