// A report's rows as ledger events: each row's values parsed by its column's type (kilograms to
// integer grams, element percentages to grams, dates to Asia/Shanghai date-times), and each event
// named from the report's month, its sheet and the row's reference, so the same line always makes
// the same event id: an upload again is a replay, a changed line a correction (plan-report.ts).
// Pure; every problem names its cell.
import { isElementSymbol } from '../domain/elements.ts';
import type { LedgerEvent, PlainEvent } from '../ledger/document-schema.ts';
import { identifierFlaw, PartyId, textFlaw } from '../schemas.ts';
import { IDENTIFIER_LENGTH_MAX, LOT_MASS_GRAMS_MAX, TEXT_LENGTH_MAX } from '../limits.ts';
import type { RawRow, RawSheet, RawValue } from './read-report.ts';
import type { ReportProblem } from './report-problem.ts';
import { PROCESS_ROLES, type Column } from './template-model.ts';

/** One event of the report, with the cells it came from. */
export interface ReportEntry {
  sheet: string;
  ref: string;
  event: PlainEvent;
  /** The rows it came from (a process has one per input and output), first row first. */
  rows: number[];
  /** Where each of the event's fields came from: `lot.massGrams` → row 7, column D. */
  cells: Map<string, { row: number; column: string }>;
}

const REF_PATTERN = /^[^\s~]{1,60}$/;
const PARTY_PATTERN = new RegExp(PartyId.pattern as string);

/** The event id of a report line: the same line of the same month always gets it. */
export function reportEventId(period: string, kind: string, ref: string): string {
  return `rpt-${period}-${kind}-${ref}`;
}

/** The id of the correction of a report line's event: the ledger corrects an event once, so one
 * correction per line, and its id is as fixed as the line's. */
export function correctionIdOf(eventId: string): string {
  return `${eventId}~c`;
}

export function entriesOf(sheets: readonly RawSheet[], period: string, problems: ReportProblem[]): ReportEntry[] {
  const entries: ReportEntry[] = [];
  const seen = new Map<string, number>();
  for (const sheet of sheets) {
    const groups = new Map<string, RawRow[]>();
    for (const row of sheet.rows) {
      if (row.flawed === true) continue;
      const cells = new RowCells(sheet, row, period, problems);
      const ref = cells.ref();
      if (ref === undefined) continue;
      const group = groups.get(ref);
      if (group !== undefined && sheet.model.kind !== 'process') {
        cells.problem('ref', `编号 ${ref} 在本表第 ${group[0]!.row} 行已用过；每行须有不同的编号`, `ref. ${ref} is used by row ${group[0]!.row} already; each line needs its own`);
        continue;
      }
      groups.set(ref, [...(group ?? []), row]);
    }
    for (const [ref, rows] of groups) {
      const id = reportEventId(period, sheet.model.kind, ref);
      if (seen.has(id)) continue;
      seen.set(id, entries.length);
      const entry = sheet.model.kind === 'process' ? processEntry(sheet, rows, ref, id, period, problems) : rowEntry(sheet, rows[0]!, ref, id, period, problems);
      if (entry !== undefined) entries.push(entry);
    }
  }
  return entries;
}

