// Alerts, their workflow, the rules and the period check over HTTP. The supervision area decides
// which alerts a caller sees and which actions it may take.
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../schemas.ts';
import { ALERTS_PAGE_MAX } from '../../limits.ts';
import type { Store } from '../../store/index.ts';
import { ALERT_ACTIONS, ALERT_STATUSES, RULES, actOnAlert, getAlert, listAlerts, loadRuleSettings, runCheck, type AlertAction } from '../../supervision/index.ts';
import type { App } from '../server.ts';
import { OpenObject, PROBLEM_RESPONSES, PageLimit, principalOf } from './context.ts';

const AlertId = Type.Object({ id: Type.String({ minLength: 1, maxLength: 60 }) });

export async function supervisionRoutes(app: App, store: Store): Promise<void> {
  app.get('/api/alerts', {
    config: { policy: 'alerts:read' },
    schema: {
      tags: ['supervision'], summary: 'alerts, filtered, a page at a time; an enterprise sees those about itself',
      querystring: Type.Object({
        status: Type.Optional(StringEnum(ALERT_STATUSES)), rule: Type.Optional(Type.String({ maxLength: 60 })),
        party: Type.Optional(Type.String({ maxLength: 40 })), period: Type.Optional(Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$' })),
        region: Type.Optional(Type.String({ pattern: '^\\d{2,6}$' })), severity: Type.Optional(Type.String({ maxLength: 20 })),
        after: Type.Optional(Type.String({ maxLength: 60 })), limit: PageLimit(ALERTS_PAGE_MAX, 50),
      }, { additionalProperties: false }),
      response: { 200: Type.Object({ alerts: Type.Array(OpenObject), next: Type.Optional(Type.String()) }), ...PROBLEM_RESPONSES },
    },
  }, async (request) => listAlerts(store, principalOf(request), request.query));

  app.get('/api/alerts/:id', {
    config: { policy: 'alerts:read' },
    schema: { tags: ['supervision'], summary: 'one alert: evidence, history, and the actions open to the caller', params: AlertId, response: { 200: OpenObject, ...PROBLEM_RESPONSES } },
  }, async (request) => getAlert(store, principalOf(request), request.params.id));

  app.post('/api/alerts/:id/actions', {
    config: { policy: 'alerts:act' },
    schema: {
      tags: ['supervision'], summary: 'take a workflow action (acknowledge, investigate, resolve, dismiss, reopen, assign, note); the token\'s name is the actor', params: AlertId,
      body: Type.Object({
        action: StringEnum(ALERT_ACTIONS), note: Type.Optional(Type.String({ maxLength: 2_000 })),
        assignee: Type.Optional(Type.String({ maxLength: 200 })), expectedVersion: Type.Optional(Type.Integer({ minimum: 0 })),
      }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const { action, ...rest } = request.body;
    return actOnAlert(store, principal, request.params.id, { action: action as AlertAction, actor: principal.name, ...rest });
  });

  app.get('/api/rules', {
    config: { policy: 'rules:read' },
    schema: { tags: ['supervision'], summary: 'the supervision rules with their configuration', response: { 200: Type.Array(OpenObject), ...PROBLEM_RESPONSES } },
  }, async () => {
    const settings = await loadRuleSettings(store.db);
    return RULES.map((rule) => ({ id: rule.id, stage: rule.stage, severity: rule.severity, title: rule.title, explanation: rule.explanation, legalBasis: rule.legalBasis, thresholdNotes: rule.thresholdNotes, ...settings.get(rule.id)! }));
  });

  app.post('/api/checks', {
    config: { policy: 'checks:run' },
    schema: {
      tags: ['supervision'], summary: 'run the period rules now and raise what they find (re-running raises nothing twice)',
      body: Type.Object({ period: Type.Optional(Type.String({ pattern: '^\\d{4}(-(0[1-9]|1[0-2]))?$' })), asOf: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => runCheck(store, request.body));
}
