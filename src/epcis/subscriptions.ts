// Subscriptions to a named query (GS1 REST: /queries/{name}/subscriptions, streaming): after
// events are recorded, each subscription's query is run for what is new since its last delivery,
// as the query's maker may see it, and POSTed to its `dest` as an EPCISQueryDocument. Each callback
// is signed: Ytterby-Signature: t=<unix ms>,v1=<hex HMAC-SHA256 of "<t>.<body>" keyed by the
// subscription's signatureToken>, so the receiver knows it came from here, unaltered and when.
import { createHmac, randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';
import type { Viewer } from '../provenance/viewer.ts';
import { InputRefused } from '../problems.ts';
import { CALLBACK_EVENTS_MAX, CALLBACK_TIMEOUT_MS, SUBSCRIPTIONS_PER_QUERY_MAX } from './limits.ts';
import { getNamedQuery } from './named-queries.ts';
import { queryDocument, queryEvents } from './query-events.ts';

export interface Subscription {
  subscriptionID: string;
  queryName: string;
  dest: string;
  stream: true;
  createdAt: string;
  lastDeliveredAt: string | null;
  lastError: string | null;
}

export interface NewSubscription {
  dest: string;
  signatureToken: string;
  stream?: boolean;
  reportIfEmpty?: boolean;
  schedule?: unknown;
  initialRecordTime?: string;
}

const refuse = (path: string, reason: string): never => {
  throw new InputRefused('the subscription was refused; nothing was stored', [{ path, reason }]);
};

function present(row: { id: string; query_name: string; dest: string; created_at: string; last_delivered_at: string | null; last_error: string | null }): Subscription {
  return { subscriptionID: row.id, queryName: row.query_name, dest: row.dest, stream: true, createdAt: row.created_at, lastDeliveredAt: row.last_delivered_at, lastError: row.last_error };
}

export async function subscribe(store: Store, viewer: Viewer, queryName: string, input: NewSubscription): Promise<Subscription | undefined> {
  if ((await getNamedQuery(store, viewer, queryName)) === undefined) return undefined;
  if (input.schedule !== undefined || input.stream === false) refuse('body.stream', 'Ytterby streams: a callback follows each capture; scheduled subscriptions are not offered');
  if (input.reportIfEmpty === true) refuse('body.reportIfEmpty', 'a streaming subscription reports only what is new');
  let url: URL;
  try {
    url = new URL(input.dest);
  } catch {
    return refuse('body.dest', 'must be an absolute http or https URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') refuse('body.dest', 'must be an absolute http or https URL');
  const count = Number((await store.db.selectFrom('epcis_subscriptions').select((eb) => eb.fn.countAll().as('n')).where('query_name', '=', queryName).executeTakeFirstOrThrow()).n);
  if (count >= SUBSCRIPTIONS_PER_QUERY_MAX) refuse('body.dest', `the query has ${SUBSCRIPTIONS_PER_QUERY_MAX} subscriptions, its bound`);
  // From the log's head, or from the first event recorded at or after initialRecordTime.
  let afterSeq: number;
  if (input.initialRecordTime !== undefined) {
    const from = Date.parse(input.initialRecordTime);
    if (Number.isNaN(from)) refuse('body.initialRecordTime', 'must be an RFC 3339 date-time');
    const first = await store.db.selectFrom('events').select('seq').where('recorded_at', '>=', new Date(from).toISOString()).orderBy('seq').limit(1).executeTakeFirst();
    afterSeq = first === undefined ? await lastSeq(store) : Number(first.seq) - 1;
  } else {
    afterSeq = await lastSeq(store);
  }
  const row = {
    id: `sub-${randomBytes(9).toString('base64url')}`, query_name: queryName, dest: url.toString(), secret: input.signatureToken, after_seq: afterSeq,
    created_at: new Date().toISOString(), last_delivered_at: null, last_error: null,
  };
  await store.db.insertInto('epcis_subscriptions').values(row).execute();
  return present(row);
}

async function lastSeq(store: Store): Promise<number> {
  const head = await store.db.selectFrom('ledger_head').select('size').where('id', '=', 1).executeTakeFirst();
  return (head === undefined ? 0 : Number(head.size)) - 1;
}

export async function listSubscriptions(store: Store, viewer: Viewer, queryName: string): Promise<Subscription[] | undefined> {
  if ((await getNamedQuery(store, viewer, queryName)) === undefined) return undefined;
  return (await store.db.selectFrom('epcis_subscriptions').selectAll().where('query_name', '=', queryName).orderBy('created_at').execute()).map(present);
}

export async function unsubscribe(store: Store, viewer: Viewer, queryName: string, id: string): Promise<boolean> {
  if ((await getNamedQuery(store, viewer, queryName)) === undefined) return false;
  const deleted = await store.db.deleteFrom('epcis_subscriptions').where('query_name', '=', queryName).where('id', '=', id).executeTakeFirst();
  return Number(deleted.numDeletedRows) === 1;
}

/** The header a callback carries: `t=<ms>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function callbackSignature(secret: string, body: string | Buffer, at: number): string {
  return `t=${at},v1=${createHmac('sha256', secret).update(`${at}.`).update(body).digest('hex')}`;
}

/** Delivers what each subscription has not had yet, a callback of at most CALLBACK_EVENTS_MAX
 * events per subscription per call; a failed delivery is kept (lastError) and tried next time. */
export async function deliverSubscriptions(store: Store): Promise<void> {
  const subscriptions = await store.db.selectFrom('epcis_subscriptions').selectAll().orderBy('id').execute();
  for (const sub of subscriptions) {
    const named = await getNamedQuery(store, { role: 'regulator' }, sub.query_name);
    if (named === undefined) continue;
    // In log order whatever the query's bounds, so what is new is exactly what lies after after_seq.
    const page = await queryEvents(store, named.maker, { ...named.parsed, logOrder: true }, { perPage: CALLBACK_EVENTS_MAX, after: { seq: Number(sub.after_seq) } });
    if (page.last === undefined) continue;
    const body = queryDocument(page.events, sub.query_name, sub.id);
    const at = Date.now();
    let error: string | null = null;
    try {
      const response = await fetch(sub.dest, {
        method: 'POST', body: new Uint8Array(body), signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
        headers: { 'content-type': 'application/ld+json', 'ytterby-signature': callbackSignature(sub.secret, body, at), 'gs1-epcis-version': '2.0.0' },
      });
      if (!response.ok) error = `the receiver answered ${response.status}`;
      await response.body?.cancel();
    } catch (cause) {
      error = `the receiver could not be reached: ${(cause as Error).message}`;
    }
    await store.db.updateTable('epcis_subscriptions').set(error === null ? { after_seq: page.last.seq, last_delivered_at: new Date(at).toISOString(), last_error: null } : { last_error: error })
      .where('id', '=', sub.id).execute();
  }
}