function rowEntry(sheet: RawSheet, row: RawRow, ref: string, id: string, period: string, problems: ReportProblem[]): ReportEntry | undefined {
  const c = new RowCells(sheet, row, period, problems);
  const before = problems.length;
  const time = c.date();
  const note = c.text('note');
  const common = { id, time: time ?? '', ...(note === undefined ? {} : { note }) };
  const cells = new Map<string, { row: number; column: string }>();
  const at = (path: string, key: string) => cells.set(path, { row: row.row, column: sheet.letters.get(key) ?? 'A' });
  at('id', 'ref');
  at('time', 'date');
  at('note', 'note');
  const newLot = (prefix: string) => {
    at(`${prefix}.id`, 'lot');
    at(`${prefix}.product`, 'product');
    at(`${prefix}.massGrams`, 'massKg');
    at(`${prefix}.composition`, 'composition');
    at(prefix, 'lot');
    const massGrams = c.grams('massKg');
    return { id: c.id('lot') ?? '', product: c.id('product') ?? '', massGrams: massGrams ?? 0, composition: c.composition('composition', massGrams) ?? {} };
  };
  let event: PlainEvent;
  switch (sheet.model.kind) {
    case 'extract':
      at('facility', 'facility');
      event = { ...common, kind: 'extract', facility: c.id('facility') ?? '', lot: newLot('lot') };
      break;
    case 'ship': {
      at('lot', 'lot'); at('massGrams', 'massKg'); at('to', 'to'); at('shipmentLot', 'shipmentLot');
      const shipmentLot = c.id('shipmentLot');
      event = { ...common, kind: 'ship', lot: c.id('lot') ?? '', massGrams: c.grams('massKg') ?? 0, to: c.party('to') ?? '', ...(shipmentLot === undefined ? {} : { shipmentLot }) };
      break;
    }
    case 'receive':
      at('lot', 'lot'); at('massGrams', 'massKg');
      event = { ...common, kind: 'receive', lot: c.id('lot') ?? '', massGrams: c.grams('massKg', true) ?? 0 };
      break;
    case 'export': {
      at('lot', 'lot'); at('massGrams', 'massKg'); at('destinationCountry', 'country'); at('licence', 'licence'); at('customsDeclaration', 'customs');
      const licence = c.id('licence');
      const customs = c.id('customs');
      event = {
        ...common, kind: 'export', lot: c.id('lot') ?? '', massGrams: c.grams('massKg') ?? 0, destinationCountry: c.country('country') ?? '',
        ...(licence === undefined ? {} : { licence }), ...(customs === undefined ? {} : { customsDeclaration: customs }),
      };
      break;
    }
    case 'deliver': {
      at('lot', 'lot'); at('massGrams', 'massKg'); at('customer.name', 'customerName'); at('customer.id', 'customerId'); at('customer', 'customerName');
      at('sector', 'sector'); at('contract', 'contract');
      const customerId = c.party('customerId');
      const contract = c.id('contract');
      event = {
        ...common, kind: 'deliver', lot: c.id('lot') ?? '', massGrams: c.grams('massKg') ?? 0,
        customer: { name: c.text('customerName') ?? '', ...(customerId === undefined ? {} : { id: customerId }) },
        sector: (c.choice('sector') ?? '') as 'other', ...(contract === undefined ? {} : { contract }),
      };
      break;
    }
    case 'import': {
      at('originCountry', 'country'); at('customsDeclaration', 'customs');
      const customs = c.id('customs');
      event = { ...common, kind: 'import', lot: newLot('lot'), originCountry: c.country('country') ?? '', ...(customs === undefined ? {} : { customsDeclaration: customs }) };
      break;
    }
    case 'collect': {
      at('facility', 'facility'); at('supplier.name', 'supplierName'); at('supplier.id', 'supplierId'); at('supplier', 'supplierName');
      const facility = c.id('facility');
      const supplierId = c.id('supplierId');
      event = {
        ...common, kind: 'collect', ...(facility === undefined ? {} : { facility }), lot: newLot('lot'),
        supplier: { name: c.text('supplierName') ?? '', ...(supplierId === undefined ? {} : { id: supplierId }) },
      };
      break;
    }
    case 'dispose': {
      at('facility', 'facility'); at('lot', 'lot'); at('massGrams', 'massKg'); at('method', 'method');
      const facility = c.id('facility');
      event = {
        ...common, kind: 'dispose', ...(facility === undefined ? {} : { facility }), lot: c.id('lot') ?? '', massGrams: c.grams('massKg') ?? 0,
        method: (c.choice('method') ?? '') as 'other',
      };
      break;
    }
    case 'adjust': {
      at('lot', 'lot'); at('deltaGrams', 'deltaKg'); at('reason', 'reason'); at('composition', 'composition');
      const delta = c.grams('deltaKg');
      const composition = c.composition('composition', delta === undefined ? undefined : Math.abs(delta));
      event = { ...common, kind: 'adjust', lot: c.id('lot') ?? '', deltaGrams: delta ?? 0, reason: c.text('reason') ?? '', ...(composition === undefined ? {} : { composition }) };
      break;
    }
    case 'process':
      throw new Error('assertion: a process is made from its group of rows');
  }
  if (problems.length > before) return undefined;
  return { sheet: sheet.model.name, ref, event, rows: [row.row], cells };
}

