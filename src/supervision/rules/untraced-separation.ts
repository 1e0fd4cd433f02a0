// Separation fed with material whose origin the ledger cannot name: the way illegally mined or
// smuggled concentrate enters the books.
import { isSeparationFeed } from '../../domain/products.ts';
import { UNTRACED } from '../../domain/attribution.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import { eventIdOf, eventRef, percent, share, tonnes, zhFrom } from '../evidence.ts';
import type { CaptureRule, Finding } from '../rule.ts';

const thresholds = { untracedShareMax: 0.01 };

/** Feeds a separation plant takes: mineral products and mixed compounds. */

export const untracedSeparation: CaptureRule<typeof thresholds> = {
  id: 'untraced-separation',
  stage: 'capture',
  title: { zh: '分离投料来源不明', en: 'Separation fed from untraced sources' },
  explanation: {
    zh: '冶炼分离投入的精矿或混合稀土中，来源无法追溯到登记矿山、进口或回收的比例超过阈值。',
    en: 'A separation run whose concentrate or mixed-compound feed is, beyond the threshold, of an origin the ledger cannot trace to a registered mine, an import or recycling.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土开采和稀土冶炼分离总量调控管理暂行办法》（工业和信息化部、国家发展改革委、自然资源部令第71号）：冶炼分离总量控制指标涵盖开采、进口（含独居石）及回收所得的稀土矿产品；《稀土管理条例》（国务院令第785号）：稀土产品流向记录',
    en: 'Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): separation quotas cover mined, imported (including monazite) and recovered ore products; Rare Earth Management Regulations (State Council Order 785): product-flow records',
  },
  thresholds,
  thresholdNotes: { untracedShareMax: 'largest share of the feed\'s element grams that may be untraced' },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      if (applied.event.kind !== 'process') continue;
      // The outputs carry the feed's attribution as taken (mass balance), including anything
      // untraced that the inputs held at that moment, even stock added earlier in the document.
      const lots: string[] = [];
      let separates = false;
      for (const flow of applied.flows) {
        if (flow.direction !== -1) continue;
        lots.push(flow.lotId);
        const lot = facts.lotBefore(flow.lotId);
        if (lot !== undefined && isSeparationFeed(lot.product)) separates = true;
      }
      if (!separates) continue;
      let feed = 0;
      let untraced = 0;
      for (const flow of applied.flows) {
        if (flow.direction !== 1) continue;
        const origin = facts.lotBefore(flow.lotId)?.origin;
        if (origin === undefined || origin === null) continue;
        for (const [source, grams] of Object.entries(origin)) {
          const total = Object.values(grams).reduce<number>((a, g) => a + (g ?? 0), 0);
          feed += total;
          if (source === UNTRACED) untraced += total;
        }
      }
      if (feed === 0 || untraced / feed <= t.untracedShareMax) continue;
      const ref = eventRef(facts.recorder.id, applied.event.id);
      findings.push({
        ruleId: 'untraced-separation',
        key: ref,
        partyId: facts.recorder.id,
        period: shanghaiMonth(applied.timeMs),
        subject: ref,
        summary: `separation ${applied.event.id} put out ${tonnes(untraced)} t of rare earths from untraced feed (${percent(untraced / feed)} of its output)`,
        evidence: { events: [ref], lots, thresholds: t, feedTonnes: tonnes(feed), untracedTonnes: tonnes(untraced), untracedShare: share(untraced, feed), untracedRatio: untraced / feed },
        at: { event: applied.index, field: `${applied.prefix}inputs` },
        seq: applied.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ subject, evidence }) => zhFrom(evidence, (e) =>
    `冶炼分离 ${eventIdOf(subject)} 的产出中有 ${e.num('untracedTonnes')} 吨稀土来自来源不明的投料（占其产出的 ${percent(e.num('untracedRatio'))}）`),
};
