// The score's command line: which split, which engine, which case. Bad input is refused with the
// flag named.
import type { Engine } from '../../src/store/index.ts';

export const SPLITS = ['shown', 'held-out', 'all'] as const;
export type Split = (typeof SPLITS)[number];

export interface ScoreOptions {
  split: Split;
  engine: Engine;
  only?: string;
  /** Case numbers (the NN of V-family-NN): a blind round's cases, scored apart. */
  numbers?: string[];
}

export function parseScoreArgs(argv: string[]): ScoreOptions {
  const options: ScoreOptions = { split: 'all', engine: 'sqlite' };
  for (let i = 0; i < argv.length; i += 1) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--split' || flag === '--engine' || flag === '--case' || flag === '--numbers') {
      if (value === undefined) throw new Error(`${flag} needs a value`);
      i += 1;
      if (flag === '--split') {
        if (!SPLITS.includes(value as Split)) throw new Error(`--split must be one of ${SPLITS.join(', ')}, got ${value}`);
        options.split = value as Split;
      } else if (flag === '--engine') {
        if (value !== 'sqlite' && value !== 'postgres') throw new Error(`--engine must be sqlite or postgres, got ${value}`);
        if (value === 'postgres' && (process.env['DATABASE_URL'] ?? '') === '') throw new Error('--engine postgres needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test)');
        options.engine = value;
      } else if (flag === '--numbers') {
        const numbers = value.split(',').map((n) => n.trim());
        const bad = numbers.find((n) => !/^\d{2}$/.test(n));
        if (bad !== undefined) throw new Error(`--numbers takes two-digit case numbers separated by commas (53,54,55), got ${bad === '' ? 'an empty one' : bad}`);
        options.numbers = numbers;
      } else options.only = value;
    } else throw new Error(`unknown argument ${flag}; usage: score.ts [--split shown|held-out|all] [--engine sqlite|postgres] [--case ID] [--numbers NN,NN]`);
  }
  return options;
}
