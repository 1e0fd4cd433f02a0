// Reads an uploaded report, xlsx (through ExcelJS) or CSV, into raw rows per sheet, refusing what a
// spreadsheet can hold but a report must not: sheets the template does not have, merged cells,
// formulas, dates typed as text, error values, files too large. Each problem names its cell.
// Values are converted and checked against the ledger's rules afterwards (report-events.ts).
import type ExcelJS from 'exceljs';
import { REPORT_FILE_BYTES_MAX, REPORT_ROWS_MAX } from '../limits.ts';
import { LISTS_SHEET, README_SHEET, SHEETS, columnLetter, headingMatches, sheetByAnyName, type Column, type SheetModel } from './template-model.ts';
import { loadExcel } from './excel.ts';
import { ReportUnreadable, type ReportProblem } from './report-problem.ts';

/** A cell's value as the file holds it: text, a number, or a date (its wall-clock fields, as typed). */
export type RawValue = string | number | Date;

export interface RawRow {
  /** The row's number in its sheet (the heading is row 1). */
  row: number;
  values: Map<string, RawValue>;
  /** A cell of the row was refused here (and left out of values): the row is not read further,
   * so a refused cell is not reported a second time as missing. */
  flawed?: boolean;
}

export interface RawSheet {
  model: SheetModel;
  /** Each column key's letter in this file (columns may be in any order). */
  letters: Map<string, string>;
  rows: RawRow[];
}

export interface RawReport {
  sheets: RawSheet[];
  /** The party and month the template was made for (its README sheet); CSV has neither. */
  party?: string;
  period?: string;
  problems: ReportProblem[];
}

export interface ReportFile {
  name: string;
  bytes: Uint8Array;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function readReport(file: ReportFile): Promise<RawReport> {
  const refuse = (zh: string, en: string): never => {
    throw new ReportUnreadable([{ sheet: file.name, zh, en }]);
  };
  if (file.bytes.byteLength > REPORT_FILE_BYTES_MAX) {
    const mib = (n: number) => (n / 1024 / 1024).toFixed(1);
    refuse(`文件为 ${mib(file.bytes.byteLength)} MiB，超过上限 ${mib(REPORT_FILE_BYTES_MAX)} MiB；请按月份或工作表拆分`, `the file is ${mib(file.bytes.byteLength)} MiB, over the limit of ${mib(REPORT_FILE_BYTES_MAX)} MiB; split it by month or by sheet`);
  }
  if (file.bytes.byteLength === 0) refuse('文件为空', 'the file is empty');
  const starts = (magic: number[]) => magic.every((byte, i) => file.bytes[i] === byte);
  if (starts(OLE_MAGIC)) refuse('这是旧版 Excel (.xls) 文件；请另存为 .xlsx 后上传', 'this is an old Excel (.xls) file; save it as .xlsx and upload that');
  if (starts(ZIP_MAGIC)) return readXlsx(file, refuse);
  if (/\.(xlsx|xlsm)$/i.test(file.name)) refuse('文件扩展名为 .xlsx，但内容不是 xlsx 工作簿', 'the file is named .xlsx but is not an xlsx workbook');
  return readCsv(file, refuse);
}

async function readXlsx(file: ReportFile, refuse: (zh: string, en: string) => never): Promise<RawReport> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    refuse(`无法读取该 xlsx 工作簿（${(error as Error).message}）`, `the xlsx workbook cannot be read (${(error as Error).message})`);
  }
  const problems: ReportProblem[] = [];
  const sheets: RawSheet[] = [];
  let party: string | undefined;
  let period: string | undefined;
  let rowCount = 0;
  for (const worksheet of workbook.worksheets) {
    if (worksheet.name === README_SHEET) {
      ({ party, period } = readmeFields(worksheet));
      continue;
    }
    if (worksheet.name === LISTS_SHEET) continue;
    const model = sheetByAnyName(worksheet.name);
    if (model === undefined) {
      problems.push({
        sheet: worksheet.name,
        zh: `未知的工作表“${worksheet.name}”；报告的工作表为 ${SHEETS.map((s) => `${s.name}(${s.zh})`).join('、')}；请使用下载的模板`,
        en: `unknown sheet "${worksheet.name}"; a report's sheets are ${SHEETS.map((s) => s.name).join(', ')}; use the downloaded template`,
      });
      continue;
    }
    const merges = worksheet.model.merges ?? [];
    for (const range of merges) {
      const [first] = range.split(':');
      const match = /^([A-Z]+)(\d+)$/.exec(first ?? '');
      problems.push({
        sheet: model.name, ...(match === null ? {} : { column: match[1]!, row: Number(match[2]) }),
        zh: `合并单元格 ${range}：每个单元格须单独填写，请取消合并`,
        en: `merged cells ${range}: every cell must hold its own value; unmerge them`,
      });
    }
    if (merges.length > 0) continue;
    rowCount += Math.max(0, worksheet.actualRowCount - 1);
    if (rowCount > REPORT_ROWS_MAX) tooManyRows(refuse);
    const sheet = readWorksheet(worksheet, model, problems);
    if (sheet !== undefined) sheets.push(sheet);
  }
  if (sheets.length === 0 && problems.length === 0) {
    refuse(`工作簿中没有报告工作表（${SHEETS.map((s) => s.name).join('、')}）`, `the workbook has none of a report's sheets (${SHEETS.map((s) => s.name).join(', ')})`);
  }
  return { sheets, problems, ...(party === undefined ? {} : { party }), ...(period === undefined ? {} : { period }) };
}

