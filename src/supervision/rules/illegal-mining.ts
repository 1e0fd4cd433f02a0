// Mining at a pit that is not on the groups' published list, or without a mining licence of the
// miner that covers the day and the product, or by an enterprise with no mining quota for the year
// and the ore type: each judged as the registry stood on the day of the extraction.
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { shanghaiDay, shanghaiMonth, shanghaiYear, DAY_MS } from '../../domain/periods.ts';
import { eventRef, tonnes, zhFrom } from '../evidence.ts';
import type { CaptureRule, DocumentFacts, Finding } from '../rule.ts';
import { licenceGap, siteLicenceCandidates, shortfallText, shortfallTextZh, type LicensedActivity, type Shortfall } from '../licence-coverage.ts';
import { oreTypeOf } from '../activity.ts';

const thresholds = { licenceGraceDays: 0 };

export const illegalMining: CaptureRule<typeof thresholds> = {
  id: 'illegal-mining',
  stage: 'capture',
  title: { zh: '非法开采：无证、未列入名录矿山或无开采指标', en: 'Illegal mining: unlicensed, unlisted mine or no mining quota' },
  explanation: {
    zh: '开采事件发生在未列入集团公布名录的矿点，或该矿点没有当日有效、属于开采企业且范围覆盖所采产品的采矿许可证，或企业当年没有相应矿种（岩矿型、离子型）的开采总量控制指标；均按开采当日的登记信息判断。',
    en: 'An extraction at a pit that is not on the published list, or not under a mining licence of the miner\'s that is active and valid on the day and whose scope covers the product, or by an enterprise holding no mining quota for the year and the ore type (rock or ion-adsorption); each judged as the registry stood on the day.',
  },
  severity: 'critical',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：仅工业和信息化部确定的企业可以从事稀土开采；非法开采的，予以没收，并处违法所得5倍以上10倍以下罚款。稀土开采、冶炼分离总量控制指标下达通知：不向未取得采矿许可证和安全生产许可证的矿山下达指标。《稀土产品的包装、标志、运输和贮存》强制性国家标准（2019年报批稿）：稀土矿产品须标注其生产矿山，该矿山须在稀土集团公示的矿山名单之列',
    en: "Rare Earth Management Regulations (State Council Order 785): only enterprises designated by MIIT may mine; illegal mining: confiscation and 5–10× the illegal income. Quota notices: no quota to mines without a mining and safety licence. Package labels (2019 draft standard): mineral products name their mine, which must be on the groups' published list",
  },
  thresholds,
  thresholdNotes: { licenceGraceDays: 'days after a licence ends during which extraction is still accepted' },
  check(facts, t) {
    const found = new Map<string, Finding>();
    for (const applied of facts.events) {
      const { event } = applied;
      if (event.kind !== 'extract') continue;
      const shortfalls = miningProblems(facts, event.facility, event.lot.product, applied.timeMs, t.licenceGraceDays);
      if (shortfalls.length === 0) continue;
      const reasons = shortfalls.map(shortfallText);
      const month = shanghaiMonth(applied.timeMs);
      const key = `${facts.recorder.id}:${event.facility}:${month}`;
      const reo = reoGrams(event.lot.composition as Composition);
      const lot = `${facts.recorder.id}:${event.lot.id}`;
      const existing = found.get(key);
      if (existing !== undefined) {
        existing.evidence.events.push(eventRef(facts.recorder.id, event.id));
        existing.evidence.lots.push(lot);
        existing.evidence['tonnesReo'] = tonnes((existing.evidence['reoGrams'] as number) + reo);
        existing.evidence['reoGrams'] = (existing.evidence['reoGrams'] as number) + reo;
        continue;
      }
      found.set(key, {
        ruleId: 'illegal-mining',
        key,
        partyId: facts.recorder.id,
        period: month,
        subject: event.facility,
        summary: `extraction at ${event.facility}: ${reasons.join('; ')}`,
        evidence: { events: [eventRef(facts.recorder.id, event.id)], lots: [lot], thresholds: t, facility: event.facility, reasons, shortfalls, reoGrams: reo, tonnesReo: tonnes(reo) },
        at: { event: applied.index, field: `${applied.prefix}facility` },
        seq: applied.seq,
      });
    }
    return [...found.values()];
  },
  summaryZh: ({ evidence }) => zhFrom(evidence, (e) => {
    const shortfalls = e.opt('shortfalls');
    if (!Array.isArray(shortfalls)) return undefined;
    return `在 ${e.str('facility')} 的开采：${(shortfalls as Shortfall[]).map(shortfallTextZh).join('；')}`;
  }),
};

function miningProblems(facts: DocumentFacts, facilityId: string, product: string, timeMs: number, graceDays: number): Shortfall[] {
  const reasons: Shortfall[] = [];
  // The mine as the registry stood on the day: listed then, under the licence it had then.
  const facility = facts.facility(facilityId, timeMs);
  if (facility === undefined) return reasons;
  if (!facility.listed) reasons.push({ kind: 'unlisted-mine', facility: facilityId });
  const day = shanghaiDay(timeMs);
  const need: LicensedActivity = { party: facts.recorder.id, activity: 'mining', day, endedNoEarlierThan: shanghaiDay(timeMs - graceDays * DAY_MS), products: [product] };
  // A mine re-pointed to its renewed licence was under the old one before: any licence the mine
  // has been under may cover the day, each as it stood then, and so may an earlier mining licence
  // of the miner's that ended before one of those began (the renewal's predecessor, when the
  // registry was loaded already re-pointed).
  const candidates = facts.facilityLicences(facilityId);
  const covering = siteLicenceCandidates(facts, facilityId, 'mining', timeMs).some((id) => licenceGap(facts.licence(id, timeMs), id, need) === undefined);
  if (candidates.length === 0) reasons.push({ kind: 'no-mining-licence', facility: facilityId });
  else if (!covering) {
    const id = facility.licenceId ?? candidates[candidates.length - 1]!;
    reasons.push({ kind: 'mine-licence-gap', facility: facilityId, gap: licenceGap(facts.licence(id, timeMs), id, need)! });
  }
  const year = shanghaiYear(timeMs);
  const oreType = oreTypeOf(product);
  if (!facts.hasQuota('mining', year, oreType)) reasons.push({ kind: 'no-quota', party: facts.recorder.id, activity: 'mining', year, oreType: oreType ?? null });
  return reasons;
}
