// Residues must reach licensed disposal (closure). Thorium-bearing slag and tailings are where
// the industry's waste problem sits, and "waste" is where material leaves the books: a lot that is
// disposed of is gone from the traced chain. So every residue is followed from the process that
// left it to its disposal:
// - it is disposed of by an enterprise licensed to dispose of it (tailings also by a licensed miner,
//   in its tailings storage), at a site its licence covers where the registry binds the licence to
//   sites, radioactive residue in radioactive waste storage;
// - it is shipped only to an enterprise licensed to take it (disposal; recycling, mining or
//   separation for residue that is not radioactive);
// - it is not held undisposed beyond the storage limit: a year for any residue (hazardous waste),
//   a quarter for radioactive residue held by a party that is not a licensed disposal unit (the
//   plant that made it keeps it only in interim storage until it goes to licensed storage);
// - what is disposed of is residue (or scrap): a product (oxide, metal, concentrate…) "disposed
//   of" is material hidden as waste, and so is a residue far richer than residues of its kind are
//   (rich slag is sold to recyclers: buried, it is metal or oxide that left by the back gate).
import { reoGrams } from '../../domain/composition.ts';
import { reGrams, RESIDUE_CATEGORIES, typicalGrade } from '../../domain/product-fit.ts';
import { productByCode } from '../../domain/products.ts';
import { lotNamespace, qualifyLotId } from '../../ledger/lot-ids.ts';
import { shanghaiDay, shanghaiMonth, DAY_MS } from '../../domain/periods.ts';
import { disposalMethodZh, eventIdOf, eventRef, percent, productZh, share, tonnes, zhFrom } from '../evidence.ts';
import { oreTypeOf } from '../activity.ts';
import { MINED_CATEGORIES } from '../../domain/origins.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';
import { licenceGap } from '../licence-coverage.ts';

const thresholds = { heldDaysMax: 365, radioactiveHeldDaysMax: 90, productReGramsMin: 1_000, disposedGradeFactorMax: 1.5, disposedGradeMin: 0.05, residueGangueShareMin: 0.4, crackingResidueGradeFactorMin: 0.1, reworkedMassShareMin: 0.8, tailingsShareMin: 0.15, residueLossShareMax: 0.08 };
type T = typeof thresholds;

interface Residue {
  lot: string;
  product: string;
  radioactive: boolean;
  holder: string;
  /** When the current holder took it on (made or received it); residue remade from the same
   * residue (repacked, re-leached) keeps the clock of what it was made from. */
  sinceMs: number;
  remainingGrams: number;
  inTransitTo?: string;
  events: string[];
  /** Whether the process that made it left in it no more of its feed's rare earths than the
   * recovery norms allow to be lost: however rich, it is then the loss the norms allow. */
  withinLoss?: boolean;
}

