import type { Store } from '../store/index.ts';
import { SCHEMA_VERSION_LATEST } from '../store/index.ts';
import { ledgerRoot, ledgerSize } from './proofs.ts';

export interface LedgerStatus {
  engine: string;
  location: string;
  schemaVersion: number;
  parties: number;
  keys: number;
  documents: number;
  events: number;
  lots: number;
  lotsActive: number;
  lotsInTransit: number;
  root: string;
  lastRecordedAt: string | null;
}

export async function ledgerStatus(store: Store): Promise<LedgerStatus> {
  const db = store.db;
  const count = async (table: 'parties' | 'party_keys' | 'documents' | 'lots') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const byStatus = await db.selectFrom('lots').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute();
  const statusCount = (status: string) => Number(byStatus.find((row) => row.status === status)?.n ?? 0);
  const head = await db.selectFrom('ledger_head').select('updated_at').where('id', '=', 1).executeTakeFirst();
  const size = await ledgerSize(store);
  return {
    engine: store.engine,
    location: store.location,
    schemaVersion: SCHEMA_VERSION_LATEST,
    parties: await count('parties'),
    keys: await count('party_keys'),
    documents: await count('documents'),
    events: size,
    lots: await count('lots'),
    lotsActive: statusCount('active'),
    lotsInTransit: statusCount('in_transit'),
    root: (await ledgerRoot(store, size)).toString('hex'),
    lastRecordedAt: head?.updated_at ?? null,
  };
}
