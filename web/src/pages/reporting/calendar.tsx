// The reporting calendar: each month open, due, submitted by the 10th, late or missing, with what
// was recorded; an enterprise sees its own, a regulator or auditor every enterprise, a page at a time.
import { useState } from 'react';
import { query } from '../../api.ts';
import { Scroll } from '../../components/scroll.tsx';
import { Show, useApi } from '../../components/states.tsx';
import { pick, useI18n } from '../../i18n/index.tsx';
import { reportingStrings } from './strings.ts';

interface CalendarMonth {
  period: string;
  dueBy: string;
  status: 'open' | 'due' | 'submitted' | 'late' | 'missing' | 'not-required';
  firstSubmittedAt?: string;
  events: number;
  corrections: number;
  kinds: Record<string, number>;
}

interface CalendarPage {
  from: string;
  to: string;
  parties: { party: string; nameZh: string; nameEn: string; months: CalendarMonth[] }[];
  next?: string;
}

const BADGE: Record<CalendarMonth['status'], string> = { open: '', due: 'medium', submitted: 'low', late: 'medium', missing: 'high', 'not-required': '' };

export default function ReportCalendar() {
  const { locale } = useI18n();
  const s = reportingStrings(locale);
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const [after, setAfter] = useState<string | undefined>(undefined);
  const page = useApi<CalendarPage>(`/api/reporting/calendar${query({ from: range.from, to: range.to, after })}`);

  return (
    <section data-testid="report-calendar">
      <h1>{s.calendar.title}</h1>
      <form onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        setAfter(undefined);
        setRange({ from: String(data.get('from') ?? '') || undefined, to: String(data.get('to') ?? '') || undefined });
      }}>
        <label>{s.calendar.from} <input type="month" name="from" defaultValue={range.from} /></label>{' '}
        <label>{s.calendar.to} <input type="month" name="to" defaultValue={range.to} /></label>{' '}
        <button type="submit">{s.calendar.show}</button>
      </form>
      <Show loaded={page} isEmpty={(p) => p.parties.length === 0}>{(p) => (
        <Scroll label={s.calendar.title}>
          <table>
            <thead><tr><th>{s.calendar.enterprise}</th>{p.parties[0]!.months.map((m) => <th key={m.period}>{m.period}</th>)}</tr></thead>
            <tbody>
              {p.parties.map((party) => (
                <tr key={party.party} data-party={party.party}>
                  <td>{pick(locale, party.nameZh, party.nameEn)}<br /><small>{party.party}</small></td>
                  {party.months.map((m) => (
                    <td key={m.period} data-period={m.period} data-status={m.status} title={`${s.calendar.dueBy} ${m.dueBy}`}>
                      <span className={`badge ${BADGE[m.status]}`}>{s.calendar.status[m.status]}</span>
                      {m.events === 0 ? null : <><br /><small>{m.events} {s.calendar.events}{m.corrections === 0 ? '' : `, ${m.corrections} ${s.calendar.corrections}`}</small></>}
                      {m.firstSubmittedAt === undefined ? null : <><br /><small>{m.firstSubmittedAt.slice(0, 10)}</small></>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {p.next === undefined ? null : <button type="button" onClick={() => setAfter(p.next)}>{s.calendar.more}</button>}
        </Scroll>
      )}</Show>
    </section>
  );
}
