// npm run sim:faults -- --seed N [--runs K] [--minutes M | --rounds R] [--engine sqlite|postgres]
// Runs the fault simulation for seeds N … N+K−1, one after another; for a seed whose ledger breaks
// an invariant it prints the seed, the round and what broke, and the command that replays it, and
// goes on to the next; it exits 1 if any seed broke. PostgreSQL runs in a schema of its own on DATABASE_URL (by default the local
// test database).
import { parseArgs } from 'node:util';
import type { Engine } from '../store/index.ts';
import { formatFindings } from './invariants.ts';
import { describeTally, runSimulation } from './run-simulation.ts';

const USAGE = 'usage: npm run sim:faults -- --seed N [--runs K] [--minutes M | --rounds R] [--check-every R] [--engine sqlite|postgres]';
const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];
const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

function wholeNumber(text: string | undefined, name: string, min: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${name} must be a whole number ≥ ${min}, got ${JSON.stringify(text)}`);
  return Number(text);
}

class UsageError extends Error {}

function parse(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string' }, runs: { type: 'string' }, minutes: { type: 'string' }, rounds: { type: 'string' },
      'check-every': { type: 'string' }, engine: { type: 'string', default: 'sqlite' },
    },
    strict: true,
  });
  const seed = wholeNumber(values.seed, '--seed', 0);
  if (seed === undefined) throw new UsageError('--seed is required: the seed names the whole schedule');
  const minutes = values.minutes === undefined ? undefined : Number(values.minutes);
  if (minutes !== undefined && !(minutes > 0)) throw new UsageError(`--minutes must be a positive number, got ${JSON.stringify(values.minutes)}`);
  const rounds = wholeNumber(values.rounds, '--rounds', 1);
  const engine = values.engine as Engine;
  if (!ENGINES.includes(engine)) throw new UsageError(`--engine must be ${ENGINES.join(' or ')}, got ${JSON.stringify(values.engine)}`);
  return { seed, runs: wholeNumber(values.runs, '--runs', 1) ?? 1, minutes: minutes ?? (rounds === undefined ? 1 : undefined), rounds, checkEveryRounds: wholeNumber(values['check-every'], '--check-every', 1), engine };
}

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (options.engine === 'postgres') process.env['DATABASE_URL'] ||= DEFAULT_DATABASE_URL;
  else delete process.env['DATABASE_URL'];
  const interactive = process.stderr.isTTY === true;
  let clean = 0;
  for (let seed = options.seed; seed < options.seed + options.runs; seed += 1) {
    const started = performance.now();
    let outcome;
    try {
      outcome = await runSimulation({
        seed, engine: options.engine, ...(options.rounds === undefined ? {} : { rounds: options.rounds }),
        ...(options.minutes === undefined ? {} : { minutes: options.minutes }),
        ...(options.checkEveryRounds === undefined ? {} : { checkEveryRounds: options.checkEveryRounds }),
        onProgress: (line) => process.stderr.write(interactive ? `\r\x1b[K${line}` : `${line}\n`),
      });
    } catch (error) {
      // The simulation itself failed (a server that would not start again, say): not a clean seed.
      process.stdout.write(`seed ${seed} (${options.engine}) FAILED TO RUN: ${error instanceof Error ? error.stack : String(error)}\n`);
      continue;
    }
    if (interactive) process.stderr.write('\n');
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    if (outcome.findings.length === 0) {
      clean += 1;
      process.stdout.write(`seed ${seed} (${options.engine}, ${outcome.servers} servers + cli): clean, ${outcome.tally.rounds} rounds, ${outcome.tally.checks} checks in ${seconds} s; ${describeTally(outcome.tally)}\n`);
      continue;
    }
    process.stdout.write(
      `seed ${seed} (${options.engine}) BROKEN after round ${outcome.failedAfterRound}:\n${formatFindings(outcome.findings)}\n` +
      `ledger kept at ${outcome.keptAt}\n` +
      `replay: npm run sim:faults -- --seed ${seed} --rounds ${outcome.failedAfterRound! + 1} --engine ${options.engine}\n`,
    );
  }
  process.stdout.write(`${clean} of ${options.runs} seeds clean\n`);
  return clean === options.runs ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
