// A group's members together beyond the group's quota: allocation to members is the group's
// job, and the members' sum must stay inside what the State Council gave the group.
import { RunningTotals, quotaReoGrams, type QuotaActivity } from '../activity.ts';
import { shanghaiYear } from '../periods.ts';
import { bounded, eventRef, percent, share, tonnes } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

const thresholds = { toleranceShare: 0 };

export const groupOverQuota: PeriodRule<typeof thresholds> = {
  id: 'group-over-quota',
  stage: 'period',
  title: { zh: '集团超总量控制指标', en: 'Group beyond its quota' },
  explanation: {
    zh: '稀土集团所属企业当年累计开采量或冶炼分离量之和超过国家下达给该集团的总量控制指标。',
    en: 'The members of a rare earth group together extract or separate more REO over the year than the quota the State Council gave the group.',
  },
  severity: 'critical',
  legalBasis: "Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): the State Council's annual quotas are allocated to the groups, which allocate them to their members",
  thresholds,
  thresholdNotes: { toleranceShare: 'share of the group\'s quota that may be exceeded before an alert' },
  start({ registry }, t) {
    const totals = new RunningTotals();
    return {
      observe(scanned) {
        const party = registry.parties.get(scanned.partyId);
        if (party?.groupId === null || party === undefined) return;
        const year = shanghaiYear(scanned.timeMs);
        for (const activity of ['mining', 'separation'] as const) {
          if (registry.quotaKgReo(party.groupId, activity, year) === undefined) continue;
          const separates = registry.quotaKgReo(party.id, 'separation', year) !== undefined;
          const grams = quotaReoGrams(scanned, activity, separates);
          totals.add(`${party.groupId}|${activity}|${year}`, scanned.timeMs, grams, eventRef(scanned.partyId, scanned.eventId));
        }
      },
      finish() {
        const findings: Finding[] = [];
        for (const key of totals.keys()) {
          const [group, activity, yearText] = key.split('|') as [string, QuotaActivity, string];
          const quotaGrams = registry.quotaKgReo(group, activity, Number(yearText))! * 1000;
          const crossed = totals.crossing(key, quotaGrams * (1 + t.toleranceShare));
          if (crossed === undefined) continue;
          const crossing = crossed.month;
          const recorded = totals.total(key);
          findings.push({
            ruleId: 'group-over-quota',
            key: `${group}:${activity}:${yearText}`,
            partyId: group,
            period: crossing,
            subject: `quota:${group}:${activity}:${yearText}`,
            summary: `members of ${group} recorded ${activity} of ${tonnes(recorded)} t REO in ${yearText} against the group's quota of ${tonnes(quotaGrams)} t REO (${percent(recorded / quotaGrams)})`,
            evidence: {
              events: bounded(crossed.events), lots: [], thresholds: t, activity, year: Number(yearText), members: registry.members(group),
              quotaTonnesReo: tonnes(quotaGrams), recordedTonnesReo: tonnes(recorded), quotaUse: share(recorded, quotaGrams), crossedIn: crossing,
            },
          });
        }
        return findings;
      },
    };
  },
};
