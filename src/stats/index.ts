export { refreshStats, readStatsCursor, type RefreshResult } from './project.ts';
export { MEASURES, ACTIVITIES, MATERIAL_CATEGORIES, type Measure, type Activity } from './classify.ts';
export { sumFacts, regionRange, type StatsFilter, type FactSum } from './facts.ts';
export {
  production, productionSeries, deepProcessing, quotaUse, recycling, exportsOf, stocks, growth, elementFlows, periodsOf, periodLabel,
  PRODUCTION_STAGES, type FigureKey, type Amount, type ProductionStage, type Granularity, type ElementFlows,
} from './figures.ts';
export { drillDown, type DrillDownItem, type DrillDownPage } from './drill-down.ts';
export { DASHBOARD_FIGURES, dashboardFigure, type DashboardFigure } from './dashboard.ts';
