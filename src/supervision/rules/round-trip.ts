// Material that comes back to a party it left: closure of the chain (DESIGN.md, "Rules"). Judged
// by lineage, not by one leg: the material is marked with its party when it is shipped away, the
// mark follows it through any number of hops, splits, repacks under new ids and processes (mass
// balance), and a shipment that carries the mark back to that party within the window is a round
// trip: a carousel that inflates turnover and invoices, toll processing (feed sent to a plant and
// its products taken back, which the quota notices ban), or a lot's origin laundered on the way.
// Export and re-import are one more hop: an import of material like an export to that country,
// by the exporter or its group, brings the export back; an import that matches another party's
// export carries that party's mark on, and is itself the export come back when it is nearly the
// whole of it, soon after (the "one-day tour": goods cleared out and straight back in, so that
// traced domestic material re-enters as an import and the export's books close).
//
// Material made into scrap or residue leaves the product chain: returning it (off-cuts to the
// alloy supplier, slag to a recycler that sells the recovered oxide back) is the recycling loop
// the chain is meant to close, so the marks stop there.
//
// A buyer that sends a delivery, or part of it, straight back to the party that shipped it,
// unchanged and soon after (an off-spec lot, a truck booked to the wrong customer, a quality
// claim), undoes a sale: no other party, no other lot, no other form, nothing laundered. Such a
// direct return is not a round trip; it only takes what came back off what left, for the toll
// processing test. It must be the receiver's own lot of that shipment (not repacked or processed,
// not passed through anyone), at most `directReturnShareMax` of it in all (the whole lot: a buyer
// may reject a whole delivery, Civil Code Art. 620–621; a receiver that only trades, at most
// `tradedReturnShareMax`: a wash trade between traders is a whole lot there and back), within
// `directReturnDaysMax`, and not itself a return sent back again: a repacked lot, a third party or
// a ping-pong of returns are judged as before. An export is another matter: its exporter taking back more than
// `exportReturnShareMax` of it is the export-and-re-import carousel (an export rebate claimed on
// goods that never left for good).
import { carriedElements, distributionDistance } from '../../domain/product-fit.ts';
import type { Composition } from '../../domain/composition.ts';
import { CHAIN_STAGES, productByCode, type ProductCategory } from '../../domain/products.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { formatShanghai, shanghaiMonth, DAY_MS } from '../../domain/periods.ts';
import { eventRef, EVIDENCE_LIST_MAX, percent, productZh, share, tonnes, zhFrom } from '../evidence.ts';
import { elementGrams, LotMarks, pathThrough, type Mark } from '../lot-marks.ts';
import type { Finding, PeriodRule, RegistryFacts, ScannedEvent, ScannedFlow } from '../rule.ts';

const thresholds = { windowDays: 180, returnShareMin: 0.25, returnedShareMin: 0.5, reimportDistanceMax: 0.1, reimportExcessShareMax: 0.05, tourDaysMax: 30, tourShareMin: 0.9, directReturnShareMax: 1, tradedReturnShareMax: 0.5, exportReturnShareMax: 0.5, directReturnDaysMax: 90 };

const SCRAP: ReadonlySet<ProductCategory> = new Set(['scrap-pre-consumer', 'scrap-post-consumer']);

/** Where material leaves the product chain for recycling or disposal: marks stop there. */
const RECYCLING_LOOP: ReadonlySet<ProductCategory> = new Set(['scrap-pre-consumer', 'scrap-post-consumer', 'slag', 'tailings']);

/** Products whose origin the traceability system certifies (ISO 23664: mine to separated products,
 * and metals made of them): what an export and re-import launders. Magnets and other finished
 * goods coming back are returns of goods, which customs records as such. */
const ORIGIN_BEARING: ReadonlySet<ProductCategory> = new Set(['ore', 'concentrate', 'mixed-compound', 'oxide', 'salt', 'metal']);

const IMPORT_MARK = 'import:';

/** Events between sweeps of departures past the window off stock that nobody moves (end users'
 * magnets): a scale-1 year is swept eight times. */
