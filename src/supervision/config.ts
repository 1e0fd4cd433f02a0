// The rules' configuration: which are on, which capture-time rules refuse instead of flag, and
// their thresholds. Kept in the database (meta), so every process capturing into one ledger
// applies the same rules; defaults are the rules' own.
import type { Kysely } from 'kysely';
import { InputRefused, type Problem } from '../problems.ts';
import type { Database } from '../store/index.ts';
import { RULES, ruleById } from './rules/index.ts';
import type { Thresholds } from './rule.ts';

export const RULE_ACTIONS = ['flag', 'refuse'] as const;
export type RuleAction = (typeof RULE_ACTIONS)[number];

export interface RuleSetting {
  enabled: boolean;
  action: RuleAction;
  thresholds: Thresholds;
}

export type RuleSettings = ReadonlyMap<string, RuleSetting>;

const META_KEY = 'supervision.rules';

/** What a configuration file or the meta row holds: only what differs from the defaults. */
export type RuleOverrides = Record<string, { enabled?: boolean; action?: RuleAction; thresholds?: Record<string, number> }>;

export function defaultSettings(): RuleSettings {
  return new Map(RULES.map((rule) => [rule.id, { enabled: true, action: 'flag', thresholds: { ...rule.thresholds } }]));
}

/** The problems of a configuration, each at its path; none when it may be saved. */
export function overrideProblems(value: unknown): Problem[] {
  const problems: Problem[] = [];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [{ path: '', reason: 'must be an object of rule id → setting' }];
  for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
    const rule = ruleById(id);
    if (rule === undefined) {
      problems.push({ path: id, reason: `no rule ${id}; the rules are ${RULES.map((r) => r.id).join(', ')}` });
      continue;
    }
    if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) {
      problems.push({ path: id, reason: 'must be an object with enabled, action and/or thresholds' });
      continue;
    }
    for (const [field, v] of Object.entries(setting as Record<string, unknown>)) {
      const path = `${id}.${field}`;
      if (field === 'enabled') {
        if (typeof v !== 'boolean') problems.push({ path, reason: 'must be true or false' });
      } else if (field === 'action') {
        if (!RULE_ACTIONS.includes(v as RuleAction)) problems.push({ path, reason: `must be one of ${RULE_ACTIONS.join(', ')}` });
        else if (v === 'refuse' && rule.stage !== 'capture') problems.push({ path, reason: `only capture-time rules may refuse a document; ${id} runs over a period` });
      } else if (field === 'thresholds') {
        if (v === null || typeof v !== 'object' || Array.isArray(v)) {
          problems.push({ path, reason: 'must be an object of threshold → number' });
          continue;
        }
        for (const [name, n] of Object.entries(v as Record<string, unknown>)) {
          if (!(name in rule.thresholds)) problems.push({ path: `${path}.${name}`, reason: `${id} has no threshold ${name}; it has ${Object.keys(rule.thresholds).join(', ') || 'none'}` });
          else if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) problems.push({ path: `${path}.${name}`, reason: 'must be a finite number, 0 or more' });
          else if (/Share(Max|Min)?$/.test(name) && n > 1) problems.push({ path: `${path}.${name}`, reason: 'is a share: from 0 to 1' });
        }
      } else {
        problems.push({ path, reason: 'is not a known field (enabled, action, thresholds)' });
      }
    }
  }
  return problems;
}

export function applyOverrides(overrides: RuleOverrides): RuleSettings {
  const settings = new Map(defaultSettings());
  for (const [id, override] of Object.entries(overrides)) {
    const base = settings.get(id);
    if (base === undefined) continue;
    settings.set(id, {
      enabled: override.enabled ?? base.enabled,
      action: override.action ?? base.action,
      thresholds: { ...base.thresholds, ...override.thresholds },
    });
  }
  return settings;
}

export async function readOverrides(db: Kysely<Database>): Promise<RuleOverrides> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', META_KEY).executeTakeFirst();
  return row === undefined ? {} : (JSON.parse(row.value) as RuleOverrides);
}

export async function loadRuleSettings(db: Kysely<Database>): Promise<RuleSettings> {
  return applyOverrides(await readOverrides(db));
}

/** Replaces the configuration; refused whole, with every problem, when any part is wrong. */
export async function saveRuleOverrides(db: Kysely<Database>, overrides: unknown): Promise<RuleSettings> {
  const problems = overrideProblems(overrides);
  if (problems.length > 0) throw new InputRefused('the rules configuration was refused; nothing was changed', problems);
  const value = JSON.stringify(overrides);
  await db.insertInto('meta').values({ key: META_KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  return applyOverrides(overrides as RuleOverrides);
}
