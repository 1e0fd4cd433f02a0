// A shipment received short: grams left the shipper and did not reach the buyer. Diversion in
// transit is how material leaves the traced chain.
import { shanghaiMonth } from '../../domain/periods.ts';
import { weighedWet } from '../../domain/product-fit.ts';
import { productByCode } from '../../domain/products.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { eventRef, percent, share, tonnes, zhFrom } from '../evidence.ts';
import type { CaptureRule, Finding } from '../rule.ts';

const thresholds = { shortShareMax: 0.005, shortGramsMin: 1_000, residueShortShareMax: 0.1, mineralShortShareMax: 0.02 };

export const shortReceipt: CaptureRule<typeof thresholds> = {
  id: 'short-receipt',
  stage: 'capture',
  title: { zh: '到货短少', en: 'Shipment received short' },
  explanation: {
    zh: '收货方确认收到的质量少于发货方发出的质量，差额超过允许的运输损耗，提示运输途中被截留或转移。',
    en: 'The buyer records receiving less than the shipper sent, by more than the allowed transport loss: material may have been diverted in transit.',
  },
  severity: 'medium',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土产品流向记录既涵盖生产，也涵盖流通',
    en: 'Rare Earth Management Regulations (State Council Order 785): the product-flow record covers circulation as well as production',
  },
  thresholds,
  thresholdNotes: {
    shortShareMax: 'shortfall accepted as a share of the shipped mass (transport loss)',
    shortGramsMin: 'shortfall in grams accepted whatever the share',
    mineralShortShareMax: 'shortfall accepted on ore and flotation concentrate, shipped as run-of-mine or as filter cake holding some 8–12 % water that dries on an open wagon or truck in summer: a fifth of it is 2 % (a judgement; shared/DOMAIN.md gives no moisture)',
    residueShortShareMax: 'shortfall accepted on what is weighed wet: residue (slag, tailings) as it left the filter press, grinding swarf in its coolant, spent polishing sludge; water and coolant drain through the truck beds on the way; a judgement, period-balance\'s drying bound (adjustShareWetMax)',
  },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      const { event } = applied;
      if (event.kind !== 'receive') continue;
      const lot = facts.lotBefore(qualifyLotId(event.lot, facts.recorder.id));
      if (lot === undefined || lot.status !== 'in_transit') continue;
      const shipped = lot.massGramsRemaining;
      const short = shipped - event.massGrams;
      // Residue is booked wet, as weighed at the filter press, and swarf in its coolant: water and
      // coolant drain from them on the way; ore and concentrate travel damp and dry a little.
      const category = productByCode(lot.product)?.category;
      const tolerance = weighedWet(lot.product) ? t.residueShortShareMax : category === 'ore' || category === 'concentrate' ? t.mineralShortShareMax : t.shortShareMax;
      if (short <= t.shortGramsMin || short <= shipped * tolerance) continue;
      const ref = eventRef(facts.recorder.id, event.id);
      findings.push({
        ruleId: 'short-receipt',
        key: ref,
        partyId: lot.holderId,
        period: shanghaiMonth(applied.timeMs),
        subject: lot.id,
        summary: `lot ${lot.id} shipped by ${lot.holderId} with ${tonnes(shipped)} t, received by ${facts.recorder.id} with ${tonnes(event.massGrams)} t: ${percent(short / shipped)} short`,
        evidence: {
          events: [ref], lots: [lot.id], thresholds: t, shipper: lot.holderId, receiver: facts.recorder.id, shipSeq: lot.updatedSeq,
          shippedTonnes: tonnes(shipped), receivedTonnes: tonnes(event.massGrams), shortTonnes: tonnes(short), shortShare: share(short, shipped), shortRatio: short / shipped,
        },
        at: { event: applied.index, field: `${applied.prefix}massGrams` },
        seq: applied.seq,
      });
    }
    return findings;
  },
  summaryZh: ({ subject, evidence }) => zhFrom(evidence, (e) =>
    `批次 ${subject} 由 ${e.str('shipper')} 发运 ${e.num('shippedTonnes')} 吨，${e.str('receiver')} 接收 ${e.num('receivedTonnes')} 吨：短少 ${percent(e.num('shortRatio'))}`),
};
