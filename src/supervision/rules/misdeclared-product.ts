// A lot whose composition is not what its label says. Every way mined material is laundered goes
// through a label: concentrate "collected" as magnet scrap or batteries (recyclers need no mining
// quota), concentrate "left" as tailings or slag (out of the books, into a smuggler's truck), a
// dysprosium oxide called a magnet (outside the export controls). The grade and the mix of rare
// earths are what the material is; this rule holds every lot that enters the books to its label.
import { ELEMENT_SYMBOLS, type ElementSymbol } from '../../domain/elements.ts';
import { addCompositions, reoGrams, type Composition } from '../../domain/composition.ts';
import { productMisfits, reGrams, reShares, RESIDUE_CATEGORIES, typicalGrade, type Misfit } from '../../domain/product-fit.ts';
import { judgeResidues } from '../../domain/residue-fit.ts';
import { CATEGORY_NAMES, productByCode } from '../../domain/products.ts';
import { CHINESE_DEPOSIT_PRODUCTS, originMisfit } from '../../domain/origins.ts';
import { gradeBandOf } from '../../domain/grade-bands.ts';
import type { NewLot } from '../../ledger/document-schema.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { shanghaiMonth } from '../../domain/periods.ts';
import { eventIdOf, eventKindZh, eventRef, percent, productZh, share, tonnes, zhFrom, type EvidenceReader } from '../evidence.ts';
import type { AppliedEvent, CaptureRule, DocumentFacts, Finding } from '../rule.ts';

const thresholds = {
  gradeFactorMax: 3,
  gradeBandMarginShare: 0.05,
  foreignShareMax: 0.1,
  distributionDistanceMax: 0.35,
  depositDistanceMax: 0.25,
  depositElementFactorMax: 1.5,
  residueShareMax: 0.25,
  residueShareRefinedMax: 0.135,
  residueExcessFactorMax: 2,
  residueExcessShareMax: 0.04,
  residueDistanceMax: 0.2,
  reGramsMin: 100,
  freshScrapShareMax: 0.5,
};

/** What a process may take in and, in part, leave as pre-consumer scrap (swarf, off-cuts, a spoiled
 * batch): anything made. Scrap from these alone, as most of what a process puts out, is not scrap:
 * nothing was made that it fell from. */
const FRESH_FEED: ReadonlySet<string> = new Set(['ore', 'concentrate', 'mixed-compound', 'oxide', 'salt', 'metal']);
/** Output over input mass above which a process that makes scrap of fresh material made something
 * of it (an alloy, a magnet body): below, it wrote spoiled material down as scrap. */
const FRESH_SCRAP_MASS_GAIN = 1.05;
/** Share of its grade that material written down as spoiled has lost at least: more than an assay
 * differs by (a judgement). */
const SPOILED_GRADE_LOSS_MIN = 0.01;

