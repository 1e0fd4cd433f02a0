// ytterby check · alerts · rules: the supervision area from the command line.
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { validateUscc } from '../../domain/uscc.ts';
import { ALERTS_PAGE_MAX } from '../../limits.ts';
import { VIEWER_ROLES, type Viewer, type ViewerRole } from '../../provenance/viewer.ts';
import {
  ALERT_ACTIONS, RULES, actOnAlert, allAlerts, detectionQuality, getAlert, listAlerts, loadRuleSettings, readOverrides, runCheck, saveRuleOverrides,
  type Alert, type AlertAction, type LabelledViolation,
} from '../../supervision/index.ts';
import { readJsonFile } from '../read-json.ts';
import { printJson, UsageError, withStore, type GlobalOptions } from '../context.ts';
import { progressBar } from '../progress.ts';
import { wholeNumberOption } from './trace.ts';

/** --as: a role, or an enterprise's USCC; the CLI opens the database itself, so a regulator by default. */
function actingAs(value: string | undefined): Viewer {
  if (value === undefined) return { role: 'regulator' };
  if (VIEWER_ROLES.includes(value as ViewerRole) && value !== 'enterprise') return { role: value as ViewerRole };
  const invalid = validateUscc(value);
  if (invalid !== null) throw new UsageError(`--as must be one of ${VIEWER_ROLES.filter((r) => r !== 'enterprise').join(', ')} or an enterprise's USCC; ${value}: ${invalid}`);
  return { role: 'enterprise', party: value };
}

