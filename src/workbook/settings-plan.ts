/**
 * Saving settings to the Pengaturan sheet (WORKBOOK.md "Pengaturan"): a plan that creates the
 * sheet with the label / value rows (and the `Interval | Kriteria | Warna` table for a custom
 * scale) when it is missing, or writes the value cells in place when it exists. Pengaturan is a
 * user sheet: never replaced, never deleted; rows we do not know are left alone.
 *
 * What `readSettings` reads back from the sheet after the plan is applied is exactly the settings
 * saved (tested through the xlsx host).
 */
import { FindingList } from '../engine/findings';
import type { Settings } from '../engine/model';
import {
  bandText,
  fontFor,
  parseColour,
  SCALE_JEMBER,
  type CustomBandInput,
  type Scale,
  type ScaleId,
} from '../engine/scales';
import { a1, cellText, Sheet, type WorkbookGrid } from './grid';
import {
  readRecord,
  recordSheetName,
  type CellFormat,
  type CellValueOut,
  type CellWrite,
  type Plan,
  type SheetSpec,
} from './plan';
import { readSettings, SETTINGS_LABELS } from './settings';
import { classifySheet } from './sheets';

export const SETTINGS_SHEET = 'Pengaturan';

/** The value written for each scale id (what `readSettings` maps back to the id). */
export const SKALA_TEXT: Record<ScaleId, string> = {
  'permendagri86-jember': 'Permendagri 86/2017',
  'permendagri86-91': 'Permendagri 86/2017 (91)',
  akip: 'AKIP',
  kustom: 'Kustom',
};

export const RUMUS_TEXT: Record<Settings['rumusNegatif'], string> = {
  '2T-R': '(2T-R)/T',
  'T/R': 'T/R',
};

type Key = keyof typeof SETTINGS_LABELS;

/** Label matchers — the same loose matching as `readSettings`. */
const LABEL_RE: Record<Key, RegExp> = {
  instansi: /^instansi|^nama instansi|^perangkat daerah/,
  kabupaten: /^kabupaten|^kota/,
  tahun: /^tahun/,
  skala: /^skala/,
  batas: /^batas atas/,
  rumus: /^rumus/,
  metode: /^metode/,
};

const KEYS: Key[] = ['instansi', 'kabupaten', 'tahun', 'skala', 'batas', 'rumus', 'metode'];

const HEADER_FILL = '#D9E1F2';

function normLabel(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9/()-]+/g, ' ')
    .trim();
}

/** The cell value of one setting; undefined = not given (leave an existing cell alone). */
function valueOf(key: Key, s: Settings): CellValueOut | undefined {
  switch (key) {
    case 'instansi':
      return s.instansi === undefined ? undefined : (s.instansi ?? null);
    case 'kabupaten':
      return s.kabupaten === undefined ? undefined : (s.kabupaten ?? null);
    case 'tahun':
      return s.tahun === undefined ? undefined : (s.tahun ?? null);
    case 'skala':
      return SKALA_TEXT[s.skala];
    case 'batas':
      return s.batasAtasCapaian === null ? 'Tidak ada' : s.batasAtasCapaian;
    case 'rumus':
      return RUMUS_TEXT[s.rumusNegatif];
    case 'metode':
      return s.metodeEfisiensi;
  }
}

/**
 * The bands of a scale as rows of the custom table: interval and colour as the planner wrote them,
 * else as applied.
 */
export function bandsOfScale(scale: Scale): CustomBandInput[] {
  return scale.bands.map((b, i) => ({
    interval: b.text ?? bandText(scale, i),
    label: b.label,
    colour: b.colourText ?? b.fill,
  }));
}

interface CustomTable {
  header: number;
  cInterval: number;
  cLabel: number;
  cColour: number | null;
  /** Band rows below the header, up to the first blank row. */
  rows: number[];
}

/** The custom band table of a Pengaturan sheet, located the way `readSettings` locates it. */
function findCustomTable(sheet: Sheet): CustomTable | null {
  for (let r = 0; r < sheet.rowCount; r++) {
    const texts = sheet.rowTexts(r);
    if (texts.length === 0) continue;
    if (!/^interval/.test(normLabel(texts[0].t))) continue;
    const lab = texts.find((x) => /kriteria|predikat|label/i.test(x.t));
    if (!lab) continue;
    const cColour = texts.find((x) => /warna|kode warna|colou?r/i.test(x.t))?.c ?? null;
    const rows: number[] = [];
    for (let rr = r + 1; rr < sheet.rowCount; rr++) {
      const iv = sheet.text(rr, texts[0].c);
      const lb = sheet.text(rr, lab.c);
      if (!iv && !lb) {
        if (rows.length) break;
        continue;
      }
      rows.push(rr);
    }
    return { header: r, cInterval: texts[0].c, cLabel: lab.c, cColour, rows };
  }
  return null;
}

