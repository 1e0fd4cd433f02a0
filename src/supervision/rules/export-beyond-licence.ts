// Controlled exports beyond what the exporter's licence allows: each export licence carries a
// capacity in t REO over its validity, and the exports citing it must stay inside.
import { RunningTotals } from '../activity.ts';
import { bounded, eventRef, flowsReo, percent, tonnes, zhFrom } from '../evidence.ts';
import type { PeriodRule } from '../rule.ts';

const thresholds = { toleranceShare: 0 };

export const exportBeyondLicence: PeriodRule<typeof thresholds> = {
  id: 'export-beyond-licence',
  stage: 'period',
  title: { zh: '超出口许可数量出口', en: 'Export beyond the licence' },
  explanation: {
    zh: '引用同一出口许可证的出口累计数量（以REO计）超过该许可证核定的数量。',
    en: 'The exports citing one export licence add up to more REO than the licence allows.',
  },
  severity: 'high',
  legalBasis: {
    zh: '商务部 海关总署公告2025年第18号（两用物项出口许可）；《出口许可证管理货物目录》',
    en: 'MOFCOM/GACC Announcement 2025 No. 18 (dual-use export licences); catalogue of goods under export licence management',
  },
  thresholds,
  thresholdNotes: { toleranceShare: 'share of the licensed quantity that may be exceeded before an alert' },
  start({ registry }, t) {
    const totals = new RunningTotals();
    const lotOf = new Map<string, string>();
    return {
      observe(scanned) {
        const { event } = scanned;
        if (event.kind !== 'export' || event.licence === undefined) return;
        const licence = registry.licences.get(event.licence);
        if (licence === undefined || licence.capacityKgReo === null || licence.partyId !== scanned.partyId) return;
        const ref = eventRef(scanned.partyId, scanned.eventId);
        totals.add(licence.id, scanned.timeMs, flowsReo(scanned.flows, -1), ref);
        lotOf.set(ref, scanned.flows[0]?.lotId ?? event.lot);
      },
      finish() {
        return totals.overLimits((id) => registry.licences.get(id)!.capacityKgReo! * 1000, t.toleranceShare, (id, over) => {
          const licence = registry.licences.get(id)!;
          return {
            ruleId: 'export-beyond-licence',
            key: id,
            partyId: licence.partyId,
            period: over.month,
            subject: `licence:${id}`,
            summary: `exports under licence ${id} reached ${tonnes(over.recorded)} t REO against ${tonnes(over.limit)} t REO allowed (${percent(over.recorded / over.limit)}), passed in ${over.month}`,
            evidence: {
              events: bounded(over.events), lots: bounded(over.events.map((ref) => lotOf.get(ref)!)), thresholds: t, licence: id,
              capacityTonnesReo: tonnes(over.limit), exportedTonnesReo: tonnes(over.recorded), crossedIn: over.month, useRatio: over.recorded / over.limit,
            },
          };
        });
      },
    };
  },  summaryZh: ({ evidence }) => zhFrom(evidence, (e) =>
    `许可证 ${e.str('licence')} 项下出口量达到 ${e.num('exportedTonnesReo')} 吨 REO，而许可量为 ${e.num('capacityTonnesReo')} 吨 REO（${percent(e.num('useRatio'))}），于 ${e.str('crossedIn')} 超出`),
};
