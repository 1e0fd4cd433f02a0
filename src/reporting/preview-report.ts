// The preview of a report: read the file (or a form's rows), turn each line into its event, plan
// what is new or corrected against what is recorded, and run the whole document through the
// ledger's dry run, so every line is checked by the same rules as any capture and every problem is
// shown at its cell. Nothing is written; the answer carries the unsigned document to sign.
import { REPORT_PROBLEMS_MAX } from '../limits.ts';
import { dryRunDocument } from '../ledger/dry-run-document.ts';
import type { Problem } from '../problems.ts';
import type { Store } from '../store/index.ts';
import { ruleById } from '../supervision/index.ts';
import { planReport, type LineStatus, type PlannedLine } from './plan-report.ts';
import { readReport, type RawReport, type RawSheet, type ReportFile } from './read-report.ts';
import { entriesOf, type ReportEntry } from './report-events.ts';
import type { ReportProblem } from './report-problem.ts';
import { SHEETS } from './template-model.ts';

export interface PreviewOptions {
  party: string;
  keyId: string;
  /** YYYY-MM; otherwise the template's, or the one month the rows' dates fall in. */
  period?: string;
  now?: Date;
}

export interface PreviewLine {
  sheet: string;
  ref: string;
  rows: number[];
  eventId: string;
  status: LineStatus;
}

export interface PreviewWarning {
  sheet: string;
  row: number;
  ruleId: string;
  severity: string;
  zh: string;
  en: string;
  summary: string;
}

export interface ReportPreview {
  party: string;
  period: string;
  keyId: string;
  lines: PreviewLine[];
  counts: Record<LineStatus, number>;
  /** Every problem, at its cell; the report can be recorded only when there is none. */
  problems: ReportProblem[];
  /** Problems beyond those listed. */
  moreProblems: number;
  /** What the supervision rules will raise when it is recorded: recorded, and seen by the regulator. */
  warnings: PreviewWarning[];
  /** The document to sign and submit: its canonical JSON and id (the SHA-256 of that text). Absent
   * when there are problems, or nothing is new. */
  document?: { canonical: string; documentId: string; events: number };
}

/** A report given as a file (xlsx, CSV). Throws ReportUnreadable when the file cannot be read. */
export async function previewReportFile(store: Store, file: ReportFile, options: PreviewOptions): Promise<ReportPreview> {
  return previewRaw(store, await readReport(file), options);
}

/** A report given as rows (the web forms): each sheet's rows as column key → text. */
export async function previewReportRows(store: Store, sheets: { sheet: string; rows: Record<string, string>[] }[], options: PreviewOptions): Promise<ReportPreview> {
  const problems: ReportProblem[] = [];
  const raw: RawSheet[] = [];
  for (const given of sheets) {
    const model = SHEETS.find((s) => s.name === given.sheet);
    if (model === undefined) {
      problems.push({ sheet: given.sheet, zh: `未知的表“${given.sheet}”`, en: `unknown sheet "${given.sheet}"` });
      continue;
    }
    const letters = new Map(model.columns.map((column) => [column.key, column.key]));
    raw.push({
      model, letters,
      rows: given.rows.map((values, i) => ({
        row: i + 1,
        values: new Map(Object.entries(values).filter(([key, value]) => value.trim() !== '' && letters.has(key))),
      })),
    });
  }
  return previewRaw(store, { sheets: raw, problems }, options);
}

async function previewRaw(store: Store, raw: RawReport, options: PreviewOptions): Promise<ReportPreview> {
  const now = options.now ?? new Date();
  const problems = [...raw.problems];
  const { party, keyId } = options;
  if (raw.party !== undefined && raw.party !== party) {
    problems.push({ sheet: 'README', zh: `该模板是为 ${raw.party} 制作的，不是 ${party}`, en: `this template was made for ${raw.party}, not for ${party}` });
  }
  const period = reportPeriod(raw, options.period, problems);
  const entries = period === undefined ? [] : entriesOf(raw.sheets, period, problems);
  const preview: ReportPreview = { party, period: period ?? '', keyId, lines: [], counts: { new: 0, corrected: 0, unchanged: 0 }, problems, moreProblems: 0, warnings: [] };
  if (entries.length === 0 && problems.length === 0) {
    problems.push({ sheet: raw.sheets[0]?.model.name ?? 'README', zh: '报告中没有任何数据行', en: 'the report has no rows' });
  }
  if (entries.length > 0) {
    const plan = await planReport(store, entries, party, keyId, now, problems);
    preview.lines = plan.lines.map(({ entry, status }) => ({ sheet: entry.sheet, ref: entry.ref, rows: entry.rows, eventId: entry.event.id, status }));
    for (const line of plan.lines) preview.counts[line.status] += 1;
    // A line that does not read leaves out its event, and the lines after it that use its lots
    // would be refused for that alone: the ledger's rules check the report once every cell reads.
    if (plan.document.events.length > 0 && problems.length === 0) {
      const byIndex: PlannedLine[] = [];
      for (const line of plan.lines) if (line.index !== undefined) byIndex[line.index] = line;
      const run = await dryRunDocument(store, plan.document, now);
      if (!run.ok) problems.push(...run.problems.map((p) => ledgerProblem(p, byIndex)));
      else {
        preview.warnings = run.alerts.flatMap((alert) => {
          const line = alert[13] === null ? undefined : byIndex[alert[13] - run.firstSeq];
          if (line === undefined) return [];
          const rule = ruleById(alert[2]);
          return [{ sheet: line.entry.sheet, row: line.entry.rows[0]!, ruleId: alert[2], severity: alert[3], zh: rule?.title.zh ?? alert[2], en: rule?.title.en ?? alert[2], summary: alert[7] }];
        });
        preview.document = { canonical: run.canonical, documentId: run.documentId, events: plan.document.events.length };
      }
    }
  }
  preview.moreProblems = Math.max(0, problems.length - REPORT_PROBLEMS_MAX);
  preview.problems = sortProblems(problems).slice(0, REPORT_PROBLEMS_MAX);
  return preview;
}