export const misdeclaredProduct: CaptureRule<typeof thresholds> = {
  id: 'misdeclared-product',
  stage: 'capture',
  title: { zh: '申报品名与成分不符（以废料、尾矿、废渣等名义掩盖稀土产品）', en: 'Declared product does not fit its composition' },
  explanation: {
    zh: '新入账的批次（开采、进口、收购或加工产出）其稀土品位或元素配分与所申报品名不符：如以废料、电池、尾矿或废渣名义申报的精矿，品位高于任何磁体、以磁体废料名义申报的新金属或氧化物，以混合氧化物名义申报的精矿或以碳酸盐名义申报的煅烧精矿，镧铈含量高的“钕铁硼废料”，以“磁体”名义申报的镝、铽产品；或一次加工把投入中某元素的大部分作为废渣、尾矿产出。',
    en: 'A lot entering the books (extracted, imported, collected or put out by a process) whose rare earth grade or mix does not fit the product it is declared as: concentrate declared as scrap, batteries, tailings or slag; fresh metal or oxide declared as magnet scrap, richer than any magnet; a concentrate declared as a mixed oxide, or a calcined concentrate as a carbonate; "NdFeB scrap" rich in La and Ce; a dysprosium product called a magnet; or a process that puts most of an element it took in into residues.',
  },
  severity: 'critical',
  legalBasis: {
    zh: '《稀土管理条例》（国务院令第785号）：非法交易、非法综合利用（予以没收，并处违法所得5倍以上10倍以下罚款），稀土产品流向记录；稀土开采、冶炼分离总量控制指标下达通知：综合利用企业不得购买稀土矿产品；《稀土产品的包装、标志、运输和贮存》强制性国家标准（2019年报批稿）：标志注明产品及其来源；商务部 海关总署公告2025年第18号：管制依物项本身认定，不论其申报名称',
    en: 'Rare Earth Management Regulations (State Council Order 785): illegal trade and recycling (confiscation and 5–10× the illegal income), product-flow records; quota notices: recyclers may not buy mineral products; package labels (2019 draft standard): the label names the product and its source; MOFCOM/GACC Announcement 2025 No. 18: controls follow the item, whatever it is called',
  },
  thresholds,
  thresholdNotes: {
    gradeFactorMax: 'largest rare earth grade accepted, as a multiple of the declared product\'s typical grade (src/domain/products.ts), for products without a grade band, whose grade follows the deposit, the feed or a design (ores, tailings, slag, whole end-of-life motors, drives and electronics), and besides their band for concentrates and mixed compounds; a residue a process leaves may also be as rich as the process\'s feed, never richer. A judgement: shared/DOMAIN.md gives concentrates 41.6–55.8 % REO about a traded 50 % and no spread for ores or residues; three times leaves room for lean ore and rich residues, while concentrate (≈ 42 % rare earth) declared as tailings (≈ 6 %) or slag (≈ 1 %) passes it',
    gradeBandMarginShare: 'share by which a lot\'s grade may pass either edge of its product\'s grade band (src/domain/grade-bands.ts: what its chemistry allows, from stoichiometry, shared/DOMAIN.md or judgement, each band saying which): assay and rounding, a judgement',
    foreignShareMax: 'largest share of a made-to-recipe product\'s rare earths in elements its typical composition has none of',
    distributionDistanceMax: 'largest total-variation distance (0–1) between the rare earth mix of scrap or a magnet and its product\'s typical mix',
    depositDistanceMax: 'largest total-variation distance (0–1) between the rare earth mix of an ore or concentrate and its product\'s, whose code names its deposit: deposit types differ by 0.33 (two ion-adsorption clay types) to 0.9 (clay against rock), while one deposit varies from bench to bench by a tenth (a judgement; Bayan Obo, Mianning and monazite lie within 0.11 of one another and are not told apart)',
    depositElementFactorMax: 'factor by which one element\'s share of the rare earths in an ore or concentrate of a named deposit (Bayan Obo, Mianning) may differ from the deposit\'s: either way for its major elements (2 % of the rare earths or more; the deposit\'s mix keeps its proportions from bench to bench, a cerium-rich bench moving Pr and Nd by a fifth), upward for its minor ones present at 2 % or more (yttrium tipped in from southern clay). A judgement; shared/DOMAIN.md gives the deposits\' Ce share, not its spread',
    residueShareMax: 'largest share of an element a process took in that may leave it in residues (slag, tailings) where its feed is mostly ore: the lowest recovery shared/DOMAIN.md allows is beneficiation\'s 75 %',
    residueShareRefinedMax: 'the same where its feed is not mostly ore: the lowest recovery the norms allow past beneficiation, concentrate to separated products of ionic ore, 0.92 × 0.94 (shared/DOMAIN.md), loses 13.5 %; every later stage (oxide to metal, metal to alloy, scrap to oxide) keeps more',
    residueExcessFactorMax: 'largest share of an element a process took in that its residues may hold, as a multiple of the share of all its other elements together: leaching loses every element alike, so a residue\'s shares differ only by assay error (a judgement: tens of percent on a minor element of a lean residue, not a doubling); not applied to a feed mostly of ore, whose beneficiation recovers by mineral',
    residueExcessShareMax: 'largest amount by which that share may pass the other elements\' share, as a share of the element fed: the loss one separation step allows (mixed → separated > 96 %, shared/DOMAIN.md), which says nothing of losses differing by element; below it an element at the edge of the norm beside a good plant\'s others is quiet',
    residueDistanceMax: 'largest total-variation distance (0–1) between the rare earth mix of what a process left in residues and the mix of what it took in: 0 when losses are even; the factor above, at its worst split (half the feed losing twice the other half\'s share), moves the mix by 1/6, so 0.2 is beyond what assay error and that tolerance explain (a judgement). Not applied to a feed mostly of ore',
    freshScrapShareMax: 'largest share of the rare earths a process puts out that may be pre-consumer scrap when it took in only fresh ore products, compounds, oxides, salts or metals: scrap falls from making something (swarf and off-cuts are a tenth to a third of a magnet line\'s output; an alloy line\'s dross is slag), so a melt of fresh metal that is mostly "scrap" made no product to fall from (a judgement)',
    reGramsMin: 'smallest rare earth content, in grams, of a lot (or of an element left in residues) that is judged: below it, a sample whose grade says little',
  },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      const { event } = applied;
      if (event.kind === 'extract' || event.kind === 'import' || event.kind === 'collect') {
        const finding = judgeLot(facts, applied, event.lot, `${applied.prefix}lot`, t);
        if (finding !== undefined) findings.push(finding);
        if (event.kind === 'import') {
          const origin = originFinding(facts, applied, event.lot, event.originCountry);
          if (origin !== undefined) findings.push(origin);
        }
      } else if (event.kind === 'process') {
        const feedGrade = feedGradeOf(applied);
        event.outputs.forEach((output, i) => {
          const residue = RESIDUE_CATEGORIES.has(productByCode(output.product)?.category ?? 'ore');
          const finding = judgeLot(facts, applied, output, `${applied.prefix}outputs[${i}]`, t, residue ? feedGrade : 0);
          if (finding !== undefined) findings.push(finding);
        });
        const hidden = residueFinding(facts, applied, t);
        if (hidden !== undefined) findings.push(hidden);
        const fresh = freshScrapFinding(facts, applied, t);
        if (fresh !== undefined) findings.push(fresh);
        const traded = tradersMakeFinding(facts, applied);
        if (traded !== undefined) findings.push(traded);
      }
    }
    return findings;
  },
  summaryZh: ({ partyId, subject, evidence }) => zhFrom(evidence, (e) => {
    if (e.opt('misfitFigures') !== undefined) {
      const product = e.str('declaredProduct');
      return `批次 ${subject}（${e.num('tonnes')} 吨）在${eventKindZh(e.str('event'))}中申报为${productZh(product)}，但${misfitsZh(e, 'misfitFigures', product)}`;
    }
    if (e.opt('originCountry') !== undefined) {
      const product = e.str('declaredProduct');
      const why = e.bool('chineseDeposit') ? `${productZh(product)}以中国境内的矿床命名，其原产国不可能是 ${e.str('originCountry')}` : `${e.str('originCountry')} 不开采稀土，不可能是${productZh(product)}的原产国`;
      return `批次 ${subject}（${e.num('tonnes')} 吨）以${productZh(product)}名义从 ${e.str('originCountry')} 进口，而${why}：国内开采的矿产品以进口名义入账`;
    }
    if (e.opt('madeCategories') !== undefined) {
      const names = (codes: readonly string[]) => codes.map((c) => (CATEGORY_NAMES as Record<string, readonly [string, string]>)[c]?.[0] ?? c).join('、');
      return `仅登记为贸易、进出口企业的 ${partyId} 在加工事件 ${eventIdOf(subject)} 中以${names(e.strs('fedCategories'))}“制成”${names(e.strs('madeCategories'))}（批次 ${e.strs('lots').join('、')}）：贸易企业不生产任何产品，所谓新产品即其投入物料换了名称`;
    }
    if (e.opt('scrapShare') !== undefined) {
      return `${partyId} 的加工事件 ${eventIdOf(subject)} 仅投入新的${e.strs('feedCategories').map((c) => (CATEGORY_NAMES as Record<string, readonly [string, string]>)[c]?.[0] ?? c).join('、')}，却将产出稀土的 ${percent(e.num('scrapShare'))}（${e.num('scrapTonnes')} 吨，批次 ${e.strs('lots').join('、')}）申报为生产废料（上限 ${percent(e.at('thresholds').num('freshScrapShareMax'))}）：废料出自制造某种产品，而此次加工并未制成任何产品，所谓“废料”即新料`;
    }
    if (e.opt('residueRatios') === undefined) return undefined;
    const byElement = e.at('byElement');
    const ratios = e.at('residueRatios');
    const t = e.at('thresholds');
    const elements = Object.keys(evidence['byElement'] as object);
    const over = (el: string) => byElement.at(el).strs('over');
    const clauses: string[] = [];
    const ofShare = elements.filter((el) => over(el).includes('share'));
    if (ofShare.length > 0) {
      clauses.push(`${ofShare.map((el) => `所投入 ${el} 的 ${percent(ratios.at(el).num('share'))}（${byElement.at(el).num('residueTonnes')} 吨）`).join('，')}，而上限为 ${percent(e.opt('evennessJudged') === true && typeof t.opt('residueShareRefinedMax') === 'number' ? t.num('residueShareRefinedMax') : t.num('residueShareMax'))}`);
    }
    const selective = elements.filter((el) => over(el).includes('selective'));
    if (selective.length > 0) {
      clauses.push(`${selective.map((el) => `其 ${el} 的 ${percent(ratios.at(el).num('share'))}（${byElement.at(el).num('residueTonnes')} 吨，超出其他元素比例 ${byElement.at(el).num('excessTonnes')} 吨），而其他元素仅损失 ${percent(ratios.at(el).num('othersShare'))}`).join('，')}：浸出对各元素的损失应当一致（上限为 ${t.num('residueExcessFactorMax')} 倍且高出其他元素不超过 ${percent(t.num('residueExcessShareMax'))}）`);
    }
    const distance = e.opt('distanceRatio');
    if (typeof distance === 'number') clauses.push(`稀土配分与其投料相差 ${percent(distance)}（上限 ${percent(t.num('residueDistanceMax'))}）`);
    return `${partyId} 的加工事件 ${eventIdOf(subject)} 在尾渣批次 ${e.strs('lots').join('、')}（${e.num('residueTonnes')} 吨，${e.num('residueTonnesReo')} 吨 REO）中留下了${clauses.join('；以及')}：产品被作为废料核销`;
  }),
};

