// How a case is judged from what the ledger did with it (docs/red-team.md, "How a case is judged").
import type { Alert } from '../../src/supervision/index.ts';
import type { CaseLabel, Family, Subjects } from './case.ts';

export interface Refusal {
  /** The refused document's place in documents.jsonl, or the registry file. */
  document: number | 'registry';
  message: string;
  problems: string[];
}

export interface CaseRun {
  label: CaseLabel;
  alerts: Alert[];
  refusals: Refusal[];
}

export interface Verdict {
  id: string;
  family: Family;
  violation: boolean;
  heldOut: boolean;
  title: string;
  /** Violation: caught. Honest: flagged (a false alarm). */
  flagged: boolean;
  /** The alert (rule, id, summary) or refusal that decided it. */
  because: string[];
  alerts: number;
  /** Violation: the alerts raised that name none of its subjects (how near a miss came). */
  unmatched: string[];
  /** Documents the capture path refused, whatever the verdict (a violation whose label does not
   * accept a refusal is then judged on the alerts of what was recorded). */
  refusals: string[];
}

/** Every string value in a JSON value, at any depth. */
function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, out);
  return out;
}

/** The labelled subjects this alert names (see the header for the definition). */
export function namedSubjects(alert: Alert, find: Subjects): string[] {
  const strings = stringsIn([alert.subject, alert.evidence], new Set<string>());
  const named: string[] = [];
  for (const party of find.parties ?? []) if (alert.party.id === party || strings.has(party)) named.push(party);
  for (const id of [...(find.lots ?? []), ...(find.events ?? [])]) if (strings.has(id)) named.push(id);
  return named;
}

function describeAlert(alert: Alert): string {
  return `${alert.rule.id} ${alert.id} [${alert.party.id}]: ${alert.summary}`;
}

export function judge({ label, alerts, refusals }: CaseRun): Verdict {
  const because: string[] = [];
  const unmatched: string[] = [];
  if (label.violation) {
    for (const alert of alerts) {
      const named = namedSubjects(alert, label.find);
      if (named.length > 0) because.push(`${describeAlert(alert)} — names ${named.join(', ')}`);
      else unmatched.push(describeAlert(alert));
    }
    if (label.refusalAcceptable === true) for (const r of refusals) because.push(`refused ${r.document === 'registry' ? 'registry' : `document ${r.document}`}: ${r.problems.join('; ') || r.message}`);
  } else {
    for (const alert of alerts) because.push(describeAlert(alert));
    for (const r of refusals) because.push(`refused ${r.document === 'registry' ? 'registry' : `document ${r.document}`}: ${r.problems.join('; ') || r.message}`);
  }
  return {
    id: label.id, family: label.family, violation: label.violation, heldOut: label.heldOut, title: label.title,
    flagged: because.length > 0, because, alerts: alerts.length, unmatched,
    refusals: refusals.map((r) => `${r.document === 'registry' ? 'registry' : `document ${r.document}`}: ${r.problems.join('; ') || r.message}`),
  };
}
