import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store, StoreLocation } from './store.ts';

export * from './store.ts';
export type { Database, LicencesTable, AlertsTable, AlertHistoryTable } from './schema.ts';
export { SCHEMA_VERSION_LATEST } from './migrations.ts';
export { walkLineage, lineageEdges, type LineageQuery, type LineagePage, type WalkedLot, type FlowEdge, type TraceDirection } from './lineage.ts';
export { lineageIndex } from './lineage-index.ts';
export { SQLITE_FILE_NAME } from './sqlite/sqlite-store.ts';

export const DEFAULT_DATA_DIR = './data';

export async function openStore(location: StoreLocation = {}): Promise<Store> {
  if (location.databaseUrl !== undefined && location.databaseUrl !== '') {
    return openPostgresStore(location.databaseUrl, location.postgres);
  }
  return openSqliteStore(location.dataDir ?? DEFAULT_DATA_DIR);
}
