import type { Store, StoreLocation } from './store.ts';

export * from './store.ts';
export type { Database, LicencesTable, AlertsTable, AlertHistoryTable, PartiesTable, FacilitiesTable, RegistryHistoryTable } from './schema.ts';
export { SCHEMA_VERSION_LATEST } from './migrations.ts';
export { walkLineage, lineageEdges, type LineageQuery, type LineagePage, type WalkedLot, type FlowEdge, type TraceDirection } from './lineage.ts';
export { lineageIndex } from './lineage-index.ts';
export { SQLITE_FILE_NAME } from './sqlite/capture-statements.ts';

export const DEFAULT_DATA_DIR = './data';

/** Each engine's driver is loaded when a store of it is opened: a process on SQLite never loads
 * pg, and the threads that open a store (verify's, each with its own connection) start sooner. */
export async function openStore(location: StoreLocation = {}): Promise<Store> {
  if (location.databaseUrl !== undefined && location.databaseUrl !== '') {
    const { openPostgresStore } = await import('./postgres/postgres-store.ts');
    return openPostgresStore(location.databaseUrl, location.postgres);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.ts');
  return openSqliteStore(location.dataDir ?? DEFAULT_DATA_DIR);
}