function tooManyRows(refuse: (zh: string, en: string) => never): never {
  return refuse(`报告超过 ${REPORT_ROWS_MAX} 行；请拆分为多份报告`, `the report has more than ${REPORT_ROWS_MAX} rows; split it into several reports`);
}

/** The party and month the README sheet names, in the cells beside their labels. */
function readmeFields(worksheet: ExcelJS.Worksheet): { party?: string; period?: string } {
  const fields: { party?: string; period?: string } = {};
  worksheet.eachRow((row) => {
    const label = String(row.getCell(1).text ?? '');
    const value = row.getCell(2).text.trim();
    if (label.includes('Party') && value !== '') fields.party = value;
    if (label.includes('Period') && value !== '') fields.period = value;
  });
  return fields;
}

function readWorksheet(worksheet: ExcelJS.Worksheet, model: SheetModel, problems: ReportProblem[]): RawSheet | undefined {
  const headings: string[] = [];
  worksheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    headings[col - 1] = cell.text;
  });
  const columns = matchHeadings(model, headings, problems);
  if (columns === undefined) return undefined;
  const rows: RawRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = new Map<string, RawValue>();
    const before = problems.length;
    for (const [index, column] of columns) {
      const cell = row.getCell(index + 1);
      const value = cellValue(cell, model, column, rowNumber, index, problems);
      if (value !== undefined) values.set(column.key, value);
    }
    const flawed = problems.length > before;
    if (values.size > 0 || flawed) rows.push({ row: rowNumber, values, ...(flawed ? { flawed } : {}) });
  });
  return { model, letters: lettersOf(columns), rows };
}

/** The template's columns by their index in the file, or undefined (with the problems) when a
 * heading is unknown or a required column missing. */
function matchHeadings(model: SheetModel, headings: readonly string[], problems: ReportProblem[]): Map<number, Column> | undefined {
  const columns = new Map<number, Column>();
  const found = new Set<string>();
  let bad = false;
  headings.forEach((heading, index) => {
    if (heading === undefined || heading.trim() === '') return;
    const column = model.columns.find((c) => headingMatches(c, heading));
    const at = { sheet: model.name, row: 1, column: columnLetter(index) };
    if (column === undefined) {
      bad = true;
      problems.push({ ...at, zh: `未知的列标题“${heading}”；本表的列为 ${model.columns.map((c) => c.zh).join('、')}`, en: `unknown heading "${heading}"; this sheet's columns are ${model.columns.map((c) => c.en).join(', ')}` });
    } else if (found.has(column.key)) {
      bad = true;
      problems.push({ ...at, field: column.key, zh: `列“${column.zh}”出现了两次`, en: `column "${column.en}" appears twice` });
    } else {
      found.add(column.key);
      columns.set(index, column);
    }
  });
  for (const column of model.columns) {
    if (column.required && !found.has(column.key)) {
      bad = true;
      problems.push({ sheet: model.name, row: 1, field: column.key, zh: `缺少必填列“${column.zh}”`, en: `the required column "${column.en}" is missing` });
    }
  }
  return bad ? undefined : columns;
}

function lettersOf(columns: Map<number, Column>): Map<string, string> {
  return new Map([...columns].map(([index, column]) => [column.key, columnLetter(index)]));
}