export function registerSupervisionCommands(program: Command): void {
  program
    .command('check')
    .description('run the period rules over the ledger and raise what they find as alerts (re-running raises nothing twice)')
    .option('--period <period>', 'only findings of this month (2024-06) or year (2024)')
    .option('--as-of <time>', 'judge overdue shipments as of this ISO 8601 time (default: the ledger\'s last recording)')
    .option('--score <file>', 'compare every alert with a labelled ground truth (the demo\'s ground-truth.json) and print recall and precision')
    .action(async (options: { period?: string; asOf?: string; score?: string }) => {
      const global = program.opts<GlobalOptions>();
      if (options.period !== undefined && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(options.period)) throw new UsageError(`--period must be a month (2024-06) or a year (2024), got ${options.period}`);
      if (options.asOf !== undefined && Number.isNaN(Date.parse(options.asOf))) throw new UsageError(`--as-of must be an ISO 8601 date-time, got ${options.asOf}`);
      const truth = options.score === undefined ? undefined : groundTruth(options.score);
      const progress = progressBar('checking', 'events', global.json !== true);
      const { report, quality } = await withStore(global, async (store) => {
        const report = await runCheck(store, {
          ...(options.period === undefined ? {} : { period: options.period }),
          ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        return { report, quality: truth === undefined ? undefined : detectionQuality(await allAlerts(store, { role: 'regulator' }), truth) };
      });
      if (global.json === true) return printJson(quality === undefined ? report : { ...report, quality });
      process.stdout.write(`checked ${report.events.toLocaleString('en')} events${report.period === null ? '' : ` for ${report.period}`} in ${report.seconds} s (shipments judged as of ${report.asOf})\n`);
      for (const [rule, counts] of Object.entries(report.byRule)) {
        if (counts.findings > 0) process.stdout.write(`  ${rule.padEnd(24)} ${String(counts.findings).padStart(5)} found, ${String(counts.raised).padStart(5)} new\n`);
      }
      process.stdout.write(`${report.findings} finding(s), ${report.raised} new alert(s)\n`);
      if (quality !== undefined) {
        process.stdout.write(`\nagainst ${options.score}: precision ${(quality.precision * 100).toFixed(1)} % (${quality.truePositives} of ${quality.alerts} alerts), recall ${(quality.recall * 100).toFixed(1)} %\n`);
        for (const [cls, q] of Object.entries(quality.byClass)) process.stdout.write(`  ${cls.padEnd(24)} ${q.found}/${q.violations} found\n`);
      }
    });

  const alerts = program.command('alerts').description('the alerts the rules raised, and their case workflow');
  alerts
    .command('list')
    .description('alerts, filtered, a page at a time')
    .option('--status <status>', 'open, acknowledged, investigating, resolved or dismissed')
    .option('--rule <id>', 'raised by this rule')
    .option('--party <uscc>', 'about this party')
    .option('--period <period>', 'of this month (2024-06) or year (2024)')
    .option('--region <code>', 'about parties in this region (GB/T 2260: 15, 1502, 150200)')
    .option('--severity <level>', 'low, medium, high or critical')
    .option('--after <id>', 'the page after this alert id')
    .option('--limit <n>', `alerts per page (at most ${ALERTS_PAGE_MAX})`, '50')
    .option('--as <who>', 'see as this role or enterprise (USCC)')
    .action(async (options: { status?: string; rule?: string; party?: string; period?: string; region?: string; severity?: string; after?: string; limit: string; as?: string }) => {
      const global = program.opts<GlobalOptions>();
      const limit = wholeNumberOption(options.limit, '--limit', 1, ALERTS_PAGE_MAX)!;
      const { as, limit: _limit, ...filters } = options;
      const page = await withStore(global, (store) => listAlerts(store, actingAs(as), { ...filters, limit }));
      if (global.json === true) return printJson(page);
      for (const alert of page.alerts) process.stdout.write(`${alertLine(alert)}\n`);
      if (page.alerts.length === 0) process.stdout.write('no alerts\n');
      if (page.next !== undefined) process.stdout.write(`more: --after ${page.next}\n`);
    });
  alerts
    .command('show <id>')
    .description('one alert: its evidence, history and the actions open to you')
    .option('--as <who>', 'see as this role or enterprise (USCC)')
    .action(async (id: string, options: { as?: string }) => {
      const global = program.opts<GlobalOptions>();
      const shown = await withStore(global, (store) => getAlert(store, actingAs(options.as), id));
      if (global.json === true) return printJson(shown);
      const { alert } = shown;
      process.stdout.write(`${alertLine(alert)}\n${alert.summaryZh === null ? '' : `${alert.summaryZh}\n`}${alert.rule.title.zh} / ${alert.rule.title.en}\nlegal basis: ${alert.rule.legalBasis.zh} / ${alert.rule.legalBasis.en}\n`);
      process.stdout.write(`party: ${alert.party.id} ${alert.party.nameZh ?? ''} (${alert.party.region ?? '?'})  raised ${alert.raisedAt} by ${alert.raisedBy}${alert.assignee === null ? '' : `  assigned to ${alert.assignee}`}\n`);
      process.stdout.write(`evidence: ${JSON.stringify(alert.evidence, null, 2)}\n`);
      for (const h of shown.history) process.stdout.write(`  v${h.version} ${h.at} ${h.actor} (${h.actorRole}) ${h.action}${h.fromStatus === h.toStatus ? '' : ` ${h.fromStatus} → ${h.toStatus}`}${h.assignee === null ? '' : ` to ${h.assignee}`}${h.note === null ? '' : `: ${h.note}`}\n`);
      process.stdout.write(`actions: ${shown.actions.join(', ') || 'none'}\n`);
    });
  alerts
    .command('act <id> <action>')
    .description(`take a workflow action: ${ALERT_ACTIONS.join(', ')}`)
    .option('--note <text>', 'why (required to resolve, dismiss, reopen, and for a note)')
    .option('--assignee <name>', 'who takes the case (assign)')
    .option('--actor <name>', 'who acts, kept in the history (default: your user name)')
    .option('--version <n>', 'the version you saw; refused if the alert has moved since')
    .option('--as <who>', 'act as this role or enterprise (USCC)')
    .action(async (id: string, action: string, options: { note?: string; assignee?: string; actor?: string; version?: string; as?: string }) => {
      const global = program.opts<GlobalOptions>();
      if (!ALERT_ACTIONS.includes(action as AlertAction)) throw new UsageError(`action must be one of ${ALERT_ACTIONS.join(', ')}, got ${action}`);
      const version = wholeNumberOption(options.version, '--version', 0, Number.MAX_SAFE_INTEGER);
      const shown = await withStore(global, (store) => actOnAlert(store, actingAs(options.as), id, {
        action: action as AlertAction,
        actor: options.actor ?? userInfo().username,
        ...(options.note === undefined ? {} : { note: options.note }),
        ...(options.assignee === undefined ? {} : { assignee: options.assignee }),
        ...(version === undefined ? {} : { expectedVersion: version }),
      }));
      if (global.json === true) return printJson(shown);
      process.stdout.write(`${alertLine(shown.alert)}\n`);
    });

  const rules = program.command('rules').description('the supervision rules and their configuration');
  rules
    .command('list')
    .description('every rule: stage, severity, action, thresholds')
    .action(async () => {
      const global = program.opts<GlobalOptions>();
      const settings = await withStore(global, (store) => loadRuleSettings(store.db));
      const list = RULES.map((rule) => ({ id: rule.id, stage: rule.stage, severity: rule.severity, title: rule.title, legalBasis: rule.legalBasis, ...settings.get(rule.id)!, thresholdNotes: rule.thresholdNotes }));
      if (global.json === true) return printJson(list);
      for (const r of list) {
        process.stdout.write(`${r.id.padEnd(24)} ${r.stage.padEnd(8)} ${r.severity.padEnd(9)} ${r.enabled ? r.action : 'off'}  ${Object.entries(r.thresholds).map(([k, v]) => `${k}=${v}`).join(' ')}\n    ${r.title.zh} / ${r.title.en}\n`);
      }
    });
  rules
    .command('config [file]')
    .description('show the configuration (only what differs from the defaults), or replace it with FILE: all or nothing')
    .action(async (file: string | undefined) => {
      const global = program.opts<GlobalOptions>();
      const overrides = await withStore(global, async (store) => {
        if (file === undefined) return readOverrides(store.db);
        await saveRuleOverrides(store.db, readJsonFile(file));
        return readOverrides(store.db);
      });
      printJson(overrides);
    });
}

function alertLine(alert: Alert): string {
  return `${alert.id}  ${alert.status.padEnd(13)} ${alert.severity.padEnd(8)} ${alert.rule.id.padEnd(24)} ${alert.period}  ${alert.party.id}  ${alert.summary}`;
}

function groundTruth(file: string): LabelledViolation[] {
  const violations = (readJsonFile(file) as { violations?: unknown } | null)?.violations;
  if (!Array.isArray(violations)) throw new UsageError(`--score ${file}: not a ground truth (no "violations" list)`);
  return violations as LabelledViolation[];
}
