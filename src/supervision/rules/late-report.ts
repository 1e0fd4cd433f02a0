// Monthly flow data entered after the 10th of the next month (Order 71). Corrections are exempt:
// a correction later is what the rules ask for, not a late report (the scan dates a correction's
// replacement by the corrected event's time, so it would otherwise read as that month's data).
import { REPORTING_ACTIVITIES, REPORTING_ROLES } from '../../domain/parties.ts';
import { formatShanghai, reportDueMs, shanghaiMonth, DAY_MS } from '../../domain/periods.ts';
import { bounded, eventRef, zhFrom } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

const thresholds = { graceHours: 0 };

interface Late {
  party: string;
  month: string;
  firstLateMs: number;
  count: number;
  events: string[];
}

export const lateReport: PeriodRule<typeof thresholds> = {
  id: 'late-report',
  stage: 'period',
  title: { zh: '月度数据逾期报送', en: 'Monthly data reported after the 10th' },
  explanation: {
    zh: '负有报送义务的企业（开采、冶炼分离、金属冶炼、综合利用和出口企业）上月的产品流向数据在次月10日之后才录入追溯系统（10日为周六或周日的，顺延至下周一）。',
    en: 'An enterprise the law obliges to report (a miner, separator, metal smelter, recycler or exporter, by role or licence) entered a month\'s product-flow data into the traceability system after the 10th of the following month (a 10th on a Saturday or Sunday moves to the Monday).',
  },
  severity: 'low',
  legalBasis: {
    zh: '《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：企业于每月10日前录入上月稀土产品流向信息；《稀土管理条例》（国务院令第785号）：未按规定报送追溯信息的，处5万元以上20万元以下罚款，直至责令停产停业',
    en: "Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): enterprises enter the previous month's flow data by the 10th of each month; Rare Earth Management Regulations (State Council Order 785): failing to submit traceability data is fined ¥50k–200k, then suspension",
  },
  thresholds,
  thresholdNotes: { graceHours: 'hours after the end of the 10th (Asia/Shanghai) still accepted as on time' },
  start({ registry }, t) {
    const late = new Map<string, Late>();
    const licensed = new Set([...registry.licences.values()].filter((l) => REPORTING_ACTIVITIES.has(l.activity)).map((l) => l.partyId));
    const obliged = (party: string, atMs: number) => licensed.has(party) || (registry.partyAt(party, atMs)?.roles ?? []).some((r) => REPORTING_ROLES.has(r));
    return {
      observe(scanned) {
        if (scanned.corrects !== undefined || !obliged(scanned.partyId, scanned.timeMs)) return;
        const month = shanghaiMonth(scanned.timeMs);
        if (scanned.recordedAtMs <= reportDueMs(month) + t.graceHours * 3_600_000) return;
        const key = `${scanned.partyId}:${month}`;
        const entry = late.get(key) ?? { party: scanned.partyId, month, firstLateMs: scanned.recordedAtMs, count: 0, events: [] };
        entry.count += 1;
        entry.firstLateMs = Math.min(entry.firstLateMs, scanned.recordedAtMs);
        entry.events.push(eventRef(scanned.partyId, scanned.eventId));
        late.set(key, entry);
      },
      finish() {
        return [...late.entries()].map(([key, l]): Finding => {
          const days = Math.ceil((l.firstLateMs - reportDueMs(l.month)) / DAY_MS);
          return {
            ruleId: 'late-report',
            key,
            partyId: l.party,
            period: l.month,
            subject: key,
            summary: `${l.count} event(s) of ${l.month} recorded from ${formatShanghai(l.firstLateMs)}, ${days} day(s) after the due date`,
            evidence: { events: bounded(l.events), lots: [], thresholds: t, dueBy: formatShanghai(reportDueMs(l.month)), submittedAt: formatShanghai(l.firstLateMs), lateEvents: l.count, daysLate: days },
          };
        });
      },
    };
  },  summaryZh: ({ period, evidence }) => zhFrom(evidence, (e) =>
    `${period} 的 ${e.num('lateEvents')} 个事件自 ${e.str('submittedAt')} 起才录入，晚于报送截止时间 ${e.num('daysLate')} 天`),
};
