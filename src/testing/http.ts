// The API on loopback for tests: a real server on a free port, and calls that answer with the
// status, headers and parsed JSON body.
import type { AddressInfo } from 'node:net';
import type { App } from '../server/server.ts';
import { createToken } from '../server/tokens.ts';
import type { Store } from '../store/index.ts';
import { MINER, SEPARATOR } from './fixtures.ts';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  body: Record<string, any> | undefined;
}

export interface ApiCallOptions {
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, as JSON unless a content-type header says otherwise. */
  raw?: string;
  headers?: Record<string, string>;
}

/** Starts listening on a free loopback port; returns the server's base URL. */
export async function listenOnLoopback(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}

/** Calls against the server at `base()`, read when each call is made (the server starts in before()). */
export function apiCaller(base: () => string): (method: string, path: string, options?: ApiCallOptions) => Promise<ApiAnswer> {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }), ...options.headers };
    if (options.body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
    const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${base()}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as Record<string, any>) };
  };
}

/** A token for each of the fixture registry's kinds of caller: the supervisors, the association,
 * the miner and the separator (an enterprise each), and the public. */
export async function fixtureTokens(store: Store): Promise<Record<'regulator' | 'auditor' | 'association' | 'miner' | 'separator' | 'public', string>> {
  const callers = [['regulator', 'regulator'], ['auditor', 'auditor'], ['association', 'association'], ['miner', 'enterprise', MINER], ['separator', 'enterprise', SEPARATOR], ['public', 'public']] as const;
  const tokens: Record<string, string> = {};
  for (const [name, role, party] of callers) tokens[name] = (await createToken(store, { name: `${name} user`, role, ...(party === undefined ? {} : { party }) })).token;
  return tokens as Record<(typeof callers)[number][0], string>;
}
