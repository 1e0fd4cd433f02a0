// ExcelJS, loaded when a workbook is first read or written rather than with the modules that use
// it: it is large, and most commands and requests never touch a workbook.
import type ExcelJS from 'exceljs';

export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
