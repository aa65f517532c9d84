/**
 * Which sheet is which (WORKBOOK.md): by name — case, spaces, dots, dashes, a year and extra
 * words ignored, the first word deciding — or, when no name fits, by the tables a sheet holds.
 */
import { Sheet } from './grid';
import { findTables, tableKind, type Table } from './table';

export type SheetKind =
  | 'tc25'
  | 'pk'
  | 'realisasi'
  | 'anggaran'
  | 'efisiensi'
  | 'program'
  | 'pengaturan'
  | 'generated'
  | 'record'
  | 'other';

export const GENERATED_PREFIX = 'LKjIP ';
/** The name our record sheet takes when no user sheet holds it (in any letter case). */
export const RECORD_SHEET = '_capaian';
/**
 * The header row of our record sheet (WORKBOOK.md "What we write", rule 6). The record is
 * recognised by this content, never by its name alone: a user sheet called `_capaian` is the
 * planner's.
 */
export const RECORD_HEADER = [
  'jenis',
  'lembar',
  'sel',
  'nilai / warna asli',
  'font asli / nilai baru',
  'rinci',
] as const;

const RECORD_NAME = /^_capaian(_\d+)?$/i;

/**
 * Our record sheet: its first row is exactly the record header. Also an entirely empty sheet with
 * a record name: what a run cut off between adding the sheet and writing its header leaves (it
 * holds nothing, so taking it loses nothing, and the retry reuses it instead of adding another).
 */
export function isRecordSheet(sheet: Sheet): boolean {
  // The first five columns: a record written before the detail column existed is ours too.
  if (RECORD_HEADER.slice(0, 5).every((h, c) => sheet.ownText(0, c) === h)) return true;
  if (!RECORD_NAME.test(sheet.name.trim())) return false;
  for (let r = 0; r < sheet.rowCount; r++) if (!sheet.isEmptyRow(r)) return false;
  return true;
}

export function kindByName(name: string): SheetKind | null {
  if (name.startsWith(GENERATED_PREFIX) || /^lkjip\s/i.test(name)) return 'generated';
  const n = name
    .toLowerCase()
    .replace(/[._\-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const compact = n.replace(/\s+/g, '');
  if (/^t?c25|^tc ?25|^renstra|^t c 25/.test(compact) || /^(tc|t c)\s*25/.test(n)) return 'tc25';
  if (/^realisasi ?anggaran|^anggaran|^lra\b|^dpa\b/.test(n)) return 'anggaran';
  if (/^(realisasi|capaian|pengukuran)/.test(n)) return 'realisasi';
  if (/^(pk|perjanjian ?kinerja)\b/.test(n) || /^pk\d{0,4}$/.test(compact)) return 'pk';
  if (/^efisiensi/.test(n)) return 'efisiensi';
  if (/^program/.test(n)) return 'program';
  if (/^(pengaturan|setting|konfigurasi)/.test(n)) return 'pengaturan';
  return null;
}

export interface ClassifiedSheet {
  sheet: Sheet;
  kind: SheetKind;
  tables: Table[];
  /** True when the kind came from the headers, not the name. */
  byHeaders: boolean;
}

export function classifySheet(sheet: Sheet): ClassifiedSheet {
  if (isRecordSheet(sheet)) return { sheet, kind: 'record', tables: [], byHeaders: false };
  const byName = kindByName(sheet.name);
  if (byName === 'generated') return { sheet, kind: byName, tables: [], byHeaders: false };
  if (byName === 'pengaturan') return { sheet, kind: byName, tables: [], byHeaders: false };
  const tables = findTables(sheet);
  if (byName) return { sheet, kind: byName, tables, byHeaders: false };
  const kinds = tables.map(tableKind);
  let kind: SheetKind = 'other';
  if (kinds.includes('tc25')) kind = 'tc25';
  else if (kinds.includes('kinerja')) kind = 'realisasi';
  else if (kinds.includes('pk')) kind = 'pk';
  else if (kinds.includes('anggaran')) kind = 'anggaran';
  else if (kinds.includes('efisiensi')) kind = 'efisiensi';
  else if (kinds.includes('pkProgram')) kind = 'program';
  else if (isSettingsSheet(sheet)) kind = 'pengaturan';
  return { sheet, kind, tables, byHeaders: kind !== 'other' };
}

function isSettingsSheet(sheet: Sheet): boolean {
  let hits = 0;
  for (let r = 0; r < Math.min(sheet.rowCount, 30); r++) {
    const t = sheet.text(r, 0).toLowerCase();
    if (/^(skala|batas atas capaian|rumus polaritas|metode efisiensi)/.test(t)) hits++;
  }
  return hits >= 2;
}

/** `Renstra 2025-2029`, `RPD 2024-2026`, `Periode 2021 – 2026` in a text. */
export function periodIn(text: string): string | null {
  const m = text.match(/(19|20)(\d\d)\s*(?:-|–|—|s\.?\/?d\.?|sampai|hingga)\s*(19|20)(\d\d)/i);
  if (!m) return null;
  const a = Number(m[1] + m[2]);
  const b = Number(m[3] + m[4]);
  if (b <= a || b - a > 10) return null;
  return `${a}-${b}`;
}

/** A year named in a text (`TAHUN 2025`, `PK 2025`), ignoring those inside a period. */
export function yearIn(text: string): number | null {
  const withoutPeriods = text.replace(
    /(19|20)\d\d\s*(?:-|–|—|s\.?\/?d\.?|sampai|hingga)\s*(19|20)\d\d/gi,
    ' ',
  );
  const m = withoutPeriods.match(/\b(20\d\d)\b/);
  return m ? Number(m[1]) : null;
}
