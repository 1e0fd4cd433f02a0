// A registered party that closes must first empty its books: whatever it still holds when its
// registration ends leaves the traced chain with it, unrecorded (a shell company that buys a
// controlled oxide, lets it go across a border and closes). A deregistered party may record nothing
// it does after its deregistration, so stock it sells afterwards can only be booked by dating the
// sale before it: a shipment dated in its last registered days that its buyer receives long after
// the closure is that sale.
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { DAY_MS, formatShanghai, shanghaiMonth } from '../../domain/periods.ts';
import { bounded, eventRef, tonnes, zhFrom } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

const thresholds = { heldKgMin: 10, closingTransitDaysMax: 7 };

/** A lot a party that is now deregistered holds: what is left of it, and the last event that moved it. */
interface Holding {
  holder: string;
  grams: number;
  lastRef: string;
}

/** A shipment by a party that is now deregistered, dated before its deregistration. */
interface ClosingShipment {
  ref: string;
  shipper: string;
  shippedMs: number;
  massGrams: number;
}

export const stockAtDeregistration: PeriodRule<typeof thresholds> = {
  id: 'stock-at-deregistration',
  stage: 'period',
  title: { zh: '注销时仍有库存（或注销后倒签出货）', en: 'Stock held at deregistration, or sold after it and dated before' },
  explanation: {
    zh: '企业注销登记时，其账上仍有未发运、未出口、未交付、未处置的稀土产品：这部分产品随注销离开了追溯体系，去向不明（如空壳公司购入受管制氧化物后走私出境再注销）。注销后企业不得再登记其行为，注销后卖出的存货只能倒签到注销之前：注销前最后几天发运、而买方在注销后远超正常运输时间才收货的，即属此类。',
    en: 'A party deregistered while its books still hold rare earth products it never shipped, exported, delivered or disposed of: that stock left the traced chain with the closure, to no one on record (a shell company that buys a controlled oxide, lets it go across a border and closes). A deregistered party may record nothing it does after its deregistration, so stock sold afterwards can only be booked by dating the sale before it: a shipment dated before the deregistration that its buyer receives long after it, beyond any ordinary transit.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土生产经营企业应当建立稀土产品流向记录制度，如实记录并录入国家稀土产品追溯信息系统；禁止收购、销售非法稀土产品',
    en: 'Rare Earth Management Regulations (State Council Order 785): rare earth enterprises keep a product-flow record, truthfully, in the national traceability system; buying or selling illegal rare earth products is prohibited',
  },
  thresholds,
  thresholdNotes: {
    heldKgMin: 'kg of a lot left at deregistration below which it is rounding and weighing, not stock (a judgement)',
    closingTransitDaysMax: 'days after a shipment dated before its shipper\'s deregistration within which an ordinary domestic delivery arrives; a receipt later than that, and after the deregistration, says the sale was made after it (a judgement: road freight across China takes 1–4 days)',
  },
  start({ registry }, t) {
    const closedAt = new Map<string, number>();
    for (const id of registry.parties.keys()) {
      const from = registry.deregisteredFromMs(id);
      if (from !== undefined) closedAt.set(id, from);
    }
    const holdings = new Map<string, Holding>();
    const closing = new Map<string, ClosingShipment>();
    const late: Finding[] = [];
    return {
      observe(scanned) {
        if (closedAt.size === 0) return;
        const { event, partyId } = scanned;
        const ref = eventRef(partyId, scanned.eventId);
        if (event.kind === 'receive') {
          const lot = qualifyLotId(event.lot, partyId);
          const sent = closing.get(lot);
          closing.delete(lot);
          const closedMs = sent === undefined ? undefined : closedAt.get(sent.shipper);
          if (sent !== undefined && closedMs !== undefined && scanned.timeMs > closedMs && scanned.timeMs - sent.shippedMs > t.closingTransitDaysMax * DAY_MS) {
            const days = Math.floor((scanned.timeMs - sent.shippedMs) / DAY_MS);
            late.push({
              ruleId: 'stock-at-deregistration', key: `${sent.ref}:after-closure`, partyId: sent.shipper, period: shanghaiMonth(sent.shippedMs), subject: lot,
              summary: `lot ${lot} (${tonnes(sent.massGrams)} t), shipped by ${sent.shipper} on ${formatShanghai(sent.shippedMs)}, before its deregistration on ${formatShanghai(closedMs)}, was received by ${partyId} ${days} days later, on ${formatShanghai(scanned.timeMs)}: a sale made after the closure, dated before it`,
              evidence: {
                events: [sent.ref, ref], lots: [lot], thresholds: t, problem: 'shipped before deregistration, received long after', receiver: partyId, tonnes: tonnes(sent.massGrams),
                shippedAt: formatShanghai(sent.shippedMs), deregisteredAt: formatShanghai(closedMs), receivedAt: formatShanghai(scanned.timeMs), daysInTransit: days,
              },
            });
          }
          if (closedAt.has(partyId)) holdings.set(lot, { holder: partyId, grams: event.massGrams, lastRef: ref });
          return;
        }
        if (!closedAt.has(partyId)) return;
        if (event.kind === 'ship') {
          const moving = qualifyLotId(event.shipmentLot ?? event.lot, partyId);
          if (scanned.timeMs < closedAt.get(partyId)!) closing.set(moving, { ref, shipper: partyId, shippedMs: scanned.timeMs, massGrams: event.massGrams });
          if (event.shipmentLot === undefined) {
            holdings.delete(moving);
            return;
          }
        }
        for (const flow of scanned.flows) {
          // A shipment's split-off part is on its way to the buyer, not in the shipper's store.
          if (event.kind === 'ship' && flow.direction === 1) continue;
          const holding = holdings.get(flow.lotId) ?? { holder: partyId, grams: 0, lastRef: ref };
          holding.grams += flow.direction * flow.massGrams;
          holding.lastRef = ref;
          if (holding.grams <= 0) holdings.delete(flow.lotId);
          else holdings.set(flow.lotId, holding);
        }
      },
      finish() {
        const byParty = new Map<string, [string, Holding][]>();
        for (const [lot, holding] of holdings) {
          if (holding.grams < t.heldKgMin * 1000) continue;
          byParty.set(holding.holder, [...(byParty.get(holding.holder) ?? []), [lot, holding]]);
        }
        const held = [...byParty].map(([party, lots]): Finding => {
          const closedMs = closedAt.get(party)!;
          const grams = lots.reduce((sum, [, h]) => sum + h.grams, 0);
          const names = lots.map(([lot]) => lot);
          return {
            ruleId: 'stock-at-deregistration', key: `${party}:held`, partyId: party, period: shanghaiMonth(closedMs), subject: names[0]!,
            summary: `${party} was deregistered on ${formatShanghai(closedMs)} holding ${tonnes(grams)} t in ${lots.length} lot(s) (${names.slice(0, 5).join(', ')}${lots.length > 5 ? ', …' : ''}) that it never shipped, exported, delivered or disposed of: stock that left the traced chain with the closure`,
            evidence: {
              events: bounded(lots.map(([, h]) => h.lastRef)), lots: bounded(names), thresholds: t, problem: 'stock held at deregistration',
              deregisteredAt: formatShanghai(closedMs), heldTonnes: tonnes(grams), lotCount: lots.length,
            },
          };
        });
        return [...held, ...late];
      },
    };
  },
  summaryZh: ({ subject, partyId, evidence }) => zhFrom(evidence, (e) => {
    if (e.str('problem') === 'stock held at deregistration') {
      const lots = e.strs('lots');
      return `${partyId} 于 ${e.str('deregisteredAt')} 注销时仍持有 ${e.num('lotCount')} 个批次共 ${e.num('heldTonnes')} 吨（${lots.slice(0, 5).join('、')}${e.num('lotCount') > 5 ? ' 等' : ''}），从未发运、出口、交付或处置：这些库存随注销离开了追溯体系`;
    }
    return `批次 ${subject}（${e.num('tonnes')} 吨）由 ${partyId} 于 ${e.str('shippedAt')} 发运，早于其 ${e.str('deregisteredAt')} 注销，而 ${e.str('receiver')} 在 ${e.num('daysInTransit')} 天后（${e.str('receivedAt')}）才收货：注销后卖出、倒签到注销之前的销售`;
  }),
};
