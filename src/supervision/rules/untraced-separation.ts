// Separation fed with material whose origin the ledger cannot name: the way illegally mined or
// smuggled concentrate enters the books.
import { productByCode } from '../../domain/products.ts';
import { UNTRACED } from '../../domain/attribution.ts';
import { shanghaiMonth } from '../periods.ts';
import { eventRef, percent, share, tonnes } from '../evidence.ts';
import type { CaptureRule, Finding } from '../rule.ts';

const thresholds = { untracedShareMax: 0.01 };

/** Feeds a separation plant takes: mineral products and mixed compounds. */
const SEPARATION_FEEDS = new Set(['ore', 'concentrate', 'mixed-compound']);

export const untracedSeparation: CaptureRule<typeof thresholds> = {
  id: 'untraced-separation',
  stage: 'capture',
  title: { zh: '分离投料来源不明', en: 'Separation fed from untraced sources' },
  explanation: {
    zh: '冶炼分离投入的精矿或混合稀土中，来源无法追溯到登记矿山、进口或回收的比例超过阈值。',
    en: 'A separation run whose concentrate or mixed-compound feed is, beyond the threshold, of an origin the ledger cannot trace to a registered mine, an import or recycling.',
  },
  severity: 'high',
  legalBasis: 'Rare Earth Management Regulations (State Council Order 785) Art. 12 (separation only of legal feed), Art. 19',
  thresholds,
  thresholdNotes: { untracedShareMax: 'largest share of the feed\'s element grams that may be untraced' },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      if (applied.event.kind !== 'process') continue;
      let feed = 0;
      let untraced = 0;
      const lots: string[] = [];
      for (const flow of applied.flows) {
        if (flow.direction !== -1) continue;
        const lot = facts.lotBefore(flow.lotId);
        if (lot === undefined || !SEPARATION_FEEDS.has(productByCode(lot.product)?.category ?? '')) continue;
        const taken = Object.values(flow.elements).reduce<number>((s, g) => s + (g ?? 0), 0);
        feed += taken;
        const origin = lot.origin;
        if (origin === null) {
          untraced += taken;
        } else {
          const all = Object.values(origin).reduce((s, c) => s + Object.values(c).reduce<number>((a, g) => a + (g ?? 0), 0), 0);
          const none = Object.values(origin[UNTRACED] ?? {}).reduce<number>((a, g) => a + (g ?? 0), 0);
          untraced += all === 0 ? 0 : Math.round((taken * none) / all);
        }
        lots.push(flow.lotId);
      }
      if (feed === 0 || untraced / feed <= t.untracedShareMax) continue;
      const ref = eventRef(facts.recorder.id, applied.event.id);
      findings.push({
        ruleId: 'untraced-separation',
        key: ref,
        partyId: facts.recorder.id,
        period: shanghaiMonth(applied.timeMs),
        subject: ref,
        summary: `separation ${applied.event.id} took ${tonnes(untraced)} t of untraced rare earths (${percent(untraced / feed)} of its feed)`,
        evidence: { events: [ref], lots, thresholds: t, feedTonnes: tonnes(feed), untracedTonnes: tonnes(untraced), untracedShare: share(untraced, feed) },
        at: { event: applied.index, field: `${applied.prefix}inputs` },
        seq: applied.seq,
      });
    }
    return findings;
  },
};