/** The month reported on: as asked, else the template's, else the one month of the rows' dates. */
function reportPeriod(raw: RawReport, asked: string | undefined, problems: ReportProblem[]): string | undefined {
  const valid = (p: string | undefined) => p !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(p);
  if (asked !== undefined) {
    if (!valid(asked)) {
      problems.push({ sheet: 'README', zh: `报告月份“${asked}”应为 YYYY-MM`, en: `the report month "${asked}" should be YYYY-MM` });
      return undefined;
    }
    if (raw.period !== undefined && raw.period !== asked) {
      problems.push({ sheet: 'README', zh: `该模板是 ${raw.period} 的，不是 ${asked}`, en: `this template is for ${raw.period}, not ${asked}` });
      return undefined;
    }
    return asked;
  }
  if (valid(raw.period)) return raw.period;
  const months = new Set<string>();
  for (const sheet of raw.sheets) {
    for (const row of sheet.rows) {
      const date = row.values.get('date');
      if (date instanceof Date) months.add(date.toISOString().slice(0, 7));
      else if (typeof date === 'string' && /^\d{4}[-/]\d{1,2}/.test(date.trim())) {
        const [y, m] = date.trim().split(/[-/]/);
        months.add(`${y}-${m!.padStart(2, '0')}`);
      }
    }
  }
  if (months.size === 1) return [...months][0];
  problems.push({
    sheet: 'README',
    zh: months.size === 0 ? '无法确定报告月份：请指定月份（YYYY-MM）' : `数据行跨越多个月份（${[...months].sort().join('、')}）：请指定报告月份，每月一份报告`,
    en: months.size === 0 ? 'cannot tell the report month: give it (YYYY-MM)' : `the rows span several months (${[...months].sort().join(', ')}): give the report month; one report per month`,
  });
  return undefined;
}

/** A ledger problem at the cell its field came from. */
function ledgerProblem(problem: Problem, byIndex: readonly PlannedLine[]): ReportProblem {
  const match = /^document\.events\[(\d+)\]\.?(.*)$/.exec(problem.path);
  const line = match === null ? undefined : byIndex[Number(match[1])];
  if (line === undefined) {
    const zh = problem.path.startsWith('document.keyId') ? `签名密钥：${problem.reason}` : problem.path.startsWith('document.party') ? `企业：${problem.reason}` : `账本拒绝：${problem.reason}`;
    return { sheet: 'document', zh, en: problem.path === '' ? problem.reason : `${problem.path}: ${problem.reason}` };
  }
  const field = match![2]!.replace(/^replacement\.?/, '').replace(/^corrects$/, 'id');
  const cell = cellOfField(line.entry, field);
  return { sheet: line.entry.sheet, row: cell.row, column: cell.column, zh: `账本规则拒绝此行：${problem.reason}`, en: problem.reason };
}

function cellOfField(entry: ReportEntry, field: string): { row: number; column: string } {
  for (let path = field; path !== ''; path = /^(.*?)(\.[^.[\]]+|\[\d+\])$/.exec(path)?.[1] ?? '') {
    const cell = entry.cells.get(path);
    if (cell !== undefined) return cell;
  }
  return entry.cells.get('id')!;
}

const SHEET_ORDER = new Map(SHEETS.map((sheet, i) => [sheet.name, i]));

function sortProblems(problems: ReportProblem[]): ReportProblem[] {
  return [...problems].sort((a, b) => (SHEET_ORDER.get(a.sheet) ?? -1) - (SHEET_ORDER.get(b.sheet) ?? -1) || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? '').localeCompare(b.column ?? ''));
}
