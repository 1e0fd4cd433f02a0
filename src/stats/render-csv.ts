// CSV of each report table (RFC 4180: quoted where needed, CRLF line ends), with a bilingual
// header line and the unit in the column name, so a spreadsheet opens it as it is.
import type { Cell, ReportTable } from './annual-report.ts';

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(Math.round(cell * 1_000_000) / 1_000_000);
  return cell;
}

export function tableCsv(table: ReportTable): string {
  const header = table.columns.map((c) => quote(`${c.zh} / ${c.en}${c.unit === undefined ? '' : ` (${c.unit})`}`)).join(',');
  const rows = table.rows.map((row) => row.map((cell) => quote(cellText(cell))).join(','));
  // A byte-order mark, so spreadsheet programs read the Chinese headings as UTF-8.
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}
