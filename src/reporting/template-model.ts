// The monthly flow report as a spreadsheet: one sheet per kind of event, one row per event (a
// process takes a row per input and per output, grouped by its reference), headings in Chinese and
// English. The template writer, the reader and the web forms all read this one description.
import { CUSTODY_MODELS, DISPOSAL_METHODS, type EventKind } from '../ledger/document-schema.ts';
import { END_USE_SECTORS } from '../domain/end-use.ts';

export type ReportKind = Exclude<EventKind, 'correct'>;

export type ColumnType =
  /** The enterprise's own reference of the line: it names the event, so keep it when correcting. */
  | 'ref'
  /** A date, or a date and time, in Asia/Shanghai. */
  | 'date'
  /** An identifier: no white space (lot ids, facility ids, licence numbers). */
  | 'id'
  | 'text'
  /** Kilograms, at most three decimals (whole grams), more than zero. */
  | 'kg'
  /** Kilograms, zero or more (a receipt of nothing that arrived). */
  | 'kg-or-zero'
  /** Kilograms, positive or negative, not zero (a stock count difference). */
  | 'kg-signed'
  /** Element contents in % of the lot's mass: `Nd=8.2; Pr=2.4`. */
  | 'composition'
  | 'party'
  | 'country'
  | 'choice';

/** Where a column's drop-down list comes from. */
export type ListSource = 'products' | 'facilities' | 'lots' | { values: readonly string[] };

export interface Column {
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
  required: boolean;
  list?: ListSource;
  /** What to write, in each language (the heading's note in the template, the form's hint). */
  hint?: { zh: string; en: string };
}

export interface SheetModel {
  kind: ReportKind;
  /** The sheet's name in the workbook and the CSV file's name: the event kind, as the ledger says it. */
  name: string;
  zh: string;
  en: string;
  columns: readonly Column[];
}

export const PROCESS_ROLES = { input: { zh: '投入', en: 'input' }, output: { zh: '产出', en: 'output' } } as const;

const ref: Column = { key: 'ref', zh: '编号', en: 'Ref.', type: 'ref', required: true, hint: { zh: '本行的编号，本月内唯一；更正时保持不变', en: 'your number for this line, unique in the month; keep it when you correct the line' } };
const date: Column = { key: 'date', zh: '日期', en: 'Date', type: 'date', required: true, hint: { zh: '日期（或日期时间），北京时间，须在报告月份内', en: 'date (or date and time), Beijing time, within the report month' } };
const note: Column = { key: 'note', zh: '备注', en: 'Note', type: 'text', required: false };
const ownLot: Column = { key: 'lot', zh: '批号', en: 'Lot', type: 'id', required: true, list: 'lots', hint: { zh: '本企业持有的批次', en: 'a lot you hold' } };
const newLot: Column = { key: 'lot', zh: '新批号', en: 'New lot', type: 'id', required: true, hint: { zh: '新批次的编号（本企业自定）', en: 'the id you give the new lot' } };
const product: Column = { key: 'product', zh: '产品', en: 'Product', type: 'id', required: true, list: 'products' };
const massKg: Column = { key: 'massKg', zh: '质量(kg)', en: 'Mass (kg)', type: 'kg', required: true, hint: { zh: '千克，最多三位小数', en: 'kilograms, at most three decimals' } };
const composition: Column = { key: 'composition', zh: '成分(元素质量%)', en: 'Composition (element mass %)', type: 'composition', required: true, hint: { zh: '各稀土元素占批次质量的百分比，如 Nd=8.2; Pr=2.4', en: 'each rare earth as % of the lot mass, e.g. Nd=8.2; Pr=2.4' } };
const facility = (required: boolean): Column => ({ key: 'facility', zh: '设施', en: 'Facility', type: 'id', required, list: 'facilities' });
const customs: Column = { key: 'customs', zh: '报关单号', en: 'Customs declaration', type: 'id', required: false };

