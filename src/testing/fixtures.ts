// A small registry and signing helpers for tests: a group, a miner with a listed mine, a
// separator, a magnet maker and a recycler, each with a registered key.
import type { JWK } from 'jose';
import { makeUscc } from '../domain/uscc.ts';
import { CAPTURE_FORMAT, captureDocument, signDocument, type CaptureResult, type LedgerEvent } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import type { Store } from '../store/index.ts';

export const GROUP = makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: 'NRG00001' });
export const MINER = makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: 'MIN00001' });
export const SEPARATOR = makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: 'SEP00001' });
export const MAGNET_MAKER = makeUscc({ authority: '9', orgType: '1', region: '330200', orgBody8: 'MAG00001' });
export const RECYCLER = makeUscc({ authority: '9', orgType: '1', region: '360700', orgBody8: 'REC00001' });

export const MINE = 'mine-bayan-obo-east';
export const SEPARATION_PLANT = 'plant-baotou-sep';
export const MAGNET_PLANT = 'plant-ningbo-magnets';
export const RECYCLING_PLANT = 'plant-ganzhou-recycling';

export type Keys = Record<string, PrivateKeyFile>;

export async function loadFixtureRegistry(store: Store): Promise<Keys> {
  const keys: Keys = {};
  for (const party of [MINER, SEPARATOR, MAGNET_MAKER, RECYCLER]) keys[party] = await generateKeyFile(party);
  await importRegistry(store, {
    parties: [
      { id: GROUP, kind: 'group', nameZh: '北方稀土集团', nameEn: 'Northern Rare Earth Group', region: '150200' },
      { id: MINER, kind: 'enterprise', roles: ['miner'], nameZh: '白云矿业', nameEn: 'Baiyun Mining', region: '150200', group: GROUP },
      { id: SEPARATOR, kind: 'enterprise', roles: ['separator'], nameZh: '包头分离', nameEn: 'Baotou Separation', region: '150200', group: GROUP },
      { id: MAGNET_MAKER, kind: 'enterprise', roles: ['magnet-maker'], nameZh: '宁波磁材', nameEn: 'Ningbo Magnetics', region: '330200' },
      { id: RECYCLER, kind: 'enterprise', roles: ['recycler'], nameZh: '赣州再生', nameEn: 'Ganzhou Recycling', region: '360700' },
    ],
    licences: [{ id: 'lic-mining-1', party: MINER, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 50000 }],
    facilities: [
      { id: MINE, party: MINER, kind: 'mine', nameZh: '白云鄂博东矿', nameEn: 'Bayan Obo East', region: '150206', licence: 'lic-mining-1', listed: true },
      { id: SEPARATION_PLANT, party: SEPARATOR, kind: 'plant', nameZh: '分离厂', nameEn: 'Separation plant', region: '150200' },
      { id: MAGNET_PLANT, party: MAGNET_MAKER, kind: 'plant', nameZh: '磁材厂', nameEn: 'Magnet plant', region: '330200' },
      { id: RECYCLING_PLANT, party: RECYCLER, kind: 'plant', nameZh: '回收厂', nameEn: 'Recycling plant', region: '360700' },
    ],
    keys: Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  return keys;
}

export async function signAs(key: PrivateKeyFile, events: LedgerEvent[], createdAt = '2024-06-30T12:00:00+08:00') {
  return signDocument({ format: CAPTURE_FORMAT, party: key.party, keyId: key.kid, createdAt, events }, key.privateJwk as JWK);
}

export async function captureAs(store: Store, key: PrivateKeyFile, events: LedgerEvent[]): Promise<CaptureResult> {
  return captureDocument(store, await signAs(key, events));
}

/** Signs and records as `key`'s party with the ledger's clock at `recordedAt`, as an enterprise
 * reporting on that day would: the events' times must be before it. */
export async function captureAt(store: Store, key: PrivateKeyFile, events: LedgerEvent[], recordedAt: string): Promise<CaptureResult> {
  return captureDocument(store, await signAs(key, events, recordedAt), { now: new Date(recordedAt) });
}
