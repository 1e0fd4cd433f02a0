// Who may call what, per area, in one place: routes name a policy, and nothing else decides. The
// areas apply their finer rules on top (an enterprise sees its own lots and alerts, provenance
// hides upstream identities): see src/provenance/viewer.ts and src/supervision/policies.ts.
import type { ViewerRole } from '../provenance/viewer.ts';

export const POLICIES = {
  /** Who the token is and what it may do: every token, so the web app shows each role its pages. */
  'session:read': ['regulator', 'auditor', 'association', 'enterprise', 'public'],
  /** The parties, with names and regions: everyone signed in. */
  'registry:read': ['regulator', 'auditor', 'association', 'enterprise'],
  /** A party's licences, facilities, quotas and keys: regulators, auditors, and the party itself. */
  'registry:detail': ['regulator', 'auditor', 'enterprise'],
  /** Recording: enterprises, each for itself (checked against the document's party). */
  'capture:write': ['enterprise'],
  'lots:read': ['regulator', 'auditor', 'enterprise'],
  'provenance:read': ['regulator', 'auditor', 'enterprise'],
  'passport:issue': ['regulator', 'auditor', 'enterprise'],
  /** Verifying a passport is public: a buyer holds nothing but the passport. */
  'passport:verify': ['regulator', 'auditor', 'association', 'enterprise', 'public'],
  'alerts:read': ['regulator', 'auditor', 'enterprise'],
  'alerts:act': ['regulator', 'auditor', 'enterprise'],
  'rules:read': ['regulator', 'auditor', 'association'],
  'checks:run': ['regulator'],
  'stats:read': ['regulator', 'auditor', 'association'],
  /** The monthly report: its template, previews and submission, by an enterprise for itself. */
  'reporting:write': ['enterprise'],
  /** The reporting calendar: an enterprise's own; regulators and auditors see every enterprise's. */
  'reporting:calendar': ['regulator', 'auditor', 'enterprise'],
} as const satisfies Record<string, readonly ViewerRole[]>;

export type Policy = keyof typeof POLICIES;

/** The policies a role is granted, as the web app's navigation reads them. */
export function policiesOf(role: ViewerRole): Policy[] {
  return (Object.keys(POLICIES) as Policy[]).filter((policy) => allows(policy, role));
}

export function allows(policy: Policy, role: ViewerRole): boolean {
  return (POLICIES[policy] as readonly ViewerRole[]).includes(role);
}
