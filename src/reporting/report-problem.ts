// One shape for everything wrong with a report: where (sheet, row, column, as the spreadsheet
// shows them) and why, in Chinese and in English, so each user reads it in their language.

export interface ReportProblem {
  /** The sheet's name (the event kind), or the file's name for a problem with the file itself. */
  sheet: string;
  /** The row as the spreadsheet numbers it (the heading is row 1). */
  row?: number;
  /** The column's letter as the spreadsheet shows it (A, B, …). */
  column?: string;
  /** The column's key in the template model (ref, date, massKg, …). */
  field?: string;
  zh: string;
  en: string;
}

export type Language = 'zh-CN' | 'en';

/** `ship!D7`, `ship row 7`, `ship` or the file: where to look, as a spreadsheet user says it. */
export function cellOf(problem: ReportProblem): string {
  if (problem.row === undefined) return problem.column === undefined ? problem.sheet : `${problem.sheet}!${problem.column}1`;
  return problem.column === undefined ? `${problem.sheet}!${problem.row}:${problem.row}` : `${problem.sheet}!${problem.column}${problem.row}`;
}

export function formatReportProblem(problem: ReportProblem, language: Language): string {
  return `${cellOf(problem)}: ${language === 'zh-CN' ? problem.zh : problem.en}`;
}

/** The report could not be read at all (wrong file, too large, no sheet of the template). */
export class ReportUnreadable extends Error {
  override readonly name = 'ReportUnreadable';
  constructor(readonly problems: readonly ReportProblem[]) {
    super(problems.map((p) => formatReportProblem(p, 'en')).join('\n'));
  }
}
