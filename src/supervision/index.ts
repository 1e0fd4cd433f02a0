export { RULES, CAPTURE_RULES, PERIOD_RULES, ruleById } from './rules/index.ts';
export type { Rule, RuleInfo, Finding, Severity } from './rule.ts';
export { runCheck, type CheckOptions, type CheckReport } from './run-check.ts';
export { listAlerts, allAlerts, getAlert, actOnAlert, countAlerts, AlertRefused, type Alert, type AlertHistoryEntry, type AlertQuery, type AlertPage, type AlertMove } from './alerts.ts';
export { ALERT_STATUSES, ALERT_ACTIONS, actionsFrom, nextStatus, type AlertStatus, type AlertAction } from './workflow.ts';
export { loadRuleSettings, readOverrides, saveRuleOverrides, defaultSettings, type RuleSettings, type RuleOverrides } from './config.ts';
export { detectionQuality, RULE_CLASSES, type DetectionQuality, type LabelledViolation } from './quality.ts';
export { mayAct, mayListAlerts, maySeeAlert } from './policies.ts';