export const residueDisposal: PeriodRule<T> = {
  id: 'residue-disposal',
  stage: 'period',
  title: { zh: '废渣、尾矿未依法处置或以废料名义处置产品', en: 'Residue not brought to licensed disposal, or product disposed of as waste' },
  explanation: {
    zh: '废渣（含放射性的钍渣）和尾矿必须交由持证单位处置：由无处置许可的企业处置、含钍放射性废渣未按放射性废物贮存处置、发给无相应许可的企业、超过贮存期限仍未处置（放射性废渣在无处置许可的产生单位只能短期暂存），在许可证未涵盖的场地处置，把稀土产品（非废渣、尾矿或废料）作为废物处置，或处置稀土含量远高于同类尾渣的“尾渣”，或将放射性尾渣出口，均提示物料以废物名义流出追溯体系；进口任何尾渣（固体废物禁止进口）则是把他国废物倾倒在国内；退回产生企业的尾渣仍由该企业负责处置。',
    en: 'Slag (thorium-bearing or not) and tailings must reach licensed disposal: disposed of by an enterprise without a disposal licence, thorium-bearing slag disposed of outside radioactive waste storage, shipped to one licensed for none of disposal, recycling, mining or separation, held undisposed beyond the storage limit (radioactive residue only briefly by a plant without a disposal licence), disposed of at a site the disposer\'s licence does not cover, a rare earth product (not a residue or scrap) disposed of as waste, a residue far richer than its kind disposed of, or radioactive residue exported, or any residue imported (solid waste may not be imported): material leaving the traced chain as waste, or another country\'s waste dumped here. A load sent back to the plant that made it is its maker\'s again.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：各环节的稀土产品流向记录，非法交易；《中华人民共和国固体废物污染环境防治法》（2020年修订）第二十四条：国家逐步实现固体废物零进口，第八十一条：危险废物贮存不得超过一年，只能交由持有许可证的单位处理；生态环境部、商务部、国家发展改革委、海关总署公告2020年第53号：自2021年1月1日起禁止以任何方式进口固体废物；《中华人民共和国放射性污染防治法》（2003年）第四十六条：放射性固体废物只能交由取得相应许可证的单位贮存、处置；《放射性废物安全管理条例》（国务院令第612号）：产生单位应当及时将放射性固体废物送交取得许可证的贮存或者处置单位，贮存是指在专门建造的设施内暂时放置；稀土开采、选矿和冶炼列入原环境保护部《矿产资源开发利用辐射环境监督管理名录》（伴生放射性矿）',
    en: 'Rare Earth Management Regulations (State Council Order 785): product-flow records of every stage, illegal trade; Solid Waste Pollution Prevention Law (2020) Art. 24: zero import of solid waste, Art. 81: hazardous waste stored no longer than one year, handled only by licensed units; MEE/MOFCOM/NDRC/GACC Announcement 2020 No. 53: no solid waste imported in any way from 1 January 2021; Law on the Prevention and Control of Radioactive Pollution (2003) Art. 46: radioactive solid waste goes only to units licensed for its storage or disposal; Regulations on the Safety of Radioactive Waste Management (State Council Order 612): its producers send radioactive solid waste promptly to licensed storage or disposal units, storage being temporary placement in a purpose-built facility; rare earth mining, beneficiation and smelting are on the Ministry of Environmental Protection\'s list of mineral activities under radiation supervision (associated radioactive minerals)',
  },
  thresholds,
  thresholdNotes: {
    heldDaysMax: 'days a residue may be held undisposed, from when its holder made or received it: the Solid Waste Pollution Prevention Law (2020) Art. 81 one-year storage limit for hazardous waste (not in shared/DOMAIN.md)',
    radioactiveHeldDaysMax: 'days radioactive (thorium-bearing) residue may be held undisposed by a party without a disposal licence on the day, from when it made or received it: Order 612 has producers send radioactive solid waste promptly to licensed storage or disposal and names no figure, nor does shared/DOMAIN.md; a quarter is a judgement, room for an interim store while a disposer\'s site is closed for some weeks and for the monthly reporting, well short of the one-year limit for hazardous waste',
    residueGangueShareMin: 'smallest residue, as a share of the mass of rock concentrate fed that is not rare earth oxide (fluorite, barite, iron oxides, phosphate, thorium), that cracking it must leave: acid roasting and water leach of 50 % REO Bayan Obo concentrate leave about 0.45 t of residue a tonne (an estimate; shared/DOMAIN.md has no figure), 0.9 of the gangue, and a richer concentrate less in proportion; below 0.4 of the gangue the rest of the residue is not in the books. Applied to processes fed rock concentrate, in which the cracking happens',
    crackingResidueGradeFactorMin: 'leanest thorium-bearing residue of cracking rock concentrate, as a share of its kind\'s typical rare earth grade (src/domain/products.ts: about 1.2 % REO for acid roasting\'s water-leach residue): the leach cannot dissolve the rare earths locked in the calcine, so a residue that holds a tenth of that or less has been re-leached off the books, or its assay is not its own (a judgement; a second counter-current leach halves it)',
    tailingsShareMin: 'smallest tailings, as a share of the mass of ore a beneficiation takes in less the concentrate it makes, that it must leave: flotation tails are most of the ore (Bayan Obo: about half, beside an iron concentrate the catalogue does not list), so below this the tailings are not in the books (a judgement, room for the unlisted iron concentrate; shared/DOMAIN.md has no figure)',
    reworkedMassShareMin: 'smallest share of the mass of radioactive residue a process takes in that must come out of it (as residue or anything else): re-leaching or neutralising thorium-bearing cake dissolves little of it and adds reagent (lime makes it heavier), so a residue that shrinks by more than a fifth has been tipped on the way (a judgement; shared/DOMAIN.md has no figure)',
    productReGramsMin: 'smallest rare earth content, in grams, of a non-residue lot disposed of that raises the alert',
    disposedGradeFactorMax: 'richest residue, as a multiple of its kind\'s typical rare earth grade (src/domain/products.ts), that may be disposed of: a residue richer than that is worth recovering and goes to a recycler (judgement; assays of one kind of slag vary by a third either way)',
    residueLossShareMax: 'share of the rare earths a process took in that the residues it made may hold and still not be judged rich, whatever their grade: the largest loss of one stage the recovery norms allow, concentrate to mixed rare earths > 92 % (shared/DOMAIN.md); a small residue of a large feed is rich by grade and honest by balance',
    disposedGradeMin: 'rare earth share of a disposed residue\'s or scrap lot\'s mass below which it is never judged rich, whatever its kind\'s typical grade (scrap above it is worth recycling): leach residues of a per cent or less vary far more than by the factor, and at 5 % nothing is worth recovering that a landfill would hide (judgement)',
  },
  start(context, t) {
    const licenceIdsOf = new Map<string, string[]>();
    for (const licence of context.registry.licences.values()) licenceIdsOf.set(licence.partyId, [...(licenceIdsOf.get(licence.partyId) ?? []), licence.id]);
    // Each licence as the registry stood on the day: one revoked since still covered what it covered.
    // A disposal licence that names residues in its scope covers those: a store licensed for
    // water-leach residue is not licensed for monazite cake.
    const holds = (party: string, activity: string, ms: number, products?: readonly string[]) =>
      (licenceIdsOf.get(party) ?? []).some((id) => licenceGap(context.registry.licenceAt(id, ms), id, { party, activity, day: shanghaiDay(ms), ...(products === undefined ? {} : { products }) }) === undefined);
    /** The sites bound to the disposal licences `party` holds at `ms`; empty when none binds any
     * (a registry that names no sites leaves every site of a licensed disposer covered). */
    const sitesOfDisposalLicences = (party: string, ms: number) => (licenceIdsOf.get(party) ?? [])
      .filter((id) => licenceGap(context.registry.licenceAt(id, ms), id, { party, activity: 'disposal', day: shanghaiDay(ms) }) === undefined)
      .flatMap((id) => context.registry.facilitiesUnder(id));
    const residues = new Map<string, Residue>();
    const findings: Finding[] = [];
    const heldRaised = new Set<string>();

    function track(scanned: ScannedEvent, lot: string, product: string, grams: number, holder: string, sinceMs = scanned.timeMs): Residue {
      const residue = residues.get(lot) ?? {
        lot, product, radioactive: productByCode(product)?.radioactive === true, holder, sinceMs, remainingGrams: 0, events: [],
      };
      residue.remainingGrams += grams;
      residues.set(lot, residue);
      return residue;
    }

    /** The storage limit that applies to a residue as its holder keeps it: radioactive residue in
     * the hands of a party that is not a licensed disposal unit on the day the short limit passes
     * is only in interim storage; anything else is bounded by the hazardous waste year. */
    function limitOf(residue: Residue): { days: number; radioactive: boolean } {
      if (residue.radioactive && !holds(residue.holder, 'disposal', residue.sinceMs + t.radioactiveHeldDaysMax * DAY_MS)) {
        return { days: t.radioactiveHeldDaysMax, radioactive: true };
      }
      return { days: t.heldDaysMax, radioactive: false };
    }

    /** A residue its holder still had at `untilMs`, or parted with then (`parting`: the event that
     * shipped, disposed of or consumed it), judged against the storage limit once per holder. */
    function judgeHeld(residue: Residue, untilMs: number, parting?: { ref: string; what: string }): void {
      if (residue.inTransitTo !== undefined) return;
      const key = `${residue.lot}:held:${residue.holder}`;
      if (heldRaised.has(key)) return;
      const limit = limitOf(residue);
      const limitMs = residue.sinceMs + limit.days * DAY_MS;
      if (untilMs <= limitMs) return;
      heldRaised.add(key);
      const days = Math.floor((untilMs - residue.sinceMs) / DAY_MS);
      const which = limit.radioactive ? `${limit.days} days for radioactive residue held by a party without a disposal licence` : `${limit.days} days`;
      const until = parting === undefined ? `for ${days} days without disposal` : `for ${days} days before it ${parting.what} it on ${shanghaiDay(untilMs)}`;
      findings.push({
        ruleId: 'residue-disposal',
        key,
        partyId: residue.holder,
        period: shanghaiMonth(limitMs),
        subject: residue.lot,
        summary: `${residue.radioactive ? 'radioactive ' : ''}residue ${residue.product} (lot ${residue.lot}, ${tonnes(residue.remainingGrams)} t${residue.events[0] === undefined ? '' : `, made in ${residue.events[0]}`}) held by ${residue.holder} ${until} (limit ${which})`,
        evidence: {
          events: [...residue.events.slice(0, 49), ...(parting === undefined ? [] : [parting.ref])], lots: [residue.lot], thresholds: t, problem: 'held beyond the storage limit',
          product: residue.product, tonnes: tonnes(residue.remainingGrams), madeIn: residue.events[0] ?? null, heldDays: days, heldDaysMax: limit.days, since: new Date(residue.sinceMs).toISOString(),
          until: new Date(untilMs).toISOString(), stillHeld: parting === undefined, radioactive: residue.radioactive,
          parting: parting?.what ?? null, untilDay: shanghaiDay(untilMs), limitRadioactive: limit.radioactive,
        },
      });
    }

    function observe(scanned: ScannedEvent): void {
      const { event } = scanned;
      const ref = eventRef(scanned.partyId, scanned.eventId);
      if (event.kind === 'ship') {
        const whole = qualifyLotId(event.lot, scanned.partyId);
        const made = scanned.flows.find((f) => f.direction === 1);
        for (const flow of scanned.flows) if (flow.direction === -1) take(flow.lotId, flow.massGrams, scanned, ref, 'shipped');
        if (made === undefined) {
          const source = residues.get(whole);
          if (source !== undefined) judgeHeld(source, scanned.timeMs, { ref, what: 'shipped' });
        }
        const shipped = made === undefined ? residues.get(whole) : isResidue(made.product) ? track(scanned, made.lotId, made.product, made.massGrams, scanned.partyId) : undefined;
        if (made !== undefined && shipped !== undefined) shipped.withinLoss = residues.get(whole)?.withinLoss;
        if (shipped === undefined) return;
        shipped.inTransitTo = event.to;
        shipped.events.push(ref);
        const receiver = event.to;
        // A load sent back to the plant that made it (turned back at the store's gate) is still its
        // maker's to dispose of: the storage limit, not the receiver's licence, holds it to that.
        const backToMaker = receiver === lotNamespace(shipped.lot);
        // Slag of a kind rich enough to recycle (electrolysis slag, a third rare earth) and not
        // radioactive is a recycling feed, traded as scrap is: a trading house may carry it on to a
        // recycler, and what it then does with it (disposal, holding) is judged as anyone's.
        const tradedFeed = !shipped.radioactive && typicalGrade(productByCode(shipped.product)!) >= t.disposedGradeMin
          && context.registry.partyAt(receiver, scanned.timeMs)?.roles.includes('trader') === true;
        const ok = backToMaker || tradedFeed || holds(receiver, 'disposal', scanned.timeMs) || (!shipped.radioactive && ['recycling', 'mining', 'separation'].some((a) => holds(receiver, a, scanned.timeMs)));
        if (!ok) {
          findings.push(finding(shipped.lot, scanned, ref, `${shipped.radioactive ? 'radioactive ' : ''}residue ${shipped.product} (${tonnes(event.massGrams)} t, lot ${shipped.lot}) shipped to ${receiver}, which holds no ${shipped.radioactive ? 'disposal' : 'disposal, recycling, mining or separation'} licence on ${shanghaiDay(scanned.timeMs)}`, { problem: 'shipped to an unlicensed receiver', receiver, product: shipped.product, tonnes: tonnes(event.massGrams), radioactive: shipped.radioactive, day: shanghaiDay(scanned.timeMs) }, t, `${shipped.lot}:shipped`));
        }
        return;
      }
      if (event.kind === 'receive') {
        const residue = residues.get(qualifyLotId(event.lot, scanned.partyId));
        for (const flow of scanned.flows) if (flow.direction === -1) take(flow.lotId, flow.massGrams);
        if (residue === undefined) return;
        residue.holder = scanned.partyId;
        residue.sinceMs = scanned.timeMs;
        delete residue.inTransitTo;
        residue.events.push(ref);
        return;
      }
      if (event.kind === 'dispose') {
        for (const flow of scanned.flows) {
          if (flow.direction !== -1) continue;
          const withinLoss = residues.get(flow.lotId)?.withinLoss === true;
          take(flow.lotId, flow.massGrams, scanned, ref, 'disposed of');
          const category = productByCode(flow.product)?.category;
          const re = reGrams(flow.elements);
          /** Disposal of material richer than `gradeMax`: worth recovering, so not waste. */
          const judgeRichness = (gradeMax: number, kind: 'scrap' | 'residue', radioactive: boolean) => {
            if (re <= gradeMax * flow.massGrams) return;
            const grade = re / flow.massGrams;
            const [problem, what] = kind === 'scrap'
              ? ['recyclable scrap disposed of', 'scrap worth recycling']
              : ['rich residue disposed of', 'richer than a residue of its kind is; material worth recovering'];
            findings.push(finding(flow.lotId, scanned, ref, `${flow.product} (${tonnes(flow.massGrams)} t, lot ${flow.lotId}) disposed of by ${event.method} at ${percent(share(grade, 1))} rare earth (limit ${percent(share(gradeMax, 1))}): ${what} leaving the chain as waste`, { problem, product: flow.product, radioactive, tonnes: tonnes(flow.massGrams), tonnesReo: tonnes(reoGrams(flow.elements)), method: event.method, gradeShare: share(grade, 1), gradeShareMax: share(gradeMax, 1) }, t, `${flow.lotId}:rich-${kind}`));
          };
          // Scrap not worth recovering is waste too; scrap rich enough to recycle buried is the
          // recycling feed cut out of the chain (sold off the books and collected again elsewhere).
          if (category?.startsWith('scrap-') === true) {
            judgeRichness(t.disposedGradeMin, 'scrap', false);
            continue;
          }
          if (category === undefined || !RESIDUE_CATEGORIES.has(category)) {
            if (re >= t.productReGramsMin) {
              findings.push(finding(flow.lotId, scanned, ref, `${tonnes(flow.massGrams)} t of ${flow.product} (${tonnes(reoGrams(flow.elements))} t REO), a product and not a residue, disposed of by ${event.method}`, { problem: 'product disposed of as waste', product: flow.product, tonnes: tonnes(flow.massGrams), tonnesReo: tonnes(reoGrams(flow.elements)), method: event.method }, t, `${flow.lotId}:disposed-product`));
            }
            continue;
          }
          const radioactive = productByCode(flow.product)?.radioactive === true;
          const disposalLicensed = holds(scanned.partyId, 'disposal', scanned.timeMs);
          const disposalCovers = disposalLicensed && holds(scanned.partyId, 'disposal', scanned.timeMs, [flow.product]);
          const licensed = disposalCovers || (category === 'tailings' && !radioactive && holds(scanned.partyId, 'mining', scanned.timeMs));
          if (radioactive && event.method !== 'radioactive-waste-storage') {
            findings.push(finding(flow.lotId, scanned, ref, `radioactive ${flow.product} (${tonnes(flow.massGrams)} t) disposed of by ${event.method}, not in radioactive waste storage`, { problem: 'radioactive residue disposed of as ordinary waste', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive, method: event.method }, t, `${flow.lotId}:disposal-method`));
          }
          if (!withinLoss) judgeRichness(Math.max(t.disposedGradeFactorMax * typicalGrade(productByCode(flow.product)!), t.disposedGradeMin), 'residue', radioactive);
          const site = event.facility;
          const sites = licensed && site !== undefined ? sitesOfDisposalLicences(scanned.partyId, scanned.timeMs) : undefined;
          if (site !== undefined && sites !== undefined && sites.length > 0 && !sites.includes(site)) {
            findings.push(finding(flow.lotId, scanned, ref, `${radioactive ? 'radioactive ' : ''}${flow.product} (${tonnes(flow.massGrams)} t) disposed of by ${scanned.partyId} at ${site}, which none of its disposal licences covers (they cover ${sites.join(', ')})`, { problem: 'disposed of at an unlicensed site', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive, method: event.method, site, licensedSites: sites }, t, `${flow.lotId}:unlicensed-site`));
          }
          // A mining licence covers the mine's own tailings only as the mine keeps them: in its
          // tailings storage, at a site. Spread on hillsides or dumped "otherwise", they are
          // disposed of by a party licensed for no disposal at all.
          const minerOnly = licensed && category === 'tailings' && !disposalCovers;
          if (minerOnly && (event.method !== 'tailings-storage' || site === undefined)) {
            findings.push(finding(flow.lotId, scanned, ref, `${flow.product} (${tonnes(flow.massGrams)} t) disposed of by ${scanned.partyId} by ${event.method}${site === undefined ? ' at no site' : ` at ${site}`}: a miner without a disposal licence may only keep its tailings in tailings storage at a site`, { problem: 'tailings disposed of outside tailings storage', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive, method: event.method, site: site ?? null }, t, `${flow.lotId}:outside-tailings-storage`));
          }
          if (!licensed && disposalLicensed) {
            findings.push(finding(flow.lotId, scanned, ref, `${radioactive ? 'radioactive ' : ''}${flow.product} (${tonnes(flow.massGrams)} t) disposed of by ${scanned.partyId}, whose disposal licence on ${shanghaiDay(scanned.timeMs)} does not name ${flow.product} among the residues it may take`, { problem: 'disposed of outside its licence\'s scope', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive, method: event.method, day: shanghaiDay(scanned.timeMs) }, t, `${flow.lotId}:outside-scope`));
          } else if (!licensed) {
            findings.push(finding(flow.lotId, scanned, ref, `${radioactive ? 'radioactive ' : ''}${flow.product} (${tonnes(flow.massGrams)} t) disposed of by ${scanned.partyId}, which holds no ${category === 'tailings' && !radioactive ? 'disposal or mining' : 'disposal'} licence on ${shanghaiDay(scanned.timeMs)}`, { problem: 'disposed of without a disposal licence', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive, method: event.method, day: shanghaiDay(scanned.timeMs), category }, t, `${flow.lotId}:unlicensed-disposal`));
          }
        }
        return;
      }
      if (event.kind === 'process') {
        judgeResidueMass(scanned, ref);
        judgeTailings(scanned, ref);
        judgeReworkedResidue(scanned, ref);
      }
      // Residue remade from the same residue (repacked, re-leached, blended), or from radioactive
      // residue, is the same waste: its clock does not start again.
      const heldSince = new Map<string, number>();
      let radioactiveSince = Number.POSITIVE_INFINITY;
      if (event.kind === 'process') {
        for (const flow of scanned.flows) {
          const input = flow.direction === -1 ? residues.get(flow.lotId) : undefined;
          if (input === undefined || input.inTransitTo !== undefined || input.holder !== scanned.partyId) continue;
          heldSince.set(input.product, Math.min(heldSince.get(input.product) ?? input.sinceMs, input.sinceMs));
          if (input.radioactive) radioactiveSince = Math.min(radioactiveSince, input.sinceMs);
        }
      }
      if (event.kind === 'export') {
        // Radioactive residue has one lawful end, licensed storage at home: sent abroad under any
        // description, it is dumped, not disposed of.
        for (const flow of scanned.flows) {
          if (flow.direction !== -1 || productByCode(flow.product)?.radioactive !== true) continue;
          findings.push(finding(flow.lotId, scanned, ref, `radioactive ${flow.product} (${tonnes(flow.massGrams)} t, lot ${flow.lotId}) exported to ${event.destinationCountry} by ${scanned.partyId}: radioactive residue must reach licensed radioactive waste storage`, { problem: 'radioactive residue exported', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive: true, destinationCountry: event.destinationCountry }, t, `${flow.lotId}:exported`));
        }
      }
      if (event.kind === 'import') {
        // China has banned every import of solid waste since 2021: a residue brought in is another
        // country's waste dumped here, whatever fee or recovery the importer names.
        for (const flow of scanned.flows) {
          if (flow.direction !== 1 || !isResidue(flow.product)) continue;
          const radioactive = productByCode(flow.product)?.radioactive === true;
          findings.push(finding(flow.lotId, scanned, ref, `${radioactive ? 'radioactive ' : ''}${flow.product} (${tonnes(flow.massGrams)} t, lot ${flow.lotId}) imported from ${event.originCountry} by ${scanned.partyId}: residue is solid waste, which may not be imported`, { problem: 'residue imported', product: flow.product, tonnes: tonnes(flow.massGrams), radioactive, originCountry: event.originCountry }, t, `${flow.lotId}:imported`));
        }
      }
      const withinLoss = event.kind === 'process' && residuesWithinLoss(scanned);
      for (const flow of scanned.flows) {
        if (flow.direction === -1) take(flow.lotId, flow.massGrams, scanned, ref, event.kind === 'process' ? 'consumed' : event.kind === 'export' ? 'exported' : undefined);
        else if (isResidue(flow.product)) {
          const since = Math.min(scanned.timeMs, heldSince.get(flow.product) ?? scanned.timeMs, radioactiveSince);
          const residue = track(scanned, flow.lotId, flow.product, flow.massGrams, scanned.partyId, since);
          residue.events.push(ref);
          if (event.kind === 'process') residue.withinLoss = withinLoss;
        }
      }
    }

    /** Whether a process's residues together hold no more of the rare earths it took in than one
     * stage of processing may lose. */
    function residuesWithinLoss(scanned: ScannedEvent): boolean {
      let fedGrams = 0;
      let residueGrams = 0;
      for (const flow of scanned.flows) {
        if (flow.direction === -1) fedGrams += reGrams(flow.elements);
        else if (isResidue(flow.product)) residueGrams += reGrams(flow.elements);
      }
      return residueGrams <= t.residueLossShareMax * fedGrams;
    }

    /** A process that cracks rock concentrate leaves its gangue as residue: one that books far less
     * residue than the gangue it took in leaves the rest off the books (tipped, not disposed of). */
    function judgeResidueMass(scanned: ScannedEvent, ref: string): void {
      let gangueGrams = 0;
      let residueGrams = 0;
      let cracked = false;
      let product = '';
      const lots: string[] = [];
      for (const flow of scanned.flows) {
        if (flow.direction === -1 && productByCode(flow.product)?.category === 'concentrate' && oreTypeOf(flow.product) === 'rock') {
          gangueGrams += Math.max(0, flow.massGrams - reoGrams(flow.elements));
          product = flow.product;
          lots.push(flow.lotId);
        } else if (flow.direction === 1 && isResidue(flow.product)) {
          residueGrams += flow.massGrams;
          lots.push(flow.lotId);
        } else if (flow.direction === 1 && CRACKED.has(productByCode(flow.product)?.category ?? '')) cracked = true;
      }
      // Blending or sieving concentrate into concentrate cracks nothing.
      if (!cracked || gangueGrams === 0) return;
      // Rock concentrate carries thorium, and cracking leaves it in the residue: a residue of
      // cracking declared as an ordinary one (mine tailings, plain slag) is radioactive waste
      // headed for a site not licensed for it.
      const residuesOut = scanned.flows.filter((f) => f.direction === 1 && isResidue(f.product));
      if (residuesOut.length > 0 && !residuesOut.some((f) => productByCode(f.product)?.radioactive === true)) {
        findings.push(finding(residuesOut[0]!.lotId, scanned, ref, `process ${scanned.eventId} of ${scanned.partyId} cracked rock concentrate and declared its residue ${residuesOut.map((f) => `${f.lotId} as ${f.product}`).join(', ')}, which is not radioactive: the thorium of the concentrate stays in its residue`, { problem: 'thorium-bearing residue declared ordinary', product: residuesOut[0]!.product, residueTonnes: tonnes(residuesOut.reduce((sum, f) => sum + f.massGrams, 0)), radioactive: false }, t, `${ref}:not-radioactive`, [...new Set([...lots, ...residuesOut.map((f) => f.lotId)])]));
      }
      // The leach leaves the rare earths locked in the calcine in its residue: a residue far
      // leaner than its kind was leached again off the books.
      for (const flow of residuesOut) {
        const product = productByCode(flow.product)!;
        if (product.radioactive !== true || flow.massGrams === 0) continue;
        const grade = reGrams(flow.elements) / flow.massGrams;
        const gradeMin = t.crackingResidueGradeFactorMin * typicalGrade(product);
        if (grade >= gradeMin) continue;
        findings.push(finding(flow.lotId, scanned, ref, `process ${scanned.eventId} of ${scanned.partyId} cracked rock concentrate and booked its residue ${flow.lotId} (${flow.product}, ${tonnes(flow.massGrams)} t) at ${gradeText(grade)} rare earth, where such a residue holds about ${percent(typicalGrade(product))} (at least ${percent(gradeMin)}): the rare earths the leach leaves were taken out of it off the books`, { problem: 'cracking residue leaner than its chemistry', product: flow.product, residueTonnes: tonnes(flow.massGrams), gradeShare: grade, gradeShareMin: gradeMin, typicalGradeShare: typicalGrade(product) }, t, `${flow.lotId}:lean`, [...new Set([...lots, flow.lotId])]));
      }
      if (residueGrams >= t.residueGangueShareMin * gangueGrams) return;
      const shareOfGangue = share(residueGrams, gangueGrams);
      findings.push(finding(ref, scanned, ref, `process ${scanned.eventId} of ${scanned.partyId} cracked rock concentrate holding ${tonnes(gangueGrams)} t of gangue and booked ${tonnes(residueGrams)} t of residue (${percent(shareOfGangue)} of it; at least ${percent(t.residueGangueShareMin)}): the rest of its residue is not in the books`, { problem: 'residue left off the books', product, gangueTonnes: tonnes(gangueGrams), residueTonnes: tonnes(residueGrams), residueShareOfGangue: shareOfGangue }, t, `${ref}:residue-mass`, lots));
    }

    /** Beneficiation turns ore into concentrate and tailings: ore that leaves no tailings in the
     * books left them somewhere the books do not show. */
    function judgeTailings(scanned: ScannedEvent, ref: string): void {
      let oreGrams = 0;
      let concentrateGrams = 0;
      let tailingsGrams = 0;
      const lots: string[] = [];
      for (const flow of scanned.flows) {
        const category = productByCode(flow.product)?.category;
        if (flow.direction === -1 && category === 'ore') {
          oreGrams += flow.massGrams;
          lots.push(flow.lotId);
        } else if (flow.direction === 1 && category === 'concentrate') concentrateGrams += flow.massGrams;
        else if (flow.direction === 1 && isResidue(flow.product)) {
          tailingsGrams += flow.massGrams;
          lots.push(flow.lotId);
        }
      }
      const gangue = oreGrams - concentrateGrams;
      if (oreGrams === 0 || concentrateGrams === 0 || gangue <= 0 || tailingsGrams >= t.tailingsShareMin * gangue) return;
      findings.push(finding(lots[0]!, scanned, ref, `beneficiation ${scanned.eventId} of ${scanned.partyId} took in ${tonnes(oreGrams)} t of ore, made ${tonnes(concentrateGrams)} t of concentrate and booked ${tonnes(tailingsGrams)} t of tailings (${percent(share(tailingsGrams, gangue))} of the rest; at least ${percent(t.tailingsShareMin)}): the tailings are not in the books`, { problem: 'tailings left off the books', product: productByCode(scanned.flows.find((f) => f.direction === -1 && productByCode(f.product)?.category === 'ore')!.product)!.code, oreTonnes: tonnes(oreGrams), concentrateTonnes: tonnes(concentrateGrams), tailingsTonnes: tonnes(tailingsGrams) }, t, `${ref}:tailings`, lots));
    }

    /** Residue worked again stays waste: it comes out as residue or as the rare earth compounds a
     * recovery makes, never as ore or concentrate (waste blended into feed and sold as it), and
     * radioactive residue does not shrink on the way. */
    function judgeReworkedResidue(scanned: ScannedEvent, ref: string): void {
      let radioactiveIn = 0;
      let residueIn = 0;
      let massOut = 0;
      const mined: string[] = [];
      const lots: string[] = [];
      for (const flow of scanned.flows) {
        if (flow.direction === -1 && isResidue(flow.product)) {
          residueIn += flow.massGrams;
          if (productByCode(flow.product)?.radioactive === true) radioactiveIn += flow.massGrams;
          lots.push(flow.lotId);
        } else if (flow.direction === 1) {
          massOut += flow.massGrams;
          if (MINED_CATEGORIES.has(productByCode(flow.product)?.category ?? 'slag')) {
            mined.push(flow.lotId);
            lots.push(flow.lotId);
          }
        }
      }
      if (residueIn === 0) return;
      // Tailings floated again by a licensed miner at its concentrator are beneficiation (old
      // tailings are ore of a leaner grade), and leave tailings again; any other residue turned
      // into ore or concentrate, or tailings floated by a party that may not mine, is waste passed
      // off as mined material.
      const tailingsOnly = scanned.flows.every((f) => f.direction !== -1 || !isResidue(f.product) || productByCode(f.product)?.category === 'tailings') && radioactiveIn === 0;
      const leavesTailings = scanned.flows.some((f) => f.direction === 1 && productByCode(f.product)?.category === 'tailings');
      const refloated = tailingsOnly && leavesTailings && holds(scanned.partyId, 'mining', scanned.timeMs);
      if (mined.length > 0 && !refloated) {
        findings.push(finding(mined[0]!, scanned, ref, `process ${scanned.eventId} of ${scanned.partyId} took in ${tonnes(residueIn)} t of residue and put out ore or concentrate (lot ${mined.join(', ')}): waste blended into feed and passed off as mined material`, { problem: 'residue passed off as ore', product: productByCode(scanned.flows.find((f) => f.direction === -1 && isResidue(f.product))!.product)!.code, residueTonnes: tonnes(residueIn), radioactive: radioactiveIn > 0 }, t, `${ref}:residue-as-ore`, lots));
      }
      // Thorium is not treated away: what a process makes of radioactive residue is radioactive.
      const radioactiveOut = scanned.flows.some((f) => f.direction === 1 && productByCode(f.product)?.radioactive === true);
      if (radioactiveIn > 0 && !radioactiveOut) {
        const out = scanned.flows.filter((f) => f.direction === 1).map((f) => f.lotId);
        findings.push(finding(out[0] ?? lots[0]!, scanned, ref, `process ${scanned.eventId} of ${scanned.partyId} took in ${tonnes(radioactiveIn)} t of radioactive residue and put out nothing radioactive (lot ${out.join(', ')}): thorium is not treated away, so radioactive residue has been relabelled as ordinary waste`, { problem: 'radioactive residue relabelled', product: productByCode(scanned.flows.find((f) => f.direction === -1 && productByCode(f.product)?.radioactive === true)!.product)!.code, residueTonnes: tonnes(radioactiveIn), radioactive: true }, t, `${ref}:relabelled`, [...new Set([...lots, ...out])]));
      }
      if (radioactiveIn > 0 && massOut < t.reworkedMassShareMin * radioactiveIn) {
        findings.push(finding(lots[0]!, scanned, ref, `process ${scanned.eventId} of ${scanned.partyId} took in ${tonnes(radioactiveIn)} t of radioactive residue and put out ${tonnes(massOut)} t in all (${percent(massOut / radioactiveIn)}; at least ${percent(t.reworkedMassShareMin)}): the rest of the residue is not in the books`, { problem: 'radioactive residue shrank', product: productByCode(scanned.flows.find((f) => f.direction === -1 && isResidue(f.product))!.product)!.code, residueTonnes: tonnes(radioactiveIn), outTonnes: tonnes(massOut), outShare: share(massOut, radioactiveIn), radioactive: true }, t, `${ref}:residue-shrank`, lots));
      }
    }

    /** `grams` of a lot leave it; a residue parted with (`what` it was done with) is judged first. */
    function take(lot: string, grams: number, scanned?: ScannedEvent, ref?: string, what?: string): void {
      const residue = residues.get(lot);
      if (residue === undefined) return;
      if (scanned !== undefined && ref !== undefined && what !== undefined) judgeHeld(residue, scanned.timeMs, { ref, what });
      residue.remainingGrams -= grams;
      if (residue.remainingGrams <= 0) residues.delete(lot);
    }

    return {
      observe,
      finish() {
        for (const residue of residues.values()) judgeHeld(residue, context.asOfMs);
        return findings;
      },
    };
  },
  summaryZh: ({ subject, partyId, evidence }) => zhFrom(evidence, (e) => {
    const radioactive = e.opt('radioactive') === true ? '放射性' : '';
    const product = productZh(e.str('product'));
    switch (e.str('problem')) {
      case 'held beyond the storage limit': {
        const parting = e.opt('parting');
        if (parting === undefined) return undefined;
        const madeIn = e.opt('madeIn');
        const days = e.num('heldDays');
        const what = ({ shipped: '发运', 'disposed of': '处置', consumed: '消耗', exported: '出口' } as Record<string, string>)[String(parting)];
        const until = parting === null ? `${days} 天未作处置` : `${days} 天后才于 ${e.str('untilDay')} 将其${what ?? String(parting)}`;
        const limit = e.bool('limitRadioactive') ? `未持有处置许可证的企业贮存放射性尾渣不超过 ${e.num('heldDaysMax')} 天` : `${e.num('heldDaysMax')} 天`;
        return `${radioactive}尾渣${product}（批次 ${subject}，${e.num('tonnes')} 吨${typeof madeIn === 'string' ? `，产生于 ${madeIn}` : ''}）由 ${partyId} 贮存 ${until}（限期为${limit}）`;
      }
      case 'shipped to an unlicensed receiver':
        return `${radioactive}尾渣${product}（${e.num('tonnes')} 吨，批次 ${subject}）发运给 ${e.str('receiver')}，而该企业于 ${e.str('day')} 未持有${radioactive === '' ? '处置、综合利用、开采或冶炼分离' : '处置'}许可证`;
      case 'product disposed of as waste':
        return `${e.num('tonnes')} 吨${product}（${e.num('tonnesReo')} 吨 REO）属于产品而非尾渣，却以${disposalMethodZh(e.str('method'))}方式处置`;
      case 'cracking residue leaner than its chemistry':
        return `${partyId} 的加工事件 ${eventIdOf(e.strs('events')[0] ?? '')} 分解岩矿精矿，其尾渣 ${subject}（${product}，${e.num('residueTonnes')} 吨）稀土含量仅 ${gradeText(e.num('gradeShare'))}，而此类尾渣通常约含 ${percent(e.num('typicalGradeShare'))}（下限 ${percent(e.num('gradeShareMin'))}）：浸出后残留的稀土已在账外提取`;
      case 'disposed of outside its licence\'s scope':
        return `${radioactive}${product}（${e.num('tonnes')} 吨）由 ${partyId} 处置，而该企业 ${e.str('day')} 的处置许可证所列可接收的尾渣不含${product}`;
      case 'tailings disposed of outside tailings storage':
        return `${product}（${e.num('tonnes')} 吨）由 ${partyId} 以“${disposalMethodZh(e.str('method'))}”方式处置${e.opt('site') === null ? '，未指明处置场所' : `于 ${e.str('site')}`}：无处置许可证的矿山只能将尾矿存放于尾矿库`;
      case 'disposed of at an unlicensed site':
        return `${radioactive}${product}（${e.num('tonnes')} 吨）由 ${partyId} 在 ${e.str('site')} 处置，而其处置许可证只涵盖 ${e.strs('licensedSites').join('、')}`;
      case 'recyclable scrap disposed of':
        return `${product}（${e.num('tonnes')} 吨，批次 ${subject}）以${disposalMethodZh(e.str('method'))}方式处置，稀土含量 ${percent(e.num('gradeShare'))}（界限 ${percent(e.num('gradeShareMax'))}）：值得回收的废料以废物名义流出追溯体系`;
      case 'rich residue disposed of':
        return `${radioactive}${product}（${e.num('tonnes')} 吨，批次 ${subject}）以${disposalMethodZh(e.str('method'))}方式处置，稀土含量 ${percent(e.num('gradeShare'))}，高于同类尾渣应有的含量（界限 ${percent(e.num('gradeShareMax'))}）：值得回收的物料以废物名义流出追溯体系`;
      case 'residue passed off as ore':
        return `${partyId} 的加工事件 ${eventIdOf(e.strs('events')[0] ?? '')} 投入 ${e.num('residueTonnes')} 吨${radioactive}尾渣，却产出原矿或精矿（批次 ${subject}）：废渣掺入原料冒充开采所得`;
      case 'radioactive residue relabelled':
        return `${partyId} 的加工事件 ${eventIdOf(e.strs('events')[0] ?? '')} 投入 ${e.num('residueTonnes')} 吨放射性尾渣，产出中却没有放射性物料（批次 ${subject}）：钍不会被处理掉，放射性尾渣被改称为普通废物`;
      case 'radioactive residue shrank':
        return `${partyId} 的加工事件 ${eventIdOf(e.strs('events')[0] ?? '')} 投入 ${e.num('residueTonnes')} 吨放射性尾渣，产出合计仅 ${e.num('outTonnes')} 吨（${percent(e.num('outShare'))}，下限 ${percent(e.at('thresholds').num('reworkedMassShareMin'))}）：其余尾渣未入账`;
      case 'thorium-bearing residue declared ordinary':
        return `${partyId} 的加工事件 ${eventIdOf(e.strs('events')[0] ?? '')} 分解岩矿精矿，却把其尾渣（批次 ${subject}，${e.num('residueTonnes')} 吨）申报为非放射性的${product}：精矿中的钍留在其尾渣中`;
      case 'tailings left off the books':
        return `${partyId} 的选矿事件 ${eventIdOf(e.strs('events')[0] ?? '')} 投入原矿 ${e.num('oreTonnes')} 吨，产出精矿 ${e.num('concentrateTonnes')} 吨，仅记录尾矿 ${e.num('tailingsTonnes')} 吨（下限为其余部分的 ${percent(e.at('thresholds').num('tailingsShareMin'))}）：尾矿未入账`;
      case 'residue left off the books':
        return `${partyId} 的加工事件 ${eventIdOf(subject)} 处理的岩矿精矿含脉石 ${e.num('gangueTonnes')} 吨，却只记录了 ${e.num('residueTonnes')} 吨尾渣（为脉石的 ${percent(e.num('residueShareOfGangue'))}，下限 ${percent(e.at('thresholds').num('residueGangueShareMin'))}）：其余尾渣未入账`;
      case 'residue imported':
        return `${radioactive}${product}（${e.num('tonnes')} 吨，批次 ${subject}）由 ${partyId} 自 ${e.str('originCountry')} 进口：尾渣属固体废物，禁止进口`;
      case 'radioactive residue exported':
        return `放射性${product}（${e.num('tonnes')} 吨，批次 ${subject}）由 ${partyId} 出口至 ${e.str('destinationCountry')}：放射性尾渣必须进入持证的放射性废物贮存设施`;
      case 'radioactive residue disposed of as ordinary waste':
        return `放射性${product}（${e.num('tonnes')} 吨）以${disposalMethodZh(e.str('method'))}方式处置，未进入放射性废物贮存`;
      case 'disposed of without a disposal licence':
        return `${radioactive}${product}（${e.num('tonnes')} 吨）由 ${partyId} 处置，而该企业于 ${e.str('day')} 未持有${e.str('category') === 'tailings' && radioactive === '' ? '处置或开采' : '处置'}许可证`;
      default:
        return undefined;
    }
  }),
};

/** What cracking a concentrate makes: its rare earths as compounds, free of the gangue. */
const CRACKED: ReadonlySet<string> = new Set(['mixed-compound', 'oxide', 'salt']);

function isResidue(product: string): boolean {
  const category = productByCode(product)?.category;
  return category !== undefined && RESIDUE_CATEGORIES.has(category);
}

/** A finding about `subject` (a lot, or the process event), naming `lots` (by default the subject). */
/** A grade in per cent, or in parts per million where a per cent with one decimal would read 0. */
function gradeText(share: number): string {
  return share < 0.0005 ? `${Math.round(share * 1e6)} ppm` : percent(share);
}

function finding(subject: string, scanned: ScannedEvent, ref: string, summary: string, figures: Record<string, unknown>, t: T, key: string, lots: readonly string[] = [subject]): Finding {
  return {
    ruleId: 'residue-disposal',
    key,
    partyId: scanned.partyId,
    period: shanghaiMonth(scanned.timeMs),
    subject,
    summary,
    evidence: { events: [ref], lots: [...lots], thresholds: t, ...figures },
  };
}
