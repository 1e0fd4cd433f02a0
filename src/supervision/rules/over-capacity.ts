// Activity beyond licensed capacity: a mining, separation, metal-smelting or recycling licence
// states the plant's yearly capacity in t REO; recording more than a plant can make means some of
// it came from elsewhere, or was made outside the licence.
import { RunningTotals, quotaReoGrams } from '../activity.ts';
import { reoGrams } from '../../domain/composition.ts';
import { productByCode } from '../../domain/products.ts';
import { shanghaiDay, shanghaiYear } from '../../domain/periods.ts';
import { activityZh, bounded, eventRef, percent, share, tonnes, zhFrom } from '../evidence.ts';
import type { LicenceFacts, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = { toleranceShare: 0.05 };

const CAPACITY_ACTIVITIES: ReadonlySet<string> = new Set(['mining', 'separation', 'metal-smelting', 'recycling']);
const SMELTING_FEED: ReadonlySet<string> = new Set(['oxide', 'salt']);
const SMELTED: ReadonlySet<string> = new Set(['metal', 'alloy']);
const RECYCLING_FEED: ReadonlySet<string> = new Set(['scrap-pre-consumer', 'scrap-post-consumer', 'slag']);
const RECOVERED: ReadonlySet<string> = new Set(['concentrate', 'mixed-compound', 'oxide', 'salt', 'metal']);

const categoryOf = (product: string) => productByCode(product)?.category ?? '';

/** REO a process made of `made` products from `fed` ones: smelting's metal from separated products,
 * recycling's recovered products from scrap and slag. */
function madeReo(scanned: ScannedEvent, fed: ReadonlySet<string>, made: ReadonlySet<string>): number {
  if (scanned.event.kind !== 'process' || !scanned.flows.some((f) => f.direction === -1 && fed.has(categoryOf(f.product)))) return 0;
  return scanned.flows.reduce((sum, f) => (f.direction === 1 && made.has(categoryOf(f.product)) ? sum + reoGrams(f.elements) : sum), 0);
}

/** REO a licence's capacity is measured in, of one event. */
function activityReo(scanned: ScannedEvent, activity: string): number {
  if (activity === 'metal-smelting') return madeReo(scanned, SMELTING_FEED, SMELTED);
  if (activity === 'recycling') return madeReo(scanned, RECYCLING_FEED, RECOVERED);
  return quotaReoGrams(scanned, activity as 'mining' | 'separation', true);
}

export const overCapacity: PeriodRule<typeof thresholds> = {
  id: 'over-capacity',
  stage: 'period',
  title: { zh: '超许可产能生产', en: 'Activity beyond licensed capacity' },
  explanation: {
    zh: '企业当年的开采量、冶炼分离量、金属冶炼产量或回收产量（以REO计）超过其许可证核定的年产能。',
    en: 'An enterprise\'s extraction, separation, metal smelting or recovery from scrap over the year (t REO) passes the yearly capacity of its licence.',
  },
  severity: 'medium',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：仅经确定的企业可在其许可范围内从事稀土开采和冶炼分离；稀土开采、冶炼分离总量控制指标下达通知：不向生产规模低于每年2000吨REO的冶炼分离企业下达指标',
    en: 'Rare Earth Management Regulations (State Council Order 785): only designated enterprises, within their licences, may mine and separate; quota notices: no separation quota to plants under 2,000 t REO a year',
  },
  thresholds,
  thresholdNotes: { toleranceShare: 'share of the capacity that may be exceeded before an alert' },
  start({ registry }, t) {
    const totals = new RunningTotals();
    const byParty = new Map<string, LicenceFacts[]>();
    for (const licence of registry.licences.values()) {
      if (!CAPACITY_ACTIVITIES.has(licence.activity) || licence.capacityKgReo === null) continue;
      byParty.set(licence.partyId, [...(byParty.get(licence.partyId) ?? []), licence]);
    }
    return {
      observe(scanned) {
        const licences = byParty.get(scanned.partyId);
        if (licences === undefined) return;
        const day = shanghaiDay(scanned.timeMs);
        for (const current of licences) {
          // The licence's dates as they stood at the time: a licence renewed later by extending
          // the same id did not cover a day it covers now.
          const licence = registry.licenceAt(current.id, scanned.timeMs) ?? current;
          if (day < licence.validFrom || day > licence.validTo) continue;
          const grams = activityReo(scanned, licence.activity);
          if (grams === 0) continue;
          totals.add(`${licence.id}|${shanghaiYear(scanned.timeMs)}`, scanned.timeMs, grams, eventRef(scanned.partyId, scanned.eventId));
        }
      },
      finish() {
        return totals.overLimits((key) => registry.licences.get(key.split('|')[0]!)!.capacityKgReo! * 1000, t.toleranceShare, (key, over) => {
          const [id, year] = key.split('|') as [string, string];
          const licence = registry.licences.get(id)!;
          return {
            ruleId: 'over-capacity',
            key: `${id}:${year}`,
            partyId: licence.partyId,
            period: over.month,
            subject: `licence:${id}`,
            summary: `${licence.activity} of ${tonnes(over.recorded)} t REO in ${year} under licence ${id}, whose capacity is ${tonnes(over.limit)} t REO a year (${percent(over.recorded / over.limit)})`,
            evidence: {
              events: bounded(over.events), lots: [], thresholds: t, licence: id, activity: licence.activity, year: Number(year),
              capacityTonnesReo: tonnes(over.limit), recordedTonnesReo: tonnes(over.recorded), capacityUse: share(over.recorded, over.limit), capacityUseRatio: over.recorded / over.limit, crossedIn: over.month,
            },
          };
        });
      },
    };
  },  summaryZh: ({ evidence }) => zhFrom(evidence, (e) =>
    `${e.num('year')} 年在许可证 ${e.str('licence')} 项下${activityZh(e.str('activity'))} ${e.num('recordedTonnesReo')} 吨 REO，而该许可证的年产能为 ${e.num('capacityTonnesReo')} 吨 REO（${percent(e.num('capacityUseRatio'))}）`),
};
