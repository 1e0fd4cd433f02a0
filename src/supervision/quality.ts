// Detection quality against a labelled ground truth (the demo's ground-truth.json): per violation
// class, how many were found (recall), and of everything raised, how much was right (precision).
import type { Alert } from './alerts.ts';

/** Which ground-truth classes each rule is meant to find. Rules absent here have no labelled
 * class in the demo: whatever they raise there counts against precision. */
export const RULE_CLASSES: Readonly<Record<string, readonly string[]>> = {
  'illegal-mining': ['unlisted-mine', 'unlicensed-mining'],
  'over-quota': ['over-quota-mining', 'over-quota-separation'],
  'group-over-quota': ['group-over-quota'],
  'misdeclared-product': ['fake-scrap'],
  'recycler-mineral-intake': ['recycler-buys-mineral'],
  'recycler-mineral-ancestry': ['recycler-buys-mineral'],
  'unlicensed-export': ['unlicensed-export'],
  'export-beyond-licence': ['export-beyond-licence'],
  'never-received': ['never-received'],
  'short-receipt': ['short-receipt'],
  'period-balance': ['unbalanced-period', 'recycler-buys-mineral'],
  'late-report': ['late-report'],
  'round-trip': ['round-trip'],
  // The demo's recycler that buys concentrate goes on to separate it, with no licence or quota, and
  // books the thorium-bearing residue of that cracking as ordinary recycling residue.
  'unlicensed-separation': ['recycler-buys-mineral'],
  'residue-disposal': ['recycler-buys-mineral'],
};

/** Refused at capture by the hard rules; found when the ground truth records the refusal. */
const REFUSED_CLASSES = new Set(['double-spend']);

export interface LabelledViolation {
  id: string;
  class: string;
  month: string;
  parties: string[];
  lots: string[];
  events: string[];
  refused?: boolean;
  refusal?: string;
}

export interface ClassQuality {
  violations: number;
  found: number;
  recall: number;
  /** Alerts of the rules meant for this class that matched one of its violations. */
  alertsMatched: number;
}

export interface DetectionQuality {
  byClass: Record<string, ClassQuality>;
  alerts: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  /** Recall over every violation, all classes together. */
  recall: number;
  /** Alerts that matched nothing, for a look at what the rules got wrong. */
  unmatched: { id: string; rule: string; party: string; period: string; summary: string }[];
  missed: { id: string; class: string; month: string; parties: string[] }[];
}

type AlertFacts = Pick<Alert, 'id' | 'period' | 'summary' | 'evidence'> & { rule: { id: string }; party: { id: string } };

function classesOf(alert: AlertFacts): readonly string[] {
  if (alert.rule.id === 'over-quota') return alert.evidence['activity'] === 'separation' ? ['over-quota-separation'] : ['over-quota-mining'];
  return RULE_CLASSES[alert.rule.id] ?? [];
}

function matches(alert: AlertFacts, violation: LabelledViolation): boolean {
  const events = (alert.evidence['events'] as string[] | undefined) ?? [];
  const lots = (alert.evidence['lots'] as string[] | undefined) ?? [];
  if (events.some((e) => violation.events.includes(e)) || lots.some((l) => violation.lots.includes(l))) return true;
  return violation.parties.includes(alert.party.id) && alert.period === violation.month;
}

export function detectionQuality(alerts: readonly AlertFacts[], violations: readonly LabelledViolation[]): DetectionQuality {
  const byClass: Record<string, ClassQuality> = {};
  const found = new Set<string>();
  const matchedAlerts = new Set<string>();
  for (const violation of violations) {
    const entry = (byClass[violation.class] ??= { violations: 0, found: 0, recall: 0, alertsMatched: 0 });
    entry.violations += 1;
    if (REFUSED_CLASSES.has(violation.class)) {
      if (violation.refused === true && violation.refusal !== undefined) found.add(violation.id);
      continue;
    }
    for (const alert of alerts) {
      if (!classesOf(alert).includes(violation.class) || !matches(alert, violation)) continue;
      found.add(violation.id);
      if (!matchedAlerts.has(alert.id)) entry.alertsMatched += 1;
      matchedAlerts.add(alert.id);
    }
  }
  for (const violation of violations) if (found.has(violation.id)) byClass[violation.class]!.found += 1;
  for (const entry of Object.values(byClass)) entry.recall = entry.violations === 0 ? 1 : entry.found / entry.violations;
  const unmatched = alerts.filter((a) => !matchedAlerts.has(a.id));
  return {
    byClass,
    alerts: alerts.length,
    truePositives: matchedAlerts.size,
    falsePositives: unmatched.length,
    precision: alerts.length === 0 ? 1 : matchedAlerts.size / alerts.length,
    recall: violations.length === 0 ? 1 : found.size / violations.length,
    unmatched: unmatched.map((a) => ({ id: a.id, rule: a.rule.id, party: a.party.id, period: a.period, summary: a.summary })),
    missed: violations.filter((v) => !found.has(v.id)).map((v) => ({ id: v.id, class: v.class, month: v.month, parties: v.parties })),
  };
}
