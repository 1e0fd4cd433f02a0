// Output beyond the holder's quota: REO extracted beyond the mining quota, or fed to separation
// beyond the separation quota, over the quota's year; rock and ion-adsorption ore each against the
// quota given for it (with any quota given for either), never pooled.
import { OreQuotaUse, describeOreUse, describeOreUseZh, gramsByOre, oreFigures, quotaReoByOre, type QuotaActivity } from '../activity.ts';
import { shanghaiYear } from '../../domain/periods.ts';
import { activityZh, bounded, eventRef, share, tonnes, zhFrom } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

const thresholds = { toleranceShare: 0 };

export const overQuota: PeriodRule<typeof thresholds> = {
  id: 'over-quota',
  stage: 'period',
  title: { zh: '超指标开采或冶炼分离', en: 'Extraction or separation beyond quota' },
  explanation: {
    zh: '企业当年累计开采量（以REO计）或冶炼分离投料量超过其获分配的总量控制指标；岩矿型与离子型分别对照各自的指标，不相互调剂。',
    en: 'An enterprise\'s extraction (t REO) or separation feed (t REO) over the year passes the quota allocated to it, of rock or ion-adsorption ore each against the quota for that ore type.',
  },
  severity: 'critical',
  legalBasis: {
    zh: '《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：年度开采和冶炼分离总量控制指标下达至稀土集团，再由集团分解至成员企业；受到行政处罚的企业，核减其下一年度总量控制指标',
    en: 'Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): annual mining and separation quotas, allocated to groups and then to member enterprises; a penalised enterprise has its next quota cut',
  },
  thresholds,
  thresholdNotes: { toleranceShare: 'share of the quota that may be exceeded before an alert' },
  start({ registry }, t) {
    const use = new OreQuotaUse();
    return {
      observe(scanned) {
        const party = registry.parties.get(scanned.partyId);
        if (party === undefined) return;
        const year = shanghaiYear(scanned.timeMs);
        for (const activity of ['mining', 'separation'] as const) {
          if (registry.quotaKgReo(party.id, activity, year) === undefined) continue;
          use.add(`${party.id}|${activity}|${year}`, scanned.timeMs, quotaReoByOre(scanned, activity, true), eventRef(scanned.partyId, scanned.eventId));
        }
      },
      finish() {
        return [...use.keys()].flatMap((key): Finding[] => {
          const [holder, activity, year] = key.split('|') as [string, QuotaActivity, string];
          const quota = gramsByOre(registry.quotaKgReoByOre(holder, activity, Number(year))!);
          const over = use.crossing(key, quota, t.toleranceShare);
          if (over === undefined) return [];
          const { recorded, limit, words } = describeOreUse(over.used, quota, over.over);
          return [{
            ruleId: 'over-quota',
            key: `${holder}:${activity}:${year}`,
            partyId: holder,
            period: over.month,
            subject: `quota:${holder}:${activity}:${year}`,
            summary: `${activity} in ${year}: ${words}, passed in ${over.month}`,
            evidence: {
              events: bounded(over.events), lots: [], thresholds: t, activity, year: Number(year), quotaTonnesReo: tonnes(limit), recordedTonnesReo: tonnes(recorded),
              overTonnesReo: tonnes(recorded - limit), quotaUse: share(recorded, limit), quotaUseRatio: recorded / limit, crossedIn: over.month, overOreTypes: over.over,
              ...oreFigures(over.used, quota),
            },
          }];
        });
      },
    };
  },  summaryZh: ({ evidence }) => zhFrom(evidence, (e) => `${e.num('year')} 年${activityZh(e.str('activity'))}：${describeOreUseZh(e)}，于 ${e.str('crossedIn')} 超出`),
};
