// An enterprise's month whose mass balance does not close. The ledger holds every lot, so the
// balance inputs − outputs − stock change − declared losses reduces to what its processes took in
// and did not put out as products or residues: material that vanished inside the plant.
import { reoGrams } from '../../domain/composition.ts';
import { shanghaiMonth } from '../periods.ts';
import { bounded, eventRef, percent, share, tonnes } from '../evidence.ts';
import type { Finding, PeriodRule } from '../rule.ts';

const thresholds = { imbalanceShareMax: 0.05, imbalanceTonnesReoMin: 1 };

interface Month {
  party: string;
  month: string;
  inputReo: number;
  outputReo: number;
  declaredLossReo: number;
  events: string[];
}

export const periodBalance: PeriodRule<typeof thresholds> = {
  id: 'period-balance',
  stage: 'period',
  title: { zh: '企业月度物料平衡不闭合', en: 'Period mass balance does not close' },
  explanation: {
    zh: '企业当月加工投入的稀土（以REO计）减去产出（产品与废渣）、库存变化和申报损耗后的差额超过阈值，说明有物料去向不明。',
    en: 'An enterprise\'s month in which the REO its processes took in, less what they put out (products and residues), the stock change and the declared losses, leaves more unaccounted than the threshold: material went somewhere the records do not say.',
  },
  severity: 'high',
  legalBasis: "Rare Earth Management Regulations (State Council Order 785): product-flow records; Total Quantity Control Measures (MIIT/NDRC/MNR Order 71): the previous month's flow data, entered by the 10th",
  thresholds,
  thresholdNotes: {
    imbalanceShareMax: 'unaccounted REO accepted as a share of the month\'s process input',
    imbalanceTonnesReoMin: 'unaccounted t REO accepted whatever the share',
  },
  start(_context, t) {
    const months = new Map<string, Month>();
    return {
      observe(scanned) {
        const kind = scanned.event.kind;
        if (kind !== 'process' && kind !== 'adjust') return;
        const month = shanghaiMonth(scanned.timeMs);
        const key = `${scanned.partyId}|${month}`;
        const entry = months.get(key) ?? { party: scanned.partyId, month, inputReo: 0, outputReo: 0, declaredLossReo: 0, events: [] };
        for (const flow of scanned.flows) {
          const reo = reoGrams(flow.elements);
          // A negative adjustment declares a loss, a positive one a gain; both are stock changes the
          // enterprise stated, not unaccounted material.
          if (kind === 'adjust') entry.declaredLossReo += flow.direction === -1 ? reo : -reo;
          else if (flow.direction === -1) entry.inputReo += reo;
          else entry.outputReo += reo;
        }
        if (kind === 'process') entry.events.push(eventRef(scanned.partyId, scanned.eventId));
        months.set(key, entry);
      },
      finish() {
        const findings: Finding[] = [];
        for (const m of months.values()) {
          const unaccounted = m.inputReo - m.outputReo;
          if (m.inputReo === 0 || Math.abs(unaccounted) <= Math.max(t.imbalanceTonnesReoMin * 1_000_000, m.inputReo * t.imbalanceShareMax)) continue;
          findings.push({
            ruleId: 'period-balance',
            key: `${m.party}:${m.month}`,
            partyId: m.party,
            period: m.month,
            subject: `${m.party}:${m.month}`,
            summary: `in ${m.month} ${m.party}'s processes took in ${tonnes(m.inputReo)} t REO and put out ${tonnes(m.outputReo)} t REO: ${tonnes(Math.abs(unaccounted))} t REO (${percent(Math.abs(unaccounted) / m.inputReo)}) ${unaccounted > 0 ? 'unaccounted for' : 'more than went in'}`,
            evidence: {
              events: bounded(m.events), lots: [], thresholds: t, inputTonnesReo: tonnes(m.inputReo), outputTonnesReo: tonnes(m.outputReo),
              declaredLossTonnesReo: tonnes(m.declaredLossReo), unaccountedTonnesReo: tonnes(unaccounted), unaccountedShare: share(unaccounted, m.inputReo),
            },
          });
        }
        return findings;
      },
    };
  },
};