const SWEEP_EVENTS = 50_000;

/** Shares of a departure below this are not followed: a return made one twentieth of it adds too
 * little to the amount test to matter, short of twenty such lots. */
const TRACE_SHARE_MIN = 0.05;

interface Export {
  ref: string;
  party: string;
  lot: string;
  product: string;
  country: string;
  timeMs: number;
  elements: Composition;
  /** Element grams exported that did not come from an import from the same country, less what
   * re-imports matched already: what a re-import can launder. */
  gramsOpen: number;
  /** Element grams of the export, as it left. */
  grams: number;
  /** Element grams re-imported by the exporter or its group and taken as returned goods. */
  gramsReturned: number;
}

/** Stages whose products are fed to separation and metal smelting: sent out and taken back as
 * products, they are toll processing, which the quota notices ban. Materials made for a customer
 * from its own metal or alloy (toll manufacturing of magnets) are not. */
const TOLLED_STAGES: ReadonlySet<string> = new Set(['mining', 'separation']);

const METAL_STAGE = CHAIN_STAGES.indexOf('metal');

function stageOf(product: string): number {
  const stage = productByCode(product)?.stage;
  return stage === undefined ? -1 : CHAIN_STAGES.indexOf(stage);
}

/** Whether material that left as `mark.product`, now in a lot of `product`, can still make a
 * round trip: back at the stage it left (a carousel), or the feed of separation or smelting still
 * no further on than metal (toll processing). Processing moves material on through the stages,
 * so once neither holds the mark is dropped: magnets carry no marks of the concentrate they came
 * from, which keeps the marks of a year's stock small. */
function mayReturn(mark: Mark, product: string): boolean {
  const stage = stageOf(product);
  const left = stageOf(mark.product);
  if (stage <= left) return true;
  return TOLLED_STAGES.has(productByCode(mark.product)?.stage ?? '') && stage <= METAL_STAGE;
}

function inLoop(product: string): boolean {
  return RECYCLING_LOOP.has(productByCode(product)?.category ?? 'ore');
}

