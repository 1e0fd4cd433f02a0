// The chain's end, judged by what a final user can be. A delivery takes material out of the traced
// chain for good, so it is the door a diverter would use: a final user that cannot use what it is
// sold (dysprosium oxide to a wind-turbine maker, which buys magnets) is no final user, and
// material that comes back from one as end-of-life scrap within its service life (new magnets
// "dismantled" days after delivery) never reached its use: it was laundered as recycled content,
// which the EU magnet buyers' disclosure rewards. Nor is a trading house a final user, nor a
// company in a bonded zone, where goods enter as if abroad: its registered name says so.
import { END_USE_SECTOR_NAMES, MAGNET_ELEMENT_DOPANT_SECTORS, MAGNET_ELEMENTS, NOT_A_FINAL_USER_NAME, SECTOR_CONSUMES, SECTOR_ELEMENTS, type EndUseSector } from '../../domain/end-use.ts';
import { CATEGORY_NAMES, productByCode, type ProductCategory } from '../../domain/products.ts';
import { formatShanghai, shanghaiDay, shanghaiMonth, DAY_MS } from '../../domain/periods.ts';
import { eventRef, productZh, tonnes, zhFrom } from '../evidence.ts';
import { exportControlsFor } from '../../domain/export-controls.ts';
import { carriedElements } from '../../domain/product-fit.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = { serviceDaysMin: 365, dopantTonnesMax: 2, supplierHeldShareMin: 0.5 };

/** Forms in which a dopant sector takes the magnet elements. */
const DOPANT_FORMS: ReadonlySet<string> = new Set(['oxide', 'salt', 'metal']);

/** What a scrap falls from: the product categories its producer must have held before it could
 * make it (swarf and off-cuts fall from working metal, strip and magnets; spent powder from powder;
 * an end-of-life motor from the magnets in it). */
const SCRAP_SOURCES: Readonly<Record<string, readonly ProductCategory[]>> = {
  'scrap-ndfeb-solid': ['metal', 'alloy', 'magnet'],
  'scrap-ndfeb-swarf': ['metal', 'alloy', 'magnet'],
  'scrap-smco': ['metal', 'alloy', 'magnet'],
  'scrap-re-metal': ['metal', 'alloy', 'hydrogen-storage-alloy', 'magnet'],
  'scrap-polishing-powder': ['polishing-powder'],
  'eol-motor': ['magnet'],
  'eol-ndfeb-magnets': ['magnet'],
  'eol-hdd': ['magnet'],
  'eol-consumer-electronics': ['magnet', 'phosphor'],
  'eol-nimh-battery': ['hydrogen-storage-alloy'],
  'eol-lamp-phosphor': ['phosphor'],
};

/** A collection naming a registered party of the chain as the scrap's supplier. */
interface Collection {
  scanned: ScannedEvent;
  ref: string;
  supplierId: string;
  supplierName: string;
  lot: string;
  product: string;
  grams: number;
}

/** Each party's books through time, as far as a collection from it needs them: the mass each
 * party held of each lot at any time, and when it first held each product. */
class Books {
  readonly #products = new Map<string, string>();
  readonly #grams = new Map<string, number>();
  /** Lots in transit: made by a shipment, held by nobody until received. */
  readonly #shipments = new Set<string>();
  /** When a lot left its holder whole, by a shipment of the lot itself. */
  readonly #leftMs = new Map<string, number>();
  /** By party: each change to its books, a lot's grams in or out at a time. */
  readonly #changes = new Map<string, { lot: string; timeMs: number; grams: number }[]>();