function processEntry(sheet: RawSheet, rows: RawRow[], ref: string, id: string, period: string, problems: ReportProblem[]): ReportEntry | undefined {
  const before = problems.length;
  const cells = new Map<string, { row: number; column: string }>();
  const letter = (key: string) => sheet.letters.get(key) ?? 'A';
  const first = new RowCells(sheet, rows[0]!, period, problems);
  const time = first.date();
  const inputs: { lot: string; massGrams: number }[] = [];
  const outputs: { id: string; product: string; massGrams: number; composition: Record<string, number> }[] = [];
  let facility: string | undefined;
  let custody: string | undefined;
  let note: string | undefined;
  for (const row of rows) {
    const c = new RowCells(sheet, row, period, problems);
    if (row !== rows[0]) {
      const t = c.date();
      if (t !== undefined && time !== undefined && t !== time) c.problem('date', `同一工序（编号 ${ref}）的各行日期须相同（第 ${rows[0]!.row} 行为 ${time}）`, `the rows of one process (ref. ${ref}) need the same date (row ${rows[0]!.row} has ${time})`);
    }
    facility ??= c.id('facility');
    custody ??= c.choice('custody');
    note ??= c.text('note');
    const role = c.choice('role');
    if (role === PROCESS_ROLES.input.zh) {
      const at = `inputs[${inputs.length}]`;
      cells.set(`${at}.lot`, { row: row.row, column: letter('lot') }).set(`${at}.massGrams`, { row: row.row, column: letter('massKg') }).set(at, { row: row.row, column: letter('lot') });
      inputs.push({ lot: c.id('lot') ?? '', massGrams: c.grams('massKg') ?? 0 });
    } else if (role === PROCESS_ROLES.output.zh) {
      const at = `outputs[${outputs.length}]`;
      cells.set(`${at}.id`, { row: row.row, column: letter('lot') }).set(`${at}.product`, { row: row.row, column: letter('product') })
        .set(`${at}.massGrams`, { row: row.row, column: letter('massKg') }).set(`${at}.composition`, { row: row.row, column: letter('composition') })
        .set(at, { row: row.row, column: letter('lot') });
      const massGrams = c.grams('massKg');
      const product = c.id('product');
      if (product === undefined) c.problem('product', '产出行须填写产品', 'an output row needs its product');
      const composition = c.composition('composition', massGrams);
      if (composition === undefined && !c.has('composition')) c.problem('composition', '产出行须填写成分', 'an output row needs its composition');
      outputs.push({ id: c.id('lot') ?? '', product: product ?? '', massGrams: massGrams ?? 0, composition: composition ?? {} });
    }
  }
  const head = rows[0]!.row;
  cells.set('id', { row: head, column: letter('ref') }).set('time', { row: head, column: letter('date') }).set('facility', { row: head, column: letter('facility') })
    .set('custody', { row: head, column: letter('custody') }).set('note', { row: head, column: letter('note') })
    .set('inputs', { row: head, column: letter('role') }).set('outputs', { row: head, column: letter('role') });
  if (inputs.length === 0 || outputs.length === 0) {
    problems.push({ sheet: sheet.model.name, row: head, column: letter('role'), field: 'role', zh: `工序 ${ref} 须至少有一行投入和一行产出`, en: `process ${ref} needs at least one input row and one output row` });
  }
  if (problems.length > before) return undefined;
  const event: PlainEvent = {
    id, kind: 'process', time: time!, inputs, outputs,
    ...(facility === undefined ? {} : { facility }), ...(custody === undefined ? {} : { custody: custody as 'mass-balance' }), ...(note === undefined ? {} : { note }),
  };
  return { sheet: sheet.model.name, ref, event, rows: rows.map((r) => r.row), cells };
}

/** One row's cells, parsed by their columns' types; each failure is a problem at its cell. */
class RowCells {
  constructor(
    readonly sheet: RawSheet,
    readonly row: RawRow,
    readonly period: string,
    readonly problems: ReportProblem[],
  ) {}