export const SHEETS: readonly SheetModel[] = [
  { kind: 'extract', name: 'extract', zh: '开采', en: 'Mined', columns: [ref, date, { ...facility(true), zh: '矿山', en: 'Mine' }, newLot, product, massKg, composition, note] },
  {
    kind: 'process', name: 'process', zh: '加工', en: 'Processed',
    columns: [
      { ...ref, hint: { zh: '同一工序的投入和产出各占一行，使用同一编号', en: 'one line per input and per output of a process, all with the same ref.' } },
      date, facility(false),
      { key: 'role', zh: '投入/产出', en: 'Input/output', type: 'choice', required: true, list: { values: [PROCESS_ROLES.input.zh, PROCESS_ROLES.output.zh] }, hint: { zh: '投入 或 产出', en: 'input or output (投入 / 产出)' } },
      { key: 'lot', zh: '批号', en: 'Lot', type: 'id', required: true, list: 'lots', hint: { zh: '投入：本企业持有的批次；产出：新批号', en: 'input: a lot you hold; output: the new lot id' } },
      { ...product, required: false, hint: { zh: '仅产出', en: 'outputs only' } },
      massKg,
      { ...composition, required: false, hint: { zh: '仅产出：各稀土元素占批次质量的百分比', en: 'outputs only: each rare earth as % of the lot mass' } },
      { key: 'custody', zh: '监管链模式', en: 'Custody model', type: 'choice', required: false, list: { values: CUSTODY_MODELS } },
      note,
    ],
  },
  {
    kind: 'ship', name: 'ship', zh: '发货', en: 'Shipped',
    columns: [ref, date, ownLot, massKg,
      { key: 'to', zh: '收货方(信用代码)', en: 'Receiver (USCC)', type: 'party', required: true },
      { key: 'shipmentLot', zh: '分批批号', en: 'Shipment lot', type: 'id', required: false, hint: { zh: '只发出部分批次时，新分出批次的编号', en: 'when shipping part of a lot, the id of the part shipped' } },
      note],
  },
  {
    kind: 'receive', name: 'receive', zh: '收货', en: 'Received',
    columns: [ref, date,
      { key: 'lot', zh: '批号(发货方:批号)', en: 'Lot (sender:lot)', type: 'id', required: true, hint: { zh: '完整批号：发货方信用代码:批号', en: 'the full id: sender USCC:lot' } },
      { ...massKg, type: 'kg-or-zero', hint: { zh: '实收千克数', en: 'kilograms received' } }, note],
  },
  {
    kind: 'export', name: 'export', zh: '出口', en: 'Exported',
    columns: [ref, date, ownLot, massKg,
      { key: 'country', zh: '目的国', en: 'Destination country', type: 'country', required: true, hint: { zh: 'ISO 3166 两位字母代码，如 JP', en: 'ISO 3166 alpha-2, e.g. JP' } },
      { key: 'licence', zh: '出口许可证', en: 'Export licence', type: 'id', required: false }, customs, note],
  },
  {
    kind: 'deliver', name: 'deliver', zh: '交付终端用户', en: 'Delivered to final users',
    columns: [ref, date, ownLot, massKg,
      { key: 'customerName', zh: '终端用户', en: 'Final user', type: 'text', required: true, hint: { zh: '购买方名称（不在追溯体系内的国内用户）', en: 'the buyer\'s name (a domestic user outside the traced chain)' } },
      { key: 'customerId', zh: '终端用户信用代码', en: 'Final user USCC', type: 'party', required: false },
      { key: 'sector', zh: '应用领域', en: 'End-use sector', type: 'choice', required: true, list: { values: END_USE_SECTORS } },
      { key: 'contract', zh: '合同号', en: 'Contract', type: 'id', required: false }, note],
  },
  {
    kind: 'import', name: 'import', zh: '进口', en: 'Imported',
    columns: [ref, date, newLot, product, massKg, composition,
      { key: 'country', zh: '原产国', en: 'Country of origin', type: 'country', required: true, hint: { zh: 'ISO 3166 两位字母代码，如 MM', en: 'ISO 3166 alpha-2, e.g. MM' } }, customs, note],
  },
  {
    kind: 'collect', name: 'collect', zh: '回收', en: 'Recycled intake',
    columns: [ref, date, facility(false), newLot, product, massKg, composition,
      { key: 'supplierName', zh: '供应方', en: 'Supplier', type: 'text', required: true },
      { key: 'supplierId', zh: '供应方编号', en: 'Supplier id', type: 'id', required: false }, note],
  },
  {
    kind: 'dispose', name: 'dispose', zh: '处置', en: 'Disposed',
    columns: [ref, date, facility(false), ownLot, massKg,
      { key: 'method', zh: '处置方式', en: 'Method', type: 'choice', required: true, list: { values: DISPOSAL_METHODS } }, note],
  },
  {
    kind: 'adjust', name: 'adjust', zh: '盘点调整', en: 'Stock adjustment',
    columns: [ref, date, ownLot,
      { key: 'deltaKg', zh: '差额(kg)', en: 'Difference (kg)', type: 'kg-signed', required: true, hint: { zh: '盘盈为正，盘亏为负', en: 'positive for a gain, negative for a loss' } },
      { key: 'reason', zh: '原因', en: 'Reason', type: 'text', required: true },
      { ...composition, required: false, hint: { zh: '盘盈时：增加部分的成分', en: 'for a gain: the composition of what was added' } }, note],
  },
];

export const SHEET_BY_NAME: ReadonlyMap<string, SheetModel> = new Map(SHEETS.map((sheet) => [sheet.name, sheet]));

/** The instructions sheet, which also carries the report's party and month. */
export const README_SHEET = 'README';
export const LISTS_SHEET = 'lists';

/** A heading as the template writes it: both languages, so either reader understands it. */
export function headingOf(column: Column): string {
  return `${column.zh} ${column.en}`;
}

/** Whether a heading cell names the column: as the template writes it, or in one language. */
export function headingMatches(column: Column, text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim().toLowerCase();
  return t === headingOf(column).toLowerCase() || t === column.zh.toLowerCase() || t === column.en.toLowerCase() || t === `${column.zh} / ${column.en}`.toLowerCase();
}

/** A sheet's name as a user may give it: the kind, or its name in either language. */
export function sheetByAnyName(name: string): SheetModel | undefined {
  const n = name.trim().toLowerCase();
  return SHEETS.find((sheet) => sheet.name === n || sheet.zh === name.trim() || sheet.en.toLowerCase() === n);
}

/** Excel's column letters of a 0-based column index. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
