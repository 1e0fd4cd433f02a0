import { LOTS_PAGE_MAX } from '../limits.ts';
import type { LotState, LotStatus, Store } from '../store/index.ts';
import { lotFromRow } from '../store/lot-rows.ts';

export interface LotQuery {
  holder?: string;
  status?: LotStatus;
  product?: string;
  /** Lots after this id, for paging. */
  after?: string;
  limit?: number;
}

export interface LotPage {
  lots: LotState[];
  /** Pass as `after` for the next page; absent on the last page. */
  next?: string;
}

export async function listLots(store: Store, query: LotQuery = {}): Promise<LotPage> {
  const limit = Math.min(query.limit ?? 100, LOTS_PAGE_MAX);
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number from 1 to ${LOTS_PAGE_MAX}`);
  let select = store.db.selectFrom('lots').selectAll();
  if (query.holder !== undefined) select = select.where('holder_id', '=', query.holder);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.product !== undefined) select = select.where('product', '=', query.product);
  if (query.after !== undefined) select = select.where('id', '>', query.after);
  const rows = await select.orderBy('id').limit(limit + 1).execute();
  const lots = rows.slice(0, limit).map(lotFromRow);
  return rows.length > limit ? { lots, next: lots[lots.length - 1]!.id } : { lots };
}