/** A misfit as the evidence keeps it: unrounded, so a summary read later states the figures as the
 * English summary did, with what that sentence named besides. */
export interface MisfitFigures {
  kind: Misfit['kind'];
  value: number;
  limit: number;
  /** The elements the product does not carry, for `foreign-elements`. */
  foreignElements?: string[];
  /** The controlled elements a `controlled-share` misfit counts, and the share its product's
   * typical mix carries of them. */
  controlledElements?: string[];
  typical?: number;
  /** The grade of the feed a residue may reach, for `grade` when the residue was judged by it. */
  feedGrade?: number;
  /** The element a `deposit-element` misfit is about (its deposit's share is `typical`). */
  element?: string;
}

export function misfitFigures(misfits: readonly Misfit[], productCode: string, composition: Composition, feedGrade = 0, controlled: readonly string[] = []): MisfitFigures[] {
  const typical = productByCode(productCode)?.typicalFractions ?? {};
  return misfits.map((m) => ({
    kind: m.kind, value: m.value, limit: m.limit,
    ...(m.kind === 'foreign-elements' ? { foreignElements: ELEMENT_SYMBOLS.filter((e) => (composition[e] ?? 0) > 0 && (typical[e] ?? 0) === 0) } : {}),
    ...(m.kind === 'controlled-share' ? { controlledElements: [...(m.elements ?? controlled)], ...(m.typical === undefined ? {} : { typical: m.typical }) } : {}),
    ...(m.kind === 'grade' && feedGrade > 0 ? { feedGrade } : {}),
    ...(m.kind === 'deposit-element' ? { element: m.element!, typical: m.typical! } : {}),
  }));
}

