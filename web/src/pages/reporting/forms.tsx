// Single events as forms, for enterprises that record as they go: the form of each kind is drawn
// from the report's sheet (GET /api/reporting/sheets), so it asks for what the spreadsheet asks,
// and its rows go through the same preview and signing as an uploaded report.
import { useState } from 'react';
import { Link } from 'react-router';
import type { KeyFile } from '../../../../src/reporting/browser-signing.ts';
import { Failed, Show, useApi } from '../../components/states.tsx';
import { ledgerCodeName, pick, useI18n } from '../../i18n/index.tsx';
import { KeyPicker } from './key-file.tsx';
import { PreviewView } from './preview-view.tsx';
import { previewRows, type ReportPreview } from './reporting-api.ts';
import { reportingStrings } from './strings.ts';

interface Column {
  key: string;
  zh: string;
  en: string;
  type: string;
  required: boolean;
  list?: string | { values: string[] };
  hint?: { zh: string; en: string };
}

interface Sheet {
  name: string;
  zh: string;
  en: string;
  columns: Column[];
}

export default function ReportForms() {
  const { t, locale } = useI18n();
  const s = reportingStrings(locale);
  const sheets = useApi<Sheet[]>('/api/reporting/sheets');
  const [kind, setKind] = useState('extract');
  const [rows, setRows] = useState<Record<string, string>[]>([{}]);
  const [signingKey, setSigningKey] = useState<KeyFile | null>(null);
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);

  const check = async () => {
    if (signingKey === null) return;
    setFailure(null);
    try {
      setPreview(await previewRows(signingKey.kid, kind, rows));
      setAttempt((n) => n + 1);
    } catch (error) {
      setFailure(error as Error);
    }
  };
  const edit = (index: number, key: string, value: string) => setRows((all) => all.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const problemAt = (row: number, key: string) => preview?.problems.find((p) => p.row === row + 1 && p.column === key);

  return (
    <section data-testid="report-forms">
      <h1>{s.forms.title}</h1>
      <p><Link to="/reporting">{s.title}</Link> · <Link to="/reporting/calendar">{s.calendar.link}</Link></p>
      <KeyPicker onKey={setSigningKey} />
      <Show loaded={sheets}>{(all) => {
        const sheet = all.find((x) => x.name === kind) ?? all[0]!;
        return (
          <form className="card" onSubmit={(e) => { e.preventDefault(); void check(); }}>
            <label>{s.forms.kind}{' '}
              <select value={sheet.name} data-testid="form-kind" onChange={(e) => { setKind(e.target.value); setRows([{}]); setPreview(null); }}>
                {all.map((x) => <option key={x.name} value={x.name}>{pick(locale, x.zh, x.en)}</option>)}
              </select>
            </label>
            {rows.map((row, index) => (
              <fieldset key={index} data-testid={`form-row-${index}`}>
                {sheet.columns.map((column) => {
                  const problem = problemAt(index, column.key);
                  const values = typeof column.list === 'object' ? column.list.values : undefined;
                  const label = `${pick(locale, column.zh, column.en)}${column.required ? ` (${s.forms.required})` : ''}`;
                  return (
                    <label key={column.key} className={problem === undefined ? undefined : 'invalid'}>
                      {label}{' '}
                      {values === undefined
                        ? <input name={column.key} type={column.type === 'date' ? 'date' : 'text'} value={row[column.key] ?? ''} title={column.hint === undefined ? undefined : pick(locale, column.hint.zh, column.hint.en)} aria-invalid={problem !== undefined} onChange={(e) => edit(index, column.key, e.target.value)} />
                        : <select name={column.key} value={row[column.key] ?? ''} onChange={(e) => edit(index, column.key, e.target.value)}><option value="" />{values.map((v) => <option key={v} value={v}>{s.forms.rowRoles[v] ?? ledgerCodeName(t, v) ?? v}</option>)}</select>}
                      {problem === undefined ? null : <small role="alert">{locale === 'zh-CN' ? problem.zh : problem.en}</small>}
                    </label>
                  );
                })}
                {rows.length > 1 ? <button type="button" className="secondary" onClick={() => setRows((all) => all.filter((_, i) => i !== index))}>{s.forms.removeRow}</button> : null}
              </fieldset>
            ))}
            <p>
              <button type="button" className="secondary" onClick={() => setRows((all) => [...all, {}])}>{s.forms.addRow}</button>{' '}
              <button type="submit" data-testid="form-check" disabled={signingKey === null}>{s.forms.preview}</button>
            </p>
          </form>
        );
      }}</Show>
      {failure === null ? null : <Failed error={failure} />}
      {preview === null ? null : <PreviewView key={attempt} preview={preview} signingKey={signingKey} source="form" />}
    </section>
  );
}
