// Output beyond the holder's quota: REO extracted beyond the mining quota, or fed to separation
// beyond the separation quota, over the quota's year.
import { RunningTotals, quotaReoGrams, type QuotaActivity } from '../activity.ts';
import { shanghaiYear } from '../periods.ts';
import { bounded, eventRef, percent, share, tonnes } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

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
        const findings: Finding[] = [];
        for (const key of totals.keys()) {
          const [holder, activity, yearText] = key.split('|') as [string, QuotaActivity, string];
          const quotaGrams = registry.quotaKgReo(holder, activity, Number(yearText))! * 1000;
          const crossed = totals.crossing(key, quotaGrams * (1 + t.toleranceShare));
          if (crossed === undefined) continue;
          const crossing = crossed.month;
          const recorded = totals.total(key);
          findings.push({
            ruleId: 'over-quota',
            key: `${holder}:${activity}:${yearText}`,
            partyId: holder,
            period: crossing,
            subject: `quota:${holder}:${activity}:${yearText}`,
            summary: `${activity} of ${tonnes(recorded)} t REO in ${yearText} against a quota of ${tonnes(quotaGrams)} t REO (${percent(recorded / quotaGrams)}), passed in ${crossing}`,
            evidence: {
              events: bounded(crossed.events), lots: [], thresholds: t, activity, year: Number(yearText),
              quotaTonnesReo: tonnes(quotaGrams), recordedTonnesReo: tonnes(recorded), overTonnesReo: tonnes(recorded - quotaGrams), quotaUse: share(recorded, quotaGrams), crossedIn: crossing,
            },
          });
        }
        return findings;
      },
    };
  },
};
