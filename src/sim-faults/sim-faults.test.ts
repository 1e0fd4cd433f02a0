// The fault simulation's CI seeds on every engine at hand: a few short runs of servers and CLI
// captures writing one ledger, with conflicts and kills, each ending with its invariants checked.
// Long runs: npm run sim:faults -- --seed N --minutes M (docs/architecture.md).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, test } from 'node:test';
import { engines } from '../testing/engines.ts';
import { formatFindings } from './invariants.ts';
import { runSimulation } from './run-simulation.ts';
import { Schedule } from './schedule.ts';

const CI_SEEDS = [1, 2];
const CI_ROUNDS = 4;

for (const engine of engines()) {
  describe(`the fault simulation on ${engine}`, () => {
    for (const seed of CI_SEEDS) {
      test(`seed ${seed}, ${CI_ROUNDS} rounds: every invariant holds`, async () => {
        const outcome = await runSimulation({ seed, engine, rounds: CI_ROUNDS, checkEveryRounds: 2 });
        assert.equal(outcome.findings.length, 0,
          `seed ${seed} broke after round ${outcome.failedAfterRound} (replay: npm run sim:faults -- --seed ${seed} --rounds ${CI_ROUNDS} --engine ${engine}):\n${formatFindings(outcome.findings)}`);
        assert.equal(outcome.tally.checks, 2);
        assert.ok(outcome.tally.acknowledged > 0, 'some documents were acknowledged');
      });
    }
  });
}

describe('the fault schedule', () => {
  test('is the same for the same seed and differs between seeds', () => {
    const rounds = (seed: number) => {
      const schedule = new Schedule(seed);
      return JSON.stringify([schedule.registry, ...Array.from({ length: 5 }, () => schedule.nextRound())]);
    };
    assert.equal(rounds(7), rounds(7));
    assert.notEqual(rounds(7), rounds(8));
  });

  test('draws every kind of conflict and kills within 20 rounds, each member of a conflict to its own writer', () => {
    const schedule = new Schedule(3);
    const labels: string[] = [];
    let kills = 0;
    for (let i = 0; i < 20; i += 1) {
      const round = schedule.nextRound();
      if (round.kill !== undefined) kills += 1;
      labels.push(...round.groups.map((group) => group.label), ...round.sends.map((send) => send.label));
      for (const group of round.groups) {
        const writers = round.sends.filter((send) => group.eventIds.includes(send.events[0]!.id)).map((send) => send.writer);
        assert.equal(new Set(writers).size, group.eventIds.length, `${group.label}: one writer each`);
      }
    }
    for (const kind of [/shipped whole to two buyers/, /60 % of .* shipped [23] times/, /receipt of .* twice/, /correction of .* against a disposal/, /sent [23] times/]) {
      assert.ok(labels.some((label) => kind.test(label)), `a conflict like ${kind}`);
    }
    assert.ok(kills > 0, 'writers are killed');
  });
});

describe('npm run sim:faults', () => {
  const run = promisify(execFile);
  const main = join(import.meta.dirname, 'main.ts');
  for (const [args, message] of [
    [[], /--seed is required/],
    [['--seed', 'x'], /--seed must be a whole number ≥ 0, got "x"/],
    [['--seed', '1', '--engine', 'mysql'], /--engine must be sqlite or postgres, got "mysql"/],
    [['--seed', '1', '--minutes', '0'], /--minutes must be a positive number, got "0"/],
    [['--seed', '1', '--rounds', '0'], /--rounds must be a whole number ≥ 1, got "0"/],
    [['--seed', '1', '--speed', '3'], /Unknown option '--speed'/],
  ] as const) {
    test(`refuses ${args.join(' ') || 'no arguments'} with a usage error`, async () => {
      const outcome = await run(process.execPath, ['--import', 'tsx', main, ...args]).then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error);
      assert.equal(outcome.code, 2);
      assert.match(outcome.stderr, message);
      assert.match(outcome.stderr, /usage: npm run sim:faults -- --seed N/);
    });
  }
});