/** As src/domain/product-fit.ts states a share in a misfit. */
function pct(value: number): string {
  return `${(value * 100).toFixed(value < 0.01 ? 2 : 1)} %`;
}

/** The misfits kept under `key` in Chinese; the grade band's basis, a note in English on where the
 * band comes from, is left to the English summary. */
export function misfitsZh(e: EvidenceReader, key: string, productCode: string): string {
  const list = e.list(key) as MisfitFigures[];
  const product = productByCode(productCode);
  const name = productZh(productCode);
  const band = gradeBandOf(productCode);
  const holds = band === undefined
    ? `约为 ${product === undefined ? '' : pct(typicalGrade(product))}`
    : `为 ${band.min > 0 ? `${pct(band.min)}–` : '至多 '}${pct(band.max)}`;
  return list.map((m) => {
    switch (m.kind) {
      case 'grade': return `其稀土含量按质量计为 ${pct(m.value)}，而${name}的稀土含量${holds}${m.feedGrade === undefined ? '' : `，其投料含量为 ${pct(m.feedGrade)}`}（上限 ${pct(m.limit)}）`;
      case 'lean': return `其稀土含量按质量计仅为 ${pct(m.value)}，而${name}的稀土含量${holds}（下限 ${pct(m.limit)}）`;
      case 'foreign-elements': return `其稀土中有 ${pct(m.value)} 为 ${(m.foreignElements ?? []).join('、')}，而${name}不含这些元素（上限 ${pct(m.limit)}）`;
      case 'distribution': return `其稀土配分与${name}相差 ${pct(m.value)}（上限 ${pct(m.limit)}）`;
      case 'deposit-element': return `其 ${m.element ?? ''} 占稀土的 ${pct(m.value)}，而${name}所出矿床为 ${pct(m.typical ?? 0)}（界限 ${pct(m.limit)}，相差倍数上限 ${e.at('thresholds').num('depositElementFactorMax')}）`;
      case 'controlled-share': return `其稀土中有 ${pct(m.value)} 为出口管制元素 ${(m.controlledElements ?? []).join('、')}，而${name}通常约含 ${pct(m.typical ?? 0)}（上限 ${pct(m.limit)}）`;
    }
  }).join('；');
}

