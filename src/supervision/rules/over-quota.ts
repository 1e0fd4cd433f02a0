// Output beyond the holder's quota: REO extracted beyond the mining quota, or fed to separation
// beyond the separation quota, over the quota's year.
import { RunningTotals, quotaGramsOf, quotaReoGrams, type QuotaActivity } from '../activity.ts';
import { shanghaiYear } from '../periods.ts';
import { bounded, eventRef, percent, share, tonnes } from '../evidence.ts';
import type { PeriodRule } from '../rule.ts';

const thresholds = { toleranceShare: 0 };

export const overQuota: PeriodRule<typeof thresholds> = {
  id: 'over-quota',
  stage: 'period',
  title: { zh: '超指标开采或冶炼分离', en: 'Extraction or separation beyond quota' },
  explanation: {
    zh: '企业当年累计开采量（以REO计）或冶炼分离投料量超过其获分配的总量控制指标。',
    en: 'An enterprise\'s extraction (t REO) or separation feed (t REO) over the year passes the quota allocated to it.',
  },
  severity: 'critical',
  legalBasis: 'Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): annual mining and separation quotas, allocated to groups and then to member enterprises; a penalised enterprise has its next quota cut',
  thresholds,
  thresholdNotes: { toleranceShare: 'share of the quota that may be exceeded before an alert' },
  start({ registry }, t) {
    const totals = new RunningTotals();
    return {
      observe(scanned) {
        const party = registry.parties.get(scanned.partyId);
        if (party === undefined) return;
        const year = shanghaiYear(scanned.timeMs);
        for (const activity of ['mining', 'separation'] as const) {
          if (registry.quotaKgReo(party.id, activity, year) === undefined) continue;
          const grams = quotaReoGrams(scanned, activity, true);
          totals.add(`${party.id}|${activity}|${year}`, scanned.timeMs, grams, eventRef(scanned.partyId, scanned.eventId));
        }
      },
      finish() {
        return totals.overLimits((key) => quotaGramsOf(key, registry), t.toleranceShare, (key, over) => {
          const [holder, activity, year] = key.split('|') as [string, QuotaActivity, string];
          return {
            ruleId: 'over-quota',
            key: `${holder}:${activity}:${year}`,
            partyId: holder,
            period: over.month,
            subject: `quota:${holder}:${activity}:${year}`,
            summary: `${activity} of ${tonnes(over.recorded)} t REO in ${year} against a quota of ${tonnes(over.limit)} t REO (${percent(over.recorded / over.limit)}), passed in ${over.month}`,
            evidence: {
              events: bounded(over.events), lots: [], thresholds: t, activity, year: Number(year), quotaTonnesReo: tonnes(over.limit), recordedTonnesReo: tonnes(over.recorded),
              overTonnesReo: tonnes(over.recorded - over.limit), quotaUse: share(over.recorded, over.limit), crossedIn: over.month,
            },
          };
        });
      },
    };
  },
};
