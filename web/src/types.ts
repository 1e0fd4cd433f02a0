// The shapes of the API's answers the app reads (docs/api.md, docs/statistics.md); where the
// server has the type, it is the server's.
import type { Alert, AlertHistoryEntry } from '../../src/supervision/alerts.ts';

export type { Alert, AlertHistoryEntry };
export interface Amount {
  massGrams: number;
  reoGrams: number;
  events: number;
}

export interface SeriesPoint {
  period: string;
  stages: Record<string, Amount>;
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
