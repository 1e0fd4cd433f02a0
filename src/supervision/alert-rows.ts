// Findings become alerts: an id and a fingerprint that follow from what was found, so the same
// finding from any process, at capture or in a re-run check, is the same row.
import { createHash } from 'node:crypto';
import type { AlertRow } from '../store/index.ts';
import { ruleById } from './rules/index.ts';
import type { Finding } from './rule.ts';

export function fingerprintOf(finding: Finding): string {
  return `${finding.ruleId}:${finding.key}`;
}

export function alertIdOf(fingerprint: string): string {
  return `AL-${createHash('sha256').update(fingerprint).digest('hex').slice(0, 20)}`;
}

export function alertRow(finding: Finding, raisedAt: string, raisedBy: 'capture' | 'check'): AlertRow {
  const rule = ruleById(finding.ruleId);
  if (rule === undefined) throw new Error(`assertion: finding of unknown rule ${finding.ruleId}`);
  const fingerprint = fingerprintOf(finding);
  return [
    alertIdOf(fingerprint), fingerprint, finding.ruleId, rule.severity, finding.partyId, finding.period, finding.subject, finding.summary,
    JSON.stringify(finding.evidence), 'open', null, raisedAt, raisedBy, finding.seq ?? null, raisedAt, 0,
  ];
}
