// Smelting and separation outside a licence or quota: only enterprises designated by MIIT may
// separate (Order 785), each inside its separation quota (Order 71). A process that takes in
// mineral products or mixed compounds and puts out rare earth compounds or metals is separation,
// whatever the recorder calls itself: so the enterprise must hold, on the day and as the registry
// stood then, a separation licence whose scope covers what it made (and, when the registry binds
// the licence to plants, the plant), a quota for the year and the feed's ore type; and a plant
// under its own licence (when it has one) must be under one that covers separation.
import { reoGrams, type Composition } from '../../domain/composition.ts';
import { isSeparationFeed, productByCode } from '../../domain/products.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { oreTypeOf, type OreType } from '../activity.ts';
import { eventRef, productsZh, tonnes, zhFrom } from '../evidence.ts';
import { licenceGap, licenceGapAt, siteLicenceCandidates, shortfallText, shortfallTextZh, type LicensedActivity, type Shortfall } from '../licence-coverage.ts';
import { shanghaiDay, shanghaiMonth, shanghaiYear, DAY_MS } from '../../domain/periods.ts';
import type { AppliedEvent, CaptureRule, DocumentFacts, Finding } from '../rule.ts';

const thresholds = { licenceGraceDays: 0, plantTonnesReoMin: 2000 };

/** What separation takes in: mineral products and the mixed compounds smelted from them. */
/** What it puts out: rare earth compounds and metals (beneficiation, ore into concentrate, is mining). */
const SEPARATION_PRODUCTS = new Set(['mixed-compound', 'oxide', 'salt', 'metal', 'alloy']);

export const unlicensedSeparation: CaptureRule<typeof thresholds> = {
  id: 'unlicensed-separation',
  stage: 'capture',
  title: { zh: '无证或无指标冶炼分离', en: 'Separation without a separation licence or quota' },
  explanation: {
    zh: '投入矿产品或混合稀土化合物、产出稀土化合物或金属的加工即冶炼分离：企业在当日（按当时的登记信息）须持有范围覆盖其产品的有效冶炼分离许可证、当年相应矿种的冶炼分离指标；工厂若登记了自己的许可证，该许可证须覆盖冶炼分离。',
    en: 'A process that takes in mineral products or mixed compounds and puts out rare earth compounds or metals is separation: on the day, as the registry stood then, the enterprise must hold a valid separation licence whose scope covers what it made and a separation quota for the year and the feed\'s ore type; a plant registered under its own licence must be under one that covers separation.',
  },
  severity: 'critical',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：仅工业和信息化部确定的企业可以从事稀土冶炼分离；非法冶炼分离的，予以没收，并处违法所得5倍以上10倍以下罚款。《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：对开采、进口及回收所得稀土矿产品的冶炼分离按矿种下达总量控制指标；稀土开采、冶炼分离总量控制指标下达通知：禁止代加工',
    en: 'Rare Earth Management Regulations (State Council Order 785): only enterprises designated by MIIT may separate; illegal separation: confiscation and 5–10× the illegal income. Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): separation quotas for mined, imported and recovered ore products, by ore type; quota notices: toll processing is banned',
  },
  thresholds,
  thresholdNotes: {
    licenceGraceDays: 'days after a licence ends during which separation is still accepted',
    plantTonnesReoMin: 'smallest licensed separation capacity, t REO a year, that may hold a separation quota: the quota notices give none to plants under 2,000 t REO a year (shared/DOMAIN.md), so separation under a smaller licence is outside the quota whatever quota the registry shows',
  },
  check(facts, t) {
    const found = new Map<string, Finding>();
    const madeHere = new Map<string, string>();
    for (const applied of facts.events) {
      const { event } = applied;
      const feed = event.kind === 'process' ? separationFeed(facts, applied, madeHere) : undefined;
      for (const lot of newLots(applied)) madeHere.set(qualifyLotId(lot.id, facts.recorder.id), lot.product);
      if (event.kind !== 'process' || feed === undefined) continue;
      const outputs = event.outputs.filter((o) => SEPARATION_PRODUCTS.has(productByCode(o.product)?.category ?? ''));
      if (outputs.length === 0) continue;
      const elements = outputs.flatMap((o) => Object.entries(o.composition).filter(([, grams]) => grams > 0).map(([element]) => element));
      const site = event.facility ?? '(no plant named)';
      const shortfalls = separationProblems(facts, site, applied.timeMs, t, outputs.map((o) => o.product), elements, feed.oreTypes, feed.products);
      if (shortfalls.length === 0) continue;
      const reasons = shortfalls.map(shortfallText);
      const month = shanghaiMonth(applied.timeMs);
      const key = `${facts.recorder.id}:${site}:${month}`;
      const ref = eventRef(facts.recorder.id, event.id);
      const existing = found.get(key);
      if (existing !== undefined) {
        existing.evidence.events.push(ref);
        existing.evidence.lots.push(...feed.lots);
        const grams = (existing.evidence['feedReoGrams'] as number) + feed.reoGrams;
        existing.evidence['feedReoGrams'] = grams;
        existing.evidence['feedTonnesReo'] = tonnes(grams);
        for (const reason of reasons) if (!(existing.evidence['reasons'] as string[]).includes(reason)) (existing.evidence['reasons'] as string[]).push(reason);
        continue;
      }
      found.set(key, {
        ruleId: 'unlicensed-separation',
        key,
        partyId: facts.recorder.id,
        period: month,
        subject: site,
        summary: `separation of ${tonnes(feed.reoGrams)} t REO of ${feed.products.join(', ')} into ${[...new Set(outputs.map((o) => o.product))].join(', ')} at ${site}: ${reasons.join('; ')}`,
        evidence: {
          events: [ref], lots: [...feed.lots], thresholds: t, facility: event.facility ?? null, reasons, feedReoGrams: feed.reoGrams, feedTonnesReo: tonnes(feed.reoGrams),
          // What the summary states, the month's first run: later runs add to the figures above.
          shortfalls, firstFeedTonnesReo: tonnes(feed.reoGrams),
          feedProducts: feed.products, outputProducts: [...new Set(outputs.map((o) => o.product))],
        },
        at: { event: applied.index, field: `${applied.prefix}facility` },
        seq: applied.seq,
      });
    }
    return [...found.values()];
  },
  summaryZh: ({ subject, evidence }) => zhFrom(evidence, (e) => {
    const shortfalls = e.opt('shortfalls');
    if (!Array.isArray(shortfalls)) return undefined;
    const site = e.opt('facility') === null ? '（未指明工厂）' : subject;
    return `在 ${site} 将 ${e.num('firstFeedTonnesReo')} 吨 REO 的${productsZh(e.strs('feedProducts'))}冶炼分离为${productsZh(e.strs('outputProducts'))}：${(shortfalls as Shortfall[]).map(shortfallTextZh).join('；')}`;
  }),
};

