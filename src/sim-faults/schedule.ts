// The fault simulation's schedule, drawn from its seed and from nothing else: the registry, which
// writer sends which document when, the conflicts, and when a writer is killed. No draw depends
// on how an earlier document was answered (that depends on timing), so one seed always gives the
// same schedule, round for round, and `--seed N` replays a failure's.
import { makeUscc } from '../domain/uscc.ts';
import type { LedgerEvent } from '../ledger/index.ts';
import { Random } from '../sim/random.ts';
import type { ConflictGroup } from './invariants.ts';

/** Servers sharing the ledger; the CLI is one more writer (the last). */
export const SERVERS_MIN = 2;
export const SERVERS_MAX = 3;
/** Sends of one round start within this many milliseconds of its start: long enough to overlap a
 * CLI capture's start-up (about 3 s), short enough for many rounds a minute. */
const ROUND_SPREAD_MS = 4_000;
/** The members of one conflict leave within this many milliseconds of one another. */
const CONFLICT_JITTER_MS = 4;
/** Conflicts drawn per round, at most. */
const CONFLICTS_PER_ROUND_MAX = 6;
const KILL_PROBABILITY = 0.5;
const LOT_MASS_GRAMS = 1_000_000;
const COMPOSITION = { La: 130_000, Ce: 250_000, Nd: 41_000 };
const EVENT_TIME = '2024-06-03T08:00:00+08:00';

export interface SimParty {
  id: string;
  nameEn: string;
  /** The miner's mine; buyers have none. */
  mine?: string;
}

export interface SimRegistry {
  miners: SimParty[];
  buyers: SimParty[];
  /** The registry file's parties, licences and facilities (keys are added when they are made). */
  file: { parties: object[]; licences: object[]; facilities: object[] };
}

export interface Send {
  party: string;
  events: LedgerEvent[];
  /** Index of the writer: a server below `servers`, the CLI at `servers`. */
  writer: number;
  /** Milliseconds after the round starts. */
  atMs: number;
  /** What the document is for, in a finding. */
  label: string;
}

export interface Round {
  index: number;
  sends: Send[];
  groups: ConflictGroup[];
  kill?: { writer: number; atMs: number };
}

interface FreshLot {
  miner: SimParty;
  id: string;
  extractEventId: string;
}

interface ShippedLot {
  miner: SimParty;
  id: string;
  to: SimParty;
}

export class Schedule {
  readonly seed: number;
  readonly servers: number;
  readonly registry: SimRegistry;
  readonly #random: Random;
  /** Lots made in earlier rounds and not yet drawn for anything. */
  #fresh: FreshLot[] = [];
  /** Lots shipped whole in earlier rounds, not yet received. */
  #shipped: ShippedLot[] = [];
  #round = 0;

