// The shapes of the API's answers the app reads (docs/api.md, docs/statistics.md); where the
// server has the type, it is the server's.
import type { Alert, AlertHistoryEntry } from '../../src/supervision/alerts.ts';
import type { ProductionRow, StageTotal } from '../../src/stats/figures.ts';

export type { Alert };
export type { SeriesPoint, QuotaUseRow, Recycling, Exports, ElementFlows } from '../../src/stats/figures.ts';

export interface ProductionFigure {
  stages: StageTotal[];
  rows: ProductionRow[];
}

export interface StatsPeriods {
  /** First and last months with figures, YYYY-MM (Asia/Shanghai); null on an empty ledger. */
  from: string | null;
  to: string | null;
  years: number[];
}

export interface AlertDetail {
  alert: Alert;
  history: AlertHistoryEntry[];
  actions: string[];
}

export type { Trace } from '../../src/provenance/trace.ts';
export type { RecycledContent } from '../../src/provenance/recycled-content.ts';
export type { Passport } from '../../src/provenance/passport.ts';
export type { PassportVerification } from '../../src/provenance/verify-passport.ts';

/** A lot as GET /api/lots/{id} answers it. */
export type { LotState as Lot } from '../../src/store/store.ts';
export type { AnnualReport, ReportTable } from '../../src/stats/annual-report.ts';
export type { PartyDetail, PartySummary } from '../../src/registry/list-parties.ts';