export const roundTrip: PeriodRule<typeof thresholds> = {
  id: 'round-trip',
  stage: 'period',
  title: { zh: '循环交易（货物流回原持有方）', en: 'Round trip: material back to a party it left' },
  explanation: {
    zh: '货物（整批、拆分、改换批号重新包装或经加工后）离开某一方后，在规定天数内经任意多个环节又发回该方；或出口后又以相似成分进口回该方（或同一集团），或在短期内几乎整批被其他企业进口回国（“一日游”）。原样（同一产业环节）流回按比例判断；加工成下游产品流回（委托加工：送出原料、取回产品）按流回的数量判断。以批次谱系（质量平衡）判断，不看最后一环的品名。物料成为废料或废渣后回流属于综合利用；买方在到货后不久将部分货物原样直接退回发货方（质量异议退货）或出口方将部分出口货物取回，属于退货，均不在此列。',
    en: 'Material that left a party (whole, split, repacked under a new lot id, or processed) is shipped back to it within the window, through any number of hops; or is exported and material of a like composition is imported back by the exporter or its group, or nearly whole and soon after by any other party (the "one-day tour"). Material coming back at the chain stage it left is judged by its share of the returning lot; material coming back as a product of a later stage (toll processing: feed sent out, its products taken back) by how much of it came back. Judged by lot lineage (mass balance), not the last leg\'s product label. Material made into scrap or residue and returned is recycling, and a part of a delivery its buyer sends straight back to the shipper, unchanged and soon after (a quality claim), or a part of an export its exporter takes back, is a return: neither is flagged.',
  },
  severity: 'medium',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：非法交易（予以没收，并处违法所得5倍以上10倍以下罚款），流通及进出口环节的稀土产品流向记录；稀土开采、冶炼分离总量控制指标下达通知：禁止代加工',
    en: 'Rare Earth Management Regulations (State Council Order 785): illegal trade (confiscation and 5–10× the illegal income) and the product-flow record of circulation and import/export; quota notices under total quantity control: toll processing is banned',
  },
  thresholds,
  thresholdNotes: {
    windowDays: 'days from the material leaving a party (shipment or export) to its return within which the return counts: two quarters, so a carousel spread over months is still one',
    returnShareMin: 'share of a returning lot\'s element grams that must descend from the material that left, for material coming back at the stage it left; below it, a plant blending many suppliers\' feed explains the overlap (mass balance)',
    returnedShareMin: 'share of the element grams of ore, concentrate or separated products that left which, come back in any form and any number of lots, is a round trip (toll processing returns nearly all of the feed\'s rare earths: recoveries of 92–96 % per step, DOMAIN.md); a supplier that also buys some of its customer\'s products gets back far less',
    reimportDistanceMax: 'largest total-variation distance (0–1) between the rare earth distributions of an export and an import for the import to count as the export coming back',
    reimportExcessShareMax: 'share by which an import\'s element grams may exceed the export it is matched to (assay differences)',
    tourDaysMax: 'days from an export within which an unrelated party\'s import of nearly all of it, from the country it went to and with its mix, is the export come straight back (a "one-day tour" through a bonded zone or Hong Kong); a judgement, a month: a real resale abroad takes longer to find a buyer, clear and ship back',
    tourShareMin: 'share of an export\'s element grams an unrelated party\'s import must carry to be that export come back: the whole consignment less handling and assay differences (judgement); an import of part of it is a resale abroad',
    directReturnShareMax: 'largest share of a shipment\'s element grams its receiver may send straight back to the shipper, unchanged (the shipment\'s own lot, not passed on), as a return rather than a round trip: the whole of it, since a buyer may reject a whole delivery that does not conform (Civil Code Art. 620–621), and a truck booked to the wrong customer goes back whole; a regulator may set less',
    tradedReturnShareMax: 'the same share where the receiver only trades (trader, exporter, importer roles): a maker rejects what it cannot use, but a trading house that sends a whole lot straight back bought nothing, and a wash trade between two traders looks exactly so; part of a lot back is a claim (a judgement)',
    exportReturnShareMax: 'largest share of an export its exporter or its group may import back within the window as returned goods (unsold from a consignment stock abroad, or rejected); more, the whole of it above all, is the export-and-re-import carousel. A judgement: customs treats a re-import of the whole of an export as its return only under a returned-goods declaration the ledger does not hold',
    directReturnDaysMax: 'days from a shipment within which its receiver\'s direct return of part of it counts as a return: acceptance inspection and a quality claim (Civil Code Art. 620–621: the buyer inspects in the agreed period and notifies the seller of what does not conform). A judgement, a quarter',
  },
  start({ registry }, t) {
    const windowMs = t.windowDays * DAY_MS;
    let latestMs = -Infinity;
    const marks = new LotMarks({
      // Material made into scrap or residue leaves the product chain: the recycling loop.
      admit: (made) => !inLoop(made.product),
      // Imports are followed whatever their age (a re-export is judged by them); departures only
      // within the window, and only into lots where one of the two tests can still be met.
      keep: (key, mark, product) => key.startsWith(IMPORT_MARK) || (mark.sinceMs >= latestMs - windowMs && mayReturn(mark, product)),
      shareMin: Math.min(t.returnShareMin, TRACE_SHARE_MIN),
      // Every lot but scrap and residue may be shipped away and stamped with its shipper.
      track: (made) => !inLoop(made.product),
    });
    /** Exports by destination country, in log order; those before `head` are past the window. */
    const exports = new Map<string, { list: Export[]; head: number }>();
    /** Exports of separated products, metals and materials by destination country, kept for the
     * tour's days: scrap imported from there cannot be nearly all of one of them. */
    const toursOut = new Map<string, Export[]>();
    /** Scrap imported and not yet matched, by origin country: the export it may be can be recorded
     * after it (each party reports its own month). */
    const scrapImports = new Map<string, { scanned: ScannedEvent; lot: string; elements: Composition; grams: number; massGrams: number }[]>();
    /** Monthly reporting: an export may reach the log up to this long after an import dated weeks later. */
    const reportingLagMs = 45 * DAY_MS;
    const scrapTour = (sent: Export, imported: { scanned: ScannedEvent; lot: string; elements: Composition; grams: number; massGrams: number }): boolean => {
      const days = imported.scanned.timeMs - sent.timeMs;
      if (days < 0 || days > t.tourDaysMax * DAY_MS) return false;
      if (imported.grams < t.tourShareMin * sent.gramsOpen || imported.grams > sent.gramsOpen * (1 + t.reimportExcessShareMax)) return false;
      const distance = distributionDistance(imported.elements, sent.elements);
      if (distance === undefined || distance > t.reimportDistanceMax) return false;
      sent.gramsOpen = Math.max(0, sent.gramsOpen - imported.grams);
      const mark: Mark = { share: Math.min(1, sent.grams / imported.grams), sinceMs: sent.timeMs, ref: sent.ref, lot: sent.lot, product: sent.product, grams: sent.grams, via: [] };
      const how: Return = { kind: 'exported', country: sent.country, by: imported.scanned.partyId, related: related(registry, sent.party, imported.scanned.partyId), asScrap: true };
      returned(imported.scanned, imported.lot, sent.party, mark, how, imported.massGrams, { events: [eventRef(imported.scanned.partyId, imported.scanned.eventId)], returnedShare: null });
      return true;
    };
    /** Element grams of each departure (by its event) come back so far, and the events they came
     * by; `undone`, those its receiver sent straight back as a direct return. */
    const returnedGrams = new Map<string, { grams: number; undone: number; events: string[] }>();
    /** Shipments that carried material back to the party they went to, by event, with their time:
     * a return sent back again is no direct return. Kept for the window. */
    const returning = new Map<string, number>();
    const findings: Finding[] = [];

    const returned = (scanned: ScannedEvent, lot: string, party: string, mark: Mark, how: Return, massGrams: number, evidence: { events: string[]; returnedShare: number | null }): void => {
      const ref = eventRef(scanned.partyId, scanned.eventId);
      const days = Math.floor((scanned.timeMs - mark.sinceMs) / DAY_MS);
      // Goods back as scrap reach the importer, not the party they left.
      const path = how.kind === 'exported' && how.asScrap === true
        ? [party, scanned.partyId]
        : [party, ...mark.via, ...(scanned.partyId === party ? [] : [scanned.partyId]), party];
      const back = evidence.returnedShare === null ? '' : `; ${percent(evidence.returnedShare)} of what left has come back`;
      findings.push({
        ruleId: 'round-trip',
        key: ref,
        partyId: party,
        period: shanghaiMonth(mark.sinceMs),
        subject: lot,
        summary: `material that left ${party} on ${formatShanghai(mark.sinceMs)} (lot ${mark.lot}, ${mark.product}) ${howText(how, party)} ${days} days later as lot ${lot} (${tonnes(massGrams)} t, ${percent(mark.share)} of it from that material${back}), through ${path.join(' → ')}`,
        evidence: {
          events: [mark.ref, ...evidence.events.slice(-EVIDENCE_LIST_MAX + 1)], lots: [...new Set([mark.lot, lot])], thresholds: t, parties: [...new Set(path)], path,
          leftAt: formatShanghai(mark.sinceMs), returnedAt: formatShanghai(scanned.timeMs), daysAway: days, productLeft: mark.product, leftTonnesElements: tonnes(mark.grams),
          returnShare: share(mark.share, 1), returnedShare: evidence.returnedShare === null ? null : share(evidence.returnedShare, 1), tonnes: tonnes(massGrams),
          how, returnRatio: mark.share, returnedRatio: evidence.returnedShare,
        },
      });
    };

    /** A lot on its way to `party`, carrying material that left it: a round trip when the
     * material is back at the stage it left and makes up enough of the lot, or when enough of
     * what left has come back in whatever form. */
    const judgeReturn = (scanned: ScannedEvent, lot: string, party: string, mark: Mark, how: Return, massGrams: number): void => {
      if (mark.sinceMs > scanned.timeMs || scanned.timeMs - mark.sinceMs > windowMs) return;
      const ref = eventRef(scanned.partyId, scanned.eventId);
      const held = marks.lot(lot);
      const grams = held === undefined ? 0 : held.grams * mark.share;
      const sofar = returnedGrams.get(mark.ref) ?? { grams: 0, undone: 0, events: [] };
      // What its receiver returned directly was never sold on: the test is of what was.
      const sold = mark.grams - sofar.undone;
      const crossedBefore = sofar.grams >= t.returnedShareMin * sold;
      sofar.grams += grams;
      sofar.events.push(ref);
      returnedGrams.set(mark.ref, sofar);
      const returnedShare = sold <= 0 ? 0 : Math.min(1, sofar.grams / sold);
      const sameStage = held !== undefined && stageOf(held.product) <= stageOf(mark.product);
      if (sameStage && mark.share >= t.returnShareMin) returned(scanned, lot, party, mark, how, massGrams, { events: [ref], returnedShare: null });
      else if (!crossedBefore && returnedShare >= t.returnedShareMin && TOLLED_STAGES.has(productByCode(mark.product)?.stage ?? '')) returned(scanned, lot, party, mark, how, massGrams, { events: sofar.events, returnedShare });
    };

    /** Whether `lot`, shipped from `from` back to the party `mark` says it left, is a direct
     * return: the receiver's own lot of that shipment, passed through nobody, soon after, and with
     * what it returned before no more than `directReturnShareMax` of the shipment; then counted. */
    const directReturn = (scanned: ScannedEvent, from: string, lot: string, mark: Mark): boolean => {
      if (mark.via.length > 0 || from !== mark.lot || returning.has(mark.ref)) return false;
      if (scanned.timeMs < mark.sinceMs || scanned.timeMs - mark.sinceMs > t.directReturnDaysMax * DAY_MS) return false;
      const grams = (marks.lot(lot)?.grams ?? 0) * mark.share;
      const sofar = returnedGrams.get(mark.ref) ?? { grams: 0, undone: 0, events: [] };
      const shareMax = tradesOnly(registry, scanned.partyId) ? t.tradedReturnShareMax : t.directReturnShareMax;
      if (sofar.undone + grams > shareMax * mark.grams) return false;
      sofar.undone += grams;
      returnedGrams.set(mark.ref, sofar);
      return true;
    };

    let observed = 0;
    return {
      observe(scanned) {
        const { event } = scanned;
        latestMs = Math.max(latestMs, scanned.timeMs);
        observed += 1;
        if (observed % SWEEP_EVENTS === 0) {
          marks.sweep((key, mark) => key.startsWith(IMPORT_MARK) || mark.sinceMs >= latestMs - windowMs);
          for (const [ref, timeMs] of returning) if (timeMs < latestMs - windowMs) returning.delete(ref);
        }
        if (event.kind === 'ship') {
          marks.observe(scanned);
          const from = qualifyLotId(event.lot, scanned.partyId);
          const moving = event.shipmentLot === undefined ? from : qualifyLotId(event.shipmentLot, scanned.partyId);
          const carried = marks.get(moving);
          const back = carried?.get(event.to);
          const returnedDirectly = back !== undefined && directReturn(scanned, from, moving, back);
          // A direct return undoes its receipt: the material is its shipper's again, and goes back
          // to the returner as a round trip only when sent straight back as it was returned (a
          // ping-pong), not when its shipper has worked it into a later load (re-screened, blended).
          const reworked = back?.returned === true && from !== back.lot;
          if (back !== undefined && !reworked) {
            if (!returnedDirectly) judgeReturn(scanned, moving, event.to, back, { kind: 'shipped', by: scanned.partyId }, event.massGrams);
            returning.set(eventRef(scanned.partyId, scanned.eventId), scanned.timeMs);
          }
          const next = new Map<string, Mark>();
          for (const [key, mark] of carried ?? []) {
            if (key.startsWith(IMPORT_MARK)) next.set(key, mark);
            else if (key !== scanned.partyId && mark.sinceMs >= latestMs - windowMs) next.set(key, { ...mark, via: pathThrough(mark.via, scanned.partyId) });
          }
          const held = marks.lot(moving);
          // Scrap and residue shipped out are on the recycling loop: what comes back of them is
          // not a round trip.
          if (held !== undefined && !inLoop(held.product)) {
            next.set(scanned.partyId, { share: 1, sinceMs: scanned.timeMs, ref: eventRef(scanned.partyId, scanned.eventId), lot: moving, product: held.product, grams: held.grams, via: [], ...(returnedDirectly ? { returned: true as const } : {}) });
          }
          marks.replace(moving, next);
          return;
        }
        if (event.kind === 'export') {
          const lot = qualifyLotId(event.lot, scanned.partyId);
          const own = marks.get(lot)?.get(`${IMPORT_MARK}${event.destinationCountry}`)?.share ?? 0;
          for (const flow of scanned.flows) {
            if (flow.direction !== -1 || inLoop(flow.product)) continue;
            const grams = elementGrams(flow.elements);
            const recent = (toursOut.get(event.destinationCountry) ?? []).filter((e) => e.timeMs >= latestMs - t.tourDaysMax * DAY_MS - reportingLagMs);
            const sent: Export = { ref: eventRef(scanned.partyId, scanned.eventId), party: scanned.partyId, lot, product: flow.product, country: event.destinationCountry, timeMs: scanned.timeMs, elements: flow.elements, gramsOpen: grams, grams, gramsReturned: 0 };
            recent.push(sent);
            toursOut.set(event.destinationCountry, recent);
            const waiting = scrapImports.get(event.destinationCountry) ?? [];
            scrapImports.set(event.destinationCountry, waiting.filter((imported) => imported.scanned.timeMs >= latestMs - t.tourDaysMax * DAY_MS - reportingLagMs && !scrapTour(sent, imported)));
          }
          for (const flow of scanned.flows) {
            if (flow.direction !== -1 || !ORIGIN_BEARING.has(productByCode(flow.product)?.category ?? 'slag')) continue;
            const open = Math.round(elementGrams(flow.elements) * (1 - own));
            if (open === 0) continue;
            const country = event.destinationCountry;
            const entry = exports.get(country) ?? { list: [], head: 0 };
            exports.set(country, entry);
            entry.list.push({ ref: eventRef(scanned.partyId, scanned.eventId), party: scanned.partyId, lot, product: flow.product, country, timeMs: scanned.timeMs, elements: flow.elements, gramsOpen: open, grams: open, gramsReturned: 0 });
            while (entry.head < entry.list.length && entry.list[entry.head]!.timeMs < latestMs - windowMs) entry.head += 1;
            // Drop the expired ones now and then, not on every export.
            if (entry.head > 1024 && entry.head * 2 > entry.list.length) {
              entry.list = entry.list.slice(entry.head);
              entry.head = 0;
            }
          }
        }
        marks.observe(scanned);
        if (event.kind !== 'import') return;
        const made = scanned.flows.find((flow) => flow.direction === 1);
        if (made === undefined) return;
        const lot = made.lotId;
        const grams = elementGrams(made.elements);
        marks.set(lot, `${IMPORT_MARK}${event.originCountry}`, { share: 1, sinceMs: scanned.timeMs, ref: eventRef(scanned.partyId, scanned.eventId), lot, product: made.product, grams, via: [] });
        if (SCRAP.has(productByCode(made.product)?.category ?? 'slag')) {
          // Scrap is what is left of making or using something, a part of it: nearly all of a
          // consignment exported to its country weeks before, of its very mix, is that consignment
          // come back under a recycling label (an export rebate claimed, "recycled" material sold
          // at home). Scrap from consumption has been in use for years besides.
          const imported = { scanned: { ...scanned }, lot, elements: made.elements, grams, massGrams: made.massGrams };
          if ((toursOut.get(event.originCountry) ?? []).some((sent) => scrapTour(sent, imported))) return;
          const waiting = (scrapImports.get(event.originCountry) ?? []).filter((e) => e.scanned.timeMs >= latestMs - t.tourDaysMax * DAY_MS - reportingLagMs);
          scrapImports.set(event.originCountry, [...waiting, imported]);
          return;
        }
        if (!ORIGIN_BEARING.has(productByCode(made.product)?.category ?? 'slag')) return;
        const sent = exports.get(event.originCountry);
        const match = sent === undefined ? undefined : matchingExport(sent.list, sent.head, scanned, made.elements, t, windowMs);
        if (match === undefined) {
          // Toll processing abroad: feed exported comes back as a product of a later stage, most of
          // what left of its elements: by the exporter or its group from any stage; by anyone when
          // mineral feed went out and separated products came back (separation is quota-bound at
          // home, so separating Chinese concentrate abroad and importing its oxide evades it).
          const tolled = sent === undefined ? undefined : tolledExport(sent.list, sent.head, scanned, made, t, windowMs, (e) => related(registry, e.party, scanned.partyId) || MINERAL_FEED.has(productByCode(e.product)?.category ?? ''));
          if (tolled === undefined) return;
          const mark: Mark = { share: 1, sinceMs: tolled.export.timeMs, ref: tolled.export.ref, lot: tolled.export.lot, product: tolled.export.product, grams: tolled.export.gramsOpen, via: [] };
          const byGroup = related(registry, tolled.export.party, scanned.partyId);
          returned(scanned, lot, tolled.export.party, mark, { kind: 'exported', country: tolled.export.country, by: scanned.partyId, related: byGroup }, made.massGrams, { events: [eventRef(scanned.partyId, scanned.eventId)], returnedShare: tolled.returnedShare });
          return;
        }
        const mark: Mark = { share: Math.min(1, match.gramsOpen / grams), sinceMs: match.timeMs, ref: match.ref, lot: match.lot, product: match.product, grams: match.gramsOpen, via: [] };
        const tour = grams >= t.tourShareMin * match.gramsOpen && scanned.timeMs - match.timeMs <= t.tourDaysMax * DAY_MS;
        match.gramsOpen = Math.max(0, match.gramsOpen - grams);
        if (related(registry, match.party, scanned.partyId)) {
          // Part of an export that its exporter takes back (goods unsold from a consignment stock
          // abroad, or rejected) is returned goods, as a buyer's direct return is at home.
          if (match.gramsReturned + grams <= t.exportReturnShareMax * match.grams) {
            match.gramsReturned += grams;
            return;
          }
          judgeReturn(scanned, lot, match.party, mark, { kind: 'exported', country: match.country, by: scanned.partyId, related: true }, made.massGrams);
        } else if (tour) {
          returned(scanned, lot, match.party, mark, { kind: 'exported', country: match.country, by: scanned.partyId, related: false }, made.massGrams, { events: [eventRef(scanned.partyId, scanned.eventId)], returnedShare: null });
        } else {
          marks.set(lot, match.party, { ...mark, via: [scanned.partyId] });
        }
      },
      finish: () => findings,
    };
  },
  summaryZh: ({ partyId, evidence }) => zhFrom(evidence, (e) => {
    const how = e.at('how');
    const lots = e.strs('lots');
    const returnedRatio = e.opt('returnedRatio');
    const back = typeof returnedRatio === 'number' ? `；运出的物料已有 ${percent(returnedRatio)} 回流` : '';
    const by = how.str('by');
    const scrap = how.opt('asScrap') === true ? '以废料名义' : '';
    const way = how.str('kind') === 'shipped' ? `由 ${by} 运回` : `出口至 ${how.str('country')} 后${by === partyId ? `又被${scrap}进口回国` : how.opt('related') === false ? `几乎整批由 ${by} ${scrap}进口回国` : `由其集团成员 ${by} ${scrap}进口回国`}`;
    return `${partyId} 于 ${e.str('leftAt')} 运出的物料（批次 ${lots[0]}，${productZh(e.str('productLeft'))}）${way}，${e.num('daysAway')} 天后以批次 ${lots.at(-1)} 回到该企业（${e.num('tonnes')} 吨，其中 ${percent(e.num('returnRatio'))} 来自该物料${back}），途经 ${e.strs('path').join(' → ')}`;
  }),
};