/** The rare earth grade of what a process took in. */
function feedGradeOf(applied: AppliedEvent): number {
  let re = 0;
  let mass = 0;
  for (const flow of applied.flows) {
    if (flow.direction !== -1) continue;
    re += reGrams(flow.elements);
    mass += flow.massGrams;
  }
  return mass === 0 ? 0 : re / mass;
}

function judgeLot(facts: DocumentFacts, applied: AppliedEvent, lot: NewLot, field: string, t: typeof thresholds, gradeMaxAtLeast = 0): Finding | undefined {
  const composition = lot.composition as Composition;
  if (reGrams(composition) < t.reGramsMin) return undefined;
  const misfits = productMisfits(lot.product, composition, lot.massGrams, t, gradeMaxAtLeast);
  if (misfits.length === 0) return undefined;
  const id = qualifyLotId(lot.id, facts.recorder.id);
  const band = gradeBandOf(lot.product);
  const ref = eventRef(facts.recorder.id, applied.event.id);
  return {
    ruleId: 'misdeclared-product',
    key: id,
    partyId: facts.recorder.id,
    period: shanghaiMonth(applied.timeMs),
    subject: id,
    summary: `lot ${id} (${tonnes(lot.massGrams)} t) declared as ${lot.product} in a ${applied.event.kind}, but ${misfits.map((m) => m.text).join('; ')}`,
    evidence: {
      events: [ref], lots: [id], thresholds: t, declaredProduct: lot.product, category: productByCode(lot.product)?.category ?? null, event: applied.event.kind,
      tonnes: tonnes(lot.massGrams), reTonnes: tonnes(reGrams(composition)), grade: share(reGrams(composition), lot.massGrams),
      misfits: misfits.map((m) => ({ kind: m.kind, value: share(m.value, 1), limit: share(m.limit, 1) })), gradeBand: band === undefined ? null : { min: share(band.min, 1), max: share(band.max, 1) },
      distribution: rounded(reShares(composition)), misfitFigures: misfitFigures(misfits, lot.product, composition, gradeMaxAtLeast),
    },
    at: { event: applied.index, field },
    seq: applied.seq,
  };
}

