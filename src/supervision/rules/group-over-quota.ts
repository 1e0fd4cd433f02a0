// A group's members together beyond the group's quota: allocation to members is the group's
// job, and the members' sum must stay inside what the State Council gave the group.
import { RunningTotals, quotaGramsOf, quotaReoGrams, type QuotaActivity } from '../activity.ts';
import { shanghaiYear } from '../periods.ts';
import { bounded, eventRef, percent, share, tonnes } from '../evidence.ts';
import type { PeriodRule } from '../rule.ts';

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
        return totals.overLimits((key) => quotaGramsOf(key, registry), t.toleranceShare, (key, over) => {
          const [group, activity, year] = key.split('|') as [string, QuotaActivity, string];
          return {
            ruleId: 'group-over-quota',
            key: `${group}:${activity}:${year}`,
            partyId: group,
            period: over.month,
            subject: `quota:${group}:${activity}:${year}`,
            summary: `members of ${group} recorded ${activity} of ${tonnes(over.recorded)} t REO in ${year} against the group's quota of ${tonnes(over.limit)} t REO (${percent(over.recorded / over.limit)})`,
            evidence: {
              events: bounded(over.events), lots: [], thresholds: t, activity, year: Number(year), members: registry.members(group),
              quotaTonnesReo: tonnes(over.limit), recordedTonnesReo: tonnes(over.recorded), quotaUse: share(over.recorded, over.limit), crossedIn: over.month,
            },
          };
        });
      },
    };
  },
};
