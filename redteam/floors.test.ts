// The red-team library in CI: every case, run as score.ts runs it, on SQLite (both engines give the
// same verdict on every case: docs/red-team.md), against floors that only move up. The same one run
// checks that every alert the library raises is stated in Chinese too: running the library twice
// cost CI four minutes.
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
import { assertChineseSummary } from '../src/testing/summary-zh.ts';

/** Violations caught, of 497, at the commit that set it. */
const CAUGHT_MIN = 477;
/** The honest cases of 494 the rules flag: two recyclers' feeds whose La the library's residues
 * leave out (`separate()` fills a residue with Pr and Nd alone: docs/red-team.md), and cement added
 * to a residue by an adjustment that, written without a composition, adds rare earths at the lot's
 * grade (30 % more REO from nowhere, by the record); four whose documents break the recording order
 * or the reporting deadline in their rounds' helpers (H-licences-63: a residue lot named before the
 * document that makes it, a refusal; H-identity-53, H-identity-44, H-identity-47: events recorded
 * weeks after the 10th, late reports). Blind rounds' not answered: blocks sent out for machining
 * and back (H-flows-76, a round trip by lot lineage); corroded metal written down to scrap whose
 * scrap, disposed of, is richer than residue (H-flows-68); a re-assay moving NdPr into the residue
 * just past the residue-mix bound (H-conservation-77); a tender lost and its oxide sold back to the
 * trader five weeks later (H-flows-87, a trading house's whole lot back); middlings re-floated with
 * 38 % of the rare earths left in the tailings, below the 75 % beneficiation floor (H-residues-53);
 * praseodymium oxide for a ceramic-stain maker past the glass-and-ceramics dopant cap (H-flows-24);
 * monazite middlings declared as concentrate and sent to radioactive storage (H-residues-25). The
 * last round, scored with the session's final rules and not answered: a NiMH recycler's leach residue
 * whose mix is far from its feed's (H-conservation-16, H-time-17, one writer's helper), and two
 * recyclers recovering a little over 97 % of their scrap's Nd (H-flows-18, H-residues-17). */
const KNOWN_FALSE_ALARMS = [
  'H-identity-42', 'H-identity-51', 'H-residues-90', 'H-licences-63', 'H-identity-53', 'H-identity-44', 'H-identity-47',
  'H-flows-76', 'H-flows-68', 'H-conservation-77', 'H-flows-87', 'H-residues-53', 'H-flows-24', 'H-residues-25',
  'H-conservation-16', 'H-time-17', 'H-flows-18', 'H-residues-17',
];
const FALSE_ALARMS_MAX = KNOWN_FALSE_ALARMS.length;

describe('the red-team library against its floors, its alerts stated in Chinese too (SQLite)', () => {
  it(`catches at least ${CAUGHT_MIN} violations and flags at most ${FALSE_ALARMS_MAX} honest cases`, async (t) => {
    const verdicts: Verdict[] = [];
    const rulesRaised = new Set<string>();
    for (const c of await loadCases()) {
      const run = await runBuiltCase(await buildCase(c), 'sqlite');
      for (const raised of run.alerts) {
        assertChineseSummary(raised);
        rulesRaised.add(raised.rule.id);
      }
      verdicts.push(judge(run));
    }
    // The rules the library does not reach are asserted in their own test files.
    assert.ok(rulesRaised.size >= 17, `only ${[...rulesRaised].join(', ')}`);
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