function sameValue(current: string, next: CellValueOut): boolean {
  const n = next === null ? '' : String(next);
  return current.trim().toLowerCase() === n.trim().toLowerCase();
}

function bandRow(b: CustomBandInput): CellValueOut[] {
  return [b.interval, b.label, b.colour ?? null];
}

function swatch(colour: string | null | undefined): { fill: string; font: string } | null {
  const hex = parseColour(colour);
  return hex ? { fill: hex, font: fontFor(hex) } : null;
}

/** The options of each setting, shown under the values on a new sheet. */
export const SETTINGS_HELP: string[] = [
  `Pilihan Skala: ${Object.values(SKALA_TEXT).join(' · ')} (Kustom memakai tabel Interval | Kriteria | Warna di bawah).`,
  'Pilihan Batas Atas Capaian: Tidak ada · 100 · 120.',
  `Pilihan Rumus Polaritas Negatif: ${Object.values(RUMUS_TEXT).join(' · ')}.`,
  'Pilihan Metode Efisiensi: selisih · selisih-5 · rasio · pmk.',
];

function newSettingsSheet(
  name: string,
  settings: Settings,
  bands: CustomBandInput[] | null,
): SheetSpec {
  const rows: CellValueOut[][] = [
    ['Pengaturan Capaian Kinerja'],
    ['Nilai di kolom B dibaca setiap kali Validasi atau Hitung dijalankan.'],
    [],
  ];
  const formats: Record<string, CellFormat> = { A1: { bold: true } };
  for (const key of KEYS) {
    const r = rows.length;
    rows.push([SETTINGS_LABELS[key], valueOf(key, settings) ?? null]);
    formats[a1(r, 0)] = { bold: true, border: true };
    formats[a1(r, 1)] = { border: true, align: 'left' };
  }
  rows.push([]);
  for (const help of SETTINGS_HELP) rows.push([help]);
  if (bands) {
    rows.push([]);
    const h = rows.length;
    rows.push(['Interval', 'Kriteria', 'Warna']);
    for (let c = 0; c < 3; c++) formats[a1(h, c)] = { bold: true, fill: HEADER_FILL, border: true };
    for (const b of bands) {
      const r = rows.length;
      rows.push(bandRow(b));
      formats[a1(r, 0)] = { border: true };
      formats[a1(r, 1)] = { border: true };
      const sw = swatch(b.colour);
      formats[a1(r, 2)] = sw ? { border: true, fill: sw.fill, font: sw.font } : { border: true };
    }
  }
  return { name, rows, formats, columnWidths: [28, 30, 16] };
}

/**
 * The plan that saves `settings` to the workbook's Pengaturan sheet. `customBands` are the rows
 * of the custom table (used when the scale is `kustom`; default: the bands of
 * `settings.skalaKustom`, else those already on the sheet, else the Permendagri preset as a
 * starting point). Settings fields left `undefined` (instansi, kabupaten, tahun) are not written.
 */
