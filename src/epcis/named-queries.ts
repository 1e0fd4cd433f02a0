// Named queries (GS1 REST: /queries): a query's parameters kept under a name, run by name, and
// the base of subscriptions. A named query belongs to whoever made it: an enterprise sees its
// own; regulators and auditors see every one. Run, it finds what the caller may see.
import type { Store } from '../store/index.ts';
import type { Viewer } from '../provenance/viewer.ts';
import { InputRefused } from '../problems.ts';
import { NAMED_QUERIES_MAX } from './limits.ts';
import { parseEpcisQuery, type EpcisQuery } from './query-params.ts';

export interface NamedQuery {
  name: string;
  query: Record<string, string>;
  createdAt: string;
}

interface Row {
  name: string;
  query: string;
  created_at: string;
  role: string;
  party_id: string | null;
}

function present(row: Row): NamedQuery {
  return { name: row.name, query: JSON.parse(row.query) as Record<string, string>, createdAt: row.created_at };
}

function visibleTo(viewer: Viewer, row: Row): boolean {
  return viewer.role !== 'enterprise' || row.party_id === viewer.party;
}

export async function createNamedQuery(store: Store, viewer: Viewer & { tokenId: string }, name: string, params: Record<string, unknown>): Promise<NamedQuery> {
  const parsed = parseEpcisQuery(params, 'body.query');
  if ('problems' in parsed) throw new InputRefused('the query was refused; nothing was stored', parsed.problems);
  const count = Number((await store.db.selectFrom('epcis_queries').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  if (count >= NAMED_QUERIES_MAX) throw new InputRefused('the query was refused; nothing was stored', [{ path: 'body.name', reason: `the repository holds ${NAMED_QUERIES_MAX} named queries, its bound; delete one first` }]);
  const row = {
    name, owner_token_id: viewer.tokenId, role: viewer.role, party_id: viewer.party ?? null,
    query: JSON.stringify(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]))), created_at: new Date().toISOString(),
  };
  const inserted = await store.db.insertInto('epcis_queries').values(row).onConflict((oc) => oc.column('name').doNothing()).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) throw new InputRefused('the query was refused; nothing was stored', [{ path: 'body.name', reason: `a query named ${name} exists already` }]);
  return present(row);
}

export async function listNamedQueries(store: Store, viewer: Viewer): Promise<NamedQuery[]> {
  let q = store.db.selectFrom('epcis_queries').selectAll().orderBy('name');
  if (viewer.role === 'enterprise') q = q.where('party_id', '=', viewer.party ?? '');
  return (await q.limit(NAMED_QUERIES_MAX).execute()).map(present);
}

/** The named query, if the viewer may see it; with its parsed parameters and its maker. */
export async function getNamedQuery(store: Store, viewer: Viewer, name: string): Promise<(NamedQuery & { parsed: EpcisQuery; maker: Viewer }) | undefined> {
  const row = await store.db.selectFrom('epcis_queries').selectAll().where('name', '=', name).executeTakeFirst();
  if (row === undefined || !visibleTo(viewer, row)) return undefined;
  const parsed = parseEpcisQuery(JSON.parse(row.query) as Record<string, unknown>);
  if ('problems' in parsed) throw new Error(`assertion: the stored query ${name} was checked when it was made`);
  return { ...present(row), parsed: parsed.query, maker: { role: row.role as Viewer['role'], ...(row.party_id === null ? {} : { party: row.party_id }) } };
}

/** Deletes the query and its subscriptions; false when the viewer sees no such query. */
export async function deleteNamedQuery(store: Store, viewer: Viewer, name: string): Promise<boolean> {
  if ((await getNamedQuery(store, viewer, name)) === undefined) return false;
  await store.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('epcis_subscriptions').where('query_name', '=', name).execute();
    await trx.deleteFrom('epcis_queries').where('name', '=', name).execute();
  });
  return true;
}
