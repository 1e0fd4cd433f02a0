// Enterprise reporting: the monthly flow report as a spreadsheet or web forms, previewed through
// the ledger's dry run, signed by the enterprise, recorded as one capture document; and the
// reporting calendar (docs/reporting.md).
export { SHEETS, SHEET_BY_NAME, PROCESS_ROLES, headingOf, type SheetModel, type Column, type ReportKind } from './template-model.ts';
export { templateLists, writeTemplateXlsx, templateCsv, type TemplateLists } from './write-template.ts';
export { readReport, type ReportFile } from './read-report.ts';
export { ReportUnreadable, cellOf, formatReportProblem, type ReportProblem, type Language } from './report-problem.ts';
export { reportEventId, correctionIdOf } from './report-events.ts';
export { previewReportFile, previewReportRows, type ReportPreview, type PreviewOptions } from './preview-report.ts';
export { recordSubmission, SUBMISSION_SOURCES, type SubmissionSource } from './record-submission.ts';
export { reportingCalendar, type CalendarPage, type CalendarQuery, type PartyCalendar, type CalendarMonth, type MonthStatus } from './calendar.ts';
export { parseKeyFile, signCanonicalDocument, documentIdOfCanonical, generateKeyFileWebCrypto, type KeyFile } from './browser-signing.ts';
