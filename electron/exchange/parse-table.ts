/**
 * Reads a CSV or XLSX file into rows of text cells with their line numbers in the file, so an
 * error can say "ligne 14" and the user finds it in Excel.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { AppError } from '../errors';

export interface TableRow {
  /** 1-based line (CSV) or row number (XLSX) in the file. */
  line: number;
  cells: string[];
}

export interface ParsedTable {
  headers: string[];
  rows: TableRow[];
}

export const MAX_IMPORT_ROWS = 20_000;

const isZip = (bytes: Buffer) =>
  bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * UTF-8 when valid (with or without BOM), else Windows-1252: what French Excel writes by default.
 * Not `TextDecoder('windows-1252')`: Node builds without full ICU decode it as Latin-1, which
 * turns œ, €, ’, « » (bytes 0x80–0x9F) into invisible control characters.
 */
export function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'win1252');
  }
}

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

function finishTable(all: TableRow[]): ParsedTable {
  const headerIndex = all.findIndex((r) => !blank(r.cells));
  if (headerIndex < 0) throw new AppError('VALIDATION', 'Le fichier ne contient aucune ligne.');
  const header = all[headerIndex] as TableRow;
  const headers = header.cells.map((h) => h.trim());
  const rows = all.slice(headerIndex + 1).filter((r) => !blank(r.cells));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppError(
      'VALIDATION',
      `Le fichier compte ${rows.length} lignes : ${MAX_IMPORT_ROWS.toLocaleString('fr-FR')} au plus par import. Découpez-le.`,
    );
  }
  return { headers, rows };
}

/**
 * The separator is the most frequent candidate in the header line, outside quotes: Papaparse's
 * own guess is misled by quoted cells holding line breaks in short files.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ';';
  for (const [delimiter, n] of counts) if (n > (counts.get(best) ?? 0)) best = delimiter;
  return best;
}

export function parseCsv(text: string): ParsedTable {
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const all: TableRow[] = [];
  // Papaparse does not give line numbers; count the newlines each record spans (quoted cells may hold some).
  let line = 1;
  for (const record of result.data) {
    const cells = record.map((c) => (c ?? '').toString());
    all.push({ line, cells });
    line += 1 + cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
  }
  return finishTable(all);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell as text: dates as ISO (Excel stores them as UTC midnights), formulas by their result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return '';
  }
  return String(value);
}

export async function parseXlsx(bytes: Buffer): Promise<ParsedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError('VALIDATION', 'Ce classeur Excel est illisible ou protégé par un mot de passe.');
  }
  const sheet = workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new AppError('VALIDATION', 'Le classeur ne contient aucune feuille remplie.');
  const all: TableRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    all.push({ line: rowNumber, cells });
  });
  return finishTable(all);
}

export async function parseTable(fileName: string, bytes: Buffer): Promise<ParsedTable> {
  if (bytes.length === 0) throw new AppError('VALIDATION', 'Le fichier est vide.');
  const lower = fileName.toLowerCase();
  if (isZip(bytes)) return parseXlsx(bytes);
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) {
    throw new AppError(
      'VALIDATION',
      'Ce fichier n’est pas un classeur .xlsx lisible. Enregistrez-le au format « Classeur Excel (.xlsx) » ou CSV.',
    );
  }
  return parseCsv(decodeText(bytes));
}