  #column(key: string): Column {
    const column = this.sheet.model.columns.find((c) => c.key === key);
    if (column === undefined) throw new Error(`assertion: sheet ${this.sheet.model.name} has no column ${key}`);
    return column;
  }

  has(key: string): boolean {
    return this.row.values.has(key);
  }

  problem(key: string, zh: string, en: string): undefined {
    const column = this.sheet.letters.get(key);
    this.problems.push({ sheet: this.sheet.model.name, row: this.row.row, ...(column === undefined ? {} : { column }), field: key, zh, en });
    return undefined;
  }

  /** The cell's text, or undefined (with a problem when the column is required). */
  #raw(key: string): RawValue | undefined {
    const value = this.row.values.get(key);
    if (value === undefined && this.#column(key).required) {
      const column = this.#column(key);
      return this.problem(key, `“${column.zh}”为必填项`, `"${column.en}" is required`);
    }
    return value;
  }

  #string(key: string): string | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    if (value instanceof Date) return this.problem(key, '此列不应填日期', 'this column takes no date');
    return String(value).trim();
  }

  ref(): string | undefined {
    const ref = this.#string('ref');
    if (ref === undefined) return undefined;
    if (!REF_PATTERN.test(ref)) return this.problem('ref', `编号“${ref}”须为 1–60 个字符，不含空格和 ~`, `ref. "${ref}" must be 1–60 characters without spaces or ~`);
    return this.#identifier('ref', ref);
  }

  text(key: string): string | undefined {
    const text = this.#string(key);
    if (text !== undefined && text.length > TEXT_LENGTH_MAX) return this.problem(key, `文字超过 ${TEXT_LENGTH_MAX} 个字符`, `longer than ${TEXT_LENGTH_MAX} characters`);
    const flaw = text === undefined ? undefined : textFlaw(text);
    if (flaw !== undefined) return this.problem(key, `文字含有控制字符、双向控制字符或不成对的代理项：${JSON.stringify(text)}`, `${JSON.stringify(text)} ${flaw}`);
    return text;
  }

  id(key: string): string | undefined {
    const id = this.#string(key);
    if (id === undefined) return undefined;
    if (/\s/.test(id) || id.length > IDENTIFIER_LENGTH_MAX) return this.problem(key, `“${id}”不能含空格，且不超过 ${IDENTIFIER_LENGTH_MAX} 个字符`, `"${id}" must have no spaces and at most ${IDENTIFIER_LENGTH_MAX} characters`);
    return this.#identifier(key, id);
  }

  /** The id as the capture schema's grammar has it (src/schemas.ts): a cell pasted from elsewhere
   * can carry characters one does not see, which are named here at their cell. */
  #identifier(key: string, id: string): string | undefined {
    const flaw = identifierFlaw(id);
    if (flaw === undefined) return id;
    return this.problem(key, `${JSON.stringify(id)} 含有控制字符、双向控制字符、不可见格式字符或不成对的代理项`, `${JSON.stringify(id)} ${flaw}`);
  }

  party(key: string): string | undefined {
    const id = this.#string(key)?.toUpperCase();
    if (id !== undefined && !PARTY_PATTERN.test(id)) return this.problem(key, `“${id}”不是 18 位统一社会信用代码`, `"${id}" is not an 18-character unified social credit code`);
    return id;
  }

  country(key: string): string | undefined {
    const code = this.#string(key)?.toUpperCase();
    if (code !== undefined && !/^[A-Z]{2}$/.test(code)) return this.problem(key, `“${code}”不是 ISO 3166 两位字母国家代码`, `"${code}" is not an ISO 3166 alpha-2 country code`);
    return code;
  }

  /** A value of the column's list; for the process role, either language gives the Chinese word. */
  choice(key: string): string | undefined {
    const value = this.#string(key);
    if (value === undefined) return undefined;
    const column = this.#column(key);
    const list = column.list;
    const values = typeof list === 'object' ? list.values : [];
    if (key === 'role') {
      const role = Object.values(PROCESS_ROLES).find((r) => r.zh === value || r.en === value.toLowerCase());
      if (role !== undefined) return role.zh;
    } else if (values.includes(value)) return value;
    return this.problem(key, `“${value}”不在可选值中：${values.join('、')}`, `"${value}" is not one of ${key === 'role' ? 'input, output' : values.join(', ')}`);
  }

  /** Kilograms (at most three decimals) as integer grams. */
  grams(key: string, zeroAllowed = false): number | undefined {
    const value = this.#raw(key);
    if (value === undefined) return undefined;
    const column = this.#column(key);
    let grams: number | undefined;
    if (typeof value === 'number') {
      const scaled = value * 1000;
      grams = Math.round(scaled);
      if (!Number.isFinite(value) || Math.abs(scaled - grams) > 1e-6 * Math.max(1, Math.abs(scaled))) {
        return this.problem(key, `${value} 超过三位小数（整克）`, `${value} has more than three decimals (whole grams)`);
      }
    } else if (typeof value === 'string') {
      const match = /^([+-]?)(\d+)(?:\.(\d{1,3}))?$/.exec(value.trim().replace(/[\s,]/g, ''));
      if (match === null) return this.problem(key, `“${value}”不是千克数（最多三位小数）`, `"${value}" is not a number of kilograms (at most three decimals)`);
      grams = Number(match[2]) * 1000 + Number((match[3] ?? '').padEnd(3, '0'));
      if (match[1] === '-') grams = -grams;
    } else {
      return this.problem(key, '此列不应填日期', 'this column takes no date');
    }
    if (column.type === 'kg-signed') {
      if (grams === 0) return this.problem(key, '差额不能为 0', 'the difference must not be 0');
    } else if (grams < 0 || (grams === 0 && !zeroAllowed)) {
      return this.problem(key, zeroAllowed ? '质量不能为负' : '质量须大于 0', zeroAllowed ? 'the mass must not be negative' : 'the mass must be more than 0');
    }
    if (Math.abs(grams) > LOT_MASS_GRAMS_MAX) return this.problem(key, `超过 ${LOT_MASS_GRAMS_MAX / 1e6} 吨：是否把克或吨误填为千克？`, `over ${LOT_MASS_GRAMS_MAX / 1e6} t: grams or tonnes typed as kilograms?`);
    return grams;
  }

  /** `Nd=8.2; Pr=2.4` (% of the lot's mass) as grams of each element, rounded down so the grams
   * never weigh more than the lot. */
  composition(key: string, massGrams: number | undefined): Record<string, number> | undefined {
    const text = this.#string(key);
    if (text === undefined) return undefined;
    const composition: Record<string, number> = {};
    let totalMillionths = 0n;
    for (const part of text.split(/[;,；，]+/).map((p) => p.trim()).filter((p) => p !== '')) {
      const match = /^([A-Z][a-z]?)\s*[=:：]?\s*(\d{1,3})(?:\.(\d{1,6}))?\s*%?$/.exec(part);
      if (match === null || !isElementSymbol(match[1]!)) {
        return this.problem(key, `“${part}”应为 元素=百分比，如 Nd=8.2（元素为17种稀土之一）`, `"${part}" should be element=percent, e.g. Nd=8.2 (one of the 17 rare earths)`);
      }
      if (match[1]! in composition) return this.problem(key, `元素 ${match[1]} 出现了两次`, `element ${match[1]} appears twice`);
      const millionths = BigInt(match[2]!) * 1_000_000n + BigInt((match[3] ?? '').padEnd(6, '0'));
      totalMillionths += millionths;
      if (massGrams !== undefined) composition[match[1]!] = Number((BigInt(massGrams) * millionths) / 100_000_000n);
    }
    if (totalMillionths > 100_000_000n) return this.problem(key, '各元素合计超过 100%', 'the elements add up to more than 100%');
    return massGrams === undefined ? undefined : composition;
  }

  /** The date (or date and time), in Asia/Shanghai, within the report's month. */
  date(): string | undefined {
    const value = this.#raw('date');
    if (value === undefined) return undefined;
    let fields: [number, number, number, number, number, number] | undefined;
    if (value instanceof Date) {
      // A spreadsheet's dates have no zone: ExcelJS gives the wall-clock fields as UTC.
      fields = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), value.getUTCHours(), value.getUTCMinutes(), value.getUTCSeconds()];
    } else if (typeof value === 'string') {
      const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(value.trim());
      if (match !== null) fields = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
    }
    if (fields === undefined) return this.problem('date', `“${String(value)}”不是日期（如 2024-06-03 或 2024-06-03 14:30）`, `"${String(value)}" is not a date (e.g. 2024-06-03 or 2024-06-03 14:30)`);
    const [y, mo, d, h, mi, s] = fields;
    const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
      return this.problem('date', `${y}-${mo}-${d} 不是真实的日期`, `${y}-${mo}-${d} is not a real date`);
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    const month = `${y}-${pad(mo)}`;
    if (month !== this.period) return this.problem('date', `日期属于 ${month}，不在报告月份 ${this.period} 内`, `the date is in ${month}, not in the report's month ${this.period}`);
    return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
  }
}

/** The event a recorded report line stands as: a correction stands as its replacement. */
export function standingEvent(event: LedgerEvent): PlainEvent | undefined {
  return event.kind === 'correct' ? event.replacement : event;
}
