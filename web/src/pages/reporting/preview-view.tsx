// A report's preview: what is new, corrected or unchanged; every problem at its cell in the user's
// language; what the supervision rules will raise; and, when the report can be recorded, the
// confirmation that signs the previewed document in the browser and submits it.
import { useState } from 'react';
import { signCanonicalDocument, type KeyFile } from '../../../../src/reporting/browser-signing.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Failed } from '../../components/states.tsx';
import { cellOf, submitSigned, type CaptureResult, type ReportPreview } from './reporting-api.ts';
import { reportingStrings } from './strings.ts';

export function PreviewView({ preview, signingKey, source, onRecorded }: { preview: ReportPreview; signingKey: KeyFile | null; source: 'spreadsheet' | 'form'; onRecorded?: (result: CaptureResult) => void }) {
  const { locale } = useI18n();
  const s = reportingStrings(locale);
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const { counts, document } = preview;

  const confirm = async () => {
    if (document === undefined || signingKey === null) return;
    setBusy(true);
    setFailure(null);
    try {
      const signed = await signCanonicalDocument(document.canonical, document.documentId, signingKey);
      const recorded = await submitSigned(signed, source);
      setResult(recorded);
      onRecorded?.(recorded);
    } catch (error) {
      setFailure(error as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" data-testid="preview" data-problems={preview.problems.length}>
      {preview.period === '' ? null : <p data-testid="preview-counts">{preview.period}: {s.counts(counts.new, counts.corrected, counts.unchanged)}</p>}
      {preview.problems.length === 0 ? null : (
        <>
          <h2>{s.problems}</h2>
          <table data-testid="problems">
            <thead><tr><th>{s.cell}</th><th>{s.message}</th></tr></thead>
            <tbody>
              {preview.problems.map((p, i) => (
                <tr key={i} data-cell={cellOf(p)}><td>{cellOf(p)}</td><td>{locale === 'zh-CN' ? p.zh : p.en}</td></tr>
              ))}
            </tbody>
          </table>
          {preview.moreProblems > 0 ? <p>{s.more(preview.moreProblems)}</p> : null}
        </>
      )}
      {preview.warnings.length === 0 ? null : (
        <>
          <h2>{s.warnings}</h2>
          <ul>{preview.warnings.map((w, i) => <li key={i}><span className={`badge ${w.severity}`}>{locale === 'zh-CN' ? w.zh : w.en}</span> {w.sheet} {w.row}: {w.summary}</li>)}</ul>
        </>
      )}
      {preview.problems.length === 0 && document === undefined ? <p data-testid="nothing-new">{s.nothingNew}</p> : null}
      {document === undefined || result !== null ? null : (
        <p>
          {s.ready(document.events)}{' '}
          <button type="button" data-testid="confirm" disabled={signingKey === null || busy} onClick={() => void confirm()}>{s.confirm}</button>
          {signingKey === null ? <> {s.needKey}</> : null}
        </p>
      )}
      {result === null ? null : <p data-testid="recorded" role="status">{result.replayed ? s.replayed(result.documentId) : s.recorded(result.documentId, result.events.length)}</p>}
      {failure === null ? null : <Failed error={failure} />}
    </section>
  );
}
