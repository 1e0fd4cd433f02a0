// A filled monthly report for tests and the benchmark: the fixture miner's month, written into the
// downloaded template with ExcelJS as a user's spreadsheet would hold it.
import ExcelJS from 'exceljs';
import { headingOf, SHEET_BY_NAME } from './template-model.ts';

/** A row as column key → value (a Date for date cells, numbers for kilograms). */
export type FilledRow = Record<string, string | number | Date>;

/** The template with `rows` written into their sheets, below the headings. */
export async function fillTemplate(template: Uint8Array, rows: Record<string, FilledRow[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(template) as unknown as ExcelJS.Buffer);
  for (const [sheetName, sheetRows] of Object.entries(rows)) {
    const ws = workbook.getWorksheet(sheetName);
    const model = SHEET_BY_NAME.get(sheetName);
    if (ws === undefined || model === undefined) throw new Error(`assertion: the template has a sheet ${sheetName}`);
    sheetRows.forEach((row, i) => {
      model.columns.forEach((column, c) => {
        const value = row[column.key];
        if (value !== undefined) ws.getRow(i + 2).getCell(c + 1).value = value;
      });
    });
    if (ws.getRow(1).getCell(1).text !== headingOf(model.columns[0]!)) throw new Error('assertion: the template\'s headings are in row 1');
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A date cell's value: the wall-clock date as ExcelJS writes it (UTC fields). */
export function dateCell(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** A miner's month: `count` extractions of concentrate at the mine, each then partly shipped to
 * `receiver`, and a stock adjustment of the first lot. */
export function minerMonth(mine: string, receiver: string, count: number, period = '2024-06'): Record<string, FilledRow[]> {
  const extract: FilledRow[] = [];
  const ship: FilledRow[] = [];
  for (let i = 1; i <= count; i += 1) {
    const n = String(i).padStart(5, '0');
    const day = dateCell(`${period}-${String(1 + (i % 28)).padStart(2, '0')}`);
    extract.push({ ref: `E${n}`, date: day, facility: mine, lot: `BC-${period}-${n}`, product: 'concentrate-bayan-obo', massKg: 120_000, composition: 'La=10.1; Ce=20.4; Pr=2; Nd=6.8; Sm=0.4' });
    ship.push({ ref: `S${n}`, date: day, lot: `BC-${period}-${n}`, massKg: 80_000.5, to: receiver, shipmentLot: `BC-${period}-${n}-S1`, note: `wagon ${i}` });
  }
  return { extract, ship, adjust: [{ ref: 'A1', date: dateCell(`${period}-28`), lot: `BC-${period}-00001`, deltaKg: -150, reason: 'month-end stock count: moisture loss' }] };
}
