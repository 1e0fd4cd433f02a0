// Scrap whose elements are not a scrap's: concentrate declared as magnet off-cuts, to launder
// mined material through recycling, which needs no mining quota.
import { ELEMENT_SYMBOLS } from '../../domain/elements.ts';
import { gramsOf, type Composition } from '../../domain/composition.ts';
import { productByCode } from '../../domain/products.ts';
import { qualifyLotId } from '../../ledger/lot-ids.ts';
import { shanghaiMonth } from '../periods.ts';
import { eventRef, share } from '../evidence.ts';
import type { CaptureRule, Finding } from '../rule.ts';

const thresholds = { distributionDistanceMax: 0.35 };

const SCRAP = new Set(['scrap-pre-consumer', 'scrap-post-consumer']);

export const fakeScrap: CaptureRule<typeof thresholds> = {
  id: 'fake-scrap',
  stage: 'capture',
  title: { zh: '假废料：以废料名义申报的原矿或精矿', en: 'Fake scrap: fresh concentrate declared as scrap' },
  explanation: {
    zh: '收购或接收的废料，其稀土元素配分与所申报废料品种的典型配分相差过大（如钕铁硼废料中含大量镧铈），提示是矿产品冒充废料。',
    en: 'Scrap collected or received whose rare earth distribution is far from the declared scrap product\'s typical one (e.g. NdFeB scrap rich in La and Ce): mined material passed off as scrap.',
  },
  severity: 'critical',
  legalBasis: 'Rare Earth Management Regulations (State Council Order 785): illegal recycling and trade (confiscation and 5–10× the illegal income); quota notices: recyclers may not buy mineral products; package labels (2019 draft standard): NdFeB scrap names its producer',
  thresholds,
  thresholdNotes: {
    distributionDistanceMax: 'largest total-variation distance (0–1) between the lot\'s rare earth distribution and the product\'s typical one',
  },
  check(facts, t) {
    const findings: Finding[] = [];
    for (const applied of facts.events) {
      const { event } = applied;
      let lot: string;
      let product: string;
      let composition: Composition;
      if (event.kind === 'collect') {
        lot = qualifyLotId(event.lot.id, facts.recorder.id);
        product = event.lot.product;
        composition = event.lot.composition as Composition;
      } else if (event.kind === 'receive') {
        const before = facts.lotBefore(qualifyLotId(event.lot, facts.recorder.id));
        if (before === undefined) continue;
        lot = before.id;
        product = before.product;
        composition = before.elements as Composition;
      } else {
        continue;
      }
      const catalogue = productByCode(product);
      if (catalogue === undefined || !SCRAP.has(catalogue.category)) continue;
      const distance = distributionDistance(composition, catalogue.typicalFractions as Composition);
      if (distance === undefined || distance <= t.distributionDistanceMax) continue;
      const ref = eventRef(facts.recorder.id, event.id);
      findings.push({
        ruleId: 'fake-scrap',
        key: lot,
        partyId: facts.recorder.id,
        period: shanghaiMonth(applied.timeMs),
        subject: lot,
        summary: `lot ${lot} declared as ${product}, but its rare earths differ from that product's by ${(distance * 100).toFixed(0)} % (limit ${(t.distributionDistanceMax * 100).toFixed(0)} %); La+Ce are ${(laCeShare(composition) * 100).toFixed(0)} % of them`,
        evidence: { events: [ref], lots: [lot], thresholds: t, declaredProduct: product, distributionDistance: share(distance, 1), laCeShareOfRe: share(laCeShare(composition), 1), distribution: distribution(composition) },
        at: { event: applied.index, field: `${applied.prefix}lot` },
        seq: applied.seq,
      });
    }
    return findings;
  },
};

/** Each element's share of the rare earths (by mass); undefined when there are none. */
function distribution(c: Composition): Record<string, number> | undefined {
  let total = 0;
  for (const e of ELEMENT_SYMBOLS) total += gramsOf(c, e);
  if (total === 0) return undefined;
  const out: Record<string, number> = {};
  for (const e of ELEMENT_SYMBOLS) if (gramsOf(c, e) > 0) out[e] = Math.round((gramsOf(c, e) / total) * 10_000) / 10_000;
  return out;
}

/** Total-variation distance between two rare earth distributions: 0 the same, 1 disjoint. */
export function distributionDistance(lot: Composition, typical: Composition): number | undefined {
  const a = shares(lot);
  const b = shares(typical);
  if (a === undefined || b === undefined) return undefined;
  let sum = 0;
  for (const e of ELEMENT_SYMBOLS) sum += Math.abs((a[e] ?? 0) - (b[e] ?? 0));
  return sum / 2;
}

function shares(c: Composition): Partial<Record<string, number>> | undefined {
  let total = 0;
  for (const e of ELEMENT_SYMBOLS) total += c[e] ?? 0;
  if (total <= 0) return undefined;
  const out: Record<string, number> = {};
  for (const e of ELEMENT_SYMBOLS) if ((c[e] ?? 0) > 0) out[e] = c[e]! / total;
  return out;
}

function laCeShare(c: Composition): number {
  const all = shares(c);
  return all === undefined ? 0 : (all['La'] ?? 0) + (all['Ce'] ?? 0);
}