/** How material came back to the party it left, as the summary states it. */
type Return = { kind: 'shipped'; by: string } | { kind: 'exported'; country: string; by: string; related: boolean; asScrap?: true };

function howText(how: Return, party: string): string {
  if (how.kind === 'shipped') return `was shipped back to it by ${how.by}`;
  if (how.by === party) return `was exported to ${how.country} and imported back`;
  const scrap = how.asScrap === true ? ' as scrap' : '';
  return `was exported to ${how.country} and imported back${scrap} ${how.related ? `by ${how.by} of its group` : `nearly whole by ${how.by}, another party,`}`;
}

/** The export (to the import's origin, within the window, before it) whose rare earths are most
 * like the import's and which still has the grams to account for it. */
function matchingExport(exports: readonly Export[], head: number, scanned: ScannedEvent, elements: Composition, t: typeof thresholds, windowMs: number): Export | undefined {
  const grams = elementGrams(elements);
  let best: Export | undefined;
  let bestDistance = Infinity;
  for (let i = head; i < exports.length; i += 1) {
    const candidate = exports[i]!;
    if (candidate.gramsOpen === 0 || candidate.timeMs > scanned.timeMs || scanned.timeMs - candidate.timeMs > windowMs) continue;
    if (grams > candidate.gramsOpen * (1 + t.reimportExcessShareMax)) continue;
    const distance = distributionDistance(elements, candidate.elements);
    if (distance === undefined || distance > t.reimportDistanceMax || distance >= bestDistance) continue;
    best = candidate;
    bestDistance = distance;
  }
  return best;
}