function cellValue(cell: ExcelJS.Cell, model: SheetModel, column: Column, row: number, index: number, problems: ReportProblem[]): RawValue | undefined {
  const at = { sheet: model.name, row, column: columnLetter(index), field: column.key };
  const value = cell.value;
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('formula' in value || 'sharedFormula' in value) {
      problems.push({ ...at, zh: '单元格含公式：报告只接受数值，请“选择性粘贴→数值”', en: 'the cell holds a formula: a report takes values only; paste as values' });
      return undefined;
    }
    if ('error' in value) {
      problems.push({ ...at, zh: `单元格为错误值 ${String(value.error)}`, en: `the cell holds the error ${String(value.error)}` });
      return undefined;
    }
    if ('richText' in value) return textValue(value.richText.map((part) => part.text).join(''));
    if ('text' in value) return textValue(String(value.text));
    problems.push({ ...at, zh: '无法识别的单元格内容', en: 'the cell holds something other than text, a number or a date' });
    return undefined;
  }
  if (typeof value === 'boolean') {
    problems.push({ ...at, zh: '单元格为逻辑值（TRUE/FALSE）', en: 'the cell holds TRUE or FALSE' });
    return undefined;
  }
  if (column.type === 'date') {
    if (typeof value === 'string') {
      if (value.trim() === '') return undefined;
      problems.push({ ...at, zh: `日期“${value}”是文本：请输入为日期单元格（如 2024-06-03），不要加引号或设为文本格式`, en: `the date "${value}" is text: enter it as a date cell (e.g. 2024-06-03), not as text` });
      return undefined;
    }
    if (typeof value === 'number') {
      problems.push({ ...at, zh: `日期列中是数字 ${value}：请将单元格设为日期格式`, en: `the date column holds the number ${value}: format the cell as a date` });
      return undefined;
    }
    return value;
  }
  if (value instanceof Date) {
    problems.push({ ...at, zh: '此列不应填日期', en: 'this column takes no date' });
    return undefined;
  }
  return typeof value === 'string' ? textValue(value) : value;
}

function textValue(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

async function readCsv(file: ReportFile, refuse: (zh: string, en: string) => never): Promise<RawReport> {
  const text = decodeText(file.bytes);
  if (text.includes('\u0000')) refuse('这不是文本 (CSV) 文件，也不是 xlsx 工作簿', 'the file is neither CSV text nor an xlsx workbook');
  const records = parseCsv(text, refuse);
  const headings = records[0] ?? [];
  const stem = file.name.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  const model = sheetByAnyName(stem) ?? SHEETS.find((sheet) => headingsFit(sheet, headings));
  if (model === undefined) {
    refuse(
      `无法判断该 CSV 属于哪张工作表：请使用模板中的文件名（${SHEETS.map((s) => `${s.name}.csv`).join('、')}）或模板的列标题`,
      `cannot tell which sheet this CSV is: name it as the template does (${SHEETS.map((s) => `${s.name}.csv`).join(', ')}) or keep the template's headings`,
    );
  }
  const sheetModel = model!;
  if (records.length - 1 > REPORT_ROWS_MAX) tooManyRows(refuse);
  const problems: ReportProblem[] = [];
  const columns = matchHeadings(sheetModel, headings, problems);
  if (columns === undefined) return { sheets: [], problems };
  const rows: RawRow[] = [];
  records.slice(1).forEach((record, i) => {
    const values = new Map<string, RawValue>();
    let flawed = false;
    for (const [index, column] of columns) {
      const cell = record[index];
      if (cell === undefined || cell.trim() === '') continue;
      if (cell.startsWith('=')) {
        problems.push({ sheet: sheetModel.name, row: i + 2, column: columnLetter(index), field: column.key, zh: '单元格含公式：报告只接受数值', en: 'the cell holds a formula: a report takes values only' });
        flawed = true;
        continue;
      }
      values.set(column.key, cell);
    }
    if (values.size > 0 || flawed) rows.push({ row: i + 2, values, ...(flawed ? { flawed } : {}) });
  });
  return { sheets: [{ model: sheetModel, letters: lettersOf(columns), rows }], problems };
}

function headingsFit(sheet: SheetModel, headings: readonly string[]): boolean {
  const given = headings.filter((h) => h.trim() !== '');
  return given.length > 0 && given.every((h) => sheet.columns.some((c) => headingMatches(c, h))) &&
    sheet.columns.every((c) => !c.required || given.some((h) => headingMatches(c, h)));
}

/** UTF-8 (with or without a byte order mark); otherwise GB18030, which Excel in Chinese writes. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** RFC 4180: fields separated by commas, quoted with double quotes (doubled inside), records by
 * CRLF or LF. */
function parseCsv(text: string, refuse: (zh: string, en: string) => never): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line += 1;
    } else field += c;
  }
  if (quoted) refuse(`第 ${line} 行的引号没有闭合`, `a quote opened by line ${line} is never closed`);
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
