// One run of the fault simulation: a ledger (a SQLite data folder, or a PostgreSQL schema) written
// by several `ytterby serve` processes and a `ytterby capture` per round, all at once, with the
// conflicting documents of the schedule (schedule.ts) racing across them and writers killed with
// SIGKILL and restarted; every few rounds, with every writer quiet, the invariants
// (invariants.ts) and `ytterby verify --deep` (the log, then the state replayed from it). The first broken invariant stops the run, named with its
// seed and round so that `--seed N --rounds R` replays the schedule up to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAUNCHER_NODE_FLAGS, YTTERBY_BIN } from '../cli/launcher-flags.ts';
import type { CaptureResult } from '../ledger/index.ts';
import { generateKeyFile, importRegistry, type PrivateKeyFile } from '../registry/index.ts';
import { createToken } from '../server/tokens.ts';
import type { Engine } from '../store/index.ts';
import { cliRunner, startServing, type Serving } from '../testing/cli.ts';
import { makeTestStore, type TestStore } from '../testing/engines.ts';
import { signAs } from '../testing/fixtures.ts';
import { ledgerFindings, type Acknowledgement, type ConflictGroup, type Finding } from './invariants.ts';
import { Schedule, type Round, type Send } from './schedule.ts';

export interface SimulationOptions {
  seed: number;
  engine: Engine;
  /** Stop after this many rounds… */
  rounds?: number;
  /** …or once this many minutes have passed, whichever comes first. */
  minutes?: number;
  /** Check the invariants after every this many rounds (and after the last). */
  checkEveryRounds?: number;
  /** A line at each round and check. */
  onProgress?: (line: string) => void;
}

export interface SimulationTally {
  rounds: number;
  sent: number;
  acknowledged: number;
  refused: number;
  /** Sent but never answered: the writer was killed, or a CLI run stopped early. */
  unanswered: number;
  kills: number;
  checks: number;
}

export interface SimulationOutcome {
  seed: number;
  engine: Engine;
  servers: number;
  tally: SimulationTally;
  /** Empty when every invariant held. */
  findings: Finding[];
  /** The round after which the broken invariant was found. */
  failedAfterRound?: number;
  /** Where the ledger was left for inspection, when an invariant broke. */
  keptAt?: string;
}

/** What `ytterby verify` says, as a finding if it is not ok. */
type Verify = () => Promise<Finding[]>;

export async function runSimulation(options: SimulationOptions): Promise<SimulationOutcome> {
  const schedule = new Schedule(options.seed);
  const checkEveryRounds = options.checkEveryRounds ?? 5;
  const deadline = options.minutes === undefined ? Infinity : Date.now() + options.minutes * 60_000;
  const roundsMax = options.rounds ?? Infinity;
  if (roundsMax === Infinity && deadline === Infinity) throw new Error('the simulation needs rounds or minutes to stop after');
  const progress = options.onProgress ?? (() => undefined);
  const ledger = await makeTestStore(options.engine);
  const tally: SimulationTally = { rounds: 0, sent: 0, acknowledged: 0, refused: 0, unanswered: 0, kills: 0, checks: 0 };
  const acknowledgements: Acknowledgement[] = [];
  const groups: ConflictGroup[] = [];
  const answerFindings: Finding[] = [];
  const writers = new Writers(ledger, schedule.servers);
  const scratch = mkdtempSync(join(tmpdir(), 'ytterby-sim-faults-'));
  let outcome: SimulationOutcome | undefined;
  try {
    const { keys, tokens } = await setUpRegistry(ledger, schedule);
    await writers.start();
    const verify: Verify = async () => {
      const run = await cliRunner(() => ledger.processAccess.dataDir, ledger.processAccess.env)('--json', 'verify', '--deep');
      let report: { ok?: boolean; broken?: { reason?: string }; deep?: { ok: boolean; difference?: { table: string; reason: string } } };
      try {
        report = JSON.parse(run.stdout) as typeof report;
      } catch {
        return [{ invariant: 'verify', detail: `ytterby verify exited ${run.code}: ${run.stdout}${run.stderr}` }];
      }
      if (report.ok !== true) return [{ invariant: 'verify', detail: report.broken?.reason ?? run.stdout }];
      if (report.deep?.ok !== true) return [{ invariant: 'verify --deep', detail: report.deep?.difference === undefined ? run.stdout : `${report.deep.difference.table}: ${report.deep.difference.reason}` }];
      return [];
    };
    const context: RoundContext = { schedule, writers, keys, tokens, tally, acknowledgements, answerFindings, scratch, ledger };
    while (tally.rounds < roundsMax && Date.now() < deadline) {
      const round = schedule.nextRound();
      groups.push(...round.groups);
      await runRound(context, round);
      tally.rounds += 1;
      const last = tally.rounds >= roundsMax || Date.now() >= deadline;
      progress(`seed ${options.seed} (${options.engine}, ${schedule.servers} servers + cli) round ${round.index}: ${describeTally(tally)}`);
      if (last || tally.rounds % checkEveryRounds === 0) {
        const findings = [...answerFindings, ...(await ledgerFindings(ledger.store, acknowledgements, groups)), ...(await verify())];
        tally.checks += 1;
        progress(`seed ${options.seed} check ${tally.checks} after round ${round.index}: ${findings.length === 0 ? 'ok' : `${findings.length} broken`}`);
        if (findings.length > 0) {
          outcome = { seed: options.seed, engine: options.engine, servers: schedule.servers, tally, findings, failedAfterRound: round.index };
          break;
        }
      }
    }
    outcome ??= { seed: options.seed, engine: options.engine, servers: schedule.servers, tally, findings: [] };
    return outcome;
  } finally {
    await writers.stop();
    rmSync(scratch, { recursive: true, force: true });
    if (outcome !== undefined && outcome.findings.length > 0) {
      await ledger.store.close();
      outcome.keptAt = options.engine === 'sqlite' ? ledger.processAccess.dataDir : `DATABASE_URL=${ledger.processAccess.env['DATABASE_URL']}`;
    } else await ledger.cleanup();
  }
}

