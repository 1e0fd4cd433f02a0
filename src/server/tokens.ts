// Bearer tokens of the HTTP API: each bound to one role (and, for an enterprise, one party), kept
// only as its SHA-256, shown once when made. `ytterby tokens create|list|revoke` and the server's
// authentication both come here.
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/index.ts';
import { InputRefused } from '../problems.ts';
import { VIEWER_ROLES, type Viewer, type ViewerRole } from '../provenance/viewer.ts';
import { validateUscc } from '../domain/uscc.ts';
import { TOKEN_CACHE_ENTRIES_MAX, TOKEN_CACHE_MS } from '../limits.ts';

const TOKEN_PREFIX = 'ytb_';

export interface TokenInfo {
  id: string;
  name: string;
  role: ViewerRole;
  party: string | null;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface Principal extends Viewer {
  tokenId: string;
  name: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function refuse(path: string, reason: string): never {
  throw new InputRefused('the token was refused; nothing was changed', [{ path, reason }]);
}

export interface NewToken {
  name: string;
  role: string;
  party?: string;
  expiresAt?: string;
  now?: Date;
}

/** Makes a token; the returned `token` is the only copy of it anywhere. */
export async function createToken(store: Store, input: NewToken): Promise<TokenInfo & { token: string }> {
  if (typeof input.name !== 'string' || input.name.trim() === '' || input.name.length > 200) refuse('name', 'says who or what the token is for (1 to 200 characters)');
  if (!VIEWER_ROLES.includes(input.role as ViewerRole)) refuse('role', `must be one of ${VIEWER_ROLES.join(', ')}`);
  const role = input.role as ViewerRole;
  if (role === 'enterprise') {
    if (input.party === undefined) refuse('party', 'an enterprise token acts for one party: give its USCC');
    const invalid = validateUscc(input.party);
    if (invalid !== null) refuse('party', invalid);
    const party = await store.db.selectFrom('parties').select(['id', 'kind']).where('id', '=', input.party).executeTakeFirst();
    if (party === undefined) refuse('party', `no party ${input.party} in the registry`);
    if (party.kind !== 'enterprise') refuse('party', `${input.party} is a ${party.kind}, not an enterprise`);
  } else if (input.party !== undefined) {
    refuse('party', `a ${role} token acts for no party`);
  }
  const now = input.now ?? new Date();
  if (input.expiresAt !== undefined && !(Date.parse(input.expiresAt) > now.getTime())) refuse('expiresAt', 'must be an ISO 8601 date-time in the future');
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = `tok-${randomBytes(6).toString('hex')}`;
  const row = {
    id, token_hash: hashToken(token), name: input.name.trim(), role, party_id: input.party ?? null, created_at: now.toISOString(),
    expires_at: input.expiresAt === undefined ? null : new Date(input.expiresAt).toISOString(), revoked_at: null,
  };
  await store.db.insertInto('api_tokens').values(row).execute();
  return { ...present(row), token };
}

export async function listTokens(store: Store): Promise<TokenInfo[]> {
  const rows = await store.db.selectFrom('api_tokens').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map(present);
}

export async function revokeToken(store: Store, id: string, now = new Date()): Promise<TokenInfo> {
  const row = await store.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  if (row === undefined) refuse('id', `no token ${id}`);
  if (row.revoked_at !== null) refuse('id', `token ${id} was revoked at ${row.revoked_at}`);
  await store.db.updateTable('api_tokens').set({ revoked_at: now.toISOString() }).where('id', '=', id).execute();
  recentlyGood.get(store)?.clear();
  return present({ ...row, revoked_at: now.toISOString() });
}

/** Tokens recently found good, per store, so that a request costs no query to authenticate. A token
 * revoked by another process (`ytterby tokens revoke`) stops working here within TOKEN_CACHE_MS.
 * Keyed by the token itself, not its hash, so a request costs no SHA-256 either (a tenth of a lot
 * read's CPU): the process holds the token while it answers anyway, and the rate limiter keys its
 * counts by the Authorization header; the database keeps only hashes. */
const recentlyGood = new WeakMap<Store, Map<string, { principal: Principal; expiresAt: number; until: number }>>();

/** Who a bearer token speaks for, or why it does not: unknown, revoked and expired tokens are refused alike. */
export async function authenticate(store: Store, token: string, now = new Date()): Promise<Principal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return undefined;
  let cache = recentlyGood.get(store);
  if (cache === undefined) recentlyGood.set(store, (cache = new Map()));
  const cached = cache.get(token);
  if (cached !== undefined && cached.until > now.getTime()) return cached.expiresAt > now.getTime() ? cached.principal : undefined;
  const row = await store.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (row === undefined || row.revoked_at !== null) {
    cache.delete(token);
    return undefined;
  }
  const expiresAt = row.expires_at === null ? Infinity : Date.parse(row.expires_at);
  if (expiresAt <= now.getTime()) return undefined;
  const role = row.role as ViewerRole;
  const principal: Principal = { tokenId: row.id, name: row.name, role, ...(role === 'enterprise' && row.party_id !== null ? { party: row.party_id } : {}) };
  if (cache.size >= TOKEN_CACHE_ENTRIES_MAX) cache.clear();
  cache.set(token, { principal, expiresAt, until: now.getTime() + TOKEN_CACHE_MS });
  return principal;
}

function present(row: { id: string; name: string; role: string; party_id: string | null; created_at: string; expires_at: string | null; revoked_at: string | null }): TokenInfo {
  return { id: row.id, name: row.name, role: row.role as ViewerRole, party: row.party_id, createdAt: row.created_at, expiresAt: row.expires_at, revokedAt: row.revoked_at };
}
