// Every rule, in the order docs/rules.md and `ytterby rules list` show them.
import type { CaptureRule, PeriodRule, Rule } from '../rule.ts';
import { elementsFromNothing } from './elements-from-nothing.ts';
import { exportBeyondLicence } from './export-beyond-licence.ts';
import { misdeclaredProduct } from './misdeclared-product.ts';
import { finalUser } from './final-user.ts';
import { groupOverQuota } from './group-over-quota.ts';
import { illegalMining } from './illegal-mining.ts';
import { lateCorrection } from './late-correction.ts';
import { lateReport } from './late-report.ts';
import { lotChronology } from './lot-chronology.ts';
import { neverReceived } from './never-received.ts';
import { overCapacity } from './over-capacity.ts';
import { overQuota } from './over-quota.ts';
import { periodBalance } from './period-balance.ts';
import { recyclerMineralAncestry } from './recycler-mineral-ancestry.ts';
import { recyclerMineralIntake } from './recycler-mineral-intake.ts';
import { residueDisposal } from './residue-disposal.ts';
import { reusedDeclaration } from './reused-declaration.ts';
import { roundTrip } from './round-trip.ts';
import { shortReceipt } from './short-receipt.ts';
import { stockAtDeregistration } from './stock-at-deregistration.ts';
import { unlicensedExport } from './unlicensed-export.ts';
import { untracedSeparation } from './untraced-separation.ts';
import { unlicensedSeparation } from './unlicensed-separation.ts';
import { unlicensedRecycling } from './unlicensed-recycling.ts';
import { unlicensedSmelting } from './unlicensed-smelting.ts';

export const CAPTURE_RULES: readonly CaptureRule[] = [
  illegalMining, elementsFromNothing, untracedSeparation, recyclerMineralIntake, misdeclaredProduct, unlicensedExport, shortReceipt,
  unlicensedSeparation, lateCorrection, unlicensedSmelting, unlicensedRecycling,
] as unknown as CaptureRule[];

export const PERIOD_RULES: readonly PeriodRule[] = [
  overQuota, groupOverQuota, exportBeyondLicence, neverReceived, periodBalance, lateReport, roundTrip, overCapacity, residueDisposal,
  recyclerMineralAncestry, lotChronology, reusedDeclaration, finalUser, stockAtDeregistration,
] as unknown as PeriodRule[];

export const RULES: readonly Rule[] = [...CAPTURE_RULES, ...PERIOD_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