export function describeTally(t: SimulationTally): string {
  return `${t.sent} documents sent: ${t.acknowledged} acknowledged, ${t.refused} refused, ${t.unanswered} unanswered; ${t.kills} kills`;
}

async function setUpRegistry(ledger: TestStore, schedule: Schedule): Promise<{ keys: Map<string, PrivateKeyFile>; tokens: Map<string, string> }> {
  const keys = new Map<string, PrivateKeyFile>();
  const tokens = new Map<string, string>();
  const parties = [...schedule.registry.miners, ...schedule.registry.buyers];
  for (const party of parties) keys.set(party.id, await generateKeyFile(party.id));
  await importRegistry(ledger.store, {
    ...schedule.registry.file,
    keys: [...keys.values()].map((k) => ({ party: k.party, publicJwk: k.publicJwk, validFrom: '2020-01-01T00:00:00Z' })),
  });
  for (const party of parties) tokens.set(party.id, (await createToken(ledger.store, { name: party.nameEn, role: 'enterprise', party: party.id })).token);
  return { keys, tokens };
}

/** The servers, each restarted after a kill on another port. */
class Writers {
  readonly #ledger: TestStore;
  readonly #servers: (Serving | undefined)[];
  /** A server being restarted: sends to it fail until it listens again, as a client's would. */
  readonly #restarting: (Promise<void> | undefined)[];

  constructor(ledger: TestStore, servers: number) {
    this.#ledger = ledger;
    this.#servers = new Array(servers).fill(undefined);
    this.#restarting = new Array(servers).fill(undefined);
  }

