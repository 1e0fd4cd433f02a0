// A customs declaration is one clearance: one declarant, one direction (out or in), one country at
// the other end, on one day. The ledger takes the declaration number as the recorder writes it,
// so an export or import citing a number another event cited already, by another party, in the
// other direction, to or from another country or on another day, did not clear as recorded: a
// second consignment booked as exported on the first one's papers (sold at home while the books
// show it abroad, inside the licence's quantity), or one clearance made to stand for two. Several
// lots declared together (line items of one container) are one clearance and stay quiet.
// A correction's replacement takes over the declaration of the event it corrects. An import or an
// export that cites no declaration at all crossed the border on no papers the ledger can show:
// smuggled feed "imported" into the books, or an export that never cleared.
import { shanghaiMonth, formatShanghai } from '../../domain/periods.ts';
import { eventRef, zhFrom } from '../evidence.ts';
import type { Finding, PeriodRule, ScannedEvent } from '../rule.ts';

const thresholds = { clearanceHoursMax: 24 };

interface Clearance {
  declaration: string;
  ref: string;
  eventId: string;
  party: string;
  direction: 'export' | 'import';
  country: string;
  timeMs: number;
  lot: string;
}

const HOUR_MS = 3_600_000;

export const reusedDeclaration: PeriodRule<typeof thresholds> = {
  id: 'reused-declaration',
  stage: 'period',
  title: { zh: '进出口无报关单，或同一报关单号用于不同的进出口', en: 'Import or export with no customs declaration, or one declaration cited for different clearances' },
  explanation: {
    zh: '一份报关单对应一次通关：同一申报单位、同一进出口方向、同一国别、同一天。引用他人已用过的报关单号，或以同一报关单号记录不同日期、不同国别或不同方向的进出口，说明该笔出口（或进口）并未按记录通关：例如第二批货物借用第一批的单证记为出口，实际在境内销售。进出口记录未注明报关单号的，无从核对其通关：例如走私入境的原料以“进口”名义入账。',
    en: 'One declaration is one clearance: one declarant, one direction, one country at the other end, one day. An export or import citing a number already cited by another party, or on another day, to another country or in the other direction, did not clear as recorded: a second consignment booked as exported on the first one\'s papers, and sold at home. An import or export citing no declaration at all cannot be matched to any clearance: smuggled feed booked as an import, or an export that never cleared.',
  },
  severity: 'high',
  legalBasis: {
    zh: '《中华人民共和国海关法》第二十四条：进出口货物的收发货人应当向海关如实申报；《稀土管理条例》（国务院令第785号）：进出口环节的稀土产品流向记录；商务部 海关总署公告2025年第18号（两用物项出口许可）',
    en: 'Customs Law of the PRC Art. 24: consignees and consignors declare imports and exports truthfully to customs; Rare Earth Management Regulations (State Council Order 785): product-flow records of import and export; MOFCOM/GACC Announcement 2025 No. 18 (dual-use export licences)',
  },
  thresholds,
  thresholdNotes: {
    clearanceHoursMax: 'hours between two events citing one declaration within which they are one clearance (a container\'s lots recorded at the times each was loaded); a judgement, a day',
  },
  start(_context, t) {
    const byNumber = new Map<string, Clearance>();
    const findings: Finding[] = [];
    return {
      observe(scanned) {
        const { event } = scanned;
        if ((event.kind === 'export' || event.kind === 'import') && event.customsDeclaration === undefined) {
          const ref = eventRef(scanned.partyId, scanned.eventId);
          const lot = scanned.flows.find((f) => f.direction === (event.kind === 'export' ? -1 : 1))?.lotId ?? '';
          const country = event.kind === 'export' ? event.destinationCountry : event.originCountry;
          findings.push({
            ruleId: 'reused-declaration', key: `${ref}:undeclared`, partyId: scanned.partyId, period: shanghaiMonth(scanned.timeMs), subject: lot,
            summary: `${event.kind} ${ref} of lot ${lot} ${event.kind === 'export' ? 'to' : 'from'} ${country} on ${formatShanghai(scanned.timeMs)} cites no customs declaration: no clearance on record`,
            evidence: { events: [ref], lots: [lot], thresholds: t, problem: 'no customs declaration', direction: event.kind, country, at: formatShanghai(scanned.timeMs) },
          });
          return;
        }
        const use = clearanceOf(scanned);
        if (use === undefined) return;
        const number = use.declaration;
        const first = byNumber.get(number);
        if (first === undefined || (scanned.corrects !== undefined && first.party === use.party && first.eventId === scanned.corrects)) {
          byNumber.set(number, use);
          return;
        }
        const differences: string[] = [];
        if (first.party !== use.party) differences.push(`declared by ${first.party}, not ${use.party}`);
        if (first.direction !== use.direction) differences.push(`an ${first.direction}, not an ${use.direction}`);
        if (first.country !== use.country) differences.push(`${first.direction === 'export' ? 'to' : 'from'} ${first.country}, not ${use.country}`);
        const hours = Math.abs(use.timeMs - first.timeMs) / HOUR_MS;
        if (hours > t.clearanceHoursMax) differences.push(`on ${formatShanghai(first.timeMs)}, ${Math.round(hours)} h earlier`);
        if (differences.length === 0) return;
        findings.push({
          ruleId: 'reused-declaration',
          key: use.ref,
          partyId: use.party,
          period: shanghaiMonth(use.timeMs),
          subject: use.lot,
          summary: `${use.direction} ${use.ref} of lot ${use.lot} on ${formatShanghai(use.timeMs)} cites customs declaration ${number}, which cleared ${first.ref} (lot ${first.lot}): ${differences.join('; ')}`,
          evidence: {
            events: [first.ref, use.ref], lots: [...new Set([first.lot, use.lot])], parties: [...new Set([first.party, use.party])], thresholds: t,
            declaration: number, first: { event: first.ref, lot: first.lot, party: first.party, direction: first.direction, country: first.country, at: formatShanghai(first.timeMs) },
            second: { event: use.ref, lot: use.lot, party: use.party, direction: use.direction, country: use.country, at: formatShanghai(use.timeMs) },
            hoursApart: Math.round(hours),
          },
        });
      },
      finish: () => findings,
    };
  },
  summaryZh: ({ subject, evidence }) => zhFrom(evidence, (e) => {
    if (e.opt('problem') === 'no customs declaration') {
      const out = e.str('direction') === 'export';
      return `${out ? '出口至' : '自'} ${e.str('country')} ${out ? '' : '进口'}的批次 ${subject}（${e.strs('events')[0] ?? ''}，${e.str('at')}）未注明报关单号：无通关记录可核对`;
    }
    const first = e.at('first');
    const second = e.at('second');
    const direction = (d: string) => (d === 'export' ? '出口' : '进口');
    const differences: string[] = [];
    if (first.str('party') !== second.str('party')) differences.push(`原申报单位为 ${first.str('party')}`);
    if (first.str('direction') !== second.str('direction')) differences.push(`原为${direction(first.str('direction'))}`);
    if (first.str('country') !== second.str('country')) differences.push(`原国别为 ${first.str('country')}`);
    if (e.num('hoursApart') > e.at('thresholds').num('clearanceHoursMax')) differences.push(`原通关时间为 ${first.str('at')}，相隔 ${e.num('hoursApart')} 小时`);
    return `${direction(second.str('direction'))} ${second.str('event')}（批次 ${second.str('lot')}，${second.str('at')}）引用的报关单号 ${e.str('declaration')} 已用于 ${first.str('event')}（批次 ${first.str('lot')}）：${differences.join('；')}`;
  }),
};

function clearanceOf(scanned: ScannedEvent): Clearance | undefined {
  const { event } = scanned;
  if ((event.kind !== 'export' && event.kind !== 'import') || event.customsDeclaration === undefined) return undefined;
  const flow = scanned.flows.find((f) => f.direction === (event.kind === 'export' ? -1 : 1));
  return {
    declaration: event.customsDeclaration,
    ref: eventRef(scanned.partyId, scanned.eventId),
    eventId: scanned.eventId,
    party: scanned.partyId,
    direction: event.kind,
    country: event.kind === 'export' ? event.destinationCountry : event.originCountry,
    timeMs: scanned.timeMs,
    lot: flow?.lotId ?? '',
  };
}
