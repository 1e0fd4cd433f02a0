// The industry's figures over HTTP, for the web app's dashboard and the association: each
// dashboard figure by name for a period and region, from the statistics projection.
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../schemas.ts';
import { DASHBOARD_FIGURES, MEASURES, dashboardFigure, drillDown, refreshStats, type DashboardFigure, type FigureKey } from '../../stats/index.ts';
import { STATS_DRILL_PAGE_MAX } from '../../limits.ts';
import type { Store } from '../../store/index.ts';
import type { App } from '../server.ts';
import { OpenObject, PROBLEM_RESPONSES } from './context.ts';

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });

export async function statsRoutes(app: App, store: Store): Promise<void> {
  app.get('/api/stats/:figure', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'one dashboard figure for months from–to (Asia/Shanghai) and a region (docs/statistics.md)',
      params: Type.Object({ figure: StringEnum(DASHBOARD_FIGURES) }),
      querystring: Type.Object({ from: Month, to: Month, region: Type.Optional(Type.String({ pattern: '^\\d{6}$' })) }, { additionalProperties: false }),
      response: { 200: Type.Union([OpenObject, Type.Array(OpenObject)]), ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const { from, to, region } = request.query;
    return (await dashboardFigure(store, request.params.figure as DashboardFigure, { from, to, ...(region === undefined ? {} : { region }) })) as Record<string, unknown>;
  });

  const Names = Type.Array(Type.String({ maxLength: 100 }), { maxItems: 200 });
  app.post('/api/stats/drill-down', {
    config: { policy: 'stats:read' },
    schema: {
      tags: ['statistics'], summary: 'the events behind a figure: post the key the figure carries; pages sum to the figure',
      body: Type.Object({
        measures: Type.Array(StringEnum(MEASURES), { minItems: 1, maxItems: MEASURES.length }), activities: Type.Optional(Names), products: Type.Optional(Names),
        counterparts: Type.Optional(Names), controlled: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(1)])), parties: Type.Optional(Names),
        from: Month, to: Month, region: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
        after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Integer({ minimum: 1, maximum: STATS_DRILL_PAGE_MAX, default: 100 }),
      }, { additionalProperties: false }),
      response: { 200: OpenObject, ...PROBLEM_RESPONSES },
    },
  }, async (request) => {
    const { after, limit, ...key } = request.body;
    await refreshStats(store);
    return (await drillDown(store.db, key as FigureKey, { limit, ...(after === undefined ? {} : { after }) })) as unknown as Record<string, unknown>;
  });
}