  async start(): Promise<void> {
    // Every start is waited for, failed or not, so that stop() finds each server that did start: one
    // that failed while the others were still starting left them running past the seed.
    const started = await Promise.allSettled(this.#servers.map((_, i) => this.#startServer(i)));
    const failed = started.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  url(server: number): string | undefined {
    return this.#servers[server]?.url;
  }

  async #startServer(i: number): Promise<void> {
    const { dataDir, env } = this.#ledger.processAccess;
    this.#servers[i] = await startServing(dataDir, ['serve', '--rate-limit', '1000000'], env);
  }

  /** SIGKILL, then a new process on the same ledger. */
  async killServer(i: number): Promise<void> {
    const server = this.#servers[i];
    if (server === undefined) return;
    this.#servers[i] = undefined;
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGKILL');
    await exited;
    const restart = this.#startServer(i);
    this.#restarting[i] = restart;
    await restart;
    this.#restarting[i] = undefined;
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.#restarting);
    await Promise.all(this.#servers.map((server) => server?.stop()));
  }
}

interface RoundContext {
  schedule: Schedule;
  writers: Writers;
  keys: Map<string, PrivateKeyFile>;
  tokens: Map<string, string>;
  tally: SimulationTally;
  acknowledgements: Acknowledgement[];
  answerFindings: Finding[];
  scratch: string;
  ledger: TestStore;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends every document of the round at its moment, kills its writer at its moment, and returns
 * once every send is answered or lost and every killed server listens again. */
async function runRound(context: RoundContext, round: Round): Promise<void> {
  const { schedule } = context;
  const started = Date.now();
  const until = (atMs: number) => sleep(Math.max(0, started + atMs - Date.now()));
  const cliSends = round.sends.filter((send) => send.writer === schedule.servers);
  // Signed before the clock starts, so that members of a conflict leave when the schedule says.
  const bodies = new Map<Send, string>();
  for (const send of round.sends) bodies.set(send, JSON.stringify(await signAs(context.keys.get(send.party)!, send.events)));
  context.tally.sent += round.sends.length;
  let cli: ChildProcess | undefined;
  const work: Promise<void>[] = round.sends.filter((send) => send.writer !== schedule.servers).map(async (send) => {
    await until(send.atMs);
    await postToServer(context, round, send, bodies.get(send)!);
  });
  if (cliSends.length > 0) {
    work.push((async () => {
      await until(cliSends[0]!.atMs);
      const file = join(context.scratch, `round-${round.index}.jsonl`);
      writeFileSync(file, cliSends.map((send) => bodies.get(send)!).join('\n') + '\n');
      const { dataDir, env } = context.ledger.processAccess;
      cli = spawn(process.execPath, [...LAUNCHER_NODE_FLAGS, YTTERBY_BIN, '--data', dataDir, '--json', 'capture', file], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const outcome = await collect(cli);
      cli = undefined;
      recordCliOutcome(context, round, cliSends, outcome);
    })());
  }
  if (round.kill !== undefined) {
    const { writer, atMs } = round.kill;
    work.push((async () => {
      await until(atMs);
      context.tally.kills += 1;
      if (writer === schedule.servers) cli?.kill('SIGKILL');
      else await context.writers.killServer(writer);
    })());
  }
  await Promise.all(work);
}

async function postToServer(context: RoundContext, round: Round, send: Send, body: string): Promise<void> {
  const writer = context.schedule.writerName(send.writer);
  const url = context.writers.url(send.writer);
  if (url === undefined) {
    context.tally.unanswered += 1;
    return;
  }
  let status: number;
  let answer: Record<string, unknown>;
  try {
    const response = await fetch(`${url}/api/capture`, { method: 'POST', headers: { authorization: `Bearer ${context.tokens.get(send.party)}`, 'content-type': 'application/json' }, body });
    status = response.status;
    answer = (await response.json()) as Record<string, unknown>;
  } catch {
    // The server was killed with the request in flight, or before it: the document may or may
    // not be recorded, and either is right.
    context.tally.unanswered += 1;
    return;
  }
  if (status === 200 || status === 201) {
    context.tally.acknowledged += 1;
    context.acknowledgements.push({ party: send.party, writer: `${writer} in round ${round.index}`, result: answer as unknown as CaptureResult });
  } else if (status === 400) context.tally.refused += 1;
  else context.answerFindings.push({ invariant: 'answered', detail: `round ${round.index}, ${send.label}: ${writer} answered ${status} ${JSON.stringify(answer)}` });
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Promise<Exit> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

/** A capture run prints every result when all its documents are recorded; refused, it names the
 * document that was and says how many before it were recorded, which are then unacknowledged. */
function recordCliOutcome(context: RoundContext, round: Round, sends: Send[], exit: Exit): void {
  const writer = `cli in round ${round.index}`;
  if (exit.signal === 'SIGKILL') {
    context.tally.unanswered += sends.length;
    return;
  }
  if (exit.code === 0) {
    const printed = JSON.parse(exit.stdout) as CaptureResult | { results: CaptureResult[] };
    const results = 'results' in printed ? printed.results : [printed];
    results.forEach((result, i) => context.acknowledgements.push({ party: sends[i]!.party, writer, result }));
    context.tally.acknowledged += results.length;
    return;
  }
  if (exit.code !== 1 || !/"error": "[^"]* line \d+: /.test(exit.stdout)) {
    context.answerFindings.push({ invariant: 'answered', detail: `round ${round.index}: the CLI capture exited ${exit.code}: ${exit.stdout}${exit.stderr}` });
    return;
  }
  // The documents before the refused one were recorded, but never acknowledged; those after it
  // were never tried.
  context.tally.refused += 1;
  context.tally.unanswered += sends.length - 1;
}