interface Feed {
  lots: string[];
  products: string[];
  reoGrams: number;
  oreTypes: (OreType | undefined)[];
}

/** The process's inputs that are separation feed, or undefined when none is. */
function separationFeed(facts: DocumentFacts, applied: AppliedEvent, madeHere: ReadonlyMap<string, string>): Feed | undefined {
  const feed: Feed = { lots: [], products: [], reoGrams: 0, oreTypes: [] };
  for (const flow of applied.flows) {
    if (flow.direction !== -1) continue;
    const product = facts.lotBefore(flow.lotId)?.product ?? madeHere.get(flow.lotId);
    if (product === undefined || !isSeparationFeed(product)) continue;
    feed.lots.push(flow.lotId);
    if (!feed.products.includes(product)) feed.products.push(product);
    feed.reoGrams += reoGrams(flow.elements as Composition);
    const oreType = oreTypeOf(product);
    if (!feed.oreTypes.includes(oreType)) feed.oreTypes.push(oreType);
  }
  return feed.reoGrams > 0 ? feed : undefined;
}

function newLots(applied: AppliedEvent): { id: string; product: string }[] {
  const { event } = applied;
  if (event.kind === 'process') return event.outputs;
  if (event.kind === 'extract' || event.kind === 'import' || event.kind === 'collect') return [event.lot];
  return [];
}

function separationProblems(
  facts: DocumentFacts, facilityId: string, timeMs: number, t: typeof thresholds, products: string[], elements: string[], oreTypes: readonly (OreType | undefined)[], fed: readonly string[],
): Shortfall[] {
  const reasons: Shortfall[] = [];
  const recorder = facts.recorder.id;
  const day = shanghaiDay(timeMs);
  const need: LicensedActivity = { party: recorder, activity: 'separation', day, endedNoEarlierThan: shanghaiDay(timeMs - t.licenceGraceDays * DAY_MS), products, elements, fed };
  const held = facts.licencesAt(timeMs).filter((l) => l.activity === 'separation');
  const gaps = held.map((l) => licenceGapAt(facts, l, need, facilityId));
  if (held.length === 0) reasons.push({ kind: 'no-separation-licence', party: recorder, day });
  else if (!gaps.includes(undefined)) reasons.push({ kind: 'licence-gap', gap: gaps[0]! });
  else {
    // The licences that cover the run: each too small a plant for any quota to be lawful.
    const covering = held.filter((_, i) => gaps[i] === undefined);
    const small = covering.filter((l) => l.capacityKgReo !== null && l.capacityKgReo < t.plantTonnesReoMin * 1000);
    if (small.length === covering.length) {
      reasons.push({ kind: 'small-plant', licence: small[0]!.id, capacityTonnesReo: small[0]!.capacityKgReo! / 1000, minimumTonnesReo: t.plantTonnesReoMin });
    }
  }
  // A plant registered under a licence of its own is bound by it: a licence for another activity,
  // or one that has lapsed, does not let that plant separate; a plant re-pointed to its renewed
  // licence was under the renewal's predecessor before.
  const own = facts.facilityLicences(facilityId);
  if (own.length > 0 && !siteLicenceCandidates(facts, facilityId, 'separation', timeMs).some((id) => licenceGap(facts.licence(id, timeMs), id, need) === undefined)) {
    const id = facts.facility(facilityId, timeMs)?.licenceId ?? own[own.length - 1]!;
    reasons.push({ kind: 'plant-licence-gap', facility: facilityId, licence: id, gap: licenceGap(facts.licence(id, timeMs), id, need)! });
  }
  const year = shanghaiYear(timeMs);
  for (const oreType of oreTypes) {
    if (!facts.hasQuota('separation', year, oreType)) reasons.push({ kind: 'no-quota', party: recorder, activity: 'separation', year, oreType: oreType ?? null });
  }
  return reasons;
}
