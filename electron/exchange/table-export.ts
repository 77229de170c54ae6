/**
 * Lists as files for spreadsheets: CSV the way French Excel opens it (UTF-8 with BOM, ";"
 * separator, dates DD/MM/YYYY) and XLSX with a bold header, column widths and real dates.
 */
import ExcelJS from 'exceljs';

export type ExportValue = string | number | null;

export interface ExportColumn<T> {
  header: string;
  /** `cents`: an amount in integer cents, written 1234,56 (no thousands separator, as accounting imports read it). */
  type?: 'text' | 'date' | 'number' | 'cents';
  /** Width in characters in the XLSX sheet. */
  width?: number;
  value: (row: T) => ExportValue;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A CSV cell starting like a formula (= + - @, tab, carriage return) would be run by the
 * spreadsheet that opens the file — `-2+3+cmd|…` as well as `=HYPERLINK(…)`: a leading
 * apostrophe keeps it text. Numbers are written as numbers and never prefixed.
 */
function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function centsText(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function csvCell(value: ExportValue, type: ExportColumn<unknown>['type']): string {
  if (value === null || value === '') return '';
  let text: string;
  if (type === 'cents' && typeof value === 'number') {
    text = centsText(value);
  } else if (type === 'date' && typeof value === 'string') {
    const m = isoDate.exec(value.slice(0, 10));
    text = m ? `${m[3]}/${m[2]}/${m[1]}` : value;
  } else if (typeof value === 'number') {
    text = String(value).replace('.', ',');
  } else {
    text = neutraliseFormula(value);
  }
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<T>(columns: readonly ExportColumn<T>[], rows: readonly T[]): Buffer {
  const lines = [columns.map((c) => csvCell(c.header, 'text')).join(';')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row), c.type)).join(';'));
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx<T>(
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
  /** The services' clock (ctx.now), so that a test controls the file's creation date too. */
  created: Date,
): Promise<Buffer> {
  const workbook = newWorkbook(created);
  addSheet(workbook, sheetName, columns, rows);
  return workbookBuffer(workbook);
}

export function newWorkbook(created: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Porte-voix';
  workbook.created = created;
  return workbook;
}

/** One sheet of a workbook: a bold frozen header, column widths, real dates and amounts, a filter. */
export function addSheet<T>(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  rows: readonly T[],
): void {
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: `c${i}`,
    width: c.width ?? Math.min(40, Math.max(10, c.header.length + 2)),
    style: c.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : c.type === 'cents' ? { numFmt: '0.00' } : {},
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6EEF5' } };
  for (const row of rows) {
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row);
        if (c.type === 'date' && typeof value === 'string') {
          const m = isoDate.exec(value.slice(0, 10));
          // Excel dates carry no time zone: UTC midnight is read back as that very day.
          return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
        }
        if (c.type === 'cents' && typeof value === 'number') return value / 100;
        // A string written by exceljs is a text cell, never a formula: no visible apostrophe.
        return value;
      }),
    );
  }
  if (rows.length > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer);
}
