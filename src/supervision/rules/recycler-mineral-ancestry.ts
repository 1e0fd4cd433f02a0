// Mineral products reaching a recycler under another name. Recyclers may not buy or process ore
// or concentrate; `recycler-mineral-intake` judges the product a recycler is handed, and a trader
// between them defeats it by processing the concentrate into "mixed compound" or "scrap", or by
// repacking it under a new lot id. This rule follows the material instead: every lot made from
// mineral products carries, by mass balance, the share of its rare earths that descends from them,
// until a separation enterprise separates it (the one legitimate way out of the mineral stage). A
// lot shipped to or received by a recycler whose share of mineral material passes the threshold is
// mineral material, whatever its label says.
import { productByCode } from '../../domain/products.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { formatShanghai, shanghaiMonth } from '../../domain/periods.ts';
import { eventRef, percent, productZh, share, tonnes, zhFrom } from '../evidence.ts';
import { elementGrams, LotMarks, pathThrough } from '../lot-marks.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = { mineralShareMin: 0.05 };

const MINERAL = 'mineral';

export const recyclerMineralAncestry: PeriodRule<typeof thresholds> = {
  id: 'recycler-mineral-ancestry',
  stage: 'period',
  title: { zh: '综合利用企业变相购入矿产品（经中间商加工或更名）', en: 'Recycler taking in mineral material under another name' },
  explanation: {
    zh: '发往或由综合利用企业接收的批次，其品名虽非矿产品，但按批次谱系（质量平衡）其稀土有相当比例来自原矿或精矿，且中途未经冶炼分离企业分离：矿产品经贸易商加工、更名或重新包装后流入回收企业。',
    en: 'A lot shipped to or received by a recycler whose product is not a mineral product, but whose rare earths, by lot lineage (mass balance), descend in good part from ore or concentrate that no separation enterprise separated on the way: mineral products passed to a recycler through a trader that processed, renamed or repacked them.',
  },
  severity: 'high',
  legalBasis: {
    zh: '稀土开采、冶炼分离总量控制指标下达通知：综合利用企业不得购买、加工稀土矿产品（原矿、精矿）；《稀土管理条例》（国务院令第785号）：非法交易（予以没收，并处违法所得5倍以上10倍以下罚款）',
    en: 'Quota notices under total quantity control: recycling enterprises may not buy or process mineral products (ore, concentrate); Rare Earth Management Regulations (State Council Order 785): illegal trade (confiscation and 5–10× the illegal income)',
  },
  thresholds,
  thresholdNotes: {
    mineralShareMin: 'share of the lot\'s element grams descending from unseparated ore or concentrate from which the alert is raised; honest recycler intake (scrap, end-of-life goods, residues of separation and smelting) holds none, so the threshold only leaves room for a trace blended in',
  },
  start({ registry }, t) {
    // A party's roles as the registry stood at the event: a separator that became a recycler (or
    // the reverse) is judged by what it was when it moved the material.
    const hasRole = (party: string, role: string, atMs: number) => registry.partyAt(party, atMs)?.roles.includes(role) === true;
    const marks = new LotMarks({
      // A separation enterprise turns mineral feed into separated products: the material leaves
      // the mineral stage there. A recycler's own processing is judged at its intake (here or by
      // recycler-mineral-intake), so what it makes is not judged again downstream.
      admit: (_made, scanned) => !hasRole(scanned.partyId, 'separator', scanned.timeMs) && !hasRole(scanned.partyId, 'recycler', scanned.timeMs),
      keep: () => true,
      shareMin: t.mineralShareMin,
      track: (made) => productByCode(made.product)?.mineral === true,
    });
    const found = new Map<string, Finding>();

    const judge = (scanned: ScannedEvent, lot: string, recycler: string, supplier: string, intake: 'received' | 'shipped', massGrams: number): void => {
      const mark = marks.get(lot)?.get(MINERAL);
      const product = marks.lot(lot)?.product;
      if (mark === undefined || product === undefined || productByCode(product)?.mineral === true || mark.share < t.mineralShareMin) return;
      const ref = eventRef(scanned.partyId, scanned.eventId);
      const existing = found.get(lot);
      if (existing !== undefined) {
        if (!existing.evidence.events.includes(ref)) existing.evidence.events.push(ref);
        return;
      }
      const path = [...mark.via, recycler];
      const action = intake === 'received' ? `received by recycler ${recycler}` : `shipped by ${supplier} to recycler ${recycler}`;
      found.set(lot, {
        ruleId: 'recycler-mineral-ancestry',
        key: lot,
        partyId: recycler,
        period: shanghaiMonth(scanned.timeMs),
        subject: lot,
        summary: `lot ${lot} declared as ${product} (${tonnes(massGrams)} t) ${action}: ${percent(mark.share)} of its rare earths descend from ${mark.product} lot ${mark.lot}, not separated on the way ${path.join(' → ')}`,
        evidence: {
          events: [mark.ref, ref], lots: [mark.lot, lot], thresholds: t, recycler, supplier, declaredProduct: product, mineralProduct: mark.product, mineralShare: share(mark.share, 1),
          mineralLot: mark.lot, mineralSince: formatShanghai(mark.sinceMs), path, tonnes: tonnes(massGrams), intake, mineralShareRatio: mark.share,
        },
      });
    };

    return {
      observe(scanned) {
        const { event } = scanned;
        if (event.kind === 'receive' && hasRole(scanned.partyId, 'recycler', scanned.timeMs)) {
          const lot = qualifyLotId(event.lot, scanned.partyId);
          judge(scanned, lot, scanned.partyId, marks.get(lot)?.get(MINERAL)?.via.at(-1) ?? '', 'received', event.massGrams);
        }
        marks.observe(scanned);
        const ref = eventRef(scanned.partyId, scanned.eventId);
        for (const flow of scanned.flows) {
          // A mineral lot is all mineral; one split from another keeps the path it came by.
          if (flow.direction === 1 && productByCode(flow.product)?.mineral === true && marks.get(flow.lotId)?.get(MINERAL)?.share !== 1) {
            marks.set(flow.lotId, MINERAL, { share: 1, sinceMs: scanned.timeMs, ref, lot: flow.lotId, product: flow.product, grams: elementGrams(flow.elements), via: [scanned.partyId] });
          }
        }
        if (event.kind !== 'ship') return;
        const moving = qualifyLotId(event.shipmentLot ?? event.lot, scanned.partyId);
        const mark = marks.get(moving)?.get(MINERAL);
        if (mark === undefined) return;
        marks.set(moving, MINERAL, { ...mark, via: pathThrough(mark.via, scanned.partyId) });
        if (hasRole(event.to, 'recycler', scanned.timeMs)) judge(scanned, moving, event.to, scanned.partyId, 'shipped', event.massGrams);
      },
      finish: () => [...found.values()],
    };
  },
  summaryZh: ({ subject, evidence }) => zhFrom(evidence, (e) => {
    const recycler = e.str('recycler');
    const intake = e.str('intake');
    const action = intake === 'received' ? `被综合利用企业 ${recycler} 接收` : `由 ${e.str('supplier')} 发运给综合利用企业 ${recycler}`;
    return `申报为${productZh(e.str('declaredProduct'))}的批次 ${subject}（${e.num('tonnes')} 吨）${action}：其稀土中有 ${percent(e.num('mineralShareRatio'))} 来自${productZh(e.str('mineralProduct'))}批次 ${e.str('mineralLot')}，途经 ${e.strs('path').join(' → ')} 均未经冶炼分离`;
  }),
};
