import type { Store } from '../store/index.ts';
import { InputRefused } from '../problems.ts';
import { importRegistry } from './import-registry.ts';
import { keyIdOf, type PublicJwk } from './keys.ts';

/** Revokes a key from `at` on: documents recorded from then on with it are refused; what was
 * recorded before stays valid, since it was signed while the key was good. */
export async function revokeKey(store: Store, keyId: string, at: Date, reason: string): Promise<void> {
  if (Number.isNaN(at.getTime())) throw new InputRefused('the revocation was refused', [{ path: 'at', reason: 'is not a real date-time' }]);
  if (reason.trim() === '') throw new InputRefused('the revocation was refused', [{ path: 'reason', reason: 'is required: say why the key is revoked' }]);
  const key = await store.db.selectFrom('party_keys').select(['id', 'valid_from', 'revoked_at']).where('id', '=', keyId).executeTakeFirst();
  if (key === undefined) throw new InputRefused('the revocation was refused', [{ path: 'keyId', reason: `no registered key ${keyId}` }]);
  if (key.revoked_at !== null) throw new InputRefused('the revocation was refused', [{ path: 'keyId', reason: `key ${keyId} was already revoked at ${key.revoked_at}` }]);
  await store.db.updateTable('party_keys').set({ revoked_at: at.toISOString(), revocation_reason: reason }).where('id', '=', keyId).execute();
}

export interface KeyRegistration {
  party: string;
  publicJwk: PublicJwk;
  validFrom: string;
  /** Rotation: this earlier key of the party stops signing when the new one starts. */
  replaces?: string;
}

/** Registers a public key, then ends the key it replaces (if any); returns the new key's id. */
export async function registerKey(store: Store, registration: KeyRegistration): Promise<string> {
  const { party, publicJwk, validFrom, replaces } = registration;
  const entry = { party, publicJwk: { kty: publicJwk.kty, crv: publicJwk.crv, x: publicJwk.x }, validFrom };
  if (replaces !== undefined) {
    const old = await store.db.selectFrom('party_keys').select(['party_id', 'valid_to', 'revoked_at']).where('id', '=', replaces).executeTakeFirst();
    const refuse = (reason: string) => new InputRefused('the key was not registered', [{ path: 'replaces', reason }]);
    if (old === undefined) throw refuse(`no registered key ${replaces}`);
    if (old.party_id !== party) throw refuse(`key ${replaces} belongs to ${old.party_id}, not ${party}`);
    if (old.revoked_at !== null) throw refuse(`key ${replaces} was revoked at ${old.revoked_at}; a revoked key needs no rotation`);
  }
  await importRegistry(store, { keys: [entry] });
  if (replaces !== undefined) {
    await store.db.updateTable('party_keys').set({ valid_to: new Date(validFrom).toISOString() }).where('id', '=', replaces).execute();
  }
  return keyIdOf(publicJwk);
}

export interface KeyListing {
  id: string;
  party: string;
  validFrom: string;
  validTo: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
}

export async function listKeys(store: Store, party?: string): Promise<KeyListing[]> {
  let query = store.db.selectFrom('party_keys').selectAll();
  if (party !== undefined) query = query.where('party_id', '=', party);
  const rows = await query.orderBy('party_id').orderBy('valid_from').execute();
  return rows.map((row) => ({ id: row.id, party: row.party_id, validFrom: row.valid_from, validTo: row.valid_to, revokedAt: row.revoked_at, revocationReason: row.revocation_reason }));
}
