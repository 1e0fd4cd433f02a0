// A process whose outputs hold more of an element than its inputs did: material appeared that no
// record accounts for, the mark of untraced (illegally mined or smuggled) feed slipped into a plant.
import { ELEMENT_SYMBOLS } from '../../domain/elements.ts';
import { gramsOf, type Composition } from '../../domain/composition.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import { eventIdOf, eventRef, tonnes, zhFrom } from '../evidence.ts';
import type { CaptureRule, Finding } from '../rule.ts';

const thresholds = { toleranceShare: 0.001, toleranceGramsMin: 1_000 };

export const elementsFromNothing: CaptureRule<typeof thresholds> = {
  id: 'elements-from-nothing',
  stage: 'capture',
  title: { zh: '加工产出元素凭空增加', en: 'Elements created from nothing in processing' },
  explanation: {
    zh: '一次加工事件的产出中某一稀土元素的质量超过投入中该元素的质量，超出部分没有任何来源记录。',
    en: 'A process event whose outputs hold more grams of a rare earth element than its inputs: the excess has no recorded source.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：从事稀土开采、冶炼分离、金属冶炼、综合利用和出口的企业应当建立稀土产品流向记录，并录入国家稀土产品追溯信息系统；工业和信息化部《稀土产品信息追溯管理办法（暂行）（公开征求意见稿）》（2025年2月）',
    en: 'Rare Earth Management Regulations (State Council Order 785): miners, separators, metal smelters, recyclers and exporters keep a product-flow record and enter it into the national traceability system; MIIT draft traceability measures (February 2025)',
  },
  thresholds,
  thresholdNotes: {
    toleranceShare: 'excess accepted as a share of the element\'s input grams (assay and rounding)',
    toleranceGramsMin: 'excess in grams accepted whatever the share',
  },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      if (applied.event.kind !== 'process') continue;
      const inputs: Composition = {};
      const outputs: Composition = {};
      for (const flow of applied.flows) {
        const into = flow.direction === -1 ? inputs : outputs;
        for (const e of ELEMENT_SYMBOLS) {
          const grams = gramsOf(flow.elements, e);
          if (grams !== 0) into[e] = (into[e] ?? 0) + grams;
        }
      }
      const excess: Record<string, number> = {};
      for (const e of ELEMENT_SYMBOLS) {
        const input = gramsOf(inputs, e);
        const over = gramsOf(outputs, e) - input;
        if (over > Math.max(t.toleranceGramsMin, input * t.toleranceShare)) excess[e] = over;
      }
      const elements = Object.keys(excess);
      if (elements.length === 0) continue;
      const ref = eventRef(facts.recorder.id, applied.event.id);
      findings.push({
        ruleId: 'elements-from-nothing',
        key: ref,
        partyId: facts.recorder.id,
        period: shanghaiMonth(applied.timeMs),
        subject: ref,
        summary: `process ${applied.event.id} put out more than went in: ${elements.map((e) => `${e} +${tonnes(excess[e]!)} t`).join(', ')}`,
        evidence: {
          events: [ref],
          lots: applied.flows.map((f) => f.lotId),
          thresholds: t,
          excessGrams: excess,
          inputGrams: Object.fromEntries(elements.map((e) => [e, inputs[e as keyof Composition] ?? 0])),
        },
        at: { event: applied.index, field: `${applied.prefix}outputs` },
        seq: applied.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ subject, evidence }) => zhFrom(evidence, (e) => {
    const excess = e.at('excessGrams');
    const elements = Object.keys(evidence['excessGrams'] as object);
    return `加工事件 ${eventIdOf(subject)} 的产出多于投入：${elements.map((el) => `${el} 多出 ${tonnes(excess.num(el))} 吨`).join('，')}`;
  }),
};