/** A process whose residues hold what residues do not carry: more of an element than any legal
 * recovery loses, an element left far above the others' share, or a mix that is not its feed's
 * (src/domain/residue-fit.ts): product written off as waste. Residues fed in may leave as
 * residues again. */
function residueFinding(facts: DocumentFacts, applied: AppliedEvent, t: typeof thresholds): Finding | undefined {
  const fed: Composition = {};
  const residueIn: Composition = {};
  const residueOut: Composition = {};
  const residueLots: string[] = [];
  let oreReGrams = 0;
  let residueMassGrams = 0;
  for (const flow of applied.flows) {
    const product = productByCode(facts.lotBefore(flow.lotId)?.product ?? '');
    const residue = product !== undefined && RESIDUE_CATEGORIES.has(product.category);
    const into = flow.direction === 1 ? (residue ? residueOut : undefined) : residue ? residueIn : fed;
    if (into === undefined) continue;
    if (flow.direction === 1) {
      residueLots.push(flow.lotId);
      residueMassGrams += flow.massGrams;
    } else if (product?.category === 'ore') oreReGrams += reGrams(flow.elements);
    for (const e of ELEMENT_SYMBOLS) if ((flow.elements[e] ?? 0) > 0) into[e] = (into[e] ?? 0) + flow.elements[e]!;
  }
  if (residueLots.length === 0) return undefined;
  const judged = judgeResidues({ fed, residueIn, residueOut, oreReGrams }, t);
  const elements = Object.keys(judged.elements) as ElementSymbol[];
  if (elements.length === 0 && !judged.distanceOver) return undefined;
  const ref = eventRef(facts.recorder.id, applied.event.id);
  const byElement: Record<string, { fedTonnes: number; residueTonnes: number; share: number; othersShare: number; excessTonnes: number; over: string[] }> = {};
  for (const e of elements) {
    const f = judged.elements[e]!;
    byElement[e] = { fedTonnes: tonnes(f.fedGrams), residueTonnes: tonnes(f.residueGrams), share: share(f.residueGrams, f.fedGrams), othersShare: share(f.othersShare, 1), excessTonnes: tonnes(f.excessGrams), over: f.over };
  }
  const clauses: string[] = [];
  const ofShare = elements.filter((e) => judged.elements[e]!.over.includes('share'));
  if (ofShare.length > 0) {
    clauses.push(`${ofShare.map((e) => `${percent(judged.elements[e]!.share)} of the ${e} it took in (${byElement[e]!.residueTonnes} t)`).join(', ')}, where the limit is ${percent(judged.evennessJudged ? t.residueShareRefinedMax : t.residueShareMax)}`);
  }
  const selective = elements.filter((e) => judged.elements[e]!.over.includes('selective'));
  if (selective.length > 0) {
    clauses.push(`${selective.map((e) => `${percent(judged.elements[e]!.share)} of its ${e} (${byElement[e]!.residueTonnes} t, ${byElement[e]!.excessTonnes} t beyond the others' share) where its other elements lost ${percent(judged.elements[e]!.othersShare)}`).join(', ')}: leaching loses every element alike (limit ${t.residueExcessFactorMax}× and ${percent(t.residueExcessShareMax)} above the others)`);
  }
  if (judged.distanceOver) clauses.push(`a rare earth mix ${percent(judged.distance!)} away from its feed's (limit ${percent(t.residueDistanceMax)})`);
  const residueRe = reGrams(residueOut);
  return {
    ruleId: 'misdeclared-product',
    key: `${ref}:residues`,
    partyId: facts.recorder.id,
    period: shanghaiMonth(applied.timeMs),
    subject: ref,
    summary: `process ${applied.event.id} of ${facts.recorder.id} left in residue ${residueLots.join(', ')} (${tonnes(residueMassGrams)} t, ${tonnes(reoGrams(residueOut))} t REO) ${clauses.join('; and ')}: product written off as waste`,
    evidence: {
      events: [ref], lots: residueLots, thresholds: t, byElement, residueTonnes: tonnes(residueMassGrams), residueTonnesReo: tonnes(reoGrams(residueOut)),
      residueGrade: share(residueRe, residueMassGrams), distance: judged.distance === undefined ? null : share(judged.distance, 1),
      residueDistribution: rounded(reShares(residueOut)), feedDistribution: rounded(reShares(addCompositions(fed, residueIn))), evennessJudged: judged.evennessJudged,
      residueRatios: Object.fromEntries(elements.map((e) => [e, { share: judged.elements[e]!.share, othersShare: judged.elements[e]!.othersShare }])),
      distanceRatio: judged.distanceOver ? judged.distance! : null,
    },
    at: { event: applied.index, field: `${applied.prefix}outputs` },
    seq: applied.seq,
  };
}

/** An import of ore or concentrate from a country that cannot be its origin: mined material brought
 * into the books as foreign, outside the mining quota (src/domain/origins.ts). */
function originFinding(facts: DocumentFacts, applied: AppliedEvent, lot: NewLot, country: string): Finding | undefined {
  const misfit = originMisfit(lot.product, productByCode(lot.product)?.category, country);
  if (misfit === undefined) return undefined;
  const id = qualifyLotId(lot.id, facts.recorder.id);
  return {
    ruleId: 'misdeclared-product',
    key: `${id}:origin`,
    partyId: facts.recorder.id,
    period: shanghaiMonth(applied.timeMs),
    subject: id,
    summary: `lot ${id} (${tonnes(lot.massGrams)} t) imported as ${lot.product} from ${country}, but ${misfit}: domestic ore entering the books as an import`,
    evidence: {
      events: [eventRef(facts.recorder.id, applied.event.id)], lots: [id], thresholds: {}, declaredProduct: lot.product, tonnes: tonnes(lot.massGrams),
      originCountry: country, chineseDeposit: CHINESE_DEPOSIT_PRODUCTS.has(lot.product), problem: misfit,
    },
    at: { event: applied.index, field: `${applied.prefix}originCountry` },
    seq: applied.seq,
  };
}

/** Roles that trade goods and make none. */
const TRADE_ROLES: ReadonlySet<string> = new Set(['trader', 'exporter', 'importer']);

/** A process by a party registered only to trade whose outputs are of a kind it did not take in: a
 * trading house makes nothing, so the new product is its feed under another name (terbium oxide
 * tumbled with La and Ce oxides and called phosphor, concentrate called an alloy). Repacking,
 * blending and sieving what it bought into the same kind of product is handling, and is not this. */
function tradersMakeFinding(facts: DocumentFacts, applied: AppliedEvent): Finding | undefined {
  if (applied.event.kind !== 'process') return undefined;
  const roles = facts.party(facts.recorder.id, applied.timeMs)?.roles ?? facts.recorder.roles;
  if (roles.length === 0 || !roles.every((r) => TRADE_ROLES.has(r))) return undefined;
  const fed = new Set<string>();
  for (const flow of applied.flows) {
    if (flow.direction !== -1) continue;
    const category = productByCode(facts.lotBefore(flow.lotId)?.product ?? '')?.category;
    if (category !== undefined) fed.add(category);
  }
  const made = applied.event.outputs.filter((o) => {
    const category = productByCode(o.product)?.category;
    return category !== undefined && !fed.has(category) && reGrams(o.composition as Composition) > 0;
  });
  if (fed.size === 0 || made.length === 0) return undefined;
  const ref = eventRef(facts.recorder.id, applied.event.id);
  const madeCategories = [...new Set(made.map((o) => productByCode(o.product)!.category))];
  const lots = made.map((o) => qualifyLotId(o.id, facts.recorder.id));
  return {
    ruleId: 'misdeclared-product',
    key: `${ref}:traded`,
    partyId: facts.recorder.id,
    period: shanghaiMonth(applied.timeMs),
    subject: ref,
    summary: `${facts.recorder.id}, registered only to trade (${roles.join(', ')}), "made" ${madeCategories.join(', ')} (lot ${lots.join(', ')}) from ${[...fed].join(', ')} in process ${applied.event.id}: a trading house makes nothing, so the new product is its feed under another name`,
    evidence: { events: [ref], lots, thresholds: {}, roles: [...roles], fedCategories: [...fed], madeCategories },
    at: { event: applied.index, field: `${applied.prefix}outputs` },
    seq: applied.seq,
  };
}

/** A process fed only fresh material whose output is mostly pre-consumer scrap: fresh metal or oxide
 * relabelled as scrap (outside the controls scrap escapes, or as "recycled" feed). */
function freshScrapFinding(facts: DocumentFacts, applied: AppliedEvent, t: typeof thresholds): Finding | undefined {
  if (applied.event.kind !== 'process') return undefined;
  const feedCategories = new Set<string>();
  for (const flow of applied.flows) {
    if (flow.direction !== -1) continue;
    const category = productByCode(facts.lotBefore(flow.lotId)?.product ?? '')?.category ?? '';
    if (!FRESH_FEED.has(category)) return undefined;
    feedCategories.add(category);
  }
  if (feedCategories.size === 0) return undefined;
  let outRe = 0;
  let scrapRe = 0;
  let scrapMass = 0;
  const scrapLots: string[] = [];
  for (const output of applied.event.outputs) {
    const re = reGrams(output.composition as Composition);
    outRe += re;
    if (productByCode(output.product)?.category !== 'scrap-pre-consumer') continue;
    scrapRe += re;
    scrapMass += output.massGrams;
    scrapLots.push(qualifyLotId(output.id, facts.recorder.id));
  }
  if (scrapRe < t.reGramsMin || scrapRe <= outRe * t.freshScrapShareMax) return undefined;
  // Fresh material spoiled and written down to scrap (corroded metal, a failed batch) keeps its
  // mass, and has lost some of its grade: oxidised or contaminated, it is leaner than what went in.
  // Written down at the very grade it had, it is fresh material relabelled. A melt that made an
  // alloy of it (samarium with cobalt) put out more than it took in.
  const inMass = applied.flows.reduce((sum, f) => (f.direction === -1 ? sum + f.massGrams : sum), 0);
  const outMass = applied.event.outputs.reduce((sum, o) => sum + o.massGrams, 0);
  if (outMass <= inMass * FRESH_SCRAP_MASS_GAIN) {
    const inRe = applied.flows.reduce((sum, f) => (f.direction === -1 ? sum + reGrams(f.elements) : sum), 0);
    if (scrapMass === 0 || inMass === 0 || scrapRe / scrapMass < (inRe / inMass) * (1 - SPOILED_GRADE_LOSS_MIN)) return undefined;
  }
  const ref = eventRef(facts.recorder.id, applied.event.id);
  const scrapShare = share(scrapRe, outRe);
  return {
    ruleId: 'misdeclared-product',
    key: `${ref}:fresh-scrap`,
    partyId: facts.recorder.id,
    period: shanghaiMonth(applied.timeMs),
    subject: ref,
    summary: `process ${applied.event.id} of ${facts.recorder.id} took in only fresh ${[...feedCategories].join(', ')} and declared ${percent(scrapShare)} of the rare earths it put out as pre-consumer scrap (${tonnes(scrapMass)} t, lot ${scrapLots.join(', ')}; limit ${percent(t.freshScrapShareMax)}): scrap falls from making something, and this made nothing: the "scrap" is fresh material`,
    evidence: {
      events: [ref], lots: scrapLots, thresholds: t, feedCategories: [...feedCategories], scrapShare, scrapTonnes: tonnes(scrapMass),
    },
    at: { event: applied.index, field: `${applied.prefix}outputs` },
    seq: applied.seq,
  };
}

function rounded(shares: Partial<Record<string, number>> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [e, v] of Object.entries(shares ?? {})) out[e] = Math.round((v ?? 0) * 10_000) / 10_000;
  return out;
}