export function buildSettingsPlan(
  grid: WorkbookGrid,
  settings: Settings,
  customBands?: CustomBandInput[],
): Plan {
  const record = readRecord(grid);
  const base = { record, recordSheet: recordSheetName(grid), corrected: [] as string[] };
  const existing = grid.sheets
    .map((g) => classifySheet(new Sheet(g)))
    .find((c) => c.kind === 'pengaturan')?.sheet;
  const kustom = settings.skala === 'kustom';

  if (!existing) {
    const bands = kustom
      ? (customBands ??
        (settings.skalaKustom ? bandsOfScale(settings.skalaKustom) : bandsOfScale(SCALE_JEMBER)))
      : null;
    let name = SETTINGS_SHEET;
    const taken = new Set(grid.sheets.map((g) => g.name.toLowerCase()));
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${SETTINGS_SHEET} ${i}`;
    return { ...base, sheets: [newSettingsSheet(name, settings, bands)], writes: [] };
  }

  const sheet = existing;
  const writes: CellWrite[] = [];
  const table = findCustomTable(sheet);
  const end = table ? table.header : sheet.rowCount;
  const found = new Map<Key, number[]>();
  let labelCol = 0;
  let lastUsed = -1;
  for (let r = 0; r < end; r++) {
    const texts = sheet.rowTexts(r);
    if (texts.length === 0) continue;
    lastUsed = r;
    const label = normLabel(texts[0].t);
    const key = KEYS.find((k) => LABEL_RE[k].test(label));
    if (!key) continue;
    labelCol = texts[0].c;
    found.set(key, [...(found.get(key) ?? []), r]);
  }

  // Values of labels already on the sheet: written in place, where the reader reads them.
  for (const key of KEYS) {
    const value = valueOf(key, settings);
    if (value === undefined) continue;
    for (const r of found.get(key) ?? []) {
      const texts = sheet.rowTexts(r);
      const c = texts[1]?.c ?? texts[0].c + 1;
      if (!sameValue(sheet.ownText(r, c), value))
        writes.push({ sheet: sheet.name, cell: a1(r, c), value });
    }
  }

  // Labels missing from the sheet: new rows after the last label row, above the custom table.
  const missing = KEYS.filter((k) => !found.has(k) && (valueOf(k, settings) ?? null) !== null);
  let next = lastUsed + 1;
  const roomEnd = table ? table.header - 1 : Infinity; // keep a blank row above the table
  const mustMove = table !== null && next + missing.length > roomEnd;
  for (const key of missing) {
    writes.push({ sheet: sheet.name, cell: a1(next, labelCol), value: SETTINGS_LABELS[key] });
    writes.push({
      sheet: sheet.name,
      cell: a1(next, labelCol + 1),
      value: valueOf(key, settings)!,
    });
    next++;
  }

  // The custom table: (re)written when the scale is custom and bands are given or it has to
  // move down to make room; otherwise left exactly as the planner wrote it.
  const tableBands = (): CustomBandInput[] => {
    if (customBands) return customBands;
    if (settings.skalaKustom) return bandsOfScale(settings.skalaKustom);
    if (table)
      return table.rows.map((r) => ({
        interval: sheet.text(r, table.cInterval),
        label: sheet.text(r, table.cLabel),
        colour: table.cColour !== null ? sheet.text(r, table.cColour) || null : null,
      }));
    return bandsOfScale(SCALE_JEMBER);
  };
  const rewrite = mustMove || (kustom && (customBands !== undefined || table === null));
  if (rewrite) {
    const bands = tableBands();
    const header = table && !mustMove ? table.header : Math.max(next + 1, table?.header ?? 0);
    const c0 = table && !mustMove ? table.cInterval : labelCol;
    const cols = [c0, table && !mustMove ? table.cLabel : c0 + 1, c0 + 2];
    if (table && !mustMove && table.cColour !== null) cols[2] = table.cColour;
    const target = new Map<string, CellWrite>();
    const put = (w: CellWrite) => target.set(w.cell, w);
    ['Interval', 'Kriteria', 'Warna'].forEach((h, i) =>
      put({ sheet: sheet.name, cell: a1(header, cols[i]), value: h, fill: HEADER_FILL }),
    );
    bands.forEach((b, i) => {
      const row = bandRow(b);
      const r = header + 1 + i;
      put({ sheet: sheet.name, cell: a1(r, cols[0]), value: row[0] });
      put({ sheet: sheet.name, cell: a1(r, cols[1]), value: row[1] });
      const sw = swatch(b.colour);
      put({
        sheet: sheet.name,
        cell: a1(r, cols[2]),
        value: row[2],
        fill: sw?.fill ?? null,
        font: sw?.font ?? null,
      });
    });
    // Cells of the old table not covered by the new one are emptied.
    if (table) {
      const oldCols = [table.cInterval, table.cLabel, table.cColour].filter(
        (c): c is number => c !== null,
      );
      for (const r of [table.header, ...table.rows]) {
        for (const c of oldCols) {
          const cell = a1(r, c);
          if (target.has(cell) || writes.some((w) => w.cell === cell)) continue;
          if (cellText(sheet.raw(r, c)) === '') continue;
          const clear: CellWrite = { sheet: sheet.name, cell, value: null };
          if (c === table.cColour || r === table.header) clear.fill = null;
          if (c === table.cColour) clear.font = null;
          writes.push(clear);
        }
      }
    }
    writes.push(...target.values());
  }
  return { ...base, writes };
}

/** Settings as `readSettings` reads them from a grid (for tests and the pane's form). */
export function settingsOf(grid: WorkbookGrid): Settings {
  const sheet = grid.sheets
    .map((g) => classifySheet(new Sheet(g)))
    .find((c) => c.kind === 'pengaturan')?.sheet;
  return readSettings(sheet ?? null, new FindingList());
}
