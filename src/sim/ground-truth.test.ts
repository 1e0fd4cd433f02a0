import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { publicFiguresOf } from './figures.ts';
import { GroundTruth } from './ground-truth.ts';
import { buildIndustry, type Industry, type SimParty } from './industry.ts';
import { Random } from './random.ts';

const YEAR = 2024;

/** The generator's industry at a small scale, with the group that holds both rock and ionic
 * mining quotas (China Rare Earth Group) and its miners of each ore type. */
function chinaRe(): { industry: Industry; group: string; rockMiners: SimParty[]; ionicMiners: SimParty[]; quotaGrams: { rock: number; ionic: number } } {
  const industry = buildIndustry(YEAR, publicFiguresOf(YEAR).figures, 0.01, new Random('ground-truth-test'), 'ground-truth-test');
  const ionicMiners = industry.parties.filter((p) => p.role === 'miner' && p.group !== undefined && p.deposit?.startsWith('ionic') === true);
  const group = ionicMiners[0]!.group!;
  const rockMiners = industry.parties.filter((p) => p.role === 'miner' && p.group === group && (p.deposit === 'sichuan' || p.deposit === 'bayan-obo'));
  const quotaGrams = { rock: 0, ionic: 0 };
  for (const q of industry.registry.quotas ?? []) {
    if (q.holder === group && q.activity === 'mining' && q.year === YEAR && q.oreType !== 'any') quotaGrams[q.oreType] += Math.round(q.tonnesReo * 1000) * 1000;
  }
  assert.ok(rockMiners.length > 0 && quotaGrams.rock > 0 && quotaGrams.ionic > 0, 'the group mines both ore types under quotas of each');
  return { industry, group, rockMiners, ionicMiners, quotaGrams };
}

/** Each month, `rockShare` of the group's rock quota spread over its rock miners, and `ionicShare`
 * of its ionic quota over its ionic miners. */
function mineEveryMonth(truth: GroundTruth, g: ReturnType<typeof chinaRe>, rockShare: number, ionicShare: number): void {
  for (let month = 0; month < 12; month += 1) {
    for (const miner of g.rockMiners) truth.extraction(miner, month, Math.floor((g.quotaGrams.rock * rockShare) / g.rockMiners.length), 'rock');
    for (const miner of g.ionicMiners) truth.extraction(miner, month, Math.floor((g.quotaGrams.ionic * ionicShare) / g.ionicMiners.length), 'ionic');
  }
}

describe('ground truth: a group over its quota', () => {
  test('is labelled in the month its rock extraction passes its rock quota, though its ionic quota is far from used', () => {
    const g = chinaRe();
    const truth = new GroundTruth(YEAR);
    // Rock passes its quota in the 11th month (11/10.5 > 1); rock and ionic together stay under
    // the sum of the two quotas all year, which pooled ore types would take for no violation.
    mineEveryMonth(truth, g, 1 / 10.5, 0.5 / 12);
    truth.closeYear(g.industry);
    const labels = truth.violations.filter((v) => v.class === 'group-over-quota');
    assert.deepEqual(labels.map((v) => [v.month, v.parties]), [[`${YEAR}-11`, [g.group]]]);
    assert.equal(labels[0]!.evidence['rockQuotaTonnesReo'], g.quotaGrams.rock / 1_000_000);
  });

  test('is not labelled when each ore type stays within its own quota', () => {
    const g = chinaRe();
    const truth = new GroundTruth(YEAR);
    mineEveryMonth(truth, g, 0.99 / 12, 0.99 / 12);
    truth.closeYear(g.industry);
    assert.deepEqual(truth.violations.filter((v) => v.class === 'group-over-quota'), []);
  });
});
