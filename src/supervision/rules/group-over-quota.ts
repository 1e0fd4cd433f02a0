// A group's members together beyond the group's quota: allocation to members is the group's
// job, and the members' sum must stay inside what the State Council gave the group.
import { OreQuotaUse, describeOreUse, describeOreUseZh, gramsByOre, oreFigures, quotaReoByOre, type QuotaActivity } from '../activity.ts';
import { shanghaiYear } from '../../domain/periods.ts';
import { activityZh, bounded, eventRef, share, tonnes, zhFrom } from '../evidence.ts';
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
  legalBasis: {
    zh: '《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：经国务院批准的年度总量控制指标下达至稀土集团，由集团分解下达至成员企业',
    en: "Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): the State Council's annual quotas are allocated to the groups, which allocate them to their members",
  },
  thresholds,
  thresholdNotes: { toleranceShare: 'share of the group\'s quota that may be exceeded before an alert' },
  start({ registry }, t) {
    const use = new OreQuotaUse();
    return {
      observe(scanned) {
        // The group the member belonged to when it mined or separated.
        const party = registry.partyAt(scanned.partyId, scanned.timeMs);
        if (party?.groupId === null || party === undefined) return;
        const year = shanghaiYear(scanned.timeMs);
        for (const activity of ['mining', 'separation'] as const) {
          if (registry.quotaKgReo(party.groupId, activity, year) === undefined) continue;
          const separates = registry.quotaKgReo(party.id, 'separation', year) !== undefined;
          use.add(`${party.groupId}|${activity}|${year}`, scanned.timeMs, quotaReoByOre(scanned, activity, separates), eventRef(scanned.partyId, scanned.eventId));
        }
      },
      finish() {
        return [...use.keys()].flatMap((key): Finding[] => {
          const [group, activity, year] = key.split('|') as [string, QuotaActivity, string];
          const quota = gramsByOre(registry.quotaKgReoByOre(group, activity, Number(year))!);
          const over = use.crossing(key, quota, t.toleranceShare);
          if (over === undefined) return [];
          const { recorded, limit, words } = describeOreUse(over.used, quota, over.over);
          return [{
            ruleId: 'group-over-quota',
            key: `${group}:${activity}:${year}`,
            partyId: group,
            period: over.month,
            subject: `quota:${group}:${activity}:${year}`,
            summary: `members of ${group} recorded ${activity} in ${year} beyond the group's quota: ${words}`,
            evidence: {
              events: bounded(over.events), lots: [], thresholds: t, activity, year: Number(year), members: registry.members(group),
              quotaTonnesReo: tonnes(limit), recordedTonnesReo: tonnes(recorded), quotaUse: share(recorded, limit), quotaUseRatio: recorded / limit, crossedIn: over.month, overOreTypes: over.over,
              ...oreFigures(over.used, quota),
            },
          }];
        });
      },
    };
  },  summaryZh: ({ partyId, evidence }) => zhFrom(evidence, (e) => `${partyId} 的成员企业 ${e.num('year')} 年的${activityZh(e.str('activity'))}量超出集团指标：${describeOreUseZh(e)}`),
};