  constructor(seed: number) {
    this.seed = seed;
    this.#random = new Random(`sim-faults:${seed}`);
    this.servers = SERVERS_MIN + this.#random.below(SERVERS_MAX - SERVERS_MIN + 1);
    this.registry = drawRegistry(this.#random.fork('registry'));
  }

  get writers(): number {
    return this.servers + 1;
  }

  writerName(writer: number): string {
    return writer === this.servers ? 'cli' : `server ${writer}`;
  }

  nextRound(): Round {
    const index = this.#round++;
    const random = this.#random.fork(`round ${index}`);
    const sends: Send[] = [];
    const groups: ConflictGroup[] = [];
    const made: FreshLot[] = [];
    const shipped: ShippedLot[] = [];
    let counter = 0;
    const eventId = (what: string) => `r${index}-${counter++}-${what}`;
    const at = () => random.below(ROUND_SPREAD_MS);
    const writer = () => random.below(this.writers);
    /** Distinct writers for the members of a conflict, so each races in another process. */
    const distinctWriters = (n: number) => {
      const all = Array.from({ length: this.writers }, (_, i) => i);
      const chosen: number[] = [];
      for (let i = 0; i < n; i += 1) chosen.push(all.splice(random.below(all.length), 1)[0]!);
      return chosen;
    };
    const conflict = (label: string, party: string, members: LedgerEvent[][]) => {
      const base = at();
      const writers = distinctWriters(members.length);
      members.forEach((events, i) => sends.push({ party, events, writer: writers[i]!, atMs: base + random.below(CONFLICT_JITTER_MS + 1), label: `${label}, member ${i}` }));
      groups.push({ label: `round ${index}: ${label}`, party, eventIds: members.map((events) => events[0]!.id) });
    };

    for (const miner of this.registry.miners) {
      const lots = 2 + random.below(5);
      const events: LedgerEvent[] = [];
      for (let i = 0; i < lots; i += 1) {
        const id = `r${index}-lot${i}`;
        const extract = eventId('extract');
        events.push({ id: extract, kind: 'extract', time: EVENT_TIME, facility: miner.mine!, lot: { id, product: 'concentrate-bayan-obo', massGrams: LOT_MASS_GRAMS, composition: COMPOSITION } });
        made.push({ miner, id, extractEventId: extract });
      }
      // Some supplies are sent to several writers at once: a replay, answered alike by each.
      const copies = random.chance(0.3) ? 2 + random.below(this.writers - 1) : 1;
      const base = at();
      for (const target of distinctWriters(copies)) sends.push({ party: miner.id, events, writer: target, atMs: base + random.below(CONFLICT_JITTER_MS + 1), label: `supply of ${miner.nameEn}${copies > 1 ? ` (sent ${copies} times)` : ''}` });
    }

    const conflicts = 1 + random.below(CONFLICTS_PER_ROUND_MAX);
    for (let c = 0; c < conflicts; c += 1) {
      const kinds = [...(this.#fresh.length > 0 ? ['whole twice', 'part thrice', 'correction races', 'ship to receive'] as const : []), ...(this.#shipped.length > 0 ? ['receipt twice'] as const : [])];
      if (kinds.length === 0) break;
      const kind = random.pick(kinds);
      if (kind === 'receipt twice') {
        const lot = this.#shipped.splice(random.below(this.#shipped.length), 1)[0]!;
        const full = `${lot.miner.id}:${lot.id}`;
        conflict(`receipt of ${full} twice`, lot.to.id, [0, 1].map((i) => [{ id: eventId('receive'), kind: 'receive', time: EVENT_TIME, lot: full, massGrams: LOT_MASS_GRAMS - i * 1_000 } as LedgerEvent]));
        continue;
      }
      const lot = this.#fresh.splice(random.below(this.#fresh.length), 1)[0]!;
      const buyers = [...this.registry.buyers];
      const buyer = () => buyers.splice(random.below(buyers.length), 1)[0]!;
      if (kind === 'whole twice') {
        conflict(`${lot.id} shipped whole to two buyers`, lot.miner.id, [buyer(), buyer()].map((to) => [{ id: eventId('ship'), kind: 'ship', time: EVENT_TIME, lot: lot.id, massGrams: LOT_MASS_GRAMS, to: to.id } as LedgerEvent]));
      } else if (kind === 'part thrice') {
        const n = Math.min(2 + random.below(2), buyers.length, this.writers);
        conflict(`60 % of ${lot.id} shipped ${n} times`, lot.miner.id, Array.from({ length: n }, (_, i) => {
          const id = eventId('ship');
          return [{ id, kind: 'ship', time: EVENT_TIME, lot: lot.id, massGrams: 600_000, to: buyer().id, shipmentLot: `${lot.id}-part${i}` } as LedgerEvent];
        }));
      } else if (kind === 'correction races') {
        conflict(`correction of ${lot.extractEventId} against a disposal of ${lot.id}`, lot.miner.id, [
          [{ id: eventId('correct'), kind: 'correct', time: EVENT_TIME, corrects: lot.extractEventId, reason: 'recorded in error' }],
          [{ id: eventId('dispose'), kind: 'dispose', time: EVENT_TIME, lot: lot.id, massGrams: 100_000 + random.below(900_001), method: 'tailings-storage' }],
        ]);
      } else {
        const to = buyer();
        sends.push({ party: lot.miner.id, events: [{ id: eventId('ship'), kind: 'ship', time: EVENT_TIME, lot: lot.id, massGrams: LOT_MASS_GRAMS, to: to.id }], writer: writer(), atMs: at(), label: `${lot.id} shipped to ${to.nameEn}` });
        shipped.push({ miner: lot.miner, id: lot.id, to });
      }
    }
    this.#fresh.push(...made);
    this.#shipped.push(...shipped);
    sends.sort((a, b) => a.atMs - b.atMs);
    const round: Round = { index, sends, groups };
    if (random.chance(KILL_PROBABILITY)) round.kill = { writer: writer(), atMs: random.below(ROUND_SPREAD_MS + 1_000) };
    return round;
  }
}

/** One to three miners, each with a licensed and listed mine, and three to four buyers. */
function drawRegistry(random: Random): SimRegistry {
  const miners: SimParty[] = [];
  const buyers: SimParty[] = [];
  const parties: object[] = [];
  const licences: object[] = [];
  const facilities: object[] = [];
  const minerCount = 1 + random.below(3);
  const buyerCount = 3 + random.below(2);
  for (let i = 0; i < minerCount + buyerCount; i += 1) {
    const miner = i < minerCount;
    const body = `${miner ? 'MIN' : 'BUY'}${i}${String(random.below(10_000)).padStart(4, '0')}`;
    const id = makeUscc({ authority: '9', orgType: '1', region: '150200', orgBody8: body });
    const nameEn = `${miner ? 'Miner' : 'Buyer'} ${i}`;
    parties.push({ id, kind: 'enterprise', roles: [miner ? 'miner' : 'separator'], nameZh: `企业${i}`, nameEn, region: '150200' });
    if (miner) {
      const mine = `mine-${i}`;
      licences.push({ id: `lic-${i}`, party: id, activity: 'mining', validFrom: '2024-01-01', validTo: '2026-12-31', capacityTonnesReo: 50_000 });
      facilities.push({ id: mine, party: id, kind: 'mine', nameZh: `矿${i}`, nameEn: `Mine ${i}`, region: '150206', licence: `lic-${i}`, listed: true });
      miners.push({ id, nameEn, mine });
    } else buyers.push({ id, nameEn });
  }
  return { miners, buyers, file: { parties, licences, facilities } };
}
