// The report template an enterprise downloads: an xlsx workbook (ExcelJS) with an instructions
// sheet naming the enterprise and month, a sheet per kind of event with both languages' headings
// and a note on each, drop-down lists of the product catalogue and of the enterprise's own
// facilities and open lots; or the same sheets as CSV files.
import type ExcelJS from 'exceljs';
import { PRODUCTS } from '../domain/products.ts';
import { REPORT_TEMPLATE_LIST_ROWS, REPORT_TEMPLATE_LOTS_MAX } from '../limits.ts';
import type { Store } from '../store/index.ts';
import { formatShanghai, reportDueMs } from '../domain/periods.ts';
import { LISTS_SHEET, README_SHEET, SHEETS, columnLetter, headingOf, type SheetModel } from './template-model.ts';
import { loadExcel } from './excel.ts';

export interface TemplateLists {
  party: { id: string; nameZh: string; nameEn: string };
  facilities: { id: string; nameZh: string; nameEn: string }[];
  lots: { id: string; product: string }[];
}

/** The enterprise's facilities and its open lots (active, held by it), for the drop-downs. */
export async function templateLists(store: Store, party: string): Promise<TemplateLists | undefined> {
  const row = await store.db.selectFrom('parties').select(['id', 'name_zh', 'name_en']).where('id', '=', party).executeTakeFirst();
  if (row === undefined) return undefined;
  const [facilities, lots] = await Promise.all([
    store.db.selectFrom('facilities').select(['id', 'name_zh', 'name_en']).where('party_id', '=', party).orderBy('id').execute(),
    store.db.selectFrom('lots').select(['id', 'product']).where('holder_id', '=', party).where('status', '=', 'active').orderBy('id').limit(REPORT_TEMPLATE_LOTS_MAX).execute(),
  ]);
  // Own lots are listed by their local id, as the enterprise writes them.
  const prefix = `${party}:`;
  return {
    party: { id: row.id, nameZh: row.name_zh, nameEn: row.name_en },
    facilities: facilities.map((f) => ({ id: f.id, nameZh: f.name_zh, nameEn: f.name_en })),
    lots: lots.map((l) => ({ id: l.id.startsWith(prefix) ? l.id.slice(prefix.length) : l.id, product: l.product })),
  };
}

export async function writeTemplateXlsx(lists: TemplateLists, period: string): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Ytterby';
  workbook.created = new Date(0);
  writeReadme(workbook.addWorksheet(README_SHEET), lists, period);
  const ranges = writeLists(workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' }), lists);
  for (const sheet of SHEETS) writeSheet(workbook.addWorksheet(sheet.name), sheet, ranges);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** One sheet as CSV: UTF-8 with a byte order mark, so Excel opens the Chinese headings as they are. */
export function templateCsv(sheet: SheetModel): string {
  return `\uFEFF${sheet.columns.map((c) => csvField(headingOf(c))).join(',')}\r\n`;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeReadme(ws: ExcelJS.Worksheet, lists: TemplateLists, period: string): void {
  ws.columns = [{ width: 28 }, { width: 90 }];
  const rows: [string, string][] = [
    ['稀土产品流向月报 Monthly flow report', ''],
    ['企业 Party', lists.party.id],
    ['名称 Name', `${lists.party.nameZh} ${lists.party.nameEn}`],
    ['报告月份 Period', period],
    ['截止 Due by', formatShanghai(reportDueMs(period))],
    ['', ''],
    ['说明', '每种业务一张工作表，每行一条记录；请勿修改工作表名称和列标题，不要合并单元格，不要使用公式。'],
    ['', '编号：本行在本月内的编号；同一报告再次上传不会重复记录，修改过的行将作为更正记录。'],
    ['', '日期填写为日期单元格（北京时间）；质量以千克计，最多三位小数；成分写作 Nd=8.2; Pr=2.4（占批次质量的百分比）。'],
    ['', '加工表：同一工序的每个投入和产出各占一行，使用同一编号。前 1000 行有下拉列表（产品目录、本企业的设施和在库批次）。'],
    ['Instructions', 'One sheet per kind of record, one row per record. Keep the sheet names and headings; do not merge cells or use formulas.'],
    ['', 'Ref.: your number for the line within the month. Uploading the same report again records nothing twice; changed lines are recorded as corrections.'],
    ['', 'Dates as date cells (Beijing time); masses in kilograms, at most three decimals; compositions as Nd=8.2; Pr=2.4 (% of the lot mass).'],
    ['', 'Processed: one row per input and per output of a process, all with the same ref. The first 1,000 rows have drop-downs of the product catalogue and your facilities and open lots.'],
  ];
  for (const row of rows) ws.addRow(row);
  ws.getRow(1).font = { bold: true, size: 14 };
  for (const r of [2, 3, 4, 5]) ws.getRow(r).getCell(1).font = { bold: true };
}

interface ListRanges {
  products?: string;
  facilities?: string;
  lots?: string;
}

function writeLists(ws: ExcelJS.Worksheet, lists: TemplateLists): ListRanges {
  const columns: [keyof ListRanges, string[], string[]][] = [
    ['products', PRODUCTS.map((p) => p.code), PRODUCTS.map((p) => `${p.names.zh} ${p.names.en}`)],
    ['facilities', lists.facilities.map((f) => f.id), lists.facilities.map((f) => `${f.nameZh} ${f.nameEn}`)],
    ['lots', lists.lots.map((l) => l.id), lists.lots.map((l) => l.product)],
  ];
  const ranges: ListRanges = {};
  columns.forEach(([key, values, labels], i) => {
    const valueColumn = columnLetter(i * 2);
    const labelColumn = columnLetter(i * 2 + 1);
    ws.getCell(`${valueColumn}1`).value = key;
    ws.getCell(`${labelColumn}1`).value = `${key}: name`;
    values.forEach((value, row) => {
      ws.getCell(`${valueColumn}${row + 2}`).value = value;
      ws.getCell(`${labelColumn}${row + 2}`).value = labels[row]!;
    });
    if (values.length > 0) ranges[key] = `${LISTS_SHEET}!$${valueColumn}$2:$${valueColumn}$${values.length + 1}`;
  });
  return ranges;
}

/** ExcelJS keeps validations by range (one entry for a whole column), but its types only show the
 * per-cell form, which would write one entry per cell. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SheetModel, ranges: ListRanges): void {
  ws.columns = sheet.columns.map((column) => ({
    header: headingOf(column),
    key: column.key,
    width: Math.max(14, headingOf(column).length + 4),
    ...(column.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const header = ws.getRow(1);
  header.font = { bold: true };
  sheet.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    const required = column.required ? '必填 required' : '选填 optional';
    cell.note = `${required}${column.hint === undefined ? '' : `\n${column.hint.zh}\n${column.hint.en}`}`;
    const list = column.list;
    const formula = list === undefined ? undefined : typeof list === 'object' ? `"${list.values.join(',')}"` : ranges[list];
    if (formula === undefined) return;
    const letter = columnLetter(index);
    // A drop-down, but a typed value is still allowed: lots shipped in from others and lots made
    // earlier in the same report are not in the list.
    const strict = typeof list === 'object';
    (ws as unknown as RangeValidations).dataValidations.add(`${letter}2:${letter}${REPORT_TEMPLATE_LIST_ROWS + 1}`, {
      type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: strict,
      ...(strict ? { errorStyle: 'stop', errorTitle: column.en, error: `${column.zh} / ${column.en}` } : {}),
    });
  });
}
