// The monthly report as a spreadsheet: download the enterprise's template, upload the filled file,
// see the preview with every problem at its cell, and confirm by signing with the key held here.
import { useState } from 'react';
import { Link } from 'react-router';
import type { KeyFile } from '../../../../src/reporting/browser-signing.ts';
import { apiDownload } from '../../api.ts';
import { Failed } from '../../components/states.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { KeyPicker } from './key-file.tsx';
import { PreviewView } from './preview-view.tsx';
import { previewUpload, type ReportPreview } from './reporting-api.ts';
import { reportingStrings } from './strings.ts';

/** The server's bound (REPORT_FILE_BYTES_MAX): checked here first so a huge file is not sent at all. */
const FILE_BYTES_MAX = 20 * 1024 * 1024;

function lastMonth(): string {
  const shanghai = new Date(Date.now() + 8 * 3_600_000);
  const month = shanghai.getUTCMonth();
  return month === 0 ? `${shanghai.getUTCFullYear() - 1}-12` : `${shanghai.getUTCFullYear()}-${String(month).padStart(2, '0')}`;
}

export default function ReportUpload() {
  const { locale } = useI18n();
  const s = reportingStrings(locale);
  const [period, setPeriod] = useState(lastMonth);
  const [signingKey, setSigningKey] = useState<KeyFile | null>(null);
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [checking, setChecking] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const upload = async (file: File | undefined) => {
    setPreview(null);
    setFailure(null);
    if (file === undefined || signingKey === null) return;
    if (file.size > FILE_BYTES_MAX) {
      setFailure(new Error(s.tooLarge((file.size / 1024 / 1024).toFixed(1), String(FILE_BYTES_MAX / 1024 / 1024))));
      return;
    }
    setChecking(true);
    try {
      // The key's id goes into the document the preview returns to sign.
      setPreview(await previewUpload(file, signingKey.kid, period));
      setAttempt((n) => n + 1);
    } catch (error) {
      setFailure(error as Error);
    } finally {
      setChecking(false);
    }
  };

  return (
    <section data-testid="report-upload">
      <h1>{s.title}</h1>
      <p>{s.intro}</p>
      <p><Link to="/reporting/forms">{s.forms.link}</Link> · <Link to="/reporting/calendar">{s.calendar.link}</Link></p>
      <KeyPicker onKey={setSigningKey} />
      <p>
        <label>{s.period} <input type="month" value={period} data-testid="period" onChange={(e) => setPeriod(e.target.value)} /></label>{' '}
        <button type="button" data-testid="download-template" onClick={() => void apiDownload(`/api/reporting/template?format=xlsx&period=${period}`, `report-${period}.xlsx`).catch(setFailure)}>{s.template}</button>
      </p>
      <p><label>{s.file} <input type="file" accept=".xlsx,.csv" data-testid="report-file" disabled={signingKey === null} onChange={(e) => { void upload(e.target.files?.[0]); e.target.value = ''; }} /></label></p>
      {signingKey === null ? <p className="hint">{s.needKey}</p> : null}
      {checking ? <p role="status">{s.checking}</p> : null}
      {failure === null ? null : <Failed error={failure} />}
      {preview === null ? null : <PreviewView key={attempt} preview={preview} signingKey={signingKey} source="spreadsheet" />}
    </section>
  );
}