  #change(party: string, lot: string, timeMs: number, grams: number): void {
    const list = this.#changes.get(party);
    if (list === undefined) this.#changes.set(party, [{ lot, timeMs, grams }]);
    else list.push({ lot, timeMs, grams });
  }

  observe({ event, partyId, timeMs, flows }: ScannedEvent): void {
    if (event.kind === 'ship') {
      if (event.shipmentLot !== undefined) this.#shipments.add(qualifyLotId(event.shipmentLot, partyId));
      else this.#leftMs.set(qualifyLotId(event.lot, partyId), timeMs);
    }
    if (event.kind === 'receive') {
      const lot = qualifyLotId(event.lot, partyId);
      this.#change(partyId, lot, timeMs, this.#grams.get(lot) ?? 0);
    }
    for (const flow of flows) {
      if (!this.#products.has(flow.lotId)) this.#products.set(flow.lotId, flow.product);
      this.#grams.set(flow.lotId, (this.#grams.get(flow.lotId) ?? 0) + flow.direction * flow.massGrams);
      if (!this.#shipments.has(flow.lotId)) this.#change(partyId, flow.lotId, timeMs, flow.direction * flow.massGrams);
    }
  }

  /** Grams of `product` on `party`'s books at `atMs`. */
  held(party: string, product: string, atMs: number): number {
    let grams = 0;
    for (const change of this.#changes.get(party) ?? []) {
      if (change.timeMs > atMs || this.#products.get(change.lot) !== product) continue;
      const left = this.#leftMs.get(change.lot);
      if (left === undefined || left > atMs) grams += change.grams;
    }
    return grams;
  }

  /** The first time `party` held a lot of one of `categories`, if it ever did. */
  firstHeld(party: string, categories: readonly ProductCategory[]): { timeMs: number; lot: string } | undefined {
    let first: { timeMs: number; lot: string } | undefined;
    for (const change of this.#changes.get(party) ?? []) {
      if (change.grams <= 0 || (first !== undefined && change.timeMs >= first.timeMs)) continue;
      const category = productByCode(this.#products.get(change.lot) ?? '')?.category;
      if (category !== undefined && categories.includes(category)) first = { timeMs: change.timeMs, lot: change.lot };
    }
    return first;
  }
}

/** Collections from registered parties whose books say the scrap was not theirs to give: they
 * still hold it (it is counted twice), or they held nothing it could fall from before it was collected. */
function collectedFromRegistered(collections: readonly Collection[], books: Books, t: typeof thresholds): Finding[] {
  const findings: Finding[] = [];
  for (const c of collections) {
    const common = {
      ruleId: 'final-user', key: `${c.ref}:collected-from-registered`, partyId: c.scanned.partyId, period: shanghaiMonth(c.scanned.timeMs), subject: c.lot,
    };
    const facts = { product: c.product, tonnes: tonnes(c.grams), supplier: c.supplierName, supplierId: c.supplierId, collectedAt: formatShanghai(c.scanned.timeMs) };
    const held = books.held(c.supplierId, c.product, c.scanned.timeMs);
    if (held >= t.supplierHeldShareMin * c.grams) {
      findings.push({
        ...common,
        summary: `${tonnes(c.grams)} t of ${c.product} collected from ${c.supplierName} (${c.supplierId}), a registered party whose own books held ${tonnes(held)} t of ${c.product} at the time (${formatShanghai(c.scanned.timeMs)}) and recorded no shipment of it: the same scrap counted twice, or another's given its name`,
        evidence: { events: [c.ref], lots: [c.lot], parties: [c.scanned.partyId, c.supplierId], thresholds: t, problem: 'collected from a registered party that still holds it', ...facts, supplierHeldTonnes: tonnes(held) },
      });
      continue;
    }
    const sources = SCRAP_SOURCES[c.product];
    if (sources === undefined) continue;
    const first = books.firstHeld(c.supplierId, sources);
    if (first !== undefined && first.timeMs <= c.scanned.timeMs) continue;
    findings.push({
      ...common,
      summary: `${tonnes(c.grams)} t of ${c.product} collected from ${c.supplierName} (${c.supplierId}), a registered party whose books held no ${sources.join(', ')} it could have fallen from before ${formatShanghai(c.scanned.timeMs)}${first === undefined ? '' : ` (its first, lot ${first.lot}, on ${formatShanghai(first.timeMs)})`}: scrap of a producer that had nothing to make it from`,
      evidence: {
        events: [c.ref], lots: [c.lot, ...(first === undefined ? [] : [first.lot])], parties: [c.scanned.partyId, c.supplierId], thresholds: t,
        problem: 'collected from a registered party that had nothing to make it from', ...facts, sourceCategories: [...sources], supplierFirstSourceAt: first === undefined ? null : formatShanghai(first.timeMs), supplierFirstSourceLot: first?.lot ?? null,
      },
    });
  }
  return findings;
}

interface Delivery {
  ref: string;
  lot: string;
  product: string;
  timeMs: number;
  grams: number;
}

export const finalUser: PeriodRule<typeof thresholds> = {
  id: 'final-user',
  stage: 'period',
  title: { zh: '交付的终端用户并非真实用户', en: 'Delivery to a final user that is not one' },
  explanation: {
    zh: '交付终端用户意味着物料永久离开追溯体系：“终端用户”的登记名称表明其为贸易企业或位于保税区，终端用户所在行业不使用所交付的产品（如向风电整机厂交付氧化镝，风电整机厂只采购磁体），交付后在产品使用寿命内又以报废产品名义从该用户回收，向仅将磁材元素用作掺杂剂的行业交付超量镨钕铽镝，或向无统一社会信用代码、无法识别的终端用户交付出口管制物项，均提示物料并未到达最终用途，而是被转移或被洗白为再生料。从登记企业“收集”的废料，须是该企业此前持有的金属、合金、磁体等产品所能产生的，且不得是其账上仍有的废料：登记企业账上的物料只能以其发运离开其账目。',
    en: 'A delivery takes material out of the traced chain for good: a "final user" whose registered name says it is a trading house or sits in a bonded zone, a final user whose sector does not use what it was sold (dysprosium oxide to a wind-turbine maker, which buys magnets), material collected back from that user as end-of-life scrap within its service life, more of the magnet elements than a dopant user takes, or an item under export control delivered to a final user the record cannot identify (no credit code), shows the material never reached its use: it was diverted, or laundered as recycled content. Scrap collected from a registered party of the chain must fall from what that party held before (metal, alloy and magnets for magnet scrap), and must not be scrap its own books still hold: what is on a registered party\'s books leaves them only by its shipment.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：稀土产品流向记录，非法交易；欧盟《关键原材料法》（Regulation (EU) 2024/1252）第28条：永磁体再生料含量披露',
    en: 'Rare Earth Management Regulations (State Council Order 785): product-flow records, illegal trade; EU Critical Raw Materials Act (Regulation (EU) 2024/1252) Art. 28: recycled-content disclosure for permanent magnets',
  },
  thresholds,
  thresholdNotes: {
    dopantTonnesMax: 'largest mass of the magnet elements (Pr, Nd, Tb, Dy), in tonnes of element, one final user in glass and ceramics, lighting and displays or electronics may be delivered as oxide, salt or metal in a calendar year: those sectors dose them as colourants and dopants, by the hundred kilograms; a judgement (shared/DOMAIN.md gives no per-user figure)',
    supplierHeldShareMin: 'share of a collection\'s mass that its registered supplier\'s books still hold, as the same product, at the collection\'s time, from which the collection counts that scrap twice: it must leave those books by the supplier\'s shipment (a judgement: half, so that a stock difference is no finding)',
    serviceDaysMin: 'days after a delivery within which the same customer cannot be the source of end-of-life scrap: magnets in motors and turbines serve ten years and more; a year is the least any end of life could follow (judgement)',
  },
  start({ registry }, t) {
    const deliveredTo = new Map<string, Delivery[]>();
    const dosed = new Map<string, { grams: number; refs: string[]; lots: string[]; flagged: boolean }>();
    const findings: Finding[] = [];
    const fromRegistered: Collection[] = [];
    const books = new Books();
    return {
      observe(scanned) {
        books.observe(scanned);
        const { event } = scanned;
        const ref = eventRef(scanned.partyId, scanned.eventId);
        if (event.kind === 'deliver') {
          const flow = scanned.flows.find((f) => f.direction === -1);
          const product = flow?.product ?? '';
          const category = productByCode(product)?.category;
          if (event.customer.id !== undefined) {
            const list = deliveredTo.get(event.customer.id) ?? [];
            list.push({ ref, lot: flow?.lotId ?? event.lot, product, timeMs: scanned.timeMs, grams: event.massGrams });
            deliveredTo.set(event.customer.id, list);
          }
          const customer = `${event.customer.name}${event.customer.id === undefined ? '' : ` (${event.customer.id})`}`;
          const common = {
            events: [ref], lots: [flow?.lotId ?? event.lot], parties: [scanned.partyId, ...(event.customer.id === undefined ? [] : [event.customer.id])], thresholds: t,
            customerId: event.customer.id ?? null,
          };
          // The dual-use end-user principle at home: an item under export control leaves the chain
          // only to a final user the record identifies (its credit code, as its VAT invoice bears);
          // to a name alone, it has gone nobody can say where.
          if (event.customer.id === undefined && flow !== undefined) {
            const carried = carriedElements(flow.elements);
            const controls = exportControlsFor(product, carried, shanghaiDay(scanned.timeMs));
            const controlled = carried.filter((e) => controls.some((c) => c.elements === undefined || c.elements.includes(e)));
            if (controls.length > 0) {
              findings.push({
                ruleId: 'final-user', key: `${ref}:unidentified`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: flow.lotId,
                summary: `${tonnes(event.massGrams)} t of ${product}${controlled.length > 0 ? ` (${controlled.join(', ')})` : ''}, an item under export control, delivered to ${customer}, a final user the record names without a credit code: a controlled item leaves the chain only to a final user that can be identified`,
                evidence: { ...common, problem: 'an unidentified final user', product, customer: event.customer.name, tonnes: tonnes(event.massGrams), controlledElements: controlled, controls: controls.map((c) => c.id) },
              });
              return;
            }
          }
          if (NOT_A_FINAL_USER_NAME.test(event.customer.name)) {
            findings.push({
              ruleId: 'final-user', key: `${ref}:trader`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: flow?.lotId ?? event.lot,
              summary: `${tonnes(event.massGrams)} t of ${product} delivered as to a final user to ${customer}, whose registered name says it trades or sits in a bonded zone: a trading house makes nothing, and goods entering a bonded zone leave the country`,
              evidence: { ...common, problem: 'a trader or a bonded zone', product, customer: event.customer.name, tonnes: tonnes(event.massGrams) },
            });
            return;
          }
          if (event.sector === 'other' || category === undefined) return;
          const consumes = SECTOR_CONSUMES[event.sector];
          // A separated product carries its elements by name: terbium oxide is no ladle addition.
          const sectorElements = SECTOR_ELEMENTS[event.sector];
          const unused = sectorElements === undefined || flow === undefined || !DOPANT_FORMS.has(category) ? [] : carriedElements(flow.elements).filter((e) => !sectorElements.includes(e));
          if (consumes.includes(category) && unused.length > 0) {
            findings.push({
              ruleId: 'final-user', key: `${ref}:elements`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: flow!.lotId,
              summary: `${tonnes(event.massGrams)} t of ${product} delivered to ${customer} as a final user in ${event.sector}, which takes ${sectorElements!.join(', ')} and no ${unused.join(', ')}`,
              evidence: {
                ...common, problem: 'an element its sector does not use', product, category, sector: event.sector, sectorElements: [...sectorElements!], unusedElements: unused,
                customer: event.customer.name, tonnes: tonnes(event.massGrams),
              },
            });
            return;
          }
          if (consumes.includes(category)) {
            if (!MAGNET_ELEMENT_DOPANT_SECTORS.has(event.sector) || !DOPANT_FORMS.has(category) || flow === undefined) return;
            const grams = MAGNET_ELEMENTS.reduce((sum, e) => sum + (flow.elements[e] ?? 0), 0);
            if (grams === 0) return;
            const year = shanghaiMonth(scanned.timeMs).slice(0, 4);
            const key = `${(event.customer.id ?? event.customer.name).toUpperCase()}:${year}`;
            const tally = dosed.get(key) ?? { grams: 0, refs: [], lots: [], flagged: false };
            dosed.set(key, tally);
            tally.grams += grams;
            tally.refs.push(ref);
            tally.lots.push(flow.lotId);
            if (tally.flagged || tally.grams <= t.dopantTonnesMax * 1e6) return;
            tally.flagged = true;
            findings.push({
              ruleId: 'final-user', key: `${key}:dose`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: flow.lotId,
              summary: `${tonnes(tally.grams)} t of ${MAGNET_ELEMENTS.join(', ')} delivered in ${year} as ${category} to ${customer}, a final user in ${event.sector}, which uses them only as colourants and dopants (at most ${t.dopantTonnesMax} t a year): a magnet plant's feed leaving the chain as a user's`,
              evidence: {
                ...common, events: [...new Set(tally.refs)], lots: [...new Set(tally.lots)],
                problem: 'more than its sector doses', product, category, sector: event.sector, customer: event.customer.name, year: Number(year), elementTonnes: tonnes(tally.grams),
              },
            });
            return;
          }
          findings.push({
            ruleId: 'final-user', key: `${ref}:sector`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: flow?.lotId ?? event.lot,
            summary: `${tonnes(event.massGrams)} t of ${product} (${category}) delivered to ${customer} as a final user in ${event.sector}, a sector that uses ${consumes.join(', ')}, not ${category}`,
            evidence: {
              ...common,
              problem: 'not used by its sector', product, category, sector: event.sector, sectorUses: consumes, customer: event.customer.name, tonnes: tonnes(event.massGrams),
            },
          });
          return;
        }
        if (event.kind !== 'collect' || event.supplier.id === undefined) return;
        const supplierId = event.supplier.id.toUpperCase();
        // Scrap from a party of the regulated chain falls from what that party made or held; if
        // its books hold the scrap itself, that scrap leaves them only by its own shipment.
        if (registry.parties.has(supplierId) && supplierId !== scanned.partyId) {
          fromRegistered.push({ scanned, ref, supplierId, supplierName: event.supplier.name, lot: scanned.flows.find((f) => f.direction === 1)?.lotId ?? event.lot.id, product: event.lot.product, grams: event.lot.massGrams });
          return;
        }
        if (productByCode(event.lot.product)?.category !== 'scrap-post-consumer') return;
        const recent = (deliveredTo.get(event.supplier.id.toUpperCase()) ?? []).filter((d) => d.timeMs <= scanned.timeMs && scanned.timeMs - d.timeMs < t.serviceDaysMin * DAY_MS);
        if (recent.length === 0) return;
        const last = recent[recent.length - 1]!;
        const days = Math.floor((scanned.timeMs - last.timeMs) / DAY_MS);
        const lot = scanned.flows.find((f) => f.direction === 1)?.lotId ?? event.lot.id;
        findings.push({
          ruleId: 'final-user', key: `${ref}:returned`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: lot,
          summary: `${tonnes(event.lot.massGrams)} t of ${event.lot.product} collected from ${event.supplier.name} (${event.supplier.id}), which was delivered ${tonnes(last.grams)} t of ${last.product} as a final user ${days} days before (${last.ref}, ${formatShanghai(last.timeMs)}): end of life within ${t.serviceDaysMin} days of delivery`,
          evidence: {
            events: [...new Set([...recent.map((d) => d.ref), ref])], lots: [...new Set([...recent.map((d) => d.lot), lot])], parties: [scanned.partyId, event.supplier.id], thresholds: t,
            problem: 'back as end-of-life scrap', product: event.lot.product, tonnes: tonnes(event.lot.massGrams), supplier: event.supplier.name, supplierId: event.supplier.id,
            deliveredProduct: last.product, deliveredTonnes: tonnes(last.grams), deliveredAt: formatShanghai(last.timeMs), deliveredBy: last.ref, daysAfter: days,
          },
        });
      },
      finish: () => [...findings, ...collectedFromRegistered(fromRegistered, books, t)],
    };
  },
  summaryZh: ({ evidence }) => zhFrom(evidence, (e) => {
    const id = e.opt('customerId');
    const customer = `${e.opt('customer') ?? ''}${typeof id === 'string' ? `（${id}）` : ''}`;
    if (e.str('problem') === 'a trader or a bonded zone') {
      return `以交付终端用户的名义向 ${customer} 交付 ${e.num('tonnes')} 吨${productZh(e.str('product'))}，而其登记名称表明它是贸易企业或位于保税区：贸易企业不使用稀土产品，进入保税区的货物视同出境`;
    }
    if (e.str('problem') === 'collected from a registered party that still holds it') {
      return `${e.str('collectedAt')} 从登记企业 ${e.str('supplier')}（${e.str('supplierId')}）收集 ${e.num('tonnes')} 吨${productZh(e.str('product'))}，而该企业账上当时仍有 ${e.num('supplierHeldTonnes')} 吨同一产品、且未登记发运：同一批废料被重复计算，或他人废料冒用其名`;
    }
    if (e.str('problem') === 'collected from a registered party that had nothing to make it from') {
      const categories = e.strs('sourceCategories').map((c) => CATEGORY_NAMES[c as keyof typeof CATEGORY_NAMES]?.[0] ?? c).join('、');
      const first = e.opt('supplierFirstSourceAt');
      return `${e.str('collectedAt')} 从登记企业 ${e.str('supplier')}（${e.str('supplierId')}）收集 ${e.num('tonnes')} 吨${productZh(e.str('product'))}，而该企业在此之前账上没有可产生此类废料的${categories}${typeof first === 'string' ? `（其首批为 ${String(e.opt('supplierFirstSourceLot'))} 批次，时间 ${first}）` : ''}：废料的“产生企业”无从产生它`;
    }
    if (e.str('problem') === 'an unidentified final user') {
      const elements = e.strs('controlledElements');
      return `向未注明统一社会信用代码的终端用户 ${customer} 交付 ${e.num('tonnes')} 吨${productZh(e.str('product'))}${elements.length > 0 ? `（${elements.join('、')}）` : ''}，该物项属出口管制物项：管制物项只能交付可识别的终端用户`;
    }
    if (e.str('problem') === 'more than its sector doses') {
      const sector = END_USE_SECTOR_NAMES[e.str('sector') as EndUseSector]?.zh ?? e.str('sector');
      return `${e.num('year')} 年以${CATEGORY_NAMES[e.str('category') as keyof typeof CATEGORY_NAMES]?.[0] ?? e.str('category')}形式向${sector}行业的终端用户 ${customer} 交付镨、钕、铽、镝共 ${e.num('elementTonnes')} 吨，而该行业仅将其用作着色剂和掺杂剂（每年至多 ${e.at('thresholds').num('dopantTonnesMax')} 吨）：磁材企业的原料以终端用户的名义离开追溯体系`;
    }
    if (e.str('problem') === 'an element its sector does not use') {
      const sector = END_USE_SECTOR_NAMES[e.str('sector') as EndUseSector]?.zh ?? e.str('sector');
      return `向${sector}行业的终端用户 ${customer} 交付 ${e.num('tonnes')} 吨${productZh(e.str('product'))}，而该行业使用的稀土为 ${e.strs('sectorElements').join('、')}，不使用 ${e.strs('unusedElements').join('、')}`;
    }
    if (e.str('problem') === 'not used by its sector') {
      const sector = END_USE_SECTOR_NAMES[e.str('sector') as EndUseSector]?.zh ?? e.str('sector');
      const uses = e.strs('sectorUses').map((c) => CATEGORY_NAMES[c as keyof typeof CATEGORY_NAMES]?.[0] ?? c).join('、');
      return `向${sector}行业的终端用户 ${customer} 交付 ${e.num('tonnes')} 吨${productZh(e.str('product'))}，而该行业使用的是${uses}，不使用此类产品`;
    }
    return `从 ${e.str('supplier')}（${e.str('supplierId')}）回收 ${e.num('tonnes')} 吨${productZh(e.str('product'))}，而该用户 ${e.num('daysAfter')} 天前（${e.str('deliveredAt')}）刚作为终端用户收到 ${e.num('deliveredTonnes')} 吨${productZh(e.str('deliveredProduct'))}（${e.str('deliveredBy')}）：交付后 ${e.at('thresholds').num('serviceDaysMin')} 天内即报废`;
  }),
};
