// The world a rule test records into: a store of its own on one engine, with the test's registry,
// made fresh where a test asks. `record` captures as a party at a ledger time; `alertsOf` lists a
// rule's alerts as the regulator sees them.
import { after, before } from 'node:test';
import type { CaptureResult, LedgerEvent } from '../ledger/index.ts';
import type { PrivateKeyFile } from '../registry/index.ts';
import type { Engine, Store } from '../store/index.ts';
import { listAlerts, type Alert } from '../supervision/index.ts';
import { makeTestStore, type TestStore } from './engines.ts';
import { captureAt } from './fixtures.ts';

export type LoadRegistry = (store: Store) => Promise<Record<string, PrivateKeyFile>>;

export interface RuleWorld {
  readonly store: Store;
  /** A new store with the registry loaded, the old one dropped. */
  fresh(): Promise<void>;
  record(party: string, events: LedgerEvent[], recordedAt?: string): Promise<CaptureResult>;
  alertsOf(rule: string): Promise<Alert[]>;
}

/** Call inside `describe`: it makes the first world before the tests and drops the last after. */
export function ruleWorld(engine: Engine, loadRegistry: LoadRegistry, recordedAtDefault: string): RuleWorld {
  let test: TestStore | undefined;
  let keys: Record<string, PrivateKeyFile> = {};
  const world: RuleWorld = {
    get store(): Store {
      if (test === undefined) throw new Error('the rule world is made before the tests run');
      return test.store;
    },
    async fresh() {
      await test?.cleanup();
      test = await makeTestStore(engine);
      keys = await loadRegistry(test.store);
    },
    record(party, events, recordedAt = recordedAtDefault) {
      const key = keys[party];
      if (key === undefined) throw new Error(`no key for ${party} in the test's registry`);
      return captureAt(world.store, key, events, recordedAt);
    },
    async alertsOf(rule) {
      return (await listAlerts(world.store, { role: 'regulator' }, { rule, limit: 500 })).alerts;
    },
  };
  before(() => world.fresh());
  after(async () => test?.cleanup());
  return world;
}

/** The registry file's `keys`: each party's public key, valid from long before any test's events. */
export function publicKeysOf(keys: Record<string, PrivateKeyFile>): { party: string; publicJwk: PrivateKeyFile['publicJwk']; validFrom: string }[] {
  return Object.values(keys).map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' }));
}
