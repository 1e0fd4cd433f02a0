// `ytterby check`: the period rules over the log, once through, and their findings raised as
// alerts. A finding raised before (same fingerprint) is not raised again, so a check can be re-run
// at will: by hand, by the server's schedule, or after a correction.
import type { Kysely } from 'kysely';
import type { Database, Store } from '../store/index.ts';
import { ALERT_COLUMNS } from '../store/index.ts';
import { alertRow, fingerprintOf } from './alert-rows.ts';
import { loadRuleSettings } from './config.ts';
import { parsePeriod } from '../domain/periods.ts';
import { loadRegistryFacts } from './registry-facts.ts';
import { PERIOD_RULES } from './rules/index.ts';
import type { Finding } from './rule.ts';
import { ledgerSize, scanLedger } from './scan-ledger.ts';
import { InputRefused } from '../problems.ts';

export interface CheckOptions {
  /** A month (2024-06) or a year (2024): only findings of that period are raised. All when absent. */
  period?: string;
  /** The instant a shipment's transit time is judged against; by default the ledger's last recording. */
  asOf?: string;
  /** The clock that stamps the alerts raised. */
  now?: Date;
  onProgress?: (eventsDone: number, eventsTotal: number) => void;
}

export interface CheckReport {
  period: string | null;
  asOf: string;
  events: number;
  findings: number;
  /** Alerts this run raised; the rest of its findings had been raised before. */
  raised: number;
  byRule: Record<string, { findings: number; raised: number }>;
  newAlerts: { id: string; rule: string; party: string; period: string; summary: string }[];
  seconds: number;
}

export async function runCheck(store: Store, options: CheckOptions = {}): Promise<CheckReport> {
  const started = performance.now();
  const period = options.period === undefined ? undefined : parsePeriod(options.period);
  if (options.period !== undefined && period === undefined) {
    throw new InputRefused('the check was refused', [{ path: 'period', reason: `${JSON.stringify(options.period)} is not a month (2024-06) or a year (2024)` }]);
  }
  const db = store.db;
  const size = await ledgerSize(db);
  const asOfMs = options.asOf === undefined ? await lastRecordingMs(db) : Date.parse(options.asOf);
  if (Number.isNaN(asOfMs)) throw new InputRefused('the check was refused', [{ path: 'asOf', reason: `${JSON.stringify(options.asOf)} is not a date-time` }]);
  const [registry, settings] = await Promise.all([loadRegistryFacts(db), loadRuleSettings(db)]);
  const runs = PERIOD_RULES.flatMap((rule) => {
    const setting = settings.get(rule.id);
    return setting === undefined || !setting.enabled ? [] : [rule.start({ registry, asOfMs }, setting.thresholds)];
  });
  let done = 0;
  for await (const page of scanLedger(db, size)) {
    for (const event of page) for (const run of runs) run.observe(event);
    done += page.length;
    options.onProgress?.(Math.min(done, size), size);
  }
  const findings = runs.flatMap((run) => run.finish()).filter((f) => period === undefined || (f.period >= period.first && f.period <= period.last));
  const raisedAt = (options.now ?? new Date()).toISOString();
  const raised = await raise(db, findings, raisedAt);
  const byRule: CheckReport['byRule'] = {};
  for (const rule of PERIOD_RULES) byRule[rule.id] = { findings: 0, raised: 0 };
  for (const finding of findings) byRule[finding.ruleId]!.findings += 1;
  for (const finding of raised) byRule[finding.ruleId]!.raised += 1;
  return {
    period: options.period ?? null,
    asOf: new Date(asOfMs).toISOString(),
    events: size,
    findings: findings.length,
    raised: raised.length,
    byRule,
    newAlerts: raised.map((f) => ({ id: alertRow(f, raisedAt, 'check')[0], rule: f.ruleId, party: f.partyId, period: f.period, summary: f.summary })),
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

async function lastRecordingMs(db: Kysely<Database>): Promise<number> {
  const head = await db.selectFrom('ledger_head').select('updated_at').where('id', '=', 1).executeTakeFirst();
  return head === undefined ? Date.now() : Date.parse(head.updated_at);
}

/** Inserts the findings not raised before, in one transaction; returns those it raised. */
async function raise(db: Kysely<Database>, findings: Finding[], raisedAt: string): Promise<Finding[]> {
  if (findings.length === 0) return [];
  return db.transaction().execute(async (tx) => {
    const fingerprints = findings.map(fingerprintOf);
    const known = new Set<string>();
    for (let i = 0; i < fingerprints.length; i += 500) {
      const rows = await tx.selectFrom('alerts').select('fingerprint').where('fingerprint', 'in', fingerprints.slice(i, i + 500)).execute();
      for (const row of rows) known.add(row.fingerprint);
    }
    const fresh = findings.filter((f) => !known.has(fingerprintOf(f)));
    for (let i = 0; i < fresh.length; i += 200) {
      const rows = fresh.slice(i, i + 200).map((f) => Object.fromEntries(ALERT_COLUMNS.map((column, c) => [column, alertRow(f, raisedAt, 'check')[c]])));
      await tx.insertInto('alerts').values(rows as never).onConflict((oc) => oc.column('fingerprint').doNothing()).execute();
    }
    return fresh;
  });
}
