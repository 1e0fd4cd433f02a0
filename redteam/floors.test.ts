// The red-team library in CI: every case, run as score.ts runs it, on SQLite (both engines give the
// same verdict on every case: docs/red-team.md), against floors that only move up.
//
// The floors are what the rules achieved when they were last raised, not issue 22's bars (recall
// ≥ 95 % overall and ≥ 90 % in every family, false alarms ≤ 5 %): a rule change that loses a caught
// scheme or adds a false alarm fails here. Raise them with the rules; never lower them to get
// green. A new round of cases may bring false alarms the rules have not answered yet: they are
// counted here by name (KNOWN_FALSE_ALARMS), so a new one still fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FAMILIES } from './lib/case.ts';
import { judge, type Verdict } from './lib/judge.ts';
import { loadCases } from './lib/load-cases.ts';
import { buildCase, runBuiltCase } from './lib/run-case.ts';

/** Violations caught, of 113, at the commit that set it. */
const CAUGHT_MIN = 109;
/** The honest cases of 112 the rules flag: a whole delivery sent straight back (round-trip cannot
 * tell it from a two-party carousel), and two recyclers' feeds whose La the library's residues
 * leave out (`separate()` fills a residue with Pr and Nd alone: docs/red-team.md). */
const KNOWN_FALSE_ALARMS = ['H-flows-32', 'H-identity-42', 'H-identity-51'];
const FALSE_ALARMS_MAX = KNOWN_FALSE_ALARMS.length;

describe('the red-team library against its floors (SQLite)', () => {
  it(`catches at least ${CAUGHT_MIN} violations and flags at most ${FALSE_ALARMS_MAX} honest cases`, async (t) => {
    const verdicts: Verdict[] = [];
    for (const c of await loadCases()) verdicts.push(judge(await runBuiltCase(await buildCase(c), 'sqlite')));
    const missed = verdicts.filter((v) => v.violation && !v.flagged);
    const falseAlarms = verdicts.filter((v) => !v.violation && v.flagged);
    const caught = verdicts.filter((v) => v.violation).length - missed.length;
    const perFamily = FAMILIES.map((family) => {
      const own = verdicts.filter((v) => v.family === family && v.violation);
      return `${family} ${own.filter((v) => v.flagged).length}/${own.length}`;
    }).join(', ');
    const report = [
      `caught ${caught} of ${caught + missed.length} (${perFamily}); false alarms ${falseAlarms.length} of ${verdicts.filter((v) => !v.violation).length}`,
      ...missed.map((v) => `missed ${v.id}: ${v.title}`),
      ...falseAlarms.map((v) => `false alarm ${v.id}: ${v.title}: ${v.because[0] ?? ''}`),
    ].join('\n');
    for (const line of report.split('\n')) t.diagnostic(line);
    assert.ok(caught >= CAUGHT_MIN, report);
    assert.ok(falseAlarms.length <= FALSE_ALARMS_MAX, report);
    assert.deepEqual(falseAlarms.map((v) => v.id).filter((id) => !KNOWN_FALSE_ALARMS.includes(id)), [], report);
  });
});
