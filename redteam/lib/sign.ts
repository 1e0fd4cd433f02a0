// Signs a world's documents with its parties' keys and writes the registry file with the
// public halves, as `ytterby registry import` and `ytterby capture` take them.
import type { JWK } from 'jose';
import { CAPTURE_FORMAT, signDocument, type SignedCaptureDocument } from '../../src/ledger/index.ts';
import type { PrivateKeyFile, RegistryFile } from '../../src/registry/index.ts';
import { deterministicKeyFile } from './keys.ts';
import type { World } from './world.ts';

/** When every red-team key becomes valid: before the first event any case records. */
const KEYS_VALID_FROM = '2023-01-01T00:00:00+08:00';

export interface SignedWorld {
  registry: RegistryFile;
  documents: { recordedAt: string; signed: SignedCaptureDocument }[];
}

export async function signWorld(world: World): Promise<SignedWorld> {
  const keys = new Map<string, PrivateKeyFile>();
  for (const party of world.parties) {
    if (party.kind === 'enterprise') keys.set(party.id, await deterministicKeyFile(party.id));
  }
  const registry = world.registryFile(
    [...keys.values()].map((key) => ({ party: key.party, publicJwk: key.publicJwk, validFrom: KEYS_VALID_FROM })),
  );
  const documents = [];
  for (const planned of world.documentsInOrder()) {
    const key = keys.get(planned.party);
    if (key === undefined) throw new Error(`a document is recorded by ${planned.party}, which has no key (not an enterprise of the world)`);
    const signed = await signDocument(
      { format: CAPTURE_FORMAT, party: key.party, keyId: key.kid, createdAt: planned.recordedAt, events: planned.events },
      key.privateJwk as JWK,
    );
    documents.push({ recordedAt: planned.recordedAt, signed });
  }
  return { registry, documents };
}