/** The export (to the import's origin, within the window, before it, by the importer or its group)
 * of an earlier chain stage whose elements hold every element of the import, most of them come
 * back: feed sent abroad for processing and its product taken back. */
function tolledExport(
  exports: readonly Export[], head: number, scanned: ScannedEvent, made: ScannedFlow, t: typeof thresholds, windowMs: number, judged: (sent: Export) => boolean,
): { export: Export; returnedShare: number } | undefined {
  const carried = carriedElements(made.elements);
  if (carried.length === 0) return undefined;
  for (let i = head; i < exports.length; i += 1) {
    const candidate = exports[i]!;
    if (candidate.timeMs > scanned.timeMs || scanned.timeMs - candidate.timeMs > windowMs || !judged(candidate)) continue;
    if (stageOf(made.product) <= stageOf(candidate.product)) continue;
    const sentGrams = carried.reduce((sum, e) => sum + (candidate.elements[e] ?? 0), 0);
    const backGrams = carried.reduce((sum, e) => sum + (made.elements[e] ?? 0), 0);
    if (carried.some((e) => (made.elements[e] ?? 0) > (candidate.elements[e] ?? 0) * (1 + t.reimportExcessShareMax))) continue;
    if (sentGrams === 0 || backGrams < t.returnedShareMin * sentGrams) continue;
    return { export: candidate, returnedShare: backGrams / sentGrams };
  }
  return undefined;
}

/** Feed that only a licensed separator may process at home, inside its quota. */
const MINERAL_FEED: ReadonlySet<string> = new Set(['ore', 'concentrate', 'mixed-compound']);

/** Roles that move goods without using or changing them. */
const TRADING_ROLES: ReadonlySet<string> = new Set(['trader', 'exporter', 'importer']);

/** Whether `party` only trades: every role it has is a trading one. */
function tradesOnly(registry: RegistryFacts, party: string): boolean {
  const roles = registry.parties.get(party)?.roles ?? [];
  return roles.length > 0 && roles.every((role) => TRADING_ROLES.has(role));
}

function related(registry: RegistryFacts, a: string, b: string): boolean {
  if (a === b) return true;
  const group = registry.parties.get(a)?.groupId ?? null;
  return group !== null && group === (registry.parties.get(b)?.groupId ?? null);
}
