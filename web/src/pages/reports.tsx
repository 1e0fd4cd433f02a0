// Reports: the year's statistics table by table (the monthly production first), each as CSV, and
// the annual report as the self-contained HTML page `ytterby report` writes.
import { useState } from 'react';
import { apiDownload, query } from '../api.ts';
import { PeriodPicker, usePeriod } from '../components/period.tsx';
import { Scroll } from '../components/scroll.tsx';
import { Failed, Show, useApi } from '../components/states.tsx';
import { useI18n, pick, type Locale } from '../i18n/index.tsx';
import type { Dictionary } from '../i18n/en.ts';
import { dateTime, formatNumber } from '../format.ts';
import type { AnnualReport, ReportTable } from '../types.ts';

/** The monthly statistics lead; the rest follow in the report's order. */
const FIRST = 'production-monthly';
/** A cell the report writes in both languages, as its CSV and HTML show it: "开采 / Mining". */
const BILINGUAL_CELL = /^([^/]*\p{Script=Han}[^/]*?)\s*\/\s+([^\p{Script=Han}]+)$/u;

export default function Reports() {
  const { t, locale } = useI18n();
  const period = usePeriod();
  const v = period.value;
  const region = query({ region: v?.region });
  const report = useApi<AnnualReport>(v === undefined ? null : `/api/reports/${v.year}${region}`);
  const [failure, setFailure] = useState<Error | null>(null);
  const download = (path: string, name: string) => {
    setFailure(null);
    apiDownload(path, name).catch((error: Error) => setFailure(error));
  };
  const suffix = v === undefined ? '' : `${v.year}${v.region === undefined ? '' : `-${v.region}`}`;

  return (
    <section>
      <h1>{t.reports.title}</h1>
      <PeriodPicker period={period} />
      {failure === null ? null : <Failed error={failure} />}
      <Show loaded={report} isEmpty={(r) => r.tables.length === 0}>{(r) => {
        const tables = [...r.tables.filter((x) => x.id === FIRST), ...r.tables.filter((x) => x.id !== FIRST)];
        return (
          <>
            <p>
              {t.reports.generated}: {dateTime(r.generatedAt)} · {t.reports.events}: {formatNumber(locale, r.ledgerEvents)}{' '}
              <button type="button" onClick={() => download(`/api/reports/${r.year}/report.html${region}`, `ytterby-report-${suffix}.html`)} data-testid="download-html">{t.reports.downloadHtml}</button>
            </p>
            {tables.map((table) => (
              <article className="card" key={table.id} style={{ marginBottom: 16 }}>
                <h2>{table.id === FIRST ? `${t.reports.monthly}: ` : ''}{pick(locale, table.zh, table.en)}</h2>
                <p><button type="button" className="secondary" onClick={() => download(`/api/reports/${r.year}/csv/${table.id}${region}`, `${table.id}-${suffix}.csv`)} data-testid={`csv-${table.id}`}>{t.reports.downloadCsv}</button></p>
                <Table table={table} />
              </article>
            ))}
          </>
        );
      }}</Show>
    </section>
  );
}

/** A text cell in the reader's language: one side of a bilingual cell, a chain stage by its name. */
function cellText(locale: Locale, t: Dictionary, columnId: string | undefined, cell: string): string {
  const both = BILINGUAL_CELL.exec(cell);
  if (both !== null) return locale === 'zh-CN' ? both[1]! : both[2]!;
  return columnId === 'stage' ? t.reports.chainStages[cell] ?? cell : cell;
}

function Table({ table }: { table: ReportTable }) {
  const { t, locale } = useI18n();
  return (
    <Scroll label={pick(locale, table.zh, table.en)}>
      <table>
        <thead><tr>{table.columns.map((c) => <th key={c.id} className={c.unit === undefined ? undefined : 'num'}>{pick(locale, c.zh, c.en)}{c.unit === undefined ? '' : ` (${c.unit})`}</th>)}</tr></thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => {
                const column = table.columns[j];
                return typeof cell === 'number'
                  ? <td key={j} className="num">{formatNumber(locale, cell, column?.decimals ?? 1)}</td>
                  : <td key={j}>{cell === null ? t.common.none : cellText(locale, t, column?.id, cell)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
