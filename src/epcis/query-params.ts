// The EPCIS 2.0 query parameters Ytterby answers (GS1 REST binding, GET /events), read into one
// normalized query: named queries store it, subscriptions run it, the page token is bound to it.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../ledger/index.ts';
import type { Problem } from '../problems.ts';
import { dateTimeMs } from '../schemas.ts';
import { QUERY_VALUES_MAX } from './limits.ts';
import { bareCbv } from './vocabulary.ts';

export type QuantityOp = '=' | '>' | '>=' | '<' | '<=';

export interface EpcisQuery {
  eventType?: string[];
  GE_eventTime?: number;
  LT_eventTime?: number;
  GE_recordTime?: number;
  LT_recordTime?: number;
  EQ_action?: string[];
  EQ_bizStep?: string[];
  EQ_disposition?: string[];
  EQ_bizLocation?: string[];
  EQ_readPoint?: string[];
  EQ_eventID?: string[];
  /** MATCH_epc, MATCH_anyEPC, MATCH_inputEPC, MATCH_outputEPC: instance-level EPCs, which Ytterby's
   * events never carry (a lot is a class with a quantity), so such a query matches nothing. */
  matchesInstances?: boolean;
  /** MATCH_*EPCClass: the lot classes, by the lists they must be in (undefined: any list). */
  classes?: { roles?: string[]; values: string[] }[];
  quantity?: { op: QuantityOp; grams: number }[];
  /** Answer in log order even with an event-time bound: a subscription delivers what was
   * recorded after its last delivery. Set by subscriptions, never by a parameter. */
  logOrder?: boolean;
}

const TIME_PARAMS = ['GE_eventTime', 'LT_eventTime', 'GE_recordTime', 'LT_recordTime'] as const;
const LIST_PARAMS = ['eventType', 'EQ_action', 'EQ_bizStep', 'EQ_disposition', 'EQ_bizLocation', 'EQ_readPoint', 'EQ_eventID'] as const;
const INSTANCE_PARAMS = ['MATCH_epc', 'MATCH_anyEPC', 'MATCH_inputEPC', 'MATCH_outputEPC'] as const;
const CLASS_PARAMS: Record<string, string[] | undefined> = { MATCH_epcClass: ['quantity'], MATCH_inputEPCClass: ['input'], MATCH_outputEPCClass: ['output'], MATCH_anyEPCClass: undefined };
const QUANTITY_PARAMS: Record<string, QuantityOp> = { EQ_quantity: '=', GT_quantity: '>', GE_quantity: '>=', LT_quantity: '<', LE_quantity: '<=' };
/** Page controls: they choose a page of the query's answer, not the answer. */
export const PAGE_PARAMS = ['perPage', 'nextPageToken'] as const;

export const QUERY_PARAMS = [...LIST_PARAMS, ...TIME_PARAMS, ...INSTANCE_PARAMS, ...Object.keys(CLASS_PARAMS), ...Object.keys(QUANTITY_PARAMS)];

export type Parsed = { query: EpcisQuery } | { problems: Problem[] };

/** Reads query parameters (a REST query string's, or a named query's stored object). Values list
 * alternatives with `|`, as the GS1 REST binding does. */
export function parseEpcisQuery(params: Record<string, unknown>, where: 'query' | 'body.query' = 'query'): Parsed {
  const problems: Problem[] = [];
  const query: EpcisQuery = {};
  const at = (name: string) => `${where}.${name}`;
  for (const [name, raw] of Object.entries(params)) {
    if ((PAGE_PARAMS as readonly string[]).includes(name)) continue;
    if (typeof raw !== 'string' || raw === '') {
      problems.push({ path: at(name), reason: 'must be given once, with a value' });
      continue;
    }
    const values = raw.split('|');
    if (values.length > QUERY_VALUES_MAX) {
      problems.push({ path: at(name), reason: `lists at most ${QUERY_VALUES_MAX} values` });
      continue;
    }
    if ((TIME_PARAMS as readonly string[]).includes(name)) {
      const ms = dateTimeMs(raw);
      if (ms === undefined) problems.push({ path: at(name), reason: 'must be an RFC 3339 date-time with a time zone, e.g. 2024-06-01T00:00:00+08:00' });
      else query[name as (typeof TIME_PARAMS)[number]] = ms;
    } else if ((LIST_PARAMS as readonly string[]).includes(name)) {
      const kind = name === 'EQ_bizStep' ? 'BizStep' : name === 'EQ_disposition' ? 'Disp' : undefined;
      query[name as (typeof LIST_PARAMS)[number]] = kind === undefined ? values : values.map((v) => bareCbv(v, kind));
    } else if ((INSTANCE_PARAMS as readonly string[]).includes(name)) {
      query.matchesInstances = true;
    } else if (name in CLASS_PARAMS) {
      const roles = CLASS_PARAMS[name];
      (query.classes ??= []).push({ ...(roles === undefined ? {} : { roles }), values });
    } else if (name in QUANTITY_PARAMS) {
      const kg = Number(raw);
      if (!Number.isFinite(kg) || kg < 0) problems.push({ path: at(name), reason: 'must be a quantity in kilograms (a number, at least 0)' });
      else (query.quantity ??= []).push({ op: QUANTITY_PARAMS[name]!, grams: Math.round(kg * 1000) });
    } else {
      problems.push({ path: at(name), reason: `is not a query parameter Ytterby answers; it answers ${QUERY_PARAMS.join(', ')} (docs/epcis.md)` });
    }
  }
  return problems.length > 0 ? { problems } : { query };
}

/** A short digest of the query and who asks, which a page token carries: a token is refused for
 * any other query, so a page is never read with filters it was not counted under. */
export function queryDigest(query: EpcisQuery, viewer: string): string {
  return createHash('sha256').update(canonicalJson({ query, viewer })).digest('base64url').slice(0, 16);
}
