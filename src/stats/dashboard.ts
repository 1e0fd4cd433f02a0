// The web app's dashboard: each figure by name, for a filter, from the projection's sums. The
// projection is brought up to date first (a no-op when nothing new was recorded).
import type { Store } from '../store/index.ts';
import type { StatsFilter } from './facts.ts';
import { deepProcessing, elementFlows, exportsOf, growth, production, productionSeries, quotaUse, recycling, stocks } from './figures.ts';
import { refreshStats } from './project.ts';

export const DASHBOARD_FIGURES = ['production', 'series', 'deep-processing', 'quota-use', 'recycling', 'exports', 'stocks', 'growth', 'element-flows'] as const;
export type DashboardFigure = (typeof DASHBOARD_FIGURES)[number];

export async function dashboardFigure(store: Store, figure: DashboardFigure, filter: StatsFilter): Promise<unknown> {
  await refreshStats(store);
  const db = store.db;
  switch (figure) {
    case 'production': return production(db, filter);
    case 'series': return productionSeries(db, filter, 'month');
    case 'deep-processing': return deepProcessing(db, filter);
    case 'quota-use': return quotaUse(db, Number(filter.from.slice(0, 4)), filter.region);
    case 'recycling': return recycling(db, filter);
    case 'exports': return exportsOf(db, filter);
    case 'stocks': return stocks(db, filter);
    case 'growth': return growth(db, filter);
    case 'element-flows': return elementFlows(db, filter);
  }
}
