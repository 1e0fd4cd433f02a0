// Recycling enterprises may not buy or process mineral products (ore, concentrate): a recycler
// that takes them in turns mined material into "recycled" output outside the quota. Nor do mineral
// products go to anyone else who cannot separate them: only to separators, back to miners, and
// through traders; shipped to a magnet maker or a smelter they are on their way to a separation
// the books do not show.
import { productByCode } from '../../domain/products.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import { eventRef, productZh, tonnes, zhFrom } from '../evidence.ts';
import type { AppliedEvent, CaptureRule, DocumentFacts, Finding } from '../rule.ts';

const thresholds = { mineralGramsMin: 1 };

export const recyclerMineralIntake: CaptureRule<typeof thresholds> = {
  id: 'recycler-mineral-intake',
  stage: 'capture',
  title: { zh: '综合利用企业或无分离资质企业购入矿产品', en: 'Mineral products taken in by a recycler, or by a party that cannot separate them' },
  explanation: {
    zh: '综合利用（回收）企业接收、收购或加工稀土矿产品（原矿、精矿），或有企业向其发运矿产品；或矿产品发运给既非冶炼分离、开采企业，也非贸易、进出口企业的一方（如磁材、冶炼企业）。',
    en: 'A recycling enterprise receives, collects or processes rare earth mineral products (ore, concentrate), or an enterprise ships them to one; or mineral products are shipped to a party that neither separates, mines nor trades them (a magnet maker, a metal smelter).',
  },
  severity: 'high',
  legalBasis: {
    zh: '稀土开采、冶炼分离总量控制指标下达通知：综合利用企业不得购买、加工稀土矿产品（原矿、精矿）',
    en: 'Quota notices under total quantity control: recycling enterprises may not buy or process mineral products (ore, concentrate)',
  },
  thresholds,
  thresholdNotes: { mineralGramsMin: 'smallest mass of mineral product, in grams, that raises the alert' },
  check(facts, t) {
    const found = new Map<string, Finding>();
    // A recycler as the registry stood at the event's time.
    const isRecycler = (partyId: string, atMs: number) => facts.party(partyId, atMs)?.roles.includes('recycler') === true;
    const mayTakeMineral = (partyId: string, atMs: number) => (facts.party(partyId, atMs)?.roles ?? []).some((r) => MINERAL_TAKERS.has(r));
    for (const applied of facts.events) {
      const { event } = applied;
      const recorder = facts.recorder.id;
      if (event.kind === 'ship' && isRecycler(event.to, applied.timeMs)) {
        const lot = facts.lotBefore(qualifyLotId(event.lot, recorder));
        const shipped = event.shipmentLot === undefined ? qualifyLotId(event.lot, recorder) : qualifyLotId(event.shipmentLot, recorder);
        if (lot !== undefined && isMineral(lot.product) && event.massGrams >= t.mineralGramsMin) {
          add(found, applied, facts, { recycler: event.to, supplier: recorder, lot: shipped, product: lot.product, grams: event.massGrams, intake: 'shipped' }, t);
        }
      }
      if (event.kind === 'ship' && !isRecycler(event.to, applied.timeMs) && facts.party(event.to, applied.timeMs) !== undefined && !mayTakeMineral(event.to, applied.timeMs)) {
        const lot = facts.lotBefore(qualifyLotId(event.lot, recorder));
        const shipped = event.shipmentLot === undefined ? qualifyLotId(event.lot, recorder) : qualifyLotId(event.shipmentLot, recorder);
        if (lot !== undefined && isMineral(lot.product) && event.massGrams >= t.mineralGramsMin) {
          add(found, applied, facts, { recycler: event.to, supplier: recorder, lot: shipped, product: lot.product, grams: event.massGrams, intake: 'shipped-to-non-separator' }, t);
        }
      }
      if (!isRecycler(recorder, applied.timeMs)) continue;
      if (event.kind === 'receive' || event.kind === 'process') {
        for (const flow of applied.flows) {
          if (flow.direction !== -1 && event.kind === 'process') continue;
          const lot = facts.lotBefore(flow.lotId);
          if (lot === undefined || !isMineral(lot.product) || flow.massGrams < t.mineralGramsMin) continue;
          add(found, applied, facts, { recycler: recorder, supplier: lot.holderId, lot: flow.lotId, product: lot.product, grams: flow.massGrams, intake: event.kind === 'receive' ? 'received' : 'processed' }, t);
        }
      }
      if (event.kind === 'collect' && isMineral(event.lot.product) && event.lot.massGrams >= t.mineralGramsMin) {
        add(found, applied, facts, { recycler: recorder, supplier: event.supplier.name, lot: qualifyLotId(event.lot.id, recorder), product: event.lot.product, grams: event.lot.massGrams, intake: 'collected' }, t);
      }
    }
    return [...found.values()];
  },
  summaryZh: ({ evidence }) => zhFrom(evidence, (e) => {
    const mineral = `${e.num('tonnes')} 吨矿产品${productZh(e.str('product'))}`;
    const lot = `（批次 ${e.strs('lots')[0]}）`;
    const intake = e.str('intake');
    if (intake === 'shipped') return `${mineral}发运给综合利用企业 ${e.str('recycler')}${lot}`;
    if (intake === 'shipped-to-non-separator') return `${mineral}发运给既不从事冶炼分离、开采，也不从事贸易的 ${e.str('receiver')}${lot}`;
    const verb = ({ received: '接收了', processed: '加工了', collected: '收集了' } as Record<string, string>)[intake];
    return verb === undefined ? undefined : `综合利用企业 ${e.str('recycler')} ${verb} ${mineral}${lot}`;
  }),
};

/** How the mineral product reached the recycler, the words its summary states it in. */
type Intake = 'shipped' | 'shipped-to-non-separator' | 'received' | 'processed' | 'collected';

/** Roles that may take mineral products in: to separate them, to mine (a return), to trade them. */
const MINERAL_TAKERS: ReadonlySet<string> = new Set(['separator', 'miner', 'trader', 'importer', 'exporter']);

function isMineral(product: string): boolean {
  return productByCode(product)?.mineral === true;
}

function add(
  found: Map<string, Finding>,
  applied: AppliedEvent,
  facts: DocumentFacts,
  what: { recycler: string; supplier: string; lot: string; product: string; grams: number; intake: Intake },
  t: typeof thresholds,
): void {
  const ref = eventRef(facts.recorder.id, applied.event.id);
  const existing = found.get(what.lot);
  if (existing !== undefined) {
    if (!existing.evidence.events.includes(ref)) existing.evidence.events.push(ref);
    return;
  }
  found.set(what.lot, {
    ruleId: 'recycler-mineral-intake',
    key: what.lot,
    partyId: what.recycler,
    period: shanghaiMonth(applied.timeMs),
    subject: what.lot,
    summary: `${tonnes(what.grams)} t of mineral product ${what.product} ${what.intake === 'shipped' ? `shipped to recycler ${what.recycler}` : what.intake === 'shipped-to-non-separator' ? `shipped to ${what.recycler}, which neither separates, mines nor trades mineral products` : what.intake} (lot ${what.lot})`,
    evidence: {
      events: [ref], lots: [what.lot], thresholds: t, product: what.product, tonnes: tonnes(what.grams), supplier: what.supplier, intake: what.intake,
      ...(what.intake === 'shipped-to-non-separator' ? { receiver: what.recycler } : { recycler: what.recycler }),
    },
    at: { event: applied.index, field: `${applied.prefix}lot` },
    seq: applied.seq,
  });
}
