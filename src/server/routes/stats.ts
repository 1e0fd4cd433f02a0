// The industry's figures over HTTP, for the web app's dashboard and the association: each
// dashboard figure by name for a period and region, from the statistics projection.
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../schemas.ts';
import { DASHBOARD_FIGURES, dashboardFigure, type DashboardFigure } from '../../stats/index.ts';
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
}
