// The reporting routes from the browser: an upload is the file's bytes as the body; a submission is
// the signed document as text. Both with the signed-in token, problems turned into errors.
import { ApiError, tokenStore, type Problem } from '../../api.ts';

import type { ReportProblem } from '../../../../src/reporting/report-problem.ts';

export type { ReportProblem };

export interface ReportPreview {
  party: string;
  period: string;
  keyId: string;
  counts: { new: number; corrected: number; unchanged: number };
  problems: ReportProblem[];
  moreProblems: number;
  warnings: { sheet: string; row: number; ruleId: string; severity: string; zh: string; en: string; summary: string }[];
  document?: { canonical: string; documentId: string; events: number };
}

export interface CaptureResult {
  documentId: string;
  recordedAt: string;
  replayed: boolean;
  events: { id: string; seq: number }[];
}

/** Where a problem is, as the spreadsheet shows it: ship!D7. */
export function cellOf(p: ReportProblem): string {
  if (p.row === undefined) return p.sheet;
  return p.column === undefined ? `${p.sheet}!${p.row}:${p.row}` : `${p.sheet}!${p.column}${p.row}`;
}

async function send(path: string, contentType: string, body: BodyInit): Promise<Response> {
  const token = tokenStore.get();
  const response = await fetch(path, { method: 'POST', headers: { 'content-type': contentType, ...(token === null ? {} : { authorization: `Bearer ${token}` }) }, body });
  if (!response.ok) {
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    const details = problem?.problems?.map((p) => `${p.path}: ${p.reason}`).join('; ');
    throw new ApiError(response.status, `${response.status} ${problem?.title ?? response.statusText}: ${problem?.detail ?? ''}${details ? ` (${details})` : ''}`, problem);
  }
  return response;
}

export async function previewUpload(file: File, keyId: string, period: string): Promise<ReportPreview> {
  const search = new URLSearchParams({ name: file.name, keyId, ...(period === '' ? {} : { period }) });
  const type = /\.csv$/i.test(file.name) ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return (await send(`/api/reporting/preview?${search}`, type, file)).json() as Promise<ReportPreview>;
}

export async function previewRows(keyId: string, sheet: string, rows: Record<string, string>[]): Promise<ReportPreview> {
  return (await send('/api/reporting/preview-rows', 'application/json', JSON.stringify({ keyId, sheets: [{ sheet, rows }] }))).json() as Promise<ReportPreview>;
}

export async function submitSigned(signed: string, source: 'spreadsheet' | 'form'): Promise<CaptureResult> {
  return (await send(`/api/reporting/submit?source=${source}`, 'application/json', signed)).json() as Promise<CaptureResult>;
}
